import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { scanArchiveBytes, where } from '../helpers/archive-scan.js';
import { tar, tgz } from '../helpers/tar.js';
import { zip } from '../helpers/zip.js';

const token = (seed: number) => fake('gh' + 'p_', 36, undefined, seed);

/** A ustar header block with any type flag and size (checksum computed); `extra` writes more fields. */
export function header(path: string, size: number, type: string, extra: (h: Buffer) => void = () => undefined): Buffer {
  const h = Buffer.alloc(512);
  h.write(path, 0);
  h.write('0000644\0', 100);
  h.write(size.toString(8).padStart(11, '0') + '\0', 124);
  h.write('        ', 148);
  h.write(type, 156);
  h.write('ustar\0', 257);
  h.write('00', 263);
  extra(h);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}
export const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
export function paxRecord(key: string, value: string): string {
  let length = key.length + value.length + 3;
  while (String(length).length + key.length + value.length + 3 !== length) length = String(length).length + key.length + value.length + 3;
  return `${length} ${key}=${value}\n`;
}
const END = Buffer.alloc(1024);

/** A JavaScript bundle of about `mib` MiB of ordinary code lines with a token on its last line. */
function bundle(mib: number, seed: number): { bytes: Buffer; lastLine: number } {
  const line = 'function f(a,b){return a.map(function(x){return x*b+1})}\n';
  const count = Math.ceil((mib * 1024 * 1024) / line.length);
  return { bytes: Buffer.from(line.repeat(count) + `var t="${token(seed)}";\n`), lastLine: count + 1 };
}

describe('entries over the size cap are streamed through the chunked scanner, not skipped', () => {
  it('an 11 MiB bundle (just over the 10 MiB default cap) in a .tgz, a .tar and a .zip (deflated and stored): the token on its last line is found', async () => {
    const { bytes, lastLine } = bundle(11, 1);
    for (const [name, archive] of [
      ['pkg.tgz', tgz([['package/dist/app.js', bytes]])],
      ['pkg.tar', tar([['package/dist/app.js', bytes]])],
      ['pkg.zip', zip([['package/dist/app.js', bytes]])],
      ['stored.zip', zip([{ path: 'package/dist/app.js', content: bytes, method: 0 }])],
    ] as const) {
      const r = await scanArchiveBytes(name, archive);
      expect(where(r.report), name).toEqual([`${name}!package/dist/app.js:${lastLine} github-token`]);
      expect(r.report.summary, name).toMatchObject({ files: 1, scanned: 1, skipped: [] });
    }
  });

  it('a large tgz inside a tar is opened as a stream, and a large zip inside a tgz too', async () => {
    const { bytes, lastLine } = bundle(11, 2);
    const inner = tar([['big.js', bytes]]); // 11 MiB uncompressed, stored in the outer tar as is
    const r1 = await scanArchiveBytes('outer.tar', tar([['vendor/inner.tar', inner]]));
    expect(where(r1.report)).toEqual([`outer.tar!vendor/inner.tar!big.js:${lastLine} github-token`]);
    const jar = zip([{ path: 'conf/app.js', content: bytes, method: 0 }]);
    const r2 = await scanArchiveBytes('outer.tgz', tgz([['lib/app.jar', jar]]));
    expect(where(r2.report)).toEqual([`outer.tgz!lib/app.jar!conf/app.js:${lastLine} github-token`]);
  });
});

describe('"too large" is decided by the bytes inflated, never by a declared size', () => {
  it('a gzip member whose ISIZE lies is read as what it holds', async () => {
    const gz = gzipSync(Buffer.from(`notes\nTOKEN=${token(3)}\n`));
    gz.writeUInt32LE(20 * 1024 * 1024, gz.length - 4); // claims 20 MiB
    const r = await scanArchiveBytes('a.tar', tar([['notes.txt.gz', gz]]));
    expect(where(r.report)).toEqual(['a.tar!notes.txt.gz:2 github-token']);
  });

  it('a tar entry that declares more than it holds is read as far as it goes, then reported', async () => {
    const body = Buffer.from(`TOKEN=${token(4)}\n`);
    const archive = Buffer.concat([header('short.env', 20 * 1024 * 1024, '0'), body]);
    const r = await scanArchiveBytes('cut.tar', archive);
    // The entry is reported, and the archive itself, which ends inside it.
    expect(where(r.report)).toEqual(['cut.tar:1 archive-unreadable', 'cut.tar!short.env:1 archive-unreadable', 'cut.tar!short.env:1 github-token']);
    expect(r.report.summary.skipped).toEqual([{ file: 'cut.tar!short.env', reason: 'unreadable' }, { file: 'cut.tar', reason: 'unreadable' }]);
  });
});

