import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { GitHubApi } from '../../src/action/github-api.js';
import { FakeGitHub } from '../helpers/api-server.js';
import { gitRepo } from '../helpers/git.js';
import { json } from '../helpers/repo.js';
import { runActionInProcess } from '../helpers/runner.js';

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

function repoWith(findings: number) {
  const files: Record<string, string> = {
    '.readiness-gate.yml': stringify({
      packets: [{ id: 'summary', file: 'release/summary.json' }],
      gates: [
        { id: 'release', title: 'Release', checks: [{ check: 'status', packet: 'summary' }] },
        { id: 'docs', title: 'Docs', checks: [{ check: 'exists', paths: Array.from({ length: findings }, (_, i) => `docs/missing-${i}.md`) }] },
      ],
    }),
    'release/summary.json': json({ status: 'ready' }),
  };
  return gitRepo(files);
}

const env = (s: FakeGitHub, head: string) => ({ GITHUB_API_URL: s.url, GITHUB_REPOSITORY: 'acme/widget', GITHUB_SHA: head, GITHUB_EVENT_NAME: 'workflow_dispatch' });

describe('check runs through the Checks API (loopback server)', () => {
  it('one check run per gate with its conclusion; 120 annotations go in batches of 50', async () => {
    server = await new FakeGitHub().start();
    const repo = repoWith(120);
    const head = repo.git('rev-parse', 'HEAD');
    const r = await runActionInProcess(repo.dir, { 'check-runs': 'on', 'github-token': 'ghs_testtoken' }, env(server, head));
    expect(r.code).toBe(1);
    const posts = server.requests.filter((q) => q.method === 'POST');
    expect(posts.map((p) => [p.body.name, p.body.conclusion, p.body.head_sha])).toEqual([
      ['readiness / release', 'success', head],
      ['readiness / docs', 'failure', head],
    ]);
    const docsBatches = [posts[1]!.body.output.annotations.length, ...server.requests.filter((q) => q.method === 'PATCH').map((p) => p.body.output.annotations.length)];
    expect(docsBatches).toEqual([50, 50, 20]);
    expect(posts[0]!.authorization).toBe('Bearer ghs_testtoken');
    // The runner's ::add-mask:: command is how a token gets masked; nothing else may carry it.
    expect(r.stdout).toMatch(/^::add-mask::ghs_testtoken$/m);
    expect(r.stdout.replace(/^::add-mask::.*$/m, '')).not.toContain('ghs_testtoken');
  });

  it('a 500, a rate limit with reset headers and a dropped connection are retried; the run still completes', async () => {
    server = await new FakeGitHub().start();
    server.fail('status-500', 'rate-limit', 'drop');
    const repo = repoWith(1);
    const r = await runActionInProcess(repo.dir, { 'check-runs': 'on', 'github-token': 't' }, env(server, repo.git('rev-parse', 'HEAD')));
    expect(r.code).toBe(1); // the docs gate is blocked, whatever the API did
    expect(r.outputs.result).toBe('fail');
    expect(server.requests.filter((q) => q.method === 'POST').length).toBe(5); // 3 faults + 2 check runs
    expect(r.stdout).not.toMatch(/::warning::check runs could not be created/);
  });

  it('an API that keeps failing degrades to a warning and never hides the gate result', async () => {
    server = await new FakeGitHub().start();
    server.fail('status-500', 'status-500', 'status-500', 'status-500', 'status-500', 'status-500', 'status-500', 'status-500');
    const repo = gitRepo({ '.readiness-gate.yml': stringify({ gates: [{ id: 'docs', checks: [{ check: 'exists', paths: ['nope.md'] }] }] }) });
    const r = await runActionInProcess(repo.dir, { 'check-runs': 'on', 'github-token': 't' }, env(server, repo.git('rev-parse', 'HEAD')));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::warning::check runs could not be created: POST \/repos\/acme\/widget\/check-runs: HTTP 500 \(after 4 attempts\)/);
    const ready = gitRepo({ '.readiness-gate.yml': stringify({ gates: [{ id: 'docs', checks: [{ check: 'exists', paths: ['.readiness-gate.yml'] }] }] }) });
    server.fail('status-500', 'status-500', 'status-500', 'status-500');
    const ok = await runActionInProcess(ready.dir, { 'check-runs': 'on', 'github-token': 't' }, env(server, ready.git('rev-parse', 'HEAD')));
    expect([ok.code, ok.outputs.result]).toEqual([0, 'pass']);
  });

  it('a slow response times out and is retried', async () => {
    server = await new FakeGitHub().start();
    server.fail('slow');
    const api = new GitHubApi({ baseUrl: server.url, token: 't', timeout: 5000, sleep: async () => undefined });
    const run = await api.request<{ id: number }>('POST', '/repos/a/b/check-runs', { name: 'x' });
    expect(run.id).toBe(1);
    expect(server.requests.length).toBe(2);
  });

  it('a rate limit that resets later than the step waits is a clear error', async () => {
    server = await new FakeGitHub().start();
    server.fail('rate-limit');
    const api = new GitHubApi({ baseUrl: server.url, token: 't', maxRateLimitWait: 10, sleep: async () => undefined });
    await expect(api.request('POST', '/repos/a/b/check-runs', {})).rejects.toThrow(/rate limited until .*longer than the step waits/);
  });
});
