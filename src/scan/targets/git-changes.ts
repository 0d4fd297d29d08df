import { execFileSync } from 'node:child_process';
import { parseAddedLines, PatchError, type AddedByBlobs } from './patch.js';
import { pathName } from './path-bytes.js';

/**
 * What a pull request changes, read from git as data: the changed paths from `git diff --raw -z`
 * (bytes, never quoted), the lines each modified file adds from a patch parsed by its hunk counts
 * (patch.ts), and each version read by its object id, so no path is ever re-spelt to git. The
 * repository's attributes choose nothing: `--text --no-textconv --no-ext-diff` make every change
 * a text diff of the committed bytes.
 */

export class GitError extends Error {}

/** A file's change between two commits (one line of `git diff --raw`). */
export interface Change {
  status: string;
  oldMode: string;
  newMode: string;
  oldBlob: string;
  newBlob: string;
  /** The path as git stores it (bytes), and the name reports use (see path-bytes.ts). */
  path: Buffer;
  name: string;
}

/** Modes whose new version is content of this repository: files and symbolic links (a link's target text is published too). */
const CONTENT_MODES = new Set(['100644', '100755', '120000']);

export function git(cwd: string, args: string[], input?: string): Buffer {
  try {
    return execFileSync('git', args, { cwd, maxBuffer: 1 << 30, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], ...(input !== undefined ? { input } : {}) });
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0];
    throw new GitError(`git ${args.slice(0, 4).join(' ')} failed: ${stderr || (err as Error).message}`);
  }
}

/** Options that take every choice about the output away from configuration and attributes. */
const PLAIN = ['-c', 'core.quotePath=true', '-c', 'diff.suppressBlankEmpty=false', '-c', 'diff.interHunkContext=0', '-c', 'diff.noprefix=false'];

/** Every path that differs between two commits, as bytes (submodule bumps and deletions included). */
export function changes(cwd: string, from: string, to: string): Change[] {
  const out = git(cwd, [...PLAIN, 'diff', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', '--ignore-submodules=none', from, to, '--']);
  const list: Change[] = [];
  let at = 0;
  while (at < out.length) {
    const metaEnd = out.indexOf(0, at);
    const pathEnd = metaEnd === -1 ? -1 : out.indexOf(0, metaEnd + 1);
    if (metaEnd === -1 || pathEnd === -1) throw new GitError('git diff --raw -z gave output that cannot be read');
    const meta = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(out.toString('latin1', at, metaEnd));
    if (!meta) throw new GitError(`git diff --raw -z gave a line that cannot be read: ${JSON.stringify(out.toString('latin1', at, Math.min(metaEnd, at + 80)))}`);
    const path = Buffer.from(out.subarray(metaEnd + 1, pathEnd));
    list.push({ status: meta[5]!, oldMode: meta[1]!, newMode: meta[2]!, oldBlob: meta[3]!, newBlob: meta[4]!, path, name: pathName(path) });
    at = pathEnd + 1;
  }
  return list;
}

/** The changes whose new version holds content to scan. */
export function contentChanges(list: readonly Change[]): Change[] {
  return list.filter((c) => c.status !== 'D' && CONTENT_MODES.has(c.newMode));
}

/**
 * The lines each change adds, numbered in its new version; undefined where the whole version is
 * new (an added file, or a type change: a link or submodule replaced by a file).
 */
export function addedLinesOf(cwd: string, from: string, to: string, list: readonly Change[]): Map<Change, Set<number> | undefined> {
  const result = new Map<Change, Set<number> | undefined>();
  const modified = list.filter((c) => c.status === 'M' && CONTENT_MODES.has(c.oldMode));
  for (const c of list) if (!modified.includes(c)) result.set(c, undefined);
  if (modified.length === 0) return result;
  let byBlobs: AddedByBlobs;
  try {
    const patch = git(cwd, [...PLAIN, 'diff', '-p', '--no-color', '--no-ext-diff', '--no-textconv', '--text', '--unified=0', '--no-renames', '--full-index', '--diff-filter=M', '--src-prefix=a/', '--dst-prefix=b/', '--ignore-submodules=all', from, to, '--']);
    byBlobs = parseAddedLines(patch);
  } catch (err) {
    if (err instanceof PatchError) throw new GitError(`the diff from ${from.slice(0, 12)} to ${to.slice(0, 12)} could not be read: ${err.message}`);
    throw err;
  }
  for (const c of modified) {
    // A mode-only change adds no line; a section git did not print for a changed blob is an error.
    if (c.oldBlob === c.newBlob) result.set(c, new Set());
    else {
      const lines = byBlobs.get(`${c.oldBlob}..${c.newBlob}`);
      if (!lines) throw new GitError(`the diff from ${from.slice(0, 12)} to ${to.slice(0, 12)} has no section for ${c.name}`);
      result.set(c, lines);
    }
  }
  return result;
}

/** The merge base of two commits (what a pull request's `base...head` compares against). */
export function mergeBase(cwd: string, a: string, b: string): string {
  return git(cwd, ['merge-base', a, b]).toString('latin1').trim();
}

/** A commit's full id. */
export function commitId(cwd: string, ref: string): string {
  try {
    return git(cwd, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`]).toString('latin1').trim();
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    throw new GitError(`"${ref.slice(0, 200)}" is not a commit in this repository: check the name, or fetch it (a shallow clone may lack it) (${err.message})`);
  }
}

/** The commits of `from..to`, oldest first, each with its parents. */
export function commitsBetween(cwd: string, from: string, to: string): { id: string; parents: string[] }[] {
  const out = git(cwd, ['rev-list', '--reverse', '--parents', `${from}..${to}`, '--']).toString('latin1');
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id, ...parents] = line.split(' ');
      return { id: id!, parents };
    });
}
