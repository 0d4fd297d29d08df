import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/api-server.js';
import { cliBundle } from '../helpers/cli.js';
import { nightlyEnv, nightlyRepo } from '../helpers/nightly.js';
import { runActionBundleAsync } from '../helpers/runner.js';
import { zip } from '../helpers/zip.js';

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const audit = () => nightlyRepo(true);

const inputs = { 'compare-with': 'previous', 'upload-artifact': 'readiness-report', 'github-token': 'ghs_testtoken' };
const env = (s: FakeGitHub) => nightlyEnv(s, '903');

type Run = { id: number; run_number: number; created_at: string };

/** The Actions API of acme/widget: the workflow's runs, each run's artifacts, and their zips. */
function serveRuns(s: FakeGitHub, runs: Run[], artifacts: Record<number, Buffer>) {
  s.route('GET', /^\/repos\/acme\/widget\/actions\/workflows\/nightly\.yml\/runs\?(.*)$/, () => ({ status: 200, body: { total_count: runs.length, workflow_runs: runs } }));
  s.route('GET', /^\/repos\/acme\/widget\/actions\/runs\/(\d+)\/artifacts\?name=readiness-report$/, (_r, m) => {
    const id = Number(m[1]);
    const list = artifacts[id] ? [{ id: id * 10, name: 'readiness-report', size_in_bytes: artifacts[id]!.length, created_at: '2026-11-28T03:00:00Z' }] : [];
    return { status: 200, body: { total_count: list.length, artifacts: list } };
  });
  s.route('GET', /^\/repos\/acme\/widget\/actions\/artifacts\/(\d+)\/zip$/, (_r, m) => ({ status: 302, headers: { location: `${s.url}/blob/${m[1]}.zip` } }));
  s.route('GET', /^\/blob\/(\d+)\.zip$/, (_r, m) => artifacts[Number(m[1]) / 10]!);
}

