import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { scanArchiveBytes, where } from '../helpers/archive-scan.js';
import { tgz } from '../helpers/tar.js';
import { zip } from '../helpers/zip.js';

const token = (seed: number) => fake('gh' + 'p_', 36, undefined, seed);

describe('scan --archive: zip, read in place from its central directory', () => {
  it('finds secrets in deflated and stored entries, at their paths and lines', async () => {
    const r = await scanArchiveBytes('site.zip', zip([['docs/', ''], ['docs/index.html', '<p>hi</p>\n'], ['conf/app.env', `A=1\nTOKEN=${token(1)}\n`], { path: 'raw.txt', content: `t ${token(2)}\n`, method: 0 }]));
    expect(r.code).toBe(1);
    expect(where(r.report)).toEqual(['site.zip!conf/app.env:2 github-token', 'site.zip!raw.txt:1 github-token']);
    expect(r.report.summary).toMatchObject({ files: 3, scanned: 3 });
  });

  it('opens a jar inside a tgz and a zip inside that (nesting crosses formats)', async () => {
    const inner = zip([['application.properties', `github.token=${token(3)}\n`]]);
    const jar = zip([['META-INF/MANIFEST.MF', 'Manifest-Version: 1.0\n'], ['BOOT-INF/lib/conf.zip', inner]]);
    const r = await scanArchiveBytes('release.tgz', tgz([['app/lib/service.jar', jar]]));
    expect(where(r.report)).toEqual(['release.tgz!app/lib/service.jar!BOOT-INF/lib/conf.zip!application.properties:1 github-token']);
  });

  it('reports traversal entries (../, absolute, drive letters) and writes nothing', async () => {
    const r = await scanArchiveBytes('evil.zip', zip([['../../home/u/.bashrc', 'x\n'], ['/etc/passwd', 'y\n'], ['C:/Windows/evil.dll', 'z\n'], ['fine.txt', 'ok\n']]));
    expect(r.code).toBe(1);
    expect(where(r.report)).toEqual(['evil.zip!../../home/u/.bashrc:1 archive-path-traversal', 'evil.zip!/etc/passwd:1 archive-path-traversal', 'evil.zip!C:/Windows/evil.dll:1 archive-path-traversal']);
  });

  it('stops an overlapping-entries zip bomb before inflating anything', async () => {
    const bomb = zip([['kernel.bin', Buffer.alloc(4 * 1024 * 1024)]], { overlap: 5000 });
    expect(bomb.length).toBeLessThan(400 * 1024);
    const r = await scanArchiveBytes('overlap.zip', bomb);
    expect(where(r.report)).toEqual(['overlap.zip:1 archive-bomb']);
    expect(r.report.findings[0].description).toMatch(/overlap \(a non-recursive zip bomb\?\)/);
  });

  it('a size its header declares is not believed: an entry is read as the bytes it inflates to', async () => {
    const big = Buffer.concat([Buffer.alloc(8 * 1024 * 1024, 0x41), Buffer.from(`\nTOKEN=${token(5)}\n`)]);
    const r = await scanArchiveBytes('forged.zip', zip([{ path: 'small.txt', content: big, declaredSize: 100 }, { path: 'huge.txt', content: `T=${token(6)}\n`, declaredSize: 20 * 1024 * 1024 }]));
    expect(where(r.report)).toEqual(['forged.zip!huge.txt:1 github-token', 'forged.zip!small.txt:2 github-token']);
    expect(r.report.summary).toMatchObject({ files: 2, scanned: 2 });
  });

  it('entries that declare more than the total cap are refused up front', async () => {
    const r = await scanArchiveBytes('huge.zip', zip([1, 2].map((i) => ({ path: `part${i}.bin`, content: 'x', declaredSize: 0xfffffff0 }))));
    expect(r.report.findings[0]).toMatchObject({ ruleId: 'archive-bomb' });
    expect(r.report.findings[0].description).toMatch(/declare 8192 MiB uncompressed, past the limit of 4096 MiB/);
  });

  it('encrypted and unsupported entries are findings; the rest is still scanned', async () => {
    const r = await scanArchiveBytes('mixed.zip', zip([{ path: 'locked.txt', content: 'x', encrypted: true }, { path: 'bz.txt', content: 'y', method: 12 }, ['.npmrc', `//registry.npmjs.org/:_authToken=${fake('npm_', 36, undefined, 9)}\n`]]));
    expect(where(r.report)).toEqual(['mixed.zip!.npmrc:1 npm-token', 'mixed.zip!bz.txt:1 archive-unreadable', 'mixed.zip!locked.txt:1 archive-unreadable']);
    expect(r.report.findings[1].description).toMatch(/compression method 12 is not supported/);
    expect(r.report.findings[2].description).toMatch(/it is encrypted/);
  });

  it('a truncated zip is a clear finding, not a crash', async () => {
    const whole = zip([['a.txt', 'hello\n']]);
    const r = await scanArchiveBytes('cut.zip', whole.subarray(0, whole.length - 30));
    expect(r.code).toBe(1);
    expect(where(r.report)).toEqual(['cut.zip:1 archive-unreadable']);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('a zip-in-zip loop stops at the depth limit', async () => {
    let nested = zip([['deepest.txt', `TOKEN=${token(4)}\n`]]);
    for (let i = 0; i < 5; i++) nested = zip([[`level-${i}.zip`, nested]]);
    const r = await scanArchiveBytes('loop.zip', nested);
    expect(where(r.report)).toEqual(['loop.zip!level-4.zip!level-3.zip!level-2.zip:1 archive-too-deep']);
  });

  it("the depth is the policy's scan.archive-depth", async () => {
    let nested = zip([['deepest.txt', 'x\n']]);
    for (let i = 0; i < 3; i++) nested = zip([[`level-${i}.zip`, nested]]);
    const r = await scanArchiveBytes('loop.zip', nested, { '.readiness-gate.yml': 'version: 1\nscan:\n  archive-depth: 1\n' });
    expect(where(r.report)).toEqual(['loop.zip!level-2.zip:1 archive-too-deep']);
  });
});
