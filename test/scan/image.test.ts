import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { json, makeRepo } from '../helpers/repo.js';
import { tar, tgz } from '../helpers/tar.js';

const token = fake('gh' + 'p_', 36, undefined, 77);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Two layers: the first adds app/.env with a token, the second deletes it with a whiteout. */
function layers() {
  const l1 = tar([['app/.env', `TOKEN=${token}\n`], ['app/readme.txt', 'hello\n']]);
  // The whiteout's path is written `./app/...`, as `tar -C dir .` writes it: paths are compared normalised.
  const l2 = tgz([['./app/.wh..env', ''], ['app/main.js', 'console.log(1)\n']]);
  return { l1, l2 };
}

describe('scan --image: docker save tarballs and OCI layouts, no Docker engine', () => {
  it('a secret added in one layer and deleted in the next is reported, with its layer digest', async () => {
    const { l1, l2 } = layers();
    const config = Buffer.from(json({ architecture: 'amd64', os: 'linux' }));
    const manifest = json([{ Config: `blobs/sha256/${sha(config)}`, RepoTags: ['acme/widget:2.4.0'], Layers: [`blobs/sha256/${sha(l1)}`, `blobs/sha256/${sha(l2)}`] }]);
    const image = tar([
      [`blobs/sha256/${sha(l1)}`, l1],
      [`blobs/sha256/${sha(l2)}`, l2],
      [`blobs/sha256/${sha(config)}`, config],
      ['manifest.json', manifest],
    ]);
    const dir = makeRepo({});
    writeFileSync(join(dir, 'widget.tar'), image);
    const r = await cli(['scan', '--image', 'widget.tar', '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(1);
    const findings = JSON.parse(r.stdout).findings;
    expect(findings.map((f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([`widget.tar@sha256:${sha(l1).slice(0, 12)}!app/.env:1 github-token`]);
    expect(findings[0].description).toMatch(/deleted by a later layer, but still in the image history/);
  });

  it('an OCI image layout folder', async () => {
    const { l1, l2 } = layers();
    const dir = makeRepo({});
    const root = join(dir, 'oci');
    mkdirSync(join(root, 'blobs', 'sha256'), { recursive: true });
    const blob = (b: Buffer) => {
      writeFileSync(join(root, 'blobs', 'sha256', sha(b)), b);
      return `sha256:${sha(b)}`;
    };
    const manifest = Buffer.from(json({ schemaVersion: 2, layers: [{ digest: blob(l1) }, { digest: blob(l2) }] }));
    writeFileSync(join(root, 'index.json'), json({ schemaVersion: 2, manifests: [{ digest: blob(manifest) }] }));
    writeFileSync(join(root, 'oci-layout'), '{"imageLayoutVersion": "1.0.0"}');
    const r = await cli(['scan', '--image', 'oci', '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual([`oci@sha256:${sha(l1).slice(0, 12)}!app/.env`]);
  });

  it('a tarball that is not an image is a clear finding', async () => {
    const dir = makeRepo({});
    writeFileSync(join(dir, 'plain.tar'), tar([['a.txt', 'x\n']]));
    const r = await cli(['scan', '--image', 'plain.tar', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].description).toMatch(/neither a docker save tarball \(manifest\.json\) nor an OCI image layout/);
  });

  it('a damaged zstd layer is reported as unreadable, never skipped silently', async () => {
    const { l1 } = layers();
    const zstd = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.alloc(600, 7)]);
    const manifest = json([{ Config: 'config.json', Layers: [`blobs/sha256/${sha(l1)}`, `blobs/sha256/${sha(zstd)}`] }]);
    const image = tar([[`blobs/sha256/${sha(l1)}`, l1], [`blobs/sha256/${sha(zstd)}`, zstd], ['config.json', '{}'], ['manifest.json', manifest]]);
    const dir = makeRepo({});
    writeFileSync(join(dir, 'z.tar'), image);
    const r = await cli(['scan', '--image', 'z.tar', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const ids = JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId).sort();
    expect(ids).toEqual(['archive-unreadable', 'github-token']);
  });

  it('an opaque whiteout clears a whole folder of the layers below', async () => {
    const l1 = tar([['./etc/app/secrets.env', `TOKEN=${token}\n`]]);
    const l2 = tar([['etc/app/.wh..wh..opq', ''], ['etc/app/new.conf', 'x=1\n']]);
    const manifest = json([{ Config: 'c.json', Layers: [`${sha(l1)}/layer.tar`, `${sha(l2)}/layer.tar`] }]);
    const dir = makeRepo({});
    writeFileSync(join(dir, 'o.tar'), tar([[`${sha(l1)}/layer.tar`, l1], [`${sha(l2)}/layer.tar`, l2], ['c.json', '{}'], ['manifest.json', manifest]]));
    const r = await cli(['scan', '--image', 'o.tar', '--format', 'json'], dir);
    const findings = JSON.parse(r.stdout).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0].description).toMatch(/deleted by a later layer/);
  });

  // Node reads zstd from 22.15; the suite runs on Node 20 and 24, so each asserts what its runtime can do.
  it('a zstd layer is read where Node has zstd, and is a clear finding where it has not', async () => {
    const z = zlib as unknown as { zstdCompressSync?: (b: Buffer) => Buffer };
    const plain = tar([['app/.env', `TOKEN=${token}\n`]]);
    // On Node 20 a zstd frame is written by hand: the stored-block form needs no compressor.
    const layer = z.zstdCompressSync ? z.zstdCompressSync(plain) : Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00]), plain]);
    const manifest = json([{ Config: 'c.json', Layers: ['zl/layer.tar'] }]);
    const dir = makeRepo({});
    writeFileSync(join(dir, 'zs.tar'), tar([['zl/layer.tar', layer], ['c.json', '{}'], ['manifest.json', manifest]]));
    const findings = JSON.parse((await cli(['scan', '--image', 'zs.tar', '--format', 'json'], dir)).stdout).findings;
    if (z.zstdCompressSync) expect(findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['zs.tar@zl!app/.env github-token']);
    else {
      // Unread, said so; the stored frame's token is still seen among the image file's own bytes.
      expect(findings.map((f: { description: string }) => f.description).join('\n')).toMatch(/zstd-compressed, which needs Node 22\.15 or later/);
      expect(findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toContain('zs.tar github-token');
    }
  });

  it('the image config is scanned too: a build arg in the history leaks even when no layer holds it', async () => {
    const { l1 } = layers();
    const npm = fake('npm_', 36, undefined, 78);
    const config = Buffer.from(json({ config: { Env: ['PATH=/usr/bin'] }, history: [{ created_by: `|1 NPM_TOKEN=${npm} /bin/sh -c npm ci` }] }));
    const manifest = json([{ Config: `blobs/sha256/${sha(config)}`, Layers: [`blobs/sha256/${sha(l1)}`] }]);
    const dir = makeRepo({});
    writeFileSync(join(dir, 'cfg.tar'), tar([[`blobs/sha256/${sha(l1)}`, l1], [`blobs/sha256/${sha(config)}`, config], ['manifest.json', manifest]]));
    const r = await cli(['scan', '--image', 'cfg.tar', '--format', 'json'], dir);
    const found = JSON.parse(r.stdout).findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`);
    expect(found).toContain('cfg.tar@config npm-token');
    expect(r.stdout).not.toContain(npm);
  });
});
