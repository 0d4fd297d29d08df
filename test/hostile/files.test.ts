import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CLI_BUNDLE, cliBundle } from '../helpers/cli.js';
import { json, makeRepo } from '../helpers/repo.js';

/**
 * Hostile files from the checkout: FIFOs, devices and links out of the repository, endless input,
 * backtracking patterns. Each case must end within its bound with a clear message and exit code.
 * The bound is the child process's timeout: a hang fails the test instead of hanging the suite.
 */
const BOUND_MS = 20_000;

function repo(policy: object, files: Record<string, string> = {}): string {
  return makeRepo({ '.readiness-gate.yml': stringify({ version: 1, ...policy }), ...files });
}

function run(dir: string, args: string[] = ['check', '--format', 'json']) {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', CLI_BUNDLE, ...args], { cwd: dir, encoding: 'utf8', timeout: BOUND_MS, env: { PATH: process.env.PATH } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
const gate = (checks: object[]) => ({ gates: [{ id: 'g', checks }] });

describe('only regular files inside the repository are read', () => {
  it('a FIFO as a packet is refused at once (not-a-file), the gate blocked', () => {
    const dir = repo({ packets: [{ id: 'p', file: 'p.json' }], ...gate([{ check: 'status', packet: 'p' }]) });
    mkfifo(join(dir, 'p.json'));
    const r = run(dir);
    expect([r.code, r.signal]).toEqual([1, null]);
    expect(JSON.parse(r.stdout).gates[0].findings[0].message).toMatch(/not a regular file/);
  });

  it('a symbolic link to /dev/zero as a packet is refused without reading it', () => {
    const dir = repo({ packets: [{ id: 'p', file: 'p.json' }], ...gate([{ check: 'status', packet: 'p' }]) });
    symlinkSync('/dev/zero', join(dir, 'p.json'));
    const r = run(dir);
    expect([r.code, r.signal]).toEqual([1, null]);
    expect(JSON.parse(r.stdout).gates[0].findings[0].message).toMatch(/out of the repository|outside the repository/);
  });

  it('a FIFO as the policy file is a usage error, not a hang', () => {
    const dir = makeRepo({});
    mkfifo(join(dir, '.readiness-gate.yml'));
    const r = run(dir, ['check']);
    expect([r.code, r.signal]).toEqual([2, null]);
    expect(r.stderr).toMatch(/not a regular file/);
  });

  it('refs, digest and exists do not follow a linked folder out of the repository', () => {
    const dir = repo(
      { packets: [{ id: 'p', file: 'p.json' }], ...gate([{ check: 'refs', packet: 'p', fields: ['/ref'] }, { check: 'digest', packet: 'p', entries: '/files/*' }, { check: 'exists', paths: ['etc/hostname'] }, { check: 'text', files: ['etc/hostname'], forbids: ['x'] }]) },
      { 'p.json': json({ ref: 'etc/hostname', files: [{ path: 'etc/hostname', sha256: 'a'.repeat(64) }] }) },
    );
    symlinkSync('/etc', join(dir, 'etc'));
    const r = run(dir);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).gates[0].findings.map((f: { messageId: string }) => f.messageId);
    expect(findings).toEqual(expect.arrayContaining(['unresolved', 'outside', 'missing', 'missing-file']));
    // Nothing about the file's content (a hash prefix) is printed.
    expect(r.stdout).not.toMatch(/file has sha256:/);
  });

  it('a FIFO as a digest entry, a baseline or a --compare file is refused at once', () => {
    const dir = repo({ packets: [{ id: 'p', file: 'p.json' }], ...gate([{ check: 'digest', packet: 'p', entries: '/files/*' }]) }, { 'p.json': json({ files: [{ path: 'art.bin', sha256: 'a'.repeat(64) }] }) });
    mkfifo(join(dir, 'art.bin'));
    mkfifo(join(dir, 'base.json'));
    mkfifo(join(dir, 'last.json'));
    expect(run(dir).code).toBe(1);
    const compare = run(dir, ['check', '--compare', 'last.json']);
    expect([compare.code, compare.signal]).toEqual([2, null]);
    expect(compare.stderr).toMatch(/cannot read last\.json: not a regular file/);
    const scan = run(dir, ['scan', '.', '--baseline', 'base.json']);
    expect(scan.signal).toBe(null);
    expect(scan.code).toBe(2);
    expect(scan.stderr).toMatch(/not a regular file/);
  });

  it('endless standard input is refused past the limit', () => {
    const started = Date.now();
    const r = spawnSync('bash', ['-c', `yes AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | "${process.execPath}" "${CLI_BUNDLE}" scan -`], { encoding: 'utf8', timeout: BOUND_MS });
    expect([r.status, r.signal]).toEqual([2, null]);
    expect(r.stderr).toMatch(/standard input is over the limit/);
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  });
});