describe('GNU sparse entries are files', () => {
  it("old GNU sparse ('S'), with and without extension blocks: the stored data is scanned", async () => {
    const body = Buffer.from(`TOKEN=${token(5)}\n`);
    const plain = Buffer.concat([header('sparse.env', body.length, 'S'), pad(body), END]);
    const extended = Buffer.concat([header('sparse2.env', body.length, 'S', (h) => (h[482] = 1)), Buffer.alloc(512), pad(body), END]);
    expect(where((await scanArchiveBytes('s.tar', plain)).report)).toEqual(['s.tar!sparse.env:1 github-token']);
    expect(where((await scanArchiveBytes('s2.tar', extended)).report)).toEqual(['s2.tar!sparse2.env:1 github-token']);
  });

  it('PAX sparse 1.0 (map before the data) and 0.1 (name in GNU.sparse.name), and a type flag no reader knows', async () => {
    const body = Buffer.from(`TOKEN=${token(6)}\n`);
    const map = pad(Buffer.from(`1\n0\n${body.length}\n`));
    const v10 = Buffer.from(paxRecord('GNU.sparse.major', '1') + paxRecord('GNU.sparse.minor', '0') + paxRecord('GNU.sparse.name', 'app/real.env') + paxRecord('GNU.sparse.realsize', String(body.length)));
    const v01 = Buffer.from(paxRecord('GNU.sparse.name', 'app/other.env') + paxRecord('GNU.sparse.map', `0,${body.length}`));
    const archive = Buffer.concat([
      header('PaxHeader', v10.length, 'x'), pad(v10), header('./GNUSparseFile.1/real.env', map.length + body.length, '0'), map, pad(body),
      header('PaxHeader', v01.length, 'x'), pad(v01), header('./GNUSparseFile.2/other.env', body.length, '0'), pad(body),
      header('vendor.env', body.length, 'Q'), pad(body), END,
    ]);
    const r = await scanArchiveBytes('pax.tar', archive);
    expect(where(r.report)).toEqual(['pax.tar!app/other.env:1 github-token', 'pax.tar!app/real.env:1 github-token', 'pax.tar!vendor.env:1 github-token']);
    expect(r.report.summary.skipped).toEqual([]);
  });
});

describe('compressed inner files are opened by their magic bytes, whatever their name', () => {
  it('a .txt that is gzip, a .bin that is a gzipped tar, a .png that is a zip', async () => {
    const r = await scanArchiveBytes('m.tar', tar([
      ['notes.txt', gzipSync(`T=${token(7)}\n`)],
      ['data.bin', tgz([['inner.env', `T=${token(8)}\n`]])],
      ['logo.png', zip([['conf.env', `T=${token(9)}\n`]])],
    ]));
    expect(where(r.report)).toEqual(['m.tar!data.bin!inner.env:1 github-token', 'm.tar!logo.png!conf.env:1 github-token', 'm.tar!notes.txt:1 github-token']);
  });

  it('xz and bzip2 (no decoder here) are unreadable skips with their reason, never passed over', async () => {
    const xz = Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), Buffer.alloc(64, 1)]);
    const bz = Buffer.concat([Buffer.from('BZh91AY&SY'), Buffer.alloc(64, 2)]);
    const r = await scanArchiveBytes('c.tar', tar([['a.txt', xz], ['b.dat', bz], ['ok.txt', 'fine\n']]));
    expect(r.code).toBe(1);
    expect(where(r.report)).toEqual(['c.tar!a.txt:1 archive-unreadable', 'c.tar!b.dat:1 archive-unreadable']);
    expect(r.report.findings[0].description).toMatch(/xz-compressed, which this scanner cannot decompress/);
    expect(r.report.findings[1].description).toMatch(/bzip2-compressed/);
    expect(r.report.summary.skipped.map((s: { reason: string }) => s.reason)).toEqual(['unreadable', 'unreadable']);
  });
});

describe('a tar with a trailing zip is read as both', () => {
  it('the tar entries and the zip entries are scanned, at the top and inside another archive', async () => {
    const both = Buffer.concat([tar([['from-tar.env', `T=${token(10)}\n`]]), zip([['from-zip.env', `T=${token(11)}\n`]])]);
    const r = await scanArchiveBytes('poly.tar', both);
    expect(where(r.report)).toEqual(['poly.tar!from-tar.env:1 github-token', 'poly.tar!from-zip.env:1 github-token']);
    const nested = await scanArchiveBytes('outer.tgz', tgz([['inner.tar', both]]));
    expect(where(nested.report)).toEqual(['outer.tgz!inner.tar!from-tar.env:1 github-token', 'outer.tgz!inner.tar!from-zip.env:1 github-token']);
  });

  it('a tar whose last entry is a zip is not read twice', async () => {
    const r = await scanArchiveBytes('t.tar', tar([['lib/x.zip', zip([['a.env', `T=${token(12)}\n`]])]]));
    expect(where(r.report)).toEqual(['t.tar!lib/x.zip!a.env:1 github-token']);
  });
});
