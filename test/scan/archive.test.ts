import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { scanArchiveBytes, where } from '../helpers/archive-scan.js';
import { tar, tgz } from '../helpers/tar.js';

const token = (seed: number) => fake('gh' + 'p_', 36, undefined, seed);

describe('scan --archive: tar and tgz, in place and streaming', () => {
  it('finds a secret inside a .tgz, at its path and line', async () => {
    const r = await scanArchiveBytes('release.tgz', tgz([['package/README.md', '# hi\n'], ['package/dist/config.js', `x\nconst t = "${token(1)}";\n`]]));
    expect(r.code).toBe(1);
    expect(where(r.report)).toEqual(['release.tgz!package/dist/config.js:2 github-token']);
    expect(r.report.summary).toMatchObject({ files: 2, scanned: 2 });
  });

  it('opens archives inside archives', async () => {
    const inner = tgz([['app/.env', `TOKEN=${token(2)}\n`]]);
    const r = await scanArchiveBytes('bundle.tar', tar([['notes.txt', 'clean\n'], ['vendor/inner.tgz', inner]]));
    expect(where(r.report)).toEqual(['bundle.tar!vendor/inner.tgz!app/.env:1 github-token']);
  });

  it('reports an entry whose path leaves the extraction folder, and writes nothing', async () => {
    const r = await scanArchiveBytes('evil.tar', tar([['../../etc/cron.d/job', 'x\n'], ['ok.txt', 'y\n']]));
    expect(r.code).toBe(1);
    expect(where(r.report)).toEqual(['evil.tar!../../etc/cron.d/job:1 archive-path-traversal']);
    expect(r.report.findings[0].description).toMatch(/leaves the extraction folder.*reported, never written/);
  });

  it('stops a gzip bomb at the ratio cap, in bounded memory (the cap, not a clock, ends it)', async () => {
    const zeros = Buffer.alloc(150 * 1024 * 1024);
    const bomb = gzipSync(tar([['zeros.bin', zeros]]), { level: 9 });
    expect(bomb.length).toBeLessThan(300 * 1024);
    const before = process.memoryUsage().rss;
    const r = await scanArchiveBytes('bomb.tgz', bomb);
    expect(r.code).toBe(1);
    expect(where(r.report)).toEqual(['bomb.tgz:1 archive-bomb']);
    expect(r.report.findings[0].description).toMatch(/expands more than 1000 times/);
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('a nested-archive loop stops at the depth limit with a clear finding', async () => {
    let nested = tgz([['deepest.txt', `TOKEN=${token(3)}\n`]]);
    for (let i = 0; i < 5; i++) nested = tgz([[`level-${i}.tgz`, nested]]);
    const r = await scanArchiveBytes('loop.tgz', nested);
    expect(where(r.report)).toEqual(['loop.tgz!level-4.tgz!level-3.tgz!level-2.tgz:1 archive-too-deep']);
  });

  it('a file that is not an archive is a clear finding, not a crash', async () => {
    const r = await scanArchiveBytes('fake.tar', Buffer.from('this is not a tar archive at all'.repeat(40)));
    expect(r.code).toBe(1);
    expect(r.report.findings[0]).toMatchObject({ ruleId: 'archive-unreadable' });
    expect(r.report.findings[0].description).toMatch(/bad header checksum/);
  });
});