describe('compare-with: previous (loopback Actions API and artifact download)', () => {
  it('downloads the last run’s report artifact, skipping this run and a run without one, and shows the drift', async () => {
    const repo = audit();
    // Last night: everything ready. The artifact holds the scan report too; the check report is found.
    const lastNight = cliBundle(['check', '--format', 'json'], repo.dir).stdout;
    const artifact = zip([['.readiness-gate/report.json', lastNight], ['.readiness-gate/report.scan.json', '{"scanVersion":1,"findings":[]}']]);
    repo.git('rm', '-q', 'docs/guide.md');
    repo.git('commit', '-q', '-m', 'remove the guide');
    server = await new FakeGitHub().start();
    serveRuns(server, [
      { id: 903, run_number: 43, created_at: '2026-11-30T03:00:00Z' },
      { id: 902, run_number: 42, created_at: '2026-11-29T03:00:00Z' },
      { id: 901, run_number: 41, created_at: '2026-11-28T03:00:00Z' },
    ], { 901: artifact });
    const r = await runActionBundleAsync(repo.dir, inputs, env(server));
    expect(r.code).toBe(1);
    const urls = server.requests.map((q) => `${q.method} ${q.url.replace(/\?.*/, '')}`);
    expect(urls.slice(0, 5)).toEqual([
      'GET /repos/acme/widget/actions/workflows/nightly.yml/runs',
      'GET /repos/acme/widget/actions/runs/902/artifacts',
      'GET /repos/acme/widget/actions/runs/901/artifacts',
      'GET /repos/acme/widget/actions/artifacts/9010/zip',
      'GET /blob/9010.zip',
    ]);
    expect(server.requests[0]!.url).toContain('branch=main&status=completed');
    expect(r.stdout).toMatch(/::notice::Compared with the report of run #41 \(2026-11-28T03:00:00Z\): 1 gate changed state, 1 new and 0 resolved findings\./);
    expect(r.summary).toMatch(/### Since the previous report \(.*\)\n\n\| Gate \| Was \| Now \|\n\| --- \| --- \| --- \|\n\| `docs` \| 🟢 ready \| 🔴 blocked \|/);
    expect(r.summary).toMatch(/- \+ \*\*docs\*\* .*docs\/guide\.md/);
    const dashboard = readFileSync(r.outputs['dashboard-file']!, 'utf8');
    expect(dashboard).toMatch(/<section id="drift"><h2>Since the previous report<\/h2><p>Since the report of .* \(pass\): 1 gate changed state/);
  });

  it('the first night (no earlier run) is a notice; the gate result is untouched', async () => {
    server = await new FakeGitHub().start();
    serveRuns(server, [{ id: 903, run_number: 1, created_at: '2026-11-30T03:00:00Z' }], {});
    const r = await runActionBundleAsync(audit().dir, inputs, env(server));
    expect([r.code, r.outputs.result]).toEqual([0, 'pass']);
    expect(r.stdout).toMatch(/::notice::No earlier report found: no earlier completed run of nightly\.yml on main exists\. Drift and history start from the next run\./);
    expect(r.stdout).not.toMatch(/::warning::.*previous/);
  });

  it('runs whose artifact is gone are a notice naming the artifact', async () => {
    server = await new FakeGitHub().start();
    serveRuns(server, [{ id: 902, run_number: 2, created_at: '2026-11-29T03:00:00Z' }], {});
    const r = await runActionBundleAsync(audit().dir, inputs, env(server));
    expect(r.stdout).toMatch(/::notice::No earlier report found: the last 1 completed run of nightly\.yml on main had no artifact "readiness-report" holding a check report/);
  });

  it('an API that keeps failing is a warning, and the gate result stands', async () => {
    server = await new FakeGitHub().start();
    server.fail('status-500', 'status-500', 'status-500', 'status-500');
    const r = await runActionBundleAsync(audit().dir, inputs, env(server));
    expect([r.code, r.outputs.result]).toEqual([0, 'pass']);
    expect(r.stdout).toMatch(/::warning::earlier reports could not be fetched: GET \/repos\/acme\/widget\/actions\/workflows\/nightly\.yml\/runs.*HTTP 500 \(after 4 attempts\)\. No drift or history is shown; the gate result stands\./);
  });

  it('outside a workflow run it is a notice; without upload-artifact a warning says what is missing', async () => {
    const plain = await runActionBundleAsync(audit().dir, inputs, {});
    expect(plain.stdout).toMatch(/::notice::No earlier report found: compare-with: previous and history need github-token and a workflow run/);
    const noName = await runActionBundleAsync(audit().dir, { 'compare-with': 'previous' }, {});
    expect(noName.stdout).toMatch(/::warning::compare-with: previous and history need upload-artifact/);
  });

  it('history: N draws the dashboard trend from the last N runs that have a report, plus this one', async () => {
    const repo = audit();
    const night = (day: string) => zip([['.readiness-gate/report.json', cliBundle(['check', '--format', 'json', '--now', `2026-11-${day}T03:00:00Z`], repo.dir).stdout]]);
    const artifacts = { 901: night('26'), 902: night('27'), 904: night('29') };
    repo.git('rm', '-q', 'docs/guide.md');
    repo.git('commit', '-q', '-m', 'remove the guide');
    server = await new FakeGitHub().start();
    const runs = [905, 904, 903, 902, 901].map((id, i) => ({ id, run_number: id - 860, created_at: `2026-11-${30 - i}T03:00:00Z` }));
    serveRuns(server, runs, artifacts);
    const r = await runActionBundleAsync(repo.dir, { ...inputs, 'compare-with': '', history: '2' }, { ...env(server), GITHUB_RUN_ID: '905' });
    expect(r.stdout).not.toMatch(/::warning::earlier reports|::notice::No earlier report/);
    // Two reports wanted: run 904 has one, 903 has none, 902 has one; 901 is never asked for.
    expect(server.requests.filter((q) => /\/artifacts\?name=/.test(q.url)).map((q) => q.url.split('/')[6])).toEqual(['904', '903', '902']);
    const dashboard = readFileSync(r.outputs['dashboard-file']!, 'utf8');
    expect(dashboard).toContain('docs on 2026-11-27: ready');
    expect(dashboard).toContain('docs on 2026-11-29: ready');
    expect(dashboard).toMatch(/docs on 20\d\d-\d\d-\d\d: blocked/);
    expect(dashboard).toContain('The 3 reports behind the chart');
    expect(dashboard).not.toContain('2026-11-26');
    // Without compare-with there is no drift section content from the API.
    expect(r.summary).not.toMatch(/Since the previous report/);
  });

  it('a history input that is not a number of runs fails the step naming the input', async () => {
    const r = await runActionBundleAsync(audit().dir, { history: 'P30D' }, {});
    expect(r.stdout).toMatch(/::error::Readiness Gate: input "history" must be true \(scan the git history in mode all\), false, or a number of earlier runs from 0 to 90 for the dashboard.s trend, not "P30D"/);
  });

  it('compare-with a report file in the workspace works without any API', async () => {
    const repo = audit();
    const before = cliBundle(['check', '--format', 'json', '-o', 'last.json'], repo.dir);
    expect(before.code).toBe(0);
    repo.git('rm', '-q', 'docs/guide.md');
    const r = await runActionBundleAsync(repo.dir, { 'compare-with': 'last.json' }, {});
    expect(r.summary).toMatch(/\| `docs` \| 🟢 ready \| 🔴 blocked \|/);
    const missing = await runActionBundleAsync(repo.dir, { 'compare-with': 'nope.json' }, {});
    expect(missing.stdout).toMatch(/::notice::No previous report to compare with: nope\.json does not exist/);
  });
});

describe('network work is bounded and comes after the result', () => {
  it('an Actions API that never answers is abandoned at network-timeout; the result was already written', async () => {
    const repo = audit();
    server = await new FakeGitHub().fail('hang', 'hang', 'hang', 'hang', 'hang').start();
    const r = await runActionBundleAsync(repo.dir, { ...inputs, 'network-timeout': '3' }, env(server));
    expect(r.outputs.result).toBe('pass');
    expect(r.summary).toMatch(/## Readiness Gate: pass/);
    expect(r.stdout).toMatch(/::warning::Network work .* did not finish within 3 s and was abandoned\. The gate result above stands\./);
  });

  it('a 450 MB API answer is refused, not buffered: a warning, and the result stands', async () => {
    const repo = audit();
    server = await new FakeGitHub().fail('huge', 'huge', 'huge', 'huge').start();
    const r = await runActionBundleAsync(repo.dir, inputs, env(server));
    expect([r.code, r.outputs.result]).toEqual([0, 'pass']);
    expect(r.stdout).toMatch(/::warning::.*over the 33554432 bytes this client reads/);
  });
});