describe('patterns from a policy run in linear time', () => {
  const evil = '(a+)+$';
  const input = 'a'.repeat(40) + '!';

  it('refs match, pairs match and schema file-name match on RE2: (a+)+$ ends at once', () => {
    const dir = repo(
      {
        packets: [{ id: 'p', file: `${input}.json`, schema: 's.json' }],
        gates: [
          {
            id: 'g',
            checks: [
              { check: 'refs', packet: 'p', fields: ['/ref'], match: evil },
              { check: 'pairs', from: '*.json', match: evil, to: 'x' },
              { check: 'schema', packet: 'p', catalog: '*.schema.json', select: 'file-name', 'file-name': { match: evil, schema: '$1.schema.json' } },
            ],
          },
        ],
      },
      { [`${input}.json`]: json({ ref: input }), 's.json': '{}' },
    );
    const r = run(dir);
    expect(r.signal).toBe(null);
    expect(r.ms).toBeLessThan(BOUND_MS);
  });

  it('a pattern RE2 cannot run (a backreference) is refused at load, naming the option', () => {
    const dir = repo({ packets: [{ id: 'p', file: 'p.json' }], ...gate([{ check: 'refs', packet: 'p', fields: ['/ref'], match: '(a)\\1' }]) }, { 'p.json': '{}' });
    const r = cliBundle(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.readiness-gate\.yml:\d+:\d+: refs check: invalid or unsupported regular expression .*RE2 syntax/);
  });
});

describe('CEL is bounded', () => {
  it('matches() runs on RE2: (a+)+$ against a long string ends at once', () => {
    const dir = repo({ packets: [{ id: 'p', file: 'p.json' }], ...gate([{ check: 'expr', packet: 'p', rule: "!packet.s.matches('(a+)+$')" }]) }, { 'p.json': json({ s: 'a'.repeat(5000) + '!' }) });
    const r = run(dir);
    expect([r.code, r.signal]).toEqual([0, null]);
  });

  it('nested comprehensions over 100k items are unknown (over the cost budget), not run for minutes', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => i);
    const rule = 'packet.xs.all(a, packet.xs.exists(b, a + b == -1) == false)';
    const dir = repo({ packets: [{ id: 'p', file: 'p.json' }], ...gate([{ check: 'expr', packet: 'p', rule }]) }, { 'p.json': JSON.stringify({ xs: items }) });
    const r = run(dir);
    expect([r.code, r.signal]).toEqual([1, null]);
    const finding = JSON.parse(r.stdout).gates[0].findings[0];
    expect([finding.messageId, finding.state]).toEqual(['over-budget', 'unknown']);
    expect(finding.message).toMatch(/lists of up to 100000 items/);
  });
});

describe('JSON Schema patterns run on RE2', () => {
  it('a schema pattern (a+)+$ against a long value ends at once, and reports the violation', () => {
    const schema = json({ type: 'object', properties: { name: { type: 'string', pattern: '^(a+)+$' } } });
    const dir = repo({ packets: [{ id: 'p', file: 'p.json', schema: 's.json' }], ...gate([{ check: 'schema', packet: 'p' }]) }, { 'p.json': json({ name: 'a'.repeat(50_000) + '!' }), 's.json': schema });
    const r = run(dir);
    expect([r.code, r.signal]).toEqual([1, null]);
    expect(JSON.parse(r.stdout).gates[0].findings[0].message).toMatch(/must match the pattern/);
  });
});
