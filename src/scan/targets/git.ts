import { execFileSync } from 'node:child_process';
import { bufferSource, type SourceFile } from './source.js';

/**
 * Git targets read objects through git itself: the files of a ref, or the lines a diff range adds
 * (`git diff BASE...HEAD`, positions in the new file). Paths with unusual characters are safe: git
 * is asked for NUL-separated output.
 */
function git(cwd: string, args: string[]): Buffer {
  try {
    return execFileSync('git', args, { cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0];
    throw new GitError(`git ${args.join(' ')} failed: ${stderr || (err as Error).message}`);
  }
}

export class GitError extends Error {}

function blobSource(cwd: string, ref: string, path: string, size: number, lines?: ReadonlySet<number>): SourceFile {
  return bufferSource(path, () => git(cwd, ['cat-file', 'blob', `${ref}:${path}`]), () => size, lines);
}

/** Every file of a commit (or any tree-ish). Submodules and links are skipped. */
export function refFiles(cwd: string, ref: string): SourceFile[] {
  const listing = git(cwd, ['ls-tree', '-r', '-z', '--long', ref]).toString('utf8').split('\0').filter(Boolean);
  const files: SourceFile[] = [];
  for (const entry of listing) {
    const m = /^(\d+) (\w+) [0-9a-f]+ +(-|\d+)\t(.*)$/s.exec(entry);
    if (!m || m[2] !== 'blob' || m[1] === '120000') continue;
    files.push(blobSource(cwd, ref, m[4]!, Number(m[3])));
  }
  return files;
}

/**
 * The files a diff range changes, each limited to the lines it adds. `BASE...HEAD` compares HEAD
 * with the merge base, as a pull request does; `BASE..HEAD` compares the two commits directly.
 */
export function diffFiles(cwd: string, range: string): SourceFile[] {
  const { head, added } = addedLines(cwd, range);
  const files: SourceFile[] = [];
  for (const [path, lines] of [...added].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (lines.size === 0) continue;
    const size = Number(git(cwd, ['cat-file', '-s', `${head}:${path}`]).toString().trim());
    files.push(blobSource(cwd, head, path, size, lines));
  }
  return files;
}

/** The lines a diff range adds, by file, numbered in the new version; also the range's head. */
export function addedLines(cwd: string, range: string): { head: string; added: Map<string, Set<number>> } {
  const m = /^(.+?)(\.\.\.?)(.+)$/.exec(range);
  if (!m) throw new GitError(`--diff needs a range such as main...HEAD, not "${range}"`);
  const text = git(cwd, ['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--unified=0', '--diff-filter=AMCR', '--no-renames', range]).toString('utf8');
  const added = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = line === '+++ /dev/null' ? undefined : unquote(line.slice(4)).replace(/^b\//, '');
      current = path ? new Set() : undefined;
      if (path && current) added.set(path, current);
    } else if (line.startsWith('@@') && current) {
      const hunk = /\+(\d+)(?:,(\d+))?/.exec(line);
      if (!hunk) continue;
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let i = 0; i < count; i++) current.add(start + i);
    }
  }
  return { head: m[3]!, added };
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

/** A file's text at a commit, or undefined when the commit does not have it. */
export function showFile(cwd: string, ref: string, path: string): string | undefined {
  try {
    return git(cwd, ['show', `${ref}:${path}`]).toString('utf8');
  } catch {
    return undefined;
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

/** git quotes paths with special characters in "..." with C escapes. */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  const latin1 = path
    .slice(1, -1)
    .replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)))
    .replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);
  return Buffer.from(latin1, 'latin1').toString('utf8');
}
