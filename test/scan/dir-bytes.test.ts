import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { cliBundle } from '../helpers/cli.js';

/**
 * Directory scans read file names as bytes: a name that is not UTF-8 is opened by its own bytes and
 * reported as `\xNN`, never decoded to U+FFFD (which opens nothing, or a decoy spelt that way).
 */

const token = (seed: number) => fake('gh' + 'p_', 36, undefined, seed);
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

interface Report {
  findings: { file: string; ruleId: string; masked: string; fingerprint: string }[];
  summary: { skipped: { file: string; reason: string }[] };
}

function folder(files: [Buffer, string][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-dir-bytes-'));
  for (const [name, content] of files) writeFileSync(Buffer.concat([Buffer.from(dir + '/'), name]), content);
  return dir;
}

function committed(files: [Buffer, string][], untracked: [Buffer, string][] = []): string {
  const dir = folder(files);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'files');
  for (const [name, content] of untracked) writeFileSync(Buffer.concat([Buffer.from(dir + '/'), name]), content);
  return dir;
}

function scan(dir: string, ...args: string[]): { code: number; report: Report; stdout: string } {
  const run = cliBundle(['scan', '.', '--format', 'json', ...args], dir);
  expect(run.stderr).toBe('');
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stdout: run.stdout };
}

// `cfg` + 0xff 0xfe + `.env`: not UTF-8. The decoy is what decoding it would give: `cfg` U+FFFD U+FFFD `.env`.
const RAW = bytes('cfg', [0xff, 0xfe], '.env');
const DECOY = Buffer.from('cfg\uFFFD\uFFFD.env');

function expectRawNameFound(report: Report, stdout: string, seed: number): void {
  expect(report.findings.map((f) => [f.file, f.ruleId])).toEqual([['cfg\\xff\\xfe.env', 'github-token']]);
  expect(report.summary.skipped.filter((s) => s.reason === 'unreadable')).toEqual([]);
  expect(stdout).not.toContain(token(seed).slice(4));
}

describe('directory scans: file names that are not UTF-8', () => {
  it('git work tree (git ls-files -z): a token in a non-UTF-8 name is found, a clean U+FFFD decoy beside it changes nothing', () => {
    const dir = committed([
      [RAW, `TOKEN=${token(1)}\n`],
      [DECOY, 'nothing here\n'],
    ]);
    const { code, report, stdout } = scan(dir);
    expect(code).toBe(1);
    expectRawNameFound(report, stdout, 1);
  });

  it('git work tree, untracked file (git ls-files --others -z): found under its \\xNN name', () => {
    const dir = committed([[DECOY, 'nothing here\n']], [[RAW, `TOKEN=${token(2)}\n`]]);
    const { code, report, stdout } = scan(dir);
    expect(code).toBe(1);
    expectRawNameFound(report, stdout, 2);
  });

  it('plain folder (file-system walk): found, with and without the decoy', () => {
    const alone = scan(folder([[RAW, `TOKEN=${token(3)}\n`]]));
    expect(alone.code).toBe(1);
    expectRawNameFound(alone.report, alone.stdout, 3);
    const withDecoy = scan(folder([[RAW, `TOKEN=${token(4)}\n`], [DECOY, 'nothing here\n']]));
    expectRawNameFound(withDecoy.report, withDecoy.stdout, 4);
  });

  it('--no-gitignore in a git work tree walks the file system by bytes too', () => {
    const dir = committed([[RAW, `TOKEN=${token(5)}\n`], [DECOY, 'nothing here\n']]);
    const { report, stdout } = scan(dir, '--no-gitignore');
    expectRawNameFound(report, stdout, 5);
  });

  // Names that an escaping scheme could confuse: each holds its own token and must be read and named apart.
  const tricky: [Buffer, string][] = [
    [Buffer.from('x\ny.env'), 'x\ny.env'],
    [Buffer.from('x\ty.env'), 'x\ty.env'],
    [Buffer.from('x\\y.env'), 'x\\y.env'],
    [Buffer.from('x\\xff.env'), 'x\\\\xff.env'], // the text `\xff` typed out: spelt escaped, so it cannot read as the byte
    [bytes('x', [0xff], '.env'), 'x\\xff.env'], // the byte 0xff
    [bytes('x', [0xef, 0xbf, 0xbd], '.env'), 'x\uFFFD.env'], // U+FFFD itself, valid UTF-8
  ];
  for (const [where, make] of [
    ['git work tree', (files: [Buffer, string][]) => committed(files)],
    ['plain folder', folder],
  ] as const) {
    it(`${where}: names with newline, tab, backslash, \\xNN-looking text and raw bytes never collide`, () => {
      const dir = make(tricky.map(([name], i) => [name, `TOKEN=${token(10 + i)}\n`]));
      const { report, stdout } = scan(dir);
      expect(report.findings.map((f) => f.file).sort()).toEqual(tricky.map(([, shown]) => shown).sort());
      expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(tricky.length);
      expect(report.summary.skipped).toEqual([]);
      for (let i = 0; i < tricky.length; i++) expect(stdout).not.toContain(token(10 + i).slice(4));
    });
  }
});
