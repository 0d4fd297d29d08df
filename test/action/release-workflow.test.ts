import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fake } from '../../src/scan/rules/fake.js';
import { ROOT } from '../helpers/cli.js';
import { runActionBundleAsync } from '../helpers/runner.js';

/**
 * .github/workflows/release.yml as written, on a copy of this repository pushed to a bare "origin"
 * and tagged: every `run:` step in bash, the `uses: ./` step as the bundled Action, in order, until
 * one fails (as a job does). What leaves the machine is faked at the edge only: `npm publish` and
 * `gh` are commands on PATH that record their arguments; `.ci/run` records that it ran (it is this
 * very suite). The major tag is pushed for real, to the bare origin.
 */
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

const ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...ENV } }).trim();
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

/** Commands that would reach npm or GitHub, replaced by recorders; everything else is real. */
function fakeBin(log: string): string {
  const bin = mkdtempSync(join(tmpdir(), 'rg-bin-'));
  const realNpm = execFileSync('bash', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  writeFileSync(join(bin, 'npm'), `#!/usr/bin/env bash\nif [ "$1" = publish ]; then echo "npm $* token=\${NODE_AUTH_TOKEN:+set}" >> ${log}; exit 0; fi\nexec ${realNpm} "$@"\n`);
  writeFileSync(join(bin, 'gh'), `#!/usr/bin/env bash\necho "gh $* token=\${GH_TOKEN:+set}" >> ${log}\nwhile [ $# -gt 0 ]; do if [ "$1" = --notes-file ]; then cp "$2" ${log}.notes; fi; shift; done\n`);
  for (const f of ['npm', 'gh']) chmodSync(join(bin, f), 0o755);
  return bin;
}

/** This repository's files as committed plus what is staged or new (not node_modules), in a fresh repository. */
function projectCopy(extra: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-release-src-'));
  const files = execFileSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((f) => f && !/^(?:test|bench)\//.test(f) && existsSync(join(ROOT, f)));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(ROOT, f), join(dir, f));
  }
  for (const [f, text] of Object.entries(extra)) writeFileSync(join(dir, f), text);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'release');
  return dir;
}

interface Release {
  ran: string[];
  failed?: string;
  log: string;
  notes: string;
  originTags: string;
  tagged: string;
  gates?: Record<string, string>;
}

async function release(tag: string, extra: Record<string, string> = {}): Promise<Release> {
  const wf = parse(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8'));
  const src = projectCopy({ '.ci/run': '#!/usr/bin/env bash\necho ci >> "$RELEASE_LOG"\n', ...extra });
  const tagged = git(src, 'rev-parse', 'HEAD');
  git(src, 'tag', tag);
  const origin = join(mkdtempSync(join(tmpdir(), 'rg-origin-')), 'origin.git');
  git(dirname(origin), 'clone', '-q', '--bare', src, origin);
  const work = join(mkdtempSync(join(tmpdir(), 'rg-checkout-')), 'repo');
  git(dirname(work), 'clone', '-q', origin, work);
  git(work, 'checkout', '-q', tag);
  const log = join(mkdtempSync(join(tmpdir(), 'rg-log-')), 'log');
  writeFileSync(log, '');
  const runnerTemp = mkdtempSync(join(tmpdir(), 'rg-runner-temp-'));
  const env = { ...process.env, ...ENV, PATH: `${fakeBin(log)}:${process.env.PATH}`, GITHUB_REF_NAME: tag, GITHUB_SHA: tagged, RUNNER_TEMP: runnerTemp, RELEASE_LOG: log };
  const outputs: Record<string, string> = {};
  const expand = (text: string) =>
    text
      .replace(/\$\{\{\s*steps\.(\w+)\.outputs\.(\w+)\s*\}\}/g, (_, id: string, k: string) => outputs[`${id}.${k}`] ?? '')
      .replace(/\$\{\{\s*secrets\.\w+\s*\}\}/g, 'secret-from-settings')
      .replace(/\$\{\{\s*github\.token\s*\}\}/g, 'token-of-the-run');
  const ran: string[] = [];
  const out: Release = { ran, log, notes: '', originTags: '', tagged };
  for (const step of wf.jobs.release.steps as Step[]) {
    const name = step.id ?? step.name ?? step.uses ?? '';
    if (step.uses?.startsWith('actions/')) continue; // checkout and setup-node: done above, Node is here
    ran.push(name);
    let ok: boolean;
    if (step.uses === './') {
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v))]));
      const r = await runActionBundleAsync(work, inputs, { PATH: env.PATH, GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: tag, GITHUB_SHA: tagged, GITHUB_REPOSITORY: 'readiness-gate/readiness-gate' });
      out.gates = JSON.parse(r.outputs.gates ?? '{}');
      ok = r.code === 0 && r.outputs.result === 'pass';
    } else {
      const outFile = join(runnerTemp, `out-${ran.length}`);
      writeFileSync(outFile, '');
      const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))]));
      const r = spawnSync('bash', ['-e', '-c', expand(step.run!)], { cwd: work, env: { ...env, ...stepEnv, GITHUB_OUTPUT: outFile }, encoding: 'utf8' });
      for (const line of readFileSync(outFile, 'utf8').split('\n').filter(Boolean)) outputs[`${step.id}.${line.split('=')[0]}`] = line.slice(line.indexOf('=') + 1);
      ok = r.status === 0;
      if (!ok) out.failed = `${name}: ${r.stdout}${r.stderr}`;
    }
    if (!ok) {
      out.failed ??= name;
      break;
    }
  }
  out.log = readFileSync(log, 'utf8');
  out.notes = existsSync(`${log}.notes`) ? readFileSync(`${log}.notes`, 'utf8') : '';
  out.originTags = git(origin, 'for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/tags');
  return out;
}

