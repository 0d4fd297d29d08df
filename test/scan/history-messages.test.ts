import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { HistoryRepo } from '../helpers/history-repo.js';

/**
 * scan --history reads what publishing a repository publishes besides its files: every walked
 * commit's message and every annotated tag's, judged by the credential rules (as a pull request's
 * commit messages are), named `commit <sha12> message` and `tag <name> message`.
 */

const token = (seed: number) => fake('gh' + 'p_', 36, undefined, seed);

interface Finding {
  file: string;
  line: number;
  ruleId: string;
  masked: string;
  history: { commit: string; date: string; status: string; refs?: string[] };
}

async function history(repo: HistoryRepo, ...args: string[]) {
  const json = await cli(['scan', '--history', ...args, '--format', 'json'], repo.dir);
  expect(json.stderr).toBe('');
  const report = JSON.parse(json.stdout) as { findings: Finding[]; summary: { skipped: { file: string; reason: string }[] }; history: { commits: number; messages: number } };
  const text = await cli(['scan', '--history', ...args], repo.dir);
  return { code: json.code, report, findings: report.findings, output: json.stdout + json.stderr + text.stdout + text.stderr };
}

/** Commits with a message given as raw bytes (git commit -F keeps them as they are). */
function commitBytes(repo: HistoryRepo, files: Record<string, string>, message: Buffer): string {
  const file = join(repo.dir, '.git', 'MSG');
  writeFileSync(file, message);
  for (const [path, content] of Object.entries(files)) writeFileSync(join(repo.dir, path), content);
  repo.git('add', '-A');
  repo.git('commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', file);
  return repo.git('rev-parse', 'HEAD');
}

const short = (commit: string) => commit.slice(0, 12);

