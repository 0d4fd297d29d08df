import { execFileSync } from 'node:child_process';
import { closeSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanStats, SourceFile } from './source.js';

export interface DirectoryOptions {
  /** Honour .gitignore (through git itself, so its semantics are exact) when the folder is a git work tree. */
  gitignore: boolean;
}

/**
 * The regular files under a folder. Symbolic links are never followed (so no loop and nothing
 * outside the root is read); they are counted. `.git` is never entered.
 */
export function directoryFiles(root: string, options: DirectoryOptions, stats: ScanStats): SourceFile[] {
  const paths = (options.gitignore && gitListing(root)) || walk(root);
  const files: SourceFile[] = [];
  for (const path of paths.sort()) {
    let st;
    try {
      st = lstatSync(join(root, path));
    } catch {
      continue; // listed by git but deleted from the working tree
    }
    if (st.isSymbolicLink()) {
      stats.skippedSymlinks++;
      continue;
    }
    if (!st.isFile()) continue;
    files.push(fileSource(join(root, path), path, st.size));
  }
  return files;
}

export function fileSource(abs: string, path: string, size: number): SourceFile {
  return {
    path,
    size,
    *read(chunk: number) {
      const fd = openSync(abs, 'r');
      try {
        const buf = Buffer.allocUnsafe(Math.min(chunk, Math.max(size, 1)));
        let position = 0;
        for (;;) {
          const n = readSync(fd, buf, 0, buf.length, position);
          if (n === 0) return;
          position += n;
          yield buf.subarray(0, n);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}

function gitListing(root: string): string[] | undefined {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
    return out.toString('utf8').split('\0').filter(Boolean);
  } catch {
    return undefined; // not a git work tree, or no git: walk the folder instead
  }
}

function walk(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== '.git') visit(rel);
      } else out.push(rel); // files and links; links are sorted out by the caller
    }
  };
  visit('');
  return out;
}