/** Run by `npm run test:full` (CI): it copies the project and runs the release job's steps. */
const FULL = process.env.READINESS_GATE_FULL === '1';
if (!FULL) console.warn('release workflow test SKIPPED: run by npm run test:full');

describe.skipIf(!FULL)('.github/workflows/release.yml works as written', () => {
  it('a vX.Y.Z tag: tests run, the package gate is ready, npm publish with provenance, the release with its changelog notes, vX moved', async () => {
    const r = await release(`v${VERSION}`);
    expect(r.failed, r.failed).toBeUndefined();
    expect(r.gates?.['npm-package']).toBe('ready');
    expect(r.log).toMatch(/^ci$/m);
    expect(r.log).toMatch(/^npm publish --provenance --access public --ignore-scripts token=set$/m);
    expect(r.log).toMatch(new RegExp(`^gh release create v${VERSION} --verify-tag --title v${VERSION} --notes-file \\S+ token=set$`, 'm'));
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(r.notes.trim().length).toBeGreaterThan(0);
    expect(changelog).toContain(r.notes.trim());
    expect(r.originTags).toContain(`v${VERSION.split('.')[0]} ${r.tagged}`);
  });

  it('a token in a file the package ships: the npm-package gate blocks, nothing is published, released or tagged', async () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    const leak = `${changelog}\nPublish with NPM_TOKEN=${fake('np' + 'm_', 36, undefined, 91)}\n`;
    const r = await release(`v${VERSION}`, { 'CHANGELOG.md': leak });
    expect(r.failed).toBe('gate');
    expect(r.gates?.['npm-package']).toBe('blocked');
    expect(r.log).not.toMatch(/npm publish|gh release/);
    expect(r.originTags).not.toMatch(/^v\d+ /m);
  });

  it('a tag that does not name package.json\'s version stops the release at its first step', async () => {
    const r = await release('v99.0.0');
    expect(r.failed).toMatch(/^version: ::error::tag v99\.0\.0 does not name package\.json's version/);
    expect(r.ran).toEqual(['version']);
    expect(r.log).toBe('');
  });

  it('a version without its CHANGELOG.md section stops the release at its first step, saying what to write', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const r = await release('v99.1.0', { 'package.json': JSON.stringify({ ...pkg, version: '99.1.0' }, null, 2) });
    expect(r.failed).toMatch(/CHANGELOG\.md has no "## \[99\.1\.0\] - YYYY-MM-DD" section: move the Unreleased entries under it/);
    expect(r.ran).toEqual(['version']);
  });
});
