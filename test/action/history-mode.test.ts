import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { HistoryRepo } from '../helpers/history-repo.js';
import { runActionInProcess } from '../helpers/runner.js';

const gone = fake('np' + 'm_', 36, undefined, 41);
const kept = fake('gh' + 'p_', 36, undefined, 42);

/** A repository that published a token for a few days, and still has another one. */
function leakyHistory(): { repo: HistoryRepo; added: string; removed: string } {
  const repo = new HistoryRepo();
  repo.commit({ 'README.md': '# widget\n', '.readiness-gate.yml': 'version: 1\n' });
  const added = repo.commit({ 'deploy/.npmrc.env': `NPM_TOKEN=${gone}\n` });
  const removed = repo.commit({ 'deploy/.npmrc.env': null });
  repo.commit({ 'src/config.js': `// settings\nexport const token = '${kept}';\n` });
  return { repo, added, removed };
}

describe('the Action in mode: history', () => {
  it('annotates values the tip still has, lists the removed ones with their commits and what to do, and fails', async () => {
    const { repo, added, removed } = leakyHistory();
    const r = await runActionInProcess(repo.dir, { mode: 'history' }, { GITHUB_EVENT_NAME: 'workflow_dispatch' });
    expect(r.outputs.result).toBe('fail');
    expect(r.outputs.findings).toBe('2');
    expect(r.stdout).toMatch(/::error title=public-safety \(git history\) \/ github-token,file=src\/config\.js,line=2,/);
    expect(r.stdout).not.toMatch(/file=deploy\/\.npmrc\.env/);
    expect(r.summary).toContain('### Git history: 2 findings');
    expect(r.summary).toMatch(new RegExp(`\\| \`deploy/\\.npmrc\\.env:1\` \\| \`npm-token\` \\| \`npm_\\*{4}\` \\| evidence: shape \\| \`${added.slice(0, 12)}\` \\(2026-01-02\\) \\| removed in \`${removed.slice(0, 12)}\` \\(2026-01-03\\) \\|`));
    expect(r.summary).toMatch(/\*\*rotate\*\* each credential first/);
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'));
    expect(report.history.commits).toBe(4);
    for (const out of [r.stdout, r.summary, JSON.stringify(report)]) {
      expect(out).not.toContain(gone.slice(4));
      expect(out).not.toContain(kept.slice(4));
    }
  });

  it('mode: all scans the history only with history: true; a number there still means the trend', async () => {
    const { repo } = leakyHistory();
    const withHistory = await runActionInProcess(repo.dir, { mode: 'all', history: 'true' }, { GITHUB_EVENT_NAME: 'workflow_dispatch' });
    expect(withHistory.summary).toContain('### Git history: 2 findings');
    expect(readFileSync(withHistory.outputs['report-file']!.replace(/\.json$/, '.history.json'), 'utf8')).toContain('"revisions": "--all"');
    const without = await runActionInProcess(repo.dir, { mode: 'all', history: '5' }, { GITHUB_EVENT_NAME: 'workflow_dispatch' });
    expect(without.summary).not.toContain('Git history');
  });

  it('a shallow checkout fails the step with the fetch-depth: 0 advice', async () => {
    const { repo } = leakyHistory();
    const shallow = join(mkdtempSync(join(tmpdir(), 'rg-shallow-action-')), 'repo');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow]);
    const r = await runActionInProcess(shallow, { mode: 'history' }, { GITHUB_EVENT_NAME: 'workflow_dispatch' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::Readiness Gate: this is a shallow clone: --history needs every commit\. In GitHub Actions check out with `fetch-depth: 0`/);
  });
});

describe('payload kind git-history: a "go public" gate beside the others', () => {
  it('blocks when the history holds a value, naming where it came in and that it was removed', async () => {
    const { repo, added, removed } = leakyHistory();
    repo.commit({
      '.readiness-gate.yml': 'version: 1\npayloads:\n  - { id: history, kind: git-history, path: . }\ngates:\n  - id: go-public\n    checks:\n      - { check: payload, payload: history, categories: [package-token] }\n',
    });
    const r = await cli(['check', '--publish', '--gate', 'go-public'], repo.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/blocked\s+go-public/);
    expect(r.stdout).toContain(`npm-token in history (git history): npm access token (npm_****, sha256:`);
    expect(r.stdout).toContain(`introduced in ${added.slice(0, 12)} (2026-01-02); removed in ${removed.slice(0, 12)} (2026-01-03)`);
    expect(r.stdout).not.toContain(gone.slice(4));
    const bad = await cli(['check', '--publish'], (() => {
      repo.commit({ '.readiness-gate.yml': 'version: 1\npayloads:\n  - { id: history, kind: git-history, path: ., range: --all }\ngates:\n  - id: go-public\n    checks:\n      - { check: payload, payload: history }\n' });
      return repo.dir;
    })());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.readiness-gate\.yml:3:\d+: .*range/);
  });
});
