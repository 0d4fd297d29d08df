import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { FakeGitHub } from '../helpers/api-server.js';
import { serveIssues } from '../helpers/fake-issues.js';
import { nightlyEnv, nightlyRepo } from '../helpers/nightly.js';
import { runActionInProcess } from '../helpers/runner.js';

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const audit = () => nightlyRepo(false);

const inputs = { 'tracking-issue': 'on', 'github-token': 'ghs_testtoken', dashboard: 'off' };
const env = (s: FakeGitHub) => nightlyEnv(s, '900');

describe('tracking issue (loopback Issues API)', () => {
  it('a 500 on the first call is retried; one issue is opened, then updated night after night, then closed', async () => {
    server = await new FakeGitHub().start();
    const issues = serveIssues(server);
    const repo = audit();
    server.fail('status-500');
    const first = await runActionInProcess(repo.dir, inputs, env(server));
    expect(first.code).toBe(1);
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: expect.stringMatching(/^\/repos\/acme\/widget\/issues\?state=open&labels=readiness-gate/) });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ title: 'Readiness gate failing: docs', labels: ['readiness-gate'], state: 'open' });
    expect(issues[0]!.body).toContain('<!-- readiness-gate:tracking-issue key=nightly.yml -->');
    expect(issues[0]!.body).toMatch(/\| `docs` \| blocked \| /);
    expect(first.outputs['tracking-issue']).toBe('https://github.com/acme/widget/issues/1');
    expect(first.stdout).toMatch(/::notice::Tracking issue #1 created/);

    // The next nights: still blocked. The body is rewritten; no second issue and no comment noise.
    for (let night = 0; night < 2; night++) {
      const again = await runActionInProcess(repo.dir, inputs, env(server));
      expect(again.stdout).toMatch(/Tracking issue #1 updated/);
    }
    expect(issues).toHaveLength(1);
    expect(issues[0]!.comments).toEqual([]);

    // Fixed: the issue is closed with a comment saying so.
    repo.commit({ 'docs/guide.md': '# Guide\n' }, 'add the guide');
    const fixed = await runActionInProcess(repo.dir, inputs, env(server));
    expect(fixed.code).toBe(0);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.state).toBe('closed');
    expect(issues[0]!.comments).toEqual([expect.stringMatching(/^All gates are out of blocked and unknown as of .* Closing\.$/)]);
    // And ready nights after that touch nothing.
    const quiet = await runActionInProcess(repo.dir, inputs, env(server));
    expect(quiet.stdout).not.toMatch(/Tracking issue/);
    expect(issues).toHaveLength(1);
  });

  it('a create answered with 500 after the server made the issue does not make a second one', async () => {
    server = await new FakeGitHub().start();
    const issues = serveIssues(server);
    // The list fails twice (a 500, a dropped connection) and is retried; the create is applied
    // by the server but answered with 500.
    server.fail('status-500', 'drop', 'ok', 'ok', 'applied-500');
    const repo = audit();
    const r = await runActionInProcess(repo.dir, inputs, env(server));
    expect(r.code).toBe(1);
    expect(issues).toHaveLength(1);
    // Two failed lists, the label list, the full list, the create (made, answered 500), then a
    // look by label that finds it: no second create.
    expect(server.requests.map((q) => q.method)).toEqual(['GET', 'GET', 'GET', 'GET', 'POST', 'GET']);
    expect(r.outputs['tracking-issue']).toBe('https://github.com/acme/widget/issues/1');
    expect(r.stdout).not.toMatch(/::warning::/);
  });

  it('a create that failed before the server did anything is tried once more, after looking', async () => {
    server = await new FakeGitHub().start();
    const issues = serveIssues(server);
    server.fail('ok', 'ok', 'status-500');
    const r = await runActionInProcess(audit().dir, inputs, env(server));
    expect(issues).toHaveLength(1);
    // Each look is by label, then among all open issues; the second create comes only after one.
    const list = 'GET /repos/acme/widget/issues';
    const create = 'POST /repos/acme/widget/issues';
    expect(server.requests.map((q) => `${q.method} ${q.url.replace(/\?.*/, '')}`)).toEqual([list, list, create, list, list, create]);
    expect(r.outputs['tracking-issue']).toBe('https://github.com/acme/widget/issues/1');
  });

  it('when the issues cannot be listed nothing is created: a warning, and the gate result stands', async () => {
    server = await new FakeGitHub().start();
    const issues = serveIssues(server);
    server.fail('status-500', 'status-500', 'status-500', 'status-500');
    const r = await runActionInProcess(audit().dir, inputs, env(server));
    expect([r.code, r.outputs.result]).toEqual([1, 'fail']);
    expect(issues).toHaveLength(0);
    expect(r.stdout).toMatch(/::warning::the tracking issue could not be updated: GET \/repos\/acme\/widget\/issues.*HTTP 500 \(after 4 attempts\)\. The gate result stands\./);
  });

  it('issues without our marker (or another workflow’s) are left alone; a second failing gate is commented once', async () => {
    server = await new FakeGitHub().start();
    const issues = serveIssues(server);
    issues.push({ number: 1, title: 'Readiness gate failing: docs', body: 'opened by hand', state: 'open', labels: ['readiness-gate'], html_url: 'https://github.com/acme/widget/issues/1', comments: [] });
    issues.push({ number: 2, title: 'x', body: '<!-- readiness-gate:tracking-issue key=release.yml -->', state: 'open', labels: ['readiness-gate'], html_url: 'https://github.com/acme/widget/issues/2', comments: [] });
    const repo = audit();
    await runActionInProcess(repo.dir, inputs, env(server));
    expect(issues.map((i) => i.number)).toEqual([1, 2, 3]);
    expect([issues[0]!.body, issues[1]!.comments]).toEqual(['opened by hand', []]);
    repo.commit({ '.readiness-gate.yml': stringify({ gates: [{ id: 'docs', checks: [{ check: 'exists', paths: ['docs/guide.md'] }] }, { id: 'policy', checks: [{ check: 'exists', paths: ['nope.yml'] }] }] }) }, 'break policy gate');
    await runActionInProcess(repo.dir, inputs, env(server));
    expect(issues).toHaveLength(3);
    expect(issues[2]!.comments).toEqual([expect.stringMatching(/now failing: `policy`\.$/)]);
  });

  it('an issue GitHub created without its label (the token may not set labels) is still found next night', async () => {
    server = await new FakeGitHub().start();
    const issues = serveIssues(server, { dropLabels: true });
    const repo = audit();
    for (let night = 0; night < 3; night++) await runActionInProcess(repo.dir, inputs, env(server));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.labels).toEqual([]);
  });

  it('is off by default: no Issues API call', async () => {
    server = await new FakeGitHub().start();
    serveIssues(server);
    await runActionInProcess(audit().dir, { 'github-token': 'ghs_testtoken' }, env(server));
    expect(server.requests).toEqual([]);
  });
});
