import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { json } from '../helpers/repo.js';
import { runActionBundle } from '../helpers/runner.js';
import { tar, tgz } from '../helpers/tar.js';
import { zip } from '../helpers/zip.js';

const token = (seed: number) => fake('gh' + 'p_', 36, undefined, seed);
const found = (stdout: string) => JSON.parse(stdout).findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`);

describe('archives committed to the repository are opened by directory and pull-request scans (bundled CLI)', () => {
  it('a directory scan opens a jar, a tgz and a gzip named .txt; a plain file with ! in its name stays one file', async () => {
    const repo = gitRepo({
      'lib/app.jar': zip([['META-INF/MANIFEST.MF', 'Manifest-Version: 1.0\n'], ['application.properties', `gh.token=${token(1)}\n`]]),
      'vendor/pkg.tgz': tgz([['package/.npmrc', `//x/:_authToken=${token(2)}\n`]]),
      'docs/notes.txt': gzipSync(`T=${token(3)}\n`),
      'odd!name.txt': `T=${token(4)}\n`,
      'README.md': '# hi\n',
    });
    const r = await cli(['scan', '.', '--format', 'json'], repo.dir);
    expect(r.code, r.stderr).toBe(1);
    expect(found(r.stdout)).toEqual(['docs/notes.txt github-token', 'lib/app.jar!application.properties github-token', 'odd!name.txt github-token', 'vendor/pkg.tgz!package/.npmrc github-token']);
    expect(r.stdout).not.toContain(token(1));
  });

  it('a pull request that adds or changes an archive has it read whole', async () => {
    const repo = gitRepo({ 'README.md': '# hi\n', 'dist/site.zip': zip([['index.html', '<p>hi</p>\n']]) });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit({ 'dist/site.zip': zip([['index.html', '<p>hi</p>\n'], ['conf/.env', `T=${token(5)}\n`]]), 'build/out.tar': tar([['x.env', `T=${token(6)}\n`]]) }, 'add builds');
    const r = await cli(['scan', '--diff', 'main...feature', '--format', 'json'], repo.dir);
    expect(r.code, r.stderr).toBe(1);
    expect(found(r.stdout)).toEqual(expect.arrayContaining(['build/out.tar!x.env github-token', 'dist/site.zip!conf/.env github-token']));
  });

  it('scan --archive exits 1 and lists the reason when an entry cannot be read', async () => {
    const repo = gitRepo({ 'README.md': '# hi\n' });
    writeFileSync(join(repo.dir, 'r.tar'), tar([['a.xz', Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), Buffer.alloc(40)])]]));
    const text = await cli(['scan', '--archive', 'r.tar'], repo.dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/r\.tar!a\.xz:1:1 +high +archive-unreadable/);
    const r = await cli(['scan', '--archive', 'r.tar', '--format', 'json'], repo.dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].description).toMatch(/r\.tar!a\.xz: xz-compressed, which this scanner cannot decompress/);
    expect(JSON.parse(r.stdout).summary.skipped).toEqual([{ file: 'r.tar!a.xz', reason: 'unreadable' }]);
  });
});

describe('the payload gate fails closed on what was not read (Action bundle, mode: publish)', () => {
  const policy = (categories?: string[]) =>
    stringify({
      payloads: [{ id: 'tarball', kind: 'archive', path: 'out/widget.tgz' }],
      gates: [{ id: 'package-safe', checks: [{ check: 'payload', payload: 'tarball', ...(categories ? { categories } : {}) }] }],
    });

  it('an xz entry, even under a categories filter that leaves archive findings out, is unknown, never ready', async () => {
    const repo = gitRepo({ '.readiness-gate.yml': policy(['package-token']), '.gitignore': 'out/\n' });
    mkdirSync(join(repo.dir, 'out'));
    const xz = Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), Buffer.alloc(40)]);
    writeFileSync(join(repo.dir, 'out', 'widget.tgz'), tgz([['package/package.json', json({ name: 'w' })], ['package/dist/data.js', xz]]));
    const r = runActionBundle(repo.dir, { mode: 'publish' }, {});
    expect(r.code).toBe(1);
    expect(r.outputs['blocked-gates']).toBe('package-safe');
    expect(r.stdout).toMatch(/package-safe \(unknown\)/);
    expect(r.stdout).toMatch(/xz-compressed/);
  });

  it('an 11 MiB bundle (just over the 10 MiB default cap) in the package with a token on its last line blocks', async () => {
    const repo = gitRepo({ '.readiness-gate.yml': policy(), '.gitignore': 'out/\n' });
    mkdirSync(join(repo.dir, 'out'));
    const line = 'function f(a){return a+1}\n';
    const bundle = Buffer.from(line.repeat(Math.ceil((11 * 1024 * 1024) / line.length)) + `var t="${token(7)}";\n`);
    writeFileSync(join(repo.dir, 'out', 'widget.tgz'), tgz([['package/dist/app.js', bundle]]));
    const r = runActionBundle(repo.dir, { mode: 'publish' }, {});
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/package-safe \(blocked\),file=out\/widget\.tgz!package\/dist\/app\.js/);
    expect(r.stdout).not.toContain(token(7));
  });
});
