import type { BlobBatch } from './blob-batch.js';
import { git } from './git-changes.js';
import { bufferSource, type SourceFile } from './source.js';
import { pathName } from './path-bytes.js';
import { pullRequestChanges } from './pull-request.js';

export { GitError } from './git-changes.js';

/**
 * Git targets read objects through git itself, by object id: the files of a ref, or the lines a
 * diff range adds. Paths come NUL-separated as bytes (path-bytes.ts names them for reports).
 */
/** One version of a file, read by its object id. */
export function blobSource(cwd: string, v: { blob: string; name: string; size: number; lines?: ReadonlySet<number> | undefined }, batch?: BlobBatch): SourceFile {
  return bufferSource(v.name, () => (batch ? batch.read(v.blob) : git(cwd, ['cat-file', 'blob', v.blob])), () => v.size, v.lines);
}

/** Every file of a commit (or any tree-ish). Submodules and links are skipped. */
export function refFiles(cwd: string, ref: string): SourceFile[] {
  const out = git(cwd, ['ls-tree', '-r', '-z', '--long', '--full-tree', '--end-of-options', ref]);
  const files: SourceFile[] = [];
  for (let at = 0; at < out.length; ) {
    let end = out.indexOf(0, at);
    if (end === -1) end = out.length;
    const tab = out.indexOf(9, at);
    const m = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)$/.exec(out.toString('latin1', at, tab));
    if (m && m[2] === 'blob' && m[1] !== '120000') files.push(blobSource(cwd, { blob: m[3]!, name: pathName(out.subarray(tab + 1, end)), size: Number(m[4]) }));
    at = end + 1;
  }
  return files;
}

/**
 * The files a diff range changes, each limited to the lines it adds. `BASE...HEAD` compares HEAD
 * with the merge base, as a pull request does; `BASE..HEAD` compares the two commits directly.
 */
export function diffFiles(cwd: string, range: string): SourceFile[] {
  const { files } = pullRequestChanges(cwd, range);
  return files.map((f) => blobSource(cwd, f));
}

/** The lines a diff range adds, by file (as reports name it), numbered in the new version. */
export function addedLines(cwd: string, range: string): { head: string; added: Map<string, Set<number> | undefined> } {
  const { head, files } = pullRequestChanges(cwd, range);
  return { head, added: new Map(files.map((f) => [f.name, f.lines])) };
}

/** Whether a commit is present in the local repository (a shallow clone may lack the base). */
export function hasCommit(cwd: string, ref: string): boolean {
  try {
    git(cwd, ['cat-file', '-e', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Fetches one commit from origin (for shallow clones); false when that fails. */
export function fetchCommit(cwd: string, ref: string, depth = 1): boolean {
  try {
    git(cwd, ['fetch', '--no-tags', `--depth=${depth}`, 'origin', ref]);
    return true;
  } catch {
    return false;
  }
}
