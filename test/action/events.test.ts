import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fake } from '../../src/scan/rules/fake.js';
import { gitRepo } from '../helpers/git.js';
import { json } from '../helpers/repo.js';
import { runActionBundle, runActionInProcess } from '../helpers/runner.js';

function event(name: string, payload: object): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), 'rg-event-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'acme/widget', GITHUB_SERVER_URL: 'https://github.example' };
}

const policy = (gates: object[]) => stringify({ packets: [{ id: 'summary', file: 'release/summary.json' }], gates });
const statusGate = { id: 'release', checks: [{ check: 'status', packet: 'summary' }] };
const docsGate = { id: 'docs', checks: [{ check: 'exists', paths: ['docs/guide.md'] }] };

describe('the Action on pull requests, with a real git repository', () => {
  it('a pull request that deletes a gate from the policy is still judged by the base policy', async () => {
    const repo = gitRepo({ '.readiness-gate.yml': policy([statusGate, docsGate]), 'release/summary.json': json({ status: 'ready' }), 'docs/guide.md': '# Guide\n' });
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'weaken');
    repo.git('rm', '-q', 'docs/guide.md');
    const head = repo.commit({ '.readiness-gate.yml': policy([statusGate]) }, 'drop the docs gate and the docs');
    const r = await runActionInProcess(repo.dir, {}, event('pull_request', { pull_request: { base: { sha: base }, head: { sha: head } } }));
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(r.outputs['blocked-gates']).toBe('docs');
    expect(r.summary).toMatch(/This pull request changes what judges it: \.readiness-gate\.yml \(policy\)\. Gates, schemas, scan settings and the baseline were read from the base commit/);
    expect(r.stdout).toMatch(/^::notice::This pull request changes what judges it/m);
    expect(r.stdout).toMatch(/^::notice::Under the pull request's own policy \(a notice only\) the result would be pass: release: ready\.$/m);
  });

  it('every event the Action supports runs the bundle from its real-shaped payload', async () => {
    const repo = gitRepo({ '.readiness-gate.yml': policy([statusGate]), 'release/summary.json': json({ status: 'ready' }) });
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'next');
    const head = repo.commit({ 'release/notes.md': 'notes\n' }, 'notes');
    const payloads: [string, object][] = [
      ['pull_request', { pull_request: { base: { sha: base }, head: { sha: head } } }],
      ['pull_request_target', { pull_request: { base: { sha: base }, head: { sha: head } } }],
      ['merge_group', { merge_group: { base_sha: base, head_sha: head } }],
      ['push', { before: base, after: head }],
      ['workflow_dispatch', { inputs: {} }],
      ['schedule', { schedule: '17 3 * * *' }],
      ['release', { action: 'published', release: { tag_name: 'v1.0.0' } }],
    ];
    for (const [name, payload] of payloads) {
      const r = runActionBundle(repo.dir, { mode: 'all' }, { ...event(name, payload), GITHUB_SHA: head });
      expect([name, r.code, r.outputs.result], r.stdout).toEqual([name, 0, 'pass']);
    }
  });

  it('without a policy change, the head evidence is judged by the same (base) policy and passes', async () => {
    const repo = gitRepo({ '.readiness-gate.yml': policy([statusGate]), 'release/summary.json': json({ status: 'blocked' }) });
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'fix');
    const head = repo.commit({ 'release/summary.json': json({ status: 'ready' }) }, 'ready now');
    const r = await runActionInProcess(repo.dir, {}, event('pull_request', { pull_request: { base: { sha: base }, head: { sha: head } } }));
    expect([r.code, r.outputs.result]).toEqual([0, 'pass']);
    expect(r.summary).not.toMatch(/changes the policy/);
  });

  it('annotations: changed-lines annotates only lines the pull request adds, and counts the rest', async () => {
    const token = (seed: number) => fake('gh' + 'p_', 36, undefined, seed);
    const repo = gitRepo({ '.readiness-gate.yml': policy([statusGate]), 'release/summary.json': json({ status: 'ready' }), 'docs/old.md': `old ${token(1)}\n` });
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'feature');
    const head = repo.commit({ 'docs/old.md': `old ${token(1)}\nnew ${token(2)}\n` }, 'add a line');
    const env = event('pull_request', { pull_request: { base: { sha: base }, head: { sha: head } } });
    const all = await runActionInProcess(repo.dir, { mode: 'all', annotations: 'changed-lines' }, env);
    expect(all.code).toBe(1);
    const lines = all.stdout.split('\n').filter((l) => l.startsWith('::error title='));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error title=public-safety \/ github-token,file=docs\/old\.md,line=2,col=5::GitHub token .*ghp_\*\*\*\*/);
    expect(all.summary).toMatch(/Public-safety scan: 1 finding/);
    // A scan of the whole tree (push) sees both; with annotations on, both are annotated.
    const push = await runActionInProcess(repo.dir, { mode: 'scan' }, event('push', { before: '0000000000000000000000000000000000000000', after: head }));
    expect(push.stdout.split('\n').filter((l) => l.startsWith('::error title=')).length).toBe(2);
    // By default a pull request is annotated on its changed lines only; "on" annotates everything.
    const auto = await runActionInProcess(repo.dir, { mode: 'all' }, env);
    expect(auto.stdout.split('\n').filter((l) => l.startsWith('::error title=')).length).toBe(1);
  });

  it('on a pull request, gate reasons on unchanged lines are counted in the summary, not annotated (unless annotations: on)', async () => {
    const repo = gitRepo({ '.readiness-gate.yml': policy([statusGate]), 'release/summary.json': json({ status: 'blocked' }), 'docs/a.md': 'a\n' });
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'docs');
    const head = repo.commit({ 'docs/a.md': 'a\nb\n' }, 'docs only');
    const env = event('pull_request', { pull_request: { base: { sha: base }, head: { sha: head } } });
    const auto = await runActionInProcess(repo.dir, {}, env);
    expect(auto.code).toBe(1);
    expect(auto.stdout.split('\n').filter((l) => l.startsWith('::error title='))).toEqual([]);
    expect(auto.summary).toMatch(/1 on lines this pull request does not change are not annotated/);
    const on = await runActionInProcess(repo.dir, { annotations: 'on' }, env);
    expect(on.stdout).toMatch(/^::error title=readiness \/ release \(blocked\),file=release\/summary\.json,line=2/m);
  });

  it('past the per-step limit, the most severe annotations are shown and the summary counts the rest', async () => {
    const files: Record<string, string> = { '.readiness-gate.yml': policy([statusGate]), 'release/summary.json': json({ status: 'ready' }) };
    for (let i = 0; i < 14; i++) files[`docs/p${i}.md`] = `token ${fake('gh' + 'p_', 36, undefined, 100 + i)}\nmail person${i}@acme-corp.com\n`;
    const repo = gitRepo(files);
    const r = await runActionInProcess(repo.dir, { mode: 'scan' }, event('workflow_dispatch', {}));
    const out = r.stdout.split('\n');
    expect(out.filter((l) => l.startsWith('::error title=')).length).toBe(10);
    expect(out.filter((l) => l.startsWith('::warning title=')).length).toBe(10);
    expect(r.summary).toMatch(/8 more than GitHub shows per step/);
  });

  it('fail-on from the input overrides the policy; a bad input fails clearly', async () => {
    const repo = gitRepo({ '.readiness-gate.yml': policy([statusGate]), 'release/summary.json': json({ status: 'degraded' }) });
    expect((await runActionInProcess(repo.dir, {}, {})).code).toBe(0);
    const strict = await runActionInProcess(repo.dir, { 'fail-on': 'degraded,blocked,unknown' }, {});
    expect([strict.code, strict.outputs['blocked-gates']]).toEqual([1, 'release']);
    const bad = await runActionInProcess(repo.dir, { mode: 'everything' }, {});
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::Readiness Gate: input "mode" must be one of check, scan, all, publish, history, not "everything"/);
  });

  it('a base commit missing from a shallow clone is a clear error naming fetch-depth', async () => {
    const repo = gitRepo({ '.readiness-gate.yml': policy([statusGate]), 'release/summary.json': json({ status: 'ready' }) });
    const r = await runActionInProcess(repo.dir, {}, event('pull_request', { pull_request: { base: { sha: 'a'.repeat(40) }, head: { sha: repo.git('rev-parse', 'HEAD') } } }));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::Readiness Gate: the base commit aaaaaaaaaaaa is not in this clone and could not be fetched: set "fetch-depth: 0" on actions\/checkout/);
  });

  it('sarif-file holds one run per mode, each with its own category', async () => {
    const repo = gitRepo({ '.readiness-gate.yml': policy([statusGate]), 'release/summary.json': json({ status: 'blocked' }), 'docs/a.md': `token ${fake('gh' + 'p_', 36, undefined, 7)}\n` });
    const r = await runActionInProcess(repo.dir, { mode: 'all', 'sarif-file': 'out/results.sarif' }, {});
    expect(r.code).toBe(1);
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs.map((run: { automationDetails: { id: string } }) => run.automationDetails.id)).toEqual(['readiness-gate/check/', 'readiness-gate/scan/']);
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'gate/release', level: 'error' });
    expect(sarif.runs[1].results[0]).toMatchObject({ ruleId: 'github-token' });
  });
});
