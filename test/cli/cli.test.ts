import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/util/ajv.js';
import { VERSION } from '../../src/version.js';
import { cli, cliBundle, ROOT } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { makeRepo } from '../helpers/repo.js';

const DEMO = join(ROOT, 'examples', 'demo');

function demoCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-demo-'));
  cpSync(DEMO, dir, { recursive: true });
  return dir;
}

describe('readiness-gate CLI (the bundled dist/cli/index.js)', () => {
  it('check on the demo prints the gate table with file:line:col reasons and exits 0 (golden)', () => {
    const r = cliBundle(['check', '--cwd', 'examples/demo'], ROOT);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectGolden('demo-check.txt', r.stdout);
    expect(r.stdout).toMatch(/degraded\s+security-review/);
    expect(r.stdout).toMatch(/packets\/security-review\.yaml:4:14 {2}fresh/);
  });

  it('check --format html --horizon P7D writes the dashboard (golden)', () => {
    const r = cliBundle(['check', '--cwd', 'examples/demo', '--format', 'html', '--horizon', 'P7D'], ROOT);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expectGolden('demo-dashboard.html', r.stdout);
    // The report names files from the repository root; the link leads there from where the page is.
    expect(r.stdout).toContain('<a class="loc" href="examples/demo/packets/security-review.yaml#L4"><code>packets/security-review.yaml:4:14</code></a>');
  });

  it('check --format json matches its golden file and the documented report schema', () => {
    const r = cliBundle(['check', '--cwd', 'examples/demo', '--format', 'json'], ROOT);
    expect(r.code).toBe(0);
    expectGolden('demo-check.json', r.stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'report.schema.json'), 'utf8'));
    const validate = createAjv('draft-07').compile(schema);
    const report = JSON.parse(r.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.tool.version).toBe(VERSION);
  });

  it('exits 1 and names the line when a gate is blocked', () => {
    const dir = demoCopy();
    writeFileSync(join(dir, 'artifacts', 'test-report.txt'), 'a different report\n');
    const r = cliBundle(['check'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/blocked\s+test-evidence/);
    expect(r.stdout).toMatch(/packets\/test-evidence\.json:10:54 {2}digest {2}artifacts\/test-report\.txt does not match its digest/);
    expect(r.stdout).toMatch(/FAIL {2}3 ready, 1 degraded, 1 blocked/);
  });

  it('a missing packet blocks its gate as evidence missing', () => {
    const dir = demoCopy();
    const r = cliBundle(['check', '--gate', 'release-summary', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    writeFileSync(join(dir, 'packets', 'release-summary.json'), '');
    const bad = cliBundle(['check', '--gate', 'release-summary'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/packets\/release-summary\.json:1:1 {2}packet {2}packet "release-summary": the file is empty/);
  });

  it('explain shows what a gate requires, its state and why (golden)', () => {
    const r = cliBundle(['explain', 'security-review', '--cwd', 'examples/demo'], ROOT);
    expect(r.code).toBe(0);
    expectGolden('demo-explain.txt', r.stdout);
  });

  it('--gate limits the run; an unknown gate is a usage error with a suggestion', async () => {
    const r = await cli(['check', '--gate', 'release-docs', '--format', 'json'], DEMO);
    expect(JSON.parse(r.stdout).gates.map((g: { id: string }) => g.id)).toEqual(['release-docs']);
    const bad = await cli(['check', '--gate', 'release-doc'], DEMO);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown gate "release-doc" \(did you mean "release-docs"\?\)/);
  });

  it('--policy is relative to where the command runs, --cwd names the repository', async () => {
    const r = await cli(['check', '--cwd', 'examples/demo', '--policy', 'examples/demo/.readiness-gate.yml', '--format', 'json'], ROOT);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).policy.files).toEqual(['.readiness-gate.yml']);
  });

  it('--now overrides the policy clock', async () => {
    const r = await cli(['check', '--now', '2026-12-05T00:00:00Z', '--format', 'json'], DEMO);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.evaluatedAt).toBe('2026-12-05T00:00:00.000Z');
    expect(report.gates.find((g: { id: string }) => g.id === 'security-review').state).toBe('blocked');
    const bad = await cli(['check', '--now', 'soon'], DEMO);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/--now must be an RFC 3339 time/)]);
  });

  it('colours only when asked: FORCE_COLOR on, NO_COLOR off, plain when piped', () => {
    expect(cliBundle(['check', '--cwd', 'examples/demo'], ROOT).stdout).not.toMatch(/\u001b\[/);
    expect(cliBundle(['check', '--cwd', 'examples/demo'], ROOT, { FORCE_COLOR: '1' }).stdout).toMatch(/\u001b\[33mdegraded/);
    expect(cliBundle(['check', '--cwd', 'examples/demo'], ROOT, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(/\u001b\[/);
  });

  it('init writes a starter policy that loads, and refuses to overwrite without --force', async () => {
    const dir = makeRepo({});
    const r = await cli(['init'], dir);
    expect(r.code).toBe(0);
    const check = await cli(['check', '--format', 'json'], dir);
    expect(check.code).toBe(1); // the starter's packet does not exist yet: evidence missing
    expect(JSON.parse(check.stdout).gates[0].findings[0].messageId).toBe('evidence-missing');
    expect((await cli(['init'], dir)).code).toBe(2);
    expect((await cli(['init', '--force'], dir)).code).toBe(0);
  });

  it('--help, --version and usage errors', async () => {
    expect((await cli(['--help'], ROOT)).stdout).toMatch(/readiness-gate check \[--policy F\]/);
    expect((await cli(['--version'], ROOT)).stdout).toBe(`${VERSION}\n`);
    const none = await cli([], ROOT);
    expect(none.code).toBe(2);
    const unknownFlag = await cli(['check', '--colour'], ROOT);
    expect([unknownFlag.code, unknownFlag.stderr]).toEqual([2, expect.stringMatching(/unknown option --colour/)]);
    expect((await cli(['deploy'], ROOT)).stderr).toMatch(/unknown command "deploy"/);
    expect((await cli(['check', '--format', 'xml'], ROOT)).stderr).toMatch(/--format for check must be text, json or html, not "xml"/);
  });

  it('scans the same without WebAssembly (node --jitless has none): the keyword pass falls back to JavaScript', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-jitless-'));
    // Long enough (over 256 bytes) that the keyword pass would run in WebAssembly where it can.
    const filler = '// configuration of the build, nothing secret in these lines\n'.repeat(12);
    writeFileSync(join(dir, 'settings.py'), `${filler}DB_PASSWORD = "Qm7vTx2LpR9wKs"\nGITHUB = "ghp_${'A1b2C3d4E5'.repeat(3)}A1b2C3"\n`);
    const withWasm = cliBundle(['scan', '.', '--no-gitignore', '--format', 'json'], dir);
    const without = cliBundle(['scan', '.', '--no-gitignore', '--format', 'json'], dir, { NODE_OPTIONS: '--jitless' });
    const found = (out: string) => (JSON.parse(out) as { findings: { ruleId: string; line: number }[] }).findings.map((f) => `${f.ruleId}:${f.line}`);
    expect(found(withWasm.stdout).length).toBeGreaterThanOrEqual(2);
    expect([without.code, found(without.stdout)]).toEqual([withWasm.code, found(withWasm.stdout)]);
  });

  it('keeps the version in one place: package.json and the code agree', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).toBe(VERSION);
  });
});

describe('dogfood', () => {
  it("the project's own policy passes on the project", () => {
    const r = cliBundle(['check'], ROOT);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ready\s+public-safety/);
  });
});
