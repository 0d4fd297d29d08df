import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { json, makeRepo } from '../helpers/repo.js';
import { tar } from '../helpers/tar.js';

const token = (seed: number) => fake('gh' + 'p_', 36, undefined, seed);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const found = (stdout: string) => JSON.parse(stdout).findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`);

/** An OCI layout as a tar: blobs by digest, and the index. */
function layout(blobs: Buffer[], index: unknown, extra: [string, Buffer][] = []): Buffer {
  return tar([...blobs.map((b) => [`blobs/sha256/${sha(b)}`, b] as [string, Buffer]), ...extra, ['index.json', json(index)], ['oci-layout', '{"imageLayoutVersion":"1.0.0"}']]);
}
const d = (b: Buffer) => ({ digest: `sha256:${sha(b)}` });

async function scanImage(bytes: Buffer) {
  const dir = makeRepo({});
  writeFileSync(join(dir, 'img.tar'), bytes);
  return cli(['scan', '--image', 'img.tar', '--format', 'json'], dir);
}

describe('images: every manifest of every index, every docker save entry, configs of any size', () => {
  it('a token only in the arm64 platform of an index, and one behind a nested index, are found', async () => {
    const amd = tar([['app/ok.txt', 'fine\n']]);
    const arm = tar([['app/.env', `T=${token(1)}\n`]]);
    const deep = tar([['deep/.env', `T=${token(2)}\n`]]);
    const m = (layer: Buffer) => Buffer.from(json({ schemaVersion: 2, config: d(Buffer.from('{}')), layers: [d(layer)] }));
    const [mAmd, mArm, mDeep] = [m(amd), m(arm), m(deep)];
    const nested = Buffer.from(json({ schemaVersion: 2, manifests: [d(mDeep)] }));
    const r = await scanImage(layout([amd, arm, deep, mAmd, mArm, mDeep, nested, Buffer.from('{}')], { schemaVersion: 2, manifests: [{ ...d(mAmd), platform: { architecture: 'amd64' } }, { ...d(mArm), platform: { architecture: 'arm64' } }, d(nested)] }));
    expect(found(r.stdout)).toEqual([`img.tar@sha256:${sha(arm).slice(0, 12)}!app/.env github-token`, `img.tar@sha256:${sha(deep).slice(0, 12)}!deep/.env github-token`]);
  });

  it('every image of a docker save manifest.json, and a 5 MiB config whose last Env holds a token', async () => {
    const l1 = tar([['a.txt', 'x\n']]);
    const l2 = tar([['b/.env', `T=${token(3)}\n`]]);
    const big = Buffer.from(json({ config: { Labels: { filler: 'x'.repeat(5 * 1024 * 1024) }, Env: [`GH=${token(4)}`] } }));
    const manifest = json([{ Config: 'c1.json', Layers: ['l1/layer.tar'] }, { Config: 'c2.json', Layers: ['l2/layer.tar'] }]);
    const r = await scanImage(tar([['l1/layer.tar', l1], ['l2/layer.tar', l2], ['c1.json', '{}'], ['c2.json', big], ['manifest.json', manifest]]));
    expect(found(r.stdout)).toEqual(['img.tar@config-2 github-token', 'img.tar@l2!b/.env github-token']);
  });

  it('an index that lists itself, twice, or a cycle does not recurse: the digest mismatch is reported, in bounded work', async () => {
    const layer = tar([['x/.env', `T=${token(5)}\n`]]);
    const manifest = Buffer.from(json({ schemaVersion: 2, layers: [d(layer)] }));
    // Blobs named by digests their bytes do not have: A lists B and itself, B lists A.
    const [a, b] = ['a'.repeat(64), 'b'.repeat(64)];
    const blobA = Buffer.from(json({ manifests: [{ digest: `sha256:${b}` }, { digest: `sha256:${a}` }, { digest: `sha256:${a}` }] }));
    const blobB = Buffer.from(json({ manifests: [{ digest: `sha256:${a}` }, { digest: `sha256:${a}` }] }));
    const r = await scanImage(layout([layer, manifest], { manifests: [{ digest: `sha256:${a}` }, d(manifest), d(manifest)] }, [[`blobs/sha256/${a}`, blobA], [`blobs/sha256/${b}`, blobB]]));
    expect(r.code).toBe(1);
    const out = found(r.stdout);
    expect(out).toContain(`img.tar@sha256:${sha(layer).slice(0, 12)}!x/.env github-token`);
    expect(out.filter((f: string) => f === 'img.tar archive-unreadable')).toHaveLength(1);
    expect(JSON.parse(r.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'archive-unreadable').description).toMatch(/does not match its content/);
  });

  it('a layer whose bytes do not match its digest is scanned and reported as unreadable', async () => {
    const layer = tar([['y/.env', `T=${token(6)}\n`]]);
    const fakeName = 'c'.repeat(64);
    const manifest = Buffer.from(json({ schemaVersion: 2, layers: [{ digest: `sha256:${fakeName}` }] }));
    const r = await scanImage(layout([manifest], { manifests: [d(manifest)] }, [[`blobs/sha256/${fakeName}`, layer]]));
    expect(found(r.stdout)).toEqual(['img.tar@sha256:cccccccccccc archive-unreadable', 'img.tar@sha256:cccccccccccc!y/.env github-token']);
  });

  it('an OCI layout folder with two platforms', async () => {
    const dir = makeRepo({});
    const root = join(dir, 'oci');
    mkdirSync(join(root, 'blobs', 'sha256'), { recursive: true });
    const blob = (b: Buffer) => (writeFileSync(join(root, 'blobs', 'sha256', sha(b)), b), d(b));
    const l1 = tar([['p1.txt', 'x\n']]);
    const l2 = tar([['p2/.env', `T=${token(7)}\n`]]);
    const m1 = Buffer.from(json({ layers: [blob(l1)] }));
    const m2 = Buffer.from(json({ layers: [blob(l2)] }));
    writeFileSync(join(root, 'index.json'), json({ manifests: [blob(m1), blob(m2)] }));
    const r = await cli(['scan', '--image', 'oci', '--format', 'json'], dir);
    expect(found(r.stdout)).toEqual([`oci@sha256:${sha(l2).slice(0, 12)}!p2/.env github-token`]);
  });
});
