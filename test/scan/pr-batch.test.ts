import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { BlobBatch, parseBatch } from '../../src/scan/targets/blob-batch.js';
import { cliBundle } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';

/**
 * A pull request's files and commits are read in batches, not one git process per file: 2,000
 * small files took 41 s, nearly all of it starting processes. Measured by counting the git
 * commands run (GIT_TRACE), never by time.
 */
function gitCommands(dir: string, args: string[]): { code: number; commands: string[] } {
  const trace = join(mkdtempSync(join(tmpdir(), 'rg-trace-')), 'trace');
  const r = cliBundle(args, dir, { GIT_TRACE: trace });
  const commands = readFileSync(trace, 'utf8').split('\n').flatMap((l) => /built-in: git (.*)$/.exec(l)?.[1] ?? []);
  return { code: r.code, commands };
}

describe('pull-request reads are batched', () => {
  it('300 changed files and 30 commits: a handful of cat-file calls, and the token is still found', () => {
    const repo = gitRepo({ 'README.md': '# x\n' });
    repo.git('checkout', '-q', '-b', 'pr');
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`f/${i}.txt`] = `line ${i}\n`;
    files['f/150.txt'] = `TOKEN=${fake('gh' + 'p_', 36, undefined, 5)}\n`;
    repo.commit(files, 'many files');
    for (let i = 0; i < 30; i++) repo.commit({ 'log.txt': `entry ${i}\n` }, `commit ${i}`);
    const { code, commands } = gitCommands(repo.dir, ['scan', '--diff', 'main...pr']);
    expect(code).toBe(1);
    const catFiles = commands.filter((c) => c.startsWith('cat-file'));
    expect(catFiles.length, catFiles.join('\n')).toBeLessThanOrEqual(6);
    expect(commands.filter((c) => c.startsWith('cat-file blob'))).toEqual([]);
  });

  it('a batch answer is read by its sizes: a missing object is skipped, a truncated one is an error', () => {
    const out = Buffer.concat([Buffer.from('aaa blob 3\nx\ny\nbbb missing\nccc commit 2\nhi\n')]);
    expect([...parseBatch(out, 'blob')].map(([id, b]) => [id, b.toString()])).toEqual([['aaa', 'x\ny']]);
    expect([...parseBatch(out, 'commit')].map(([id, b]) => [id, b.toString()])).toEqual([['ccc', 'hi']]);
    expect(() => parseBatch(Buffer.from('aaa blob 10\nshort\n'), 'blob')).toThrow(/shorter than its size/);
  });

  it('a blob asked for out of order, or one not listed, is still read', () => {
    const repo = gitRepo({ 'a.txt': 'A\n', 'b.txt': 'B\n' });
    const id = (p: string) => repo.git('rev-parse', `HEAD:${p}`);
    const batch = new BlobBatch(repo.dir, [{ blob: id('a.txt'), size: 2 }]);
    expect(batch.read(id('b.txt')).toString()).toBe('B\n');
    expect(batch.read(id('a.txt')).toString()).toBe('A\n');
  });
});
