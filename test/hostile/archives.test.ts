import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { TarError, tarEntries } from '../../src/scan/archive/tar.js';
import { cli } from '../helpers/cli.js';
import { json, makeRepo } from '../helpers/repo.js';
import { tar } from '../helpers/tar.js';

const token = fake('gh' + 'p_', 36, undefined, 78);

/** A ustar header block, with the type flag and size given (checksum computed). */
function header(path: string, size: number, type: string): Buffer {
  const h = Buffer.alloc(512);
  h.write(path, 0);
  h.write('0000644\0', 100);
  h.write(size.toString(8).padStart(11, '0') + '\0', 124);
  h.write('        ', 148);
  h.write(type, 156);
  h.write('ustar\0', 257);
  h.write('00', 263);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}
const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
function paxRecord(key: string, value: string): string {
  let length = key.length + value.length + 3;
  while (String(length).length + key.length + value.length + 3 !== length) length = String(length).length + key.length + value.length + 3;
  return `${length} ${key}=${value}\n`;
}

async function entries(archive: Buffer) {
  const out: { path: string; data?: string }[] = [];
  for await (const e of tarEntries((async function* () { yield archive; })(), { maxEntryBytes: 1 << 20, maxEntries: 100 })) out.push({ path: e.path, ...(e.data ? { data: e.data.toString('utf8') } : {}) });
  return out;
}

describe('tar: pax records are honoured the way tar honours them', () => {
  it('a pax size record overrides the header size, so the next entry is read where it really starts', async () => {
    const body = Buffer.from(`TOKEN=${token}\n`);
    const records = Buffer.from(paxRecord('size', String(body.length)) + paxRecord('path', 'deep/name/from/pax.env'));
    // The ustar header claims 0 bytes; the pax record says how long the body is.
    const archive = Buffer.concat([header('PaxHeader', records.length, 'x'), pad(records), header('short', 0, '0'), pad(body), header('after.txt', 3, '0'), pad(Buffer.from('ok\n')), Buffer.alloc(1024)]);
    expect(await entries(archive)).toEqual([{ path: 'deep/name/from/pax.env', data: `TOKEN=${token}\n` }, { path: 'after.txt', data: 'ok\n' }]);
  });

  it('a global pax header applies to every following entry; a malformed record is an error, not a guess', async () => {
    const global = Buffer.from(paxRecord('comment', 'built by ci'));
    const archive = Buffer.concat([header('global', global.length, 'g'), pad(global), header('a.txt', 2, '0'), pad(Buffer.from('a\n')), Buffer.alloc(1024)]);
    expect(await entries(archive)).toEqual([{ path: 'a.txt', data: 'a\n' }]);
    const bad = Buffer.from('99 size=1\n');
    await expect(entries(Buffer.concat([header('x', bad.length, 'x'), pad(bad), Buffer.alloc(1024)]))).rejects.toBeInstanceOf(TarError);
    const notNumber = Buffer.from(paxRecord('size', '12abc'));
    await expect(entries(Buffer.concat([header('x', notNumber.length, 'x'), pad(notNumber), header('a', 0, '0'), Buffer.alloc(1024)]))).rejects.toThrow(/pax size record/);
  });
});

describe('OCI layouts: a digest is algorithm:hex before it becomes a path', () => {
  it('a digest with ../ in it is refused with a clear finding, and nothing outside the layout is read', async () => {
    const dir = makeRepo({ 'secret-outside.json': json({ layers: [] }) });
    const root = join(dir, 'oci');
    mkdirSync(join(root, 'blobs', 'sha256'), { recursive: true });
    writeFileSync(join(root, 'index.json'), json({ schemaVersion: 2, manifests: [{ digest: 'sha256:../../../secret-outside.json' }] }));
    const r = await cli(['scan', '--image', 'oci', '--format', 'json'], dir);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/not algorithm:hex/);
  });

  it('a docker manifest whose layer path leaves the folder is refused', async () => {
    const dir = makeRepo({});
    const root = join(dir, 'img');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(dir, 'outside.tar'), tar([['.env', `TOKEN=${token}\n`]]));
    writeFileSync(join(root, 'manifest.json'), json([{ Config: 'c.json', Layers: ['../outside.tar'] }]));
    const r = await cli(['scan', '--image', 'img', '--format', 'json'], dir);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/not a regular file inside the image layout/);
  });
});
