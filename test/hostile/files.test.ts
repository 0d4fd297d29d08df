import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CLI_BUNDLE, cliBundle } from '../helpers/cli.js';
import { json, makeRepo } from '../helpers/repo.js';
import { gitRepo } from '../helpers/git.js';
import { fake } from '../../src/scan/rules/fake.js';

/**
 * Hostile files from the checkout: FIFOs, devices and links out of the repository, endless input,
 * backtracking patterns. Each case must end within its bound with a clear message and exit code.
 * The bound is the child process's timeout: a hang fails the test instead of hanging the suite.
 */
/** A safety net, not a measure: a hang is killed here and fails the test (signal SIGTERM). */
const BOUND_MS = 300_000;

function repo(policy: object, files: Record<string, string> = {}): string {
  return makeRepo({ '.readiness-gate.yml': stringify({ version: 1, ...policy }), ...files });
}

function run(dir: string, args: string[] = ['check', '--format', 'json']) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', CLI_BUNDLE, ...args], { cwd: dir, encoding: 'utf8', timeout: BOUND_MS, env: { PATH: process.env.PATH } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
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
    const r = spawnSync('bash', ['-c', `yes AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | "${process.execPath}" "${CLI_BUNDLE}" scan -`], { encoding: 'utf8', timeout: BOUND_MS });
    expect([r.status, r.signal]).toEqual([2, null]);
    expect(r.stderr).toMatch(/standard input is over the limit/);
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

describe('bytes that hide text (issue 20, item 5)', () => {
  const token = fake('gh' + 'p_', 36, undefined, 44);
  const oid = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);
  const pointer = (body: string) => `version https://git-lfs.github.com/spec/v1\n${body}`;
  const scanJson = (dir: string, args: string[] = []) => {
    const r = cliBundle(['scan', '.', '--no-gitignore', '--format', 'json', ...args], dir);
    return { code: r.code, report: JSON.parse(r.stdout) as { findings: { file: string }[]; summary: { skipped: { file: string; reason: string }[] } }, stdout: r.stdout };
  };

  it('only the Git LFS pointer grammar is a pointer: a token in any near-pointer is found', () => {
    const near = {
      'extra-line.bin': pointer(`oid sha256:${oid}\nsize 12\nTOKEN=${token}\n`),
      'token-as-key.bin': pointer(`oid sha256:${oid}\npassword ${token}\nsize 12\n`),
      'token-before.bin': pointer(`note ${token}\noid sha256:${oid}\nsize 12\n`),
      'unsorted.bin': pointer(`size 12\noid sha256:${oid}\next-0-x ${token}\n`),
      'crlf.bin': pointer(`oid sha256:${oid}\r\nsize 12\r\nTOKEN=${token}\r\n`).replace('v1\n', 'v1\r\n'),
      'bad-ext.bin': pointer(`ext-0-x sha256:${token}\noid sha256:${oid}\nsize 12\n`),
      'no-newline.bin': pointer(`oid sha256:${oid}\nsize 12 TOKEN=${token}`),
    };
    const { code, report, stdout } = scanJson(makeRepo(near));
    expect(code).toBe(1);
    expect([...new Set(report.findings.map((f) => f.file))].sort()).toEqual(Object.keys(near).sort());
    expect(report.summary.skipped).toEqual([]);
    expect(stdout).not.toContain(token);
  });

  it('a true pointer (extensions included) is still counted as an LFS pointer, not scanned', () => {
    const ext = `ext-0-foo sha256:${'b'.repeat(64)}\next-1-bar sha256:${'c'.repeat(64)}\n`;
    const { code, report } = scanJson(makeRepo({ 'a.bin': pointer(`oid sha256:${oid}\nsize 12345\n`), 'b.bin': pointer(`${ext}oid sha256:${oid}\nsize 0\n`) }));
    expect(code).toBe(0);
    expect(report.summary.skipped).toEqual([
      { file: 'a.bin', reason: 'lfs-pointer' },
      { file: 'b.bin', reason: 'lfs-pointer' },
    ]);
  });

  it('scan --diff: a changed file skipped for a reason the policy does not allow fails (exit 1) and is listed; allowed, it passes', () => {
    const policy = (extra: string) => `version: 1\nscan:\n  max-file-bytes: 10000\n  large-files: skip\n${extra}`;
    const repo = gitRepo({ '.readiness-gate.yml': policy(''), 'README.md': '# x\n' });
    repo.git('checkout', '-q', '-b', 'pr');
    // A text file over max-file-bytes (skipped, too-large) and a file git diffs as text (its NUL is
    // past git's first 8,000 bytes) that this scan reads as a binary: strings scanned, allowed by default.
    repo.commit({ 'data/big.csv': 'a,b\n'.repeat(3000), 'assets/font.bin': Buffer.concat([Buffer.from('x\n'.repeat(4500)), Buffer.from([0, 1, 2, 3])]) }, 'add files');
    const strict = cliBundle(['scan', '--diff', 'main...pr'], repo.dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/1 changed file was not scanned, and the policy does not allow that \(scan\.allow-skipped\):\n {2}data\/big\.csv: too-large\n/);
    expect(strict.stderr).not.toMatch(/font\.bin/);
    // The lead's base policy decides: allow too-large, refuse binary.
    repo.git('checkout', '-q', 'main');
    repo.commit({ '.readiness-gate.yml': policy('  allow-skipped: [too-large, lfs-pointer]\n') }, 'policy');
    repo.git('checkout', '-q', 'pr');
    repo.git('merge', '-q', '--no-edit', 'main');
    const allowed = cliBundle(['scan', '--diff', 'main...pr'], repo.dir);
    expect(allowed.stderr).toMatch(/ {2}assets\/font\.bin: binary\n/);
    expect(allowed.stderr).not.toMatch(/big\.csv/);
    expect(allowed.code).toBe(1);
    repo.commit({ '.readiness-gate.yml': policy('  allow-skipped: [too-large, binary]\n') }, 'allow both');
    const both = cliBundle(['scan', '--diff', 'main...pr'], repo.dir);
    expect([both.code, both.stderr]).toEqual([0, '']);
  });

  it('scan --diff finds a token a pull request adds behind a NUL byte, on the added line', () => {
    const repo = gitRepo({ 'README.md': '# x\n' });
    repo.git('checkout', '-q', '-b', 'pr');
    repo.commit({ 'tool.dat': Buffer.concat([Buffer.from('y\n'.repeat(4500)), Buffer.from([0, 1, 0]), Buffer.from(`\nTOKEN=${token}\n`)]) }, 'add tool');
    const r = cliBundle(['scan', '--diff', 'main...pr', '--format', 'json'], repo.dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['tool.dat:4502 github-token']);
    expect(report.summary.skipped).toEqual([{ file: 'tool.dat', reason: 'binary' }]);
  });
});
