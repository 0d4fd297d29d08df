import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { FakeGitHub } from '../helpers/api-server.js';
import { gitRepo } from '../helpers/git.js';
import { runActionBundleAsync } from '../helpers/runner.js';

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A runtime token shaped like the runner's (the artifact client reads its scope claim, nothing more). */
const runtimeToken = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: 'Actions.Results:11111111-1111-1111-1111-111111111111:22222222-2222-2222-2222-222222222222' })}.sig`;
const repo = (ok: boolean) => gitRepo({ '.readiness-gate.yml': stringify({ gates: [{ id: 'docs', checks: [{ check: 'exists', paths: [ok ? '.readiness-gate.yml' : 'missing.md'] }] }] }) });

describe('artifact upload', () => {
  it('an artifact service that refuses degrades to a warning; the gate result stands (pass and fail)', async () => {
    server = await new FakeGitHub().start();
    const env = { ACTIONS_RUNTIME_TOKEN: runtimeToken, ACTIONS_RESULTS_URL: `${server.url}/` };
    const pass = await runActionBundleAsync(repo(true).dir, { 'upload-artifact': 'readiness-report' }, env);
    expect([pass.code, pass.outputs.result]).toEqual([0, 'pass']);
    expect(pass.stdout).toMatch(/^::warning::the report could not be uploaded as artifact "readiness-report": .*The gate result above stands\./m);
    expect(server.requests.some((r) => /CreateArtifact/.test(r.url))).toBe(true);
    const fail = await runActionBundleAsync(repo(false).dir, { 'upload-artifact': 'readiness-report' }, env);
    expect([fail.code, fail.outputs.result]).toEqual([1, 'fail']);
  });

  it('outside a runner (no runtime token) it is a warning too', async () => {
    const r = await runActionBundleAsync(repo(true).dir, { 'upload-artifact': 'readiness-report' }, {});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::the report could not be uploaded as artifact/);
  });

  it('upload-artifact: off uploads nothing', async () => {
    const r = await runActionBundleAsync(repo(true).dir, { 'upload-artifact': 'off' }, {});
    expect(r.stdout).not.toMatch(/artifact/);
  });
});