describe('scan --history: commit and tag messages', () => {
  it('a token in a multi-line commit message on the tip, and one on a side branch never merged', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'app.js': 'console.log(1);\n' }, 'start');
    const onTip = repo.commit({ 'app.js': 'console.log(2);\n' }, `Fix the deploy\n\nIt failed because the token\nwas ${token(1)} and expired.\n`);
    repo.git('checkout', '-q', '-b', 'side');
    const onSide = repo.commit({ 'side.txt': 'x\n' }, `wip: try with ${token(2)}`);
    repo.git('checkout', '-q', 'main');
    repo.commit({ 'app.js': 'console.log(3);\n' }, 'later');
    const { code, findings, output, report } = await history(repo);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.file, f.line, f.ruleId])).toEqual([
      [`commit ${short(onSide)} message`, 1, 'github-token'],
      [`commit ${short(onTip)} message`, 4, 'github-token'],
    ]);
    expect(findings[1]!.history).toEqual({ commit: onTip, date: repo.date(onTip), status: 'present' });
    expect(findings[0]!.history).toEqual({ commit: onSide, date: repo.date(onSide), status: 'elsewhere', refs: ['refs/heads/side'] });
    // Messages are not files: the file counts stay those of the blobs.
    expect(report.history).toMatchObject({ commits: 4, messages: 4 });
    for (const seed of [1, 2]) expect(output).not.toContain(token(seed).slice(4));
    expect(output).toContain(`commit ${short(onTip)} message:4:5`);
  });

  it('a token in an annotated tag message, and in a tag only another tag points at', async () => {
    const repo = new HistoryRepo();
    const tagged = repo.commit({ 'a.txt': 'a\n' }, 'release');
    repo.git('tag', '-a', 'v1.0', '-m', `Release 1.0\n\nPublished with ${token(3)}\n`);
    // A tag of a tag, its inner tag's own ref deleted: the inner message is reachable only through the outer tag.
    repo.git('tag', '-a', 'inner', '-m', `inner note ${token(4)}`);
    repo.git('tag', '-a', 'outer', '-m', 'outer note, nothing secret', 'inner');
    repo.git('tag', '-d', 'inner');
    repo.git('tag', 'light'); // lightweight: no message, nothing to read
    const { findings, output, report } = await history(repo);
    expect(findings.map((f) => [f.file, f.line, f.history.commit, f.history.refs])).toEqual([
      ['tag inner message', 1, tagged, ['refs/tags/outer']],
      ['tag v1.0 message', 3, tagged, ['refs/tags/v1.0']],
    ]);
    // Dated by the tagger line (the tag was made a day after the commit).
    const tagDate = repo.git('for-each-ref', '--format=%(taggerdate:iso-strict)', 'refs/tags/v1.0').replace('+00:00', 'Z');
    expect(tagDate).not.toBe(repo.date(tagged));
    expect(findings[1]!.history).toMatchObject({ status: 'elsewhere', date: tagDate });
    expect(report.history.messages).toBe(1 + 3);
    for (const seed of [3, 4]) expect(output).not.toContain(token(seed).slice(4));
  });

  it('a tag whose name holds a token is named masked, like a ref', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'a.txt': 'a\n' });
    repo.git('tag', '-a', `rel-${token(5)}`, '-m', `note ${token(6)}`);
    const { findings, output } = await history(repo);
    expect(findings.map((f) => f.file)).toEqual(['tag rel-ghp_**** message']);
    for (const seed of [5, 6]) expect(output).not.toContain(token(seed).slice(4));
  });

  it('messages with unusual bytes: invalid UTF-8, CR, ANSI and bidi controls, and a NUL written by hand', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'a.txt': 'a\n' });
    const odd = commitBytes(repo, { 'a.txt': 'b\n' }, Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9, 0xff, 0x0d, 0x0a, 0x1b]), Buffer.from('[31mred\u202e\r\nkey='), Buffer.from(token(7)), Buffer.from('\n')]));
    // git commit refuses a NUL in a message; an object written by hand can still hold one (and git log -z would split on it).
    const raw = repo.git('cat-file', 'commit', 'HEAD');
    const body = Buffer.concat([Buffer.from(raw.slice(0, raw.indexOf('\n\n') + 2).replace(/^parent .*$/m, `parent ${odd}`)), Buffer.from('hidden\0after the NUL '), Buffer.from(token(8)), Buffer.from('\n')]);
    const nul = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--literally', '--stdin'], { cwd: repo.dir, input: body }).toString().trim();
    repo.git('update-ref', 'refs/heads/main', nul);
    const { findings, output, report } = await history(repo);
    expect(findings.map((f) => [f.file, f.line])).toEqual([
      [`commit ${short(nul)} message`, 1],
      [`commit ${short(odd)} message`, 3],
    ]);
    // The NUL makes it binary: read for its strings (credentials), and listed as such.
    expect(report.summary.skipped).toEqual([{ file: `commit ${short(nul)} message`, reason: 'binary' }]);
    for (const seed of [7, 8]) expect(output).not.toContain(token(seed).slice(4));
  });

  it('a message larger than what is read in memory (spooled to a file) is scanned from its first line', async () => {
    const repo = new HistoryRepo();
    repo.commit({ 'a.txt': 'a\n' });
    const filler = 'a long generated changelog line, nothing secret in it at all\n'.repeat(80_000); // ~5 MiB, over the 4 MiB in-memory limit
    const big = commitBytes(repo, { 'a.txt': 'b\n' }, Buffer.from(`${filler}deploy key ${token(11)}\n`));
    const { findings, output } = await history(repo);
    expect(findings.map((f) => [f.file, f.line])).toEqual([[`commit ${short(big)} message`, 80_001]]);
    expect(output).not.toContain(token(11).slice(4));
  });

  it('a message that only talks about passwords and tokens finds nothing; a range reads its own commits and tags', async () => {
    const repo = new HistoryRepo();
    const old = repo.commit({ 'a.txt': 'a\n' }, `old ${token(9)}`);
    repo.git('tag', '-a', 'v0', '-m', `old tag ${token(10)}`);
    repo.commit({ 'a.txt': 'b\n' }, 'Rotate the database password\n\npassword: see the vault\nThe API token is read from GITHUB_TOKEN; secret=<redacted>\n');
    const { findings } = await history(repo, `${old}..main`);
    expect(findings).toEqual([]);
    expect((await history(repo)).findings.map((f) => f.file)).toEqual([`commit ${short(old)} message`, 'tag v0 message']);
  });
});
