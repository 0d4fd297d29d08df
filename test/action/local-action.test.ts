import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { ROOT } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';

/**
 * The Action under @github/local-action, the way Action authors debug one: `local-action run
 * <action dir> src/main.ts <.env>`. It runs our TypeScript entry through tsx, calls its exported
 * run() with @actions/core replaced by its own stubs, and prints what the runner would show.
 * scripts/local-action.sh installs it into .tools/ (`npm run test:full` does, and gives its folder as
 * LOCAL_ACTION); `npm test` installs nothing, so there these tests skip, saying how to run them.
 */
const TOOL = process.env.LOCAL_ACTION;
const BIN = TOOL && join(TOOL, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');
const available = Boolean(BIN && existsSync(BIN));
const required = process.env.READINESS_GATE_FULL === '1';
if (!available && !required) console.warn('local-action tests SKIPPED: @github/local-action is not installed (npm run test:full installs it into .tools/)');

function localAction(workspace: string, inputs: Record<string, string>): { code: number; out: string } {
  const envFile = join(mkdtempSync(join(tmpdir(), 'rg-la-')), '.env');
  const lines = { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: 'acme/widget', ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) };
  writeFileSync(envFile, Object.entries(lines).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
  // A clean environment: inside a real workflow run the suite's own GITHUB_* variables would leak in.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_prefix: join(TOOL!, 'prefix'), npm_config_offline: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };
  const r = spawnSync(process.execPath, [BIN!, 'run', ROOT, 'src/main.ts', envFile], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

function demoRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-la-demo-'));
  cpSync(join(ROOT, 'examples', 'demo'), dir, { recursive: true });
  const files = Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => { const p = join(e.parentPath, e.name); return [p.slice(dir.length + 1), readFileSync(p)]; }));
  return gitRepo(files).dir;
}

describe.skipIf(!available && !required)('@github/local-action runs the Action from its TypeScript entry', () => {
  it('on the demo: every gate decided, result pass, the outputs listed', () => {
    const r = localAction(demoRepo(), { mode: 'check' });
    expect(r.out).toMatch(/Running Action/);
    expect(r.out).not.toMatch(/does not export a run\(\) function|npx canceled|ENOTCACHED|internal error/);
    expect(r.out).toMatch(/::set-output name=result::pass/);
    expect(r.out).toMatch(/::set-output name=gates::\{"release-summary":"ready",/);
    // The demo's one degraded gate is a warning annotation on the packet's line.
    expect(r.out).toMatch(/::warning title=readiness \/ security-review \(degraded\),file=packets\/security-review\.yaml,line=4,/);
    expect(r.out).not.toMatch(/::error/);
  });

  it('on a planted npm token: result fail, an error annotation on its file and line, the value masked', () => {
    const token = fake('np' + 'm_', 36, undefined, 93);
    const dir = gitRepo({ 'index.js': 'console.log(1);\n', 'deploy/.env.production': `# deploy settings\nNPM_TOKEN=${token}\n` }).dir;
    const r = localAction(dir, { mode: 'scan' });
    expect(r.out).toMatch(/::error title=public-safety \/ npm-token,file=deploy\/\.env\.production,line=2,endLine=2,col=11,/);
    expect(r.out).toMatch(/npm_\*{4} \(sha256:[0-9a-f]{32}\)/);
    expect(r.out).toMatch(/::set-output name=result::fail/);
    expect(r.out).toMatch(/::error::Readiness Gate: 1 public-safety finding\b/);
    expect(r.out).not.toContain(token.slice(4));
  });
});

describe('@github/local-action test setup', () => {
  it.runIf(required)('npm run test:full installs local-action, so its tests never skip there', () => {
    expect(available, 'scripts/local-action.sh did not install @github/local-action into .tools/').toBe(true);
  });
});
