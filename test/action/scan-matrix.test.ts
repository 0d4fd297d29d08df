import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fake } from '../../src/scan/rules/fake.js';
import { CLI_BUNDLE, ROOT } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';

/**
 * docs/workflows/scan-matrix.yml as written: every `run:` step of each matrix leg, then of the
 * decide job, in bash, with `npx --yes readiness-gate@0` standing for the bundled CLI and the
 * artifact steps standing for a shared folder. The merged SARIF must equal one unsharded scan.
 */
interface Step {
  id?: string;
  if?: string;
  run?: string;
}

function runSteps(steps: Step[], dir: string, vars: Record<string, string>): { outputs: Record<string, string>; failed: boolean } {
  const outputs: Record<string, string> = {};
  for (const step of steps) {
    if (!step.run) continue;
    if (step.if) {
      // The workflow's only condition form: steps.<id>.outputs.<name> == '<value>'.
      const m = /^steps\.(\w+)\.outputs\.(\w+)\s*==\s*'([^']*)'$/.exec(step.if.trim());
      if (!m) throw new Error(`unsupported condition: ${step.if}`);
      if ((outputs[`${m[1]}.${m[2]}`] ?? '') !== m[3]) continue;
    }
    const script = step.run.replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_, k: string) => vars[k]!).replace(/npx --yes readiness-gate@0/g, `node ${CLI_BUNDLE}`);
    const out = join(mkdtempSync(join(tmpdir(), 'rg-out-')), 'out');
    writeFileSync(out, '');
    try {
      execFileSync('bash', ['-e', '-c', script], { cwd: dir, env: { ...process.env, GITHUB_OUTPUT: out }, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch {
      return { outputs, failed: true };
    }
    for (const line of readFileSync(out, 'utf8').split('\n').filter(Boolean)) {
      const [k, v] = line.split('=') as [string, string];
      outputs[`${step.id}.${k}`] = v;
    }
  }
  return { outputs, failed: false };
}

describe('docs/workflows/scan-matrix.yml works as written', () => {
  it('four legs scan a quarter each; the decide job merges them into the same findings as one scan, and fails', () => {
    const wf = parse(readFileSync(join(ROOT, 'docs', 'workflows', 'scan-matrix.yml'), 'utf8'));
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`src/m${i}.ts`] = `export const v${i} = ${i};\n`;
    files['src/m7.ts'] = `export const t = '${fake('gh' + 'p_', 36, undefined, 81)}';\n`;
    files['config/prod.env'] = `NPM_TOKEN=${fake('np' + 'm_', 36, undefined, 82)}\n`;
    const repo = gitRepo(files);
    // Each leg checks out the repository afresh; its SARIF is the artifact the decide job downloads.
    const checkout = () => {
      const dir = join(mkdtempSync(join(tmpdir(), 'rg-leg-')), 'repo');
      execFileSync('git', ['clone', '-q', repo.dir, dir]);
      return dir;
    };
    const artifacts = mkdtempSync(join(tmpdir(), 'rg-artifacts-'));
    for (const leg of wf.jobs.scan.strategy.matrix.leg as number[]) {
      const dir = checkout();
      expect(runSteps(wf.jobs.scan.steps, dir, { leg: String(leg) }).failed).toBe(false);
      copyFileSync(join(dir, `scan-leg-${leg}.sarif`), join(artifacts, `scan-leg-${leg}.sarif`));
    }
    const decided = runSteps(wf.jobs.decide.steps, artifacts, {});
    expect(decided.failed).toBe(true);
    expect(decided.outputs['merge.found']).toBe('true');
    const merged = JSON.parse(readFileSync(join(artifacts, 'scan.sarif'), 'utf8'));
    const whole = JSON.parse(spawnSync(process.execPath, [CLI_BUNDLE, 'scan', '--format', 'sarif'], { cwd: checkout(), encoding: 'utf8' }).stdout);
    const uris = (log: { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }) => log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri).sort();
    expect(uris(merged)).toEqual(['config/prod.env', 'src/m7.ts']);
    expect(uris(merged)).toEqual(uris(whole));
  });
});
