import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { json } from '../helpers/repo.js';
import { runActionBundle } from '../helpers/runner.js';
import { tgz } from '../helpers/tar.js';

const token = fake('gh' + 'p_', 36, undefined, 61);
const policy = stringify({
  packets: [{ id: 'summary', file: 'release/summary.json' }],
  payloads: [{ id: 'tarball', kind: 'archive', path: 'out/widget.tgz' }],
  gates: [
    { id: 'release', checks: [{ check: 'status', packet: 'summary' }] },
    { id: 'package-safe', checks: [{ check: 'payload', payload: 'tarball' }] },
  ],
});
const repoFiles = { '.readiness-gate.yml': policy, 'release/summary.json': json({ status: 'ready' }), '.gitignore': 'out/\n' };

describe('publish gates: decided in the publish job, after the build', () => {
  it('mode: check leaves the publish gate out (the package is not built) and says so', () => {
    const repo = gitRepo(repoFiles);
    const r = runActionBundle(repo.dir, { mode: 'check' }, {});
    expect(r.code, r.stdout).toBe(0);
    expect(r.summary).toMatch(/1 publish gate \("package-safe"\) reads what the release publishes and was not decided here: they run with \\`mode: publish\\`/);
    expect(r.summary).not.toMatch(/package-safe \|/);
  });

  it('mode: publish with the package not built is unknown and fails the step', () => {
    const repo = gitRepo(repoFiles);
    const r = runActionBundle(repo.dir, { mode: 'publish' }, {});
    expect(r.code).toBe(1);
    expect(r.outputs['blocked-gates']).toBe('package-safe');
    expect(r.stdout).toMatch(/out\/widget\.tgz does not exist; build it before this gate runs/);
  });

  it('mode: publish blocks a built package that holds a token, and passes a clean one', () => {
    const repo = gitRepo(repoFiles);
    const out = join(repo.dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'widget.tgz'), tgz([['package/package.json', '{"name":"widget"}\n'], ['package/.env', `NPM=1\nGH=${token}\n`]]));
    const bad = runActionBundle(repo.dir, { mode: 'publish' }, {});
    expect(bad.code).toBe(1);
    expect(bad.outputs['blocked-gates']).toBe('package-safe');
    expect(bad.stdout).toMatch(/::error title=readiness \/ package-safe \(blocked\),file=out\/widget\.tgz!package\/\.env,line=2/);
    expect(bad.stdout).not.toContain(token);
    writeFileSync(join(out, 'widget.tgz'), tgz([['package/package.json', '{"name":"widget"}\n']]));
    const good = runActionBundle(repo.dir, { mode: 'publish' }, {});
    expect([good.code, good.outputs['blocked-gates']]).toEqual([0, '']);
  });

  it('the CLI: check notes the publish gate on stderr; check --publish decides it; --gate names it directly', async () => {
    const repo = gitRepo(repoFiles);
    const plain = await cli(['check'], repo.dir);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/1 publish gate \("package-safe"\).*run check --publish after the build/);
    const publish = await cli(['check', '--publish', '--format', 'json'], repo.dir);
    expect(publish.code).toBe(1);
    expect(JSON.parse(publish.stdout).gates.map((g: { id: string; state: string }) => `${g.id}=${g.state}`)).toEqual(['release=ready', 'package-safe=unknown']);
    const named = await cli(['check', '--gate', 'package-safe'], repo.dir);
    expect([named.code, named.stderr]).toEqual([1, '']);
  });
});
