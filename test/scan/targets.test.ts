import { closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScanSettings } from '../../src/scan/config.js';
import { scanTarget } from '../../src/scan/scan.js';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { makeRepo } from '../helpers/repo.js';

const settings = () => buildScanSettings(undefined, () => undefined);
const token = fake('gh' + 'p_', 36, undefined, 99);
const where = (r: { findings: { file: string; line: number; column: number; ruleId: string }[] }) => r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);

describe('scan targets', () => {
  it('a folder honours .gitignore through git, unless told not to', async () => {
    const repo = gitRepo({ '.gitignore': 'local.env\n', 'README.md': '# x\n' });
    writeFileSync(join(repo.dir, 'local.env'), `TOKEN=${token}\n`);
    writeFileSync(join(repo.dir, 'new.txt'), `a\nTOKEN=${token}\n`);
    expect(where(await scanTarget({ kind: 'directory', root: repo.dir }, settings(), {}))).toEqual(['new.txt:2:7 github-token']);
    const all = { ...settings(), gitignore: false };
    expect(where(await scanTarget({ kind: 'directory', root: repo.dir }, all, {}))).toEqual(['local.env:1:7 github-token', 'new.txt:2:7 github-token']);
  });

  it('skips and counts symbolic links (loops and ones leaving the root) and a 1 GB sparse file; reads a binary for its strings', async () => {
    const outside = makeRepo({ 'secret.txt': `TOKEN=${token}\n` });
    const root = makeRepo({ 'a.txt': 'nothing\n', 'img.png': Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.from(`TOKEN=${token}`)]) });
    mkdirSync(join(root, 'dir'));
    symlinkSync(root, join(root, 'dir', 'loop'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'escape.txt'));
    const fd = openSync(join(root, 'huge.bin'), 'w');
    ftruncateSync(fd, 1024 * 1024 * 1024);
    closeSync(fd);
    const r = await scanTarget({ kind: 'directory', root }, settings(), {});
    // The link out of the root is never followed; the binary's printable strings are read for credentials.
    expect(where(r)).toEqual(['img.png:1:11 github-token']); // columns count bytes, as grep -a does
    expect(r.stats).toMatchObject({ files: 3, scanned: 1, skippedBinary: 1, skippedLarge: 1, skippedSymlinks: 2 });
    expect(r.stats.skipped).toEqual([
      { file: 'dir/loop', reason: 'symbolic-link' },
      { file: 'escape.txt', reason: 'symbolic-link' },
      { file: 'huge.bin', reason: 'too-large' },
      { file: 'img.png', reason: 'binary' },
    ]);
    const shown = await cli(['scan', '--no-gitignore'], root);
    expect(shown.stdout).toMatch(/skipped huge\.bin: over scan\.max-file-bytes/);
    expect(shown.stdout).toMatch(/skipped escape\.txt: symbolic link, never followed/);
  });

  it('finds a value deep in a file larger than one chunk, at its true line', async () => {
    const filler = 'x'.repeat(99) + '\n';
    const lines = 30000; // about 3 MB: three chunks
    const root = makeRepo({ 'big.log': filler.repeat(lines) + `TOKEN=${token}\n` + filler.repeat(10) });
    const r = await scanTarget({ kind: 'directory', root }, settings(), {});
    expect(where(r)).toEqual([`big.log:${lines + 1}:7 github-token`]);
  });

  it('a value split across a chunk boundary is still found once', async () => {
    const before = 'y'.repeat(1024 * 1024 - 20);
    const root = makeRepo({ 'edge.txt': `${before}TOKEN=${token}\nend\n` });
    expect(where(await scanTarget({ kind: 'directory', root }, settings(), {}))).toEqual([`edge.txt:1:${before.length + 7} github-token`]);
  });

  it('over the size cap, large-files: skip skips and counts', async () => {
    const root = makeRepo({ 'big.txt': `TOKEN=${token}\n` + 'z'.repeat(2000) });
    const r = await scanTarget({ kind: 'directory', root }, { ...settings(), limits: { maxFileBytes: 1000, largeFiles: 'skip' } }, {});
    expect([r.findings.length, r.stats.skippedLarge]).toEqual([0, 1]);
  });

  it('a diff range reports only added lines, with their line numbers in the new file', async () => {
    const repo = gitRepo({ 'config.yml': `a: 1\nold_token: ${token}\nb: 2\n`, 'other.txt': 'unchanged\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    const second = fake('gh' + 'p_', 36, undefined, 7);
    repo.commit({ 'config.yml': `a: 1\nold_token: ${token}\nnew_line: 1\nb: 2\nnew_token: ${second}\n`, 'added.md': `# notes\n\nuse ${second}\n` }, 'feature');
    const r = await scanTarget({ kind: 'diff', root: repo.dir, range: 'main...feature' }, settings(), {});
    expect(where(r)).toEqual(['added.md:3:5 github-token', 'config.yml:5:12 github-token']);
  });

  it('a ref target scans the files of that commit, not the working tree', async () => {
    const repo = gitRepo({ 'a.txt': `TOKEN=${token}\n` });
    const first = repo.git('rev-parse', 'HEAD');
    repo.commit({ 'a.txt': 'clean now\n' }, 'clean');
    expect(where(await scanTarget({ kind: 'ref', root: repo.dir, ref: first }, settings(), {}))).toEqual(['a.txt:1:7 github-token']);
    expect(where(await scanTarget({ kind: 'ref', root: repo.dir, ref: 'HEAD' }, settings(), {}))).toEqual([]);
  });

  it('the CLI scans stdin, and reports a bad diff range as a usage error', async () => {
    const dir = makeRepo({});
    let stdout = '';
    const { runCli } = await import('../../src/cli/main.js');
    const code = await runCli(['scan', '-'], { stdout: (t) => (stdout += t), stderr: () => undefined, env: {}, stdoutIsTTY: false, cwd: dir, readStdin: () => Buffer.from(`x\nTOKEN=${token}\n`) });
    expect(code).toBe(1);
    // A made-up token: its CRC32 suffix does not hold, so it is shape evidence, one step below critical.
    expect(stdout).toMatch(/^<stdin>:2:7 {2}high {6}github-token {2}ghp_\*\*\*\* {2}evidence: shape /m);
    const bad = await cli(['scan', '--diff', 'nope...HEAD'], gitRepo({ 'a': 'b' }).dir);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/"nope" is not a commit in this repository/)]);
    expect(tmpdir()).toBeTruthy();
  });
});

describe('file handles', () => {
  it('scanning many small files leaves no file open', async () => {
    const { readdirSync } = await import('node:fs');
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`f${i}.txt`] = `line ${i}\n`;
    const root = makeRepo(files);
    const before = readdirSync('/proc/self/fd').length;
    await scanTarget({ kind: 'directory', root }, settings(), {});
    expect(readdirSync('/proc/self/fd').length).toBeLessThanOrEqual(before + 2);
  });
});
