import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fake } from '../../src/scan/rules/fake.js';
import { gitRepo } from '../helpers/git.js';
import { CLI_BUNDLE } from '../helpers/cli.js';
import { json } from '../helpers/repo.js';
import { runActionInProcess } from '../helpers/runner.js';

/**
 * A pull request cannot weaken what judges it: for each kind of judging file, a real git repository
 * with a base commit, a head branch that edits that file and plants what the file would have let
 * through, and the bundled Action run under a simulated runner on the pull-request event.
 */
function prEvent(base: string, head: string): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), 'rg-event-')), 'event.json');
  writeFileSync(file, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'acme/widget', GITHUB_SERVER_URL: 'https://github.example' };
}

const token = fake('ghp_', 36);
const basePolicy = { packets: [{ id: 'summary', file: 'release/summary.json', schema: 'schemas/summary.schema.json' }], gates: [{ id: 'release', checks: [{ check: 'schema', packet: 'summary' }] }] };
const schema = json({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', required: ['status'], properties: { status: { enum: ['ready'] } }, additionalProperties: false });

function scenario(headFiles: Record<string, string>, baseExtra: Record<string, string> = {}) {
  const repo = gitRepo({ '.readiness-gate.yml': stringify(basePolicy), 'schemas/summary.schema.json': schema, 'release/summary.json': json({ status: 'ready' }), ...baseExtra });
  const base = repo.git('rev-parse', 'HEAD');
  repo.git('checkout', '-q', '-b', 'attack');
  const head = repo.commit(headFiles, 'attack');
  return { repo, env: prEvent(base, head) };
}

describe('on a pull request, what judges comes from the base commit', () => {
  it('scan.disable in the head policy does not switch off the rule that finds the token it adds', async () => {
    const { repo, env } = scenario({ '.readiness-gate.yml': stringify({ ...basePolicy, scan: { disable: ['github-token'] } }), 'src/config.ts': `export const t = '${token}';\n` });
    const r = await runActionInProcess(repo.dir, { mode: 'all' }, env);
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs.findings).toBe('1');
    expect(r.summary).toMatch(/changes what judges it: \.readiness-gate\.yml \(policy\)/);
    expect(r.stdout).not.toContain(token);
  });

  it('an allowlist entry or max-file-bytes: 1 added by the head does not hide its token', async () => {
    for (const scan of [{ allowlist: { paths: ['src/**'] } }, { allowlist: { values: [token] } }, { 'max-file-bytes': 1, 'large-files': 'skip' }]) {
      const { repo, env } = scenario({ '.readiness-gate.yml': stringify({ ...basePolicy, scan }), 'src/config.ts': `export const t = '${token}';\n` });
      const r = await runActionInProcess(repo.dir, { mode: 'scan' }, env);
      // The token is found in src/config.ts (and, where the head policy quotes it, there too).
      expect([JSON.stringify(scan), r.code, Number(r.outputs.findings) >= 1]).toEqual([JSON.stringify(scan), 1, true]);
      expect(r.stdout).toMatch(/file=src\/config\.ts/);
    }
  });

  it('an imported gitleaks configuration the head loosens is read from the base', async () => {
    const policy = stringify({ ...basePolicy, scan: { import: '.gitleaks.toml' } });
    const strict = "[[rules]]\nid = \"acme-key\"\nregex = '''acme_[a-f0-9]{32}'''\nkeywords = [\"acme_\"]\n";
    const key = fake('acme_', 32, '0123456789abcdef', 12);
    const { repo, env } = scenario({ '.gitleaks.toml': `${strict}\n[[allowlists]]\npaths = ['''^src/''']\n`, 'src/config.ts': `export const k = '${key}';\n` }, { '.readiness-gate.yml': policy, '.gitleaks.toml': strict });
    const r = await runActionInProcess(repo.dir, { mode: 'scan' }, env);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/file=src\/config\.ts.*acme-key|acme-key.*file=src\/config\.ts/);
    expect(r.stdout).not.toContain(key);
  });

  it("a baseline the pull request adds for its own token's fingerprint hides nothing", async () => {
    const repo = gitRepo({ '.readiness-gate.yml': stringify(basePolicy), 'schemas/summary.schema.json': schema, 'release/summary.json': json({ status: 'ready' }) });
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'attack');
    repo.commit({ 'src/config.ts': `export const t = '${token}';\n` }, 'add a token');
    // The attacker computes a baseline on the head, which accepts its own token, and commits it.
    execFileSync(process.execPath, [CLI_BUNDLE, 'baseline', '-o', '.readiness-gate-baseline.json'], { cwd: repo.dir });
    const head = repo.commit({ '.readiness-gate-baseline.json': readFileSync(join(repo.dir, '.readiness-gate-baseline.json'), 'utf8') }, 'baseline my token');
    const r = await runActionInProcess(repo.dir, { mode: 'scan', baseline: '.readiness-gate-baseline.json' }, prEvent(base, head));
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs.findings).toBe('1');
    expect(r.summary).toMatch(/base commit has no baseline/);
  });

  it('a schema replaced with {} in the head still judges by the base schema', async () => {
    const { repo, env } = scenario({ 'schemas/summary.schema.json': '{}\n', 'release/summary.json': json({ status: 'shipped', extra: true }) });
    const r = await runActionInProcess(repo.dir, {}, env);
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs['blocked-gates']).toBe('release');
    expect(r.summary).toMatch(/changes what judges it: schemas\/summary\.schema\.json \(schema\)/);
  });

  it('a schema catalog the head rewrites is read from the base too', async () => {
    const catalogPolicy = { packets: [{ id: 'summary', file: 'release/summary.json' }], gates: [{ id: 'release', checks: [{ check: 'schema', packet: 'summary', catalog: 'schemas/*.schema.json', select: 'file-name', 'file-name': { match: '^(summary)\\.json$', schema: '$1.schema.json' } }] }] };
    const repo = gitRepo({ '.readiness-gate.yml': stringify(catalogPolicy), 'schemas/summary.schema.json': schema, 'release/summary.json': json({ status: 'ready' }) });
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'attack');
    const head = repo.commit({ 'schemas/summary.schema.json': '{"type": "object"}\n', 'release/summary.json': json({ status: 'shipped' }) }, 'loosen the catalog schema');
    const r = await runActionInProcess(repo.dir, {}, prEvent(base, head));
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs['blocked-gates']).toBe('release');
  });

  it("the pull request's own policy is only a notice, evaluated in a bounded child process", async () => {
    const { repo, env } = scenario({ '.readiness-gate.yml': stringify({ gates: [{ id: 'open', checks: [{ check: 'exists', paths: ['release/summary.json'] }] }] }), 'release/summary.json': json({ status: 'nope' }) });
    const r = await runActionInProcess(repo.dir, {}, env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::notice::Under the pull request's own policy \(a notice only\) the result would be pass: open: ready\./);
  });
});

describe('inline allow markers a pull request adds', () => {
  const marked = `// readiness-gate:allow github-token reason="test fixture, revoked"\nexport const t = '${token}';\n`;

  it('are honoured by default but listed in the summary with their reasons', async () => {
    const { repo, env } = scenario({ 'src/config.ts': marked });
    const r = await runActionInProcess(repo.dir, { mode: 'scan' }, env);
    expect([r.code, r.outputs.findings]).toEqual([0, '0']);
    expect(r.summary).toMatch(/Inline readiness-gate:allow markers on this pull request's lines let 1 finding pass: src\/config\.ts:2 github-token \(reason: "test fixture, revoked"\)/);
  });

  it('are refused on pull requests when the base policy says scan.inline-allow: not-on-pull-requests', async () => {
    const strict = stringify({ ...basePolicy, scan: { 'inline-allow': 'not-on-pull-requests' } });
    const { repo, env } = scenario({ 'src/config.ts': marked }, { '.readiness-gate.yml': strict });
    const r = await runActionInProcess(repo.dir, { mode: 'scan' }, env);
    expect([r.code, r.outputs.findings]).toEqual([1, '1']);
  });
});
