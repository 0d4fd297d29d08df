import { execFileSync } from 'node:child_process';
import { closeSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { skip } from '../run-scan.js';
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
  const base = root.endsWith('/') ? root : `${root}/`;
  const files: SourceFile[] = [];
  const add = (path: string, kind: Listed['kind']) => {
    if (kind === 'link') skip(stats, path, 'symbolic-link');
    else if (kind === 'file') files.push(new DiskFile(base + path, path));
  };
  // No sort: findings are sorted once at the end, and nothing else depends on file order.
  const listed = options.gitignore ? gitListing(root) : undefined;
  if (listed) for (const entry of listed) add(entry.path, entry.kind);
  else walk(root, add);
  return files;
}

let shared = Buffer.allocUnsafe(1024 * 1024);

/** A file on disk. A class, not closures: a folder scan makes one per file. */
class DiskFile implements SourceFile {
  constructor(
    private readonly abs: string,
    readonly path: string,
  ) {}

  size(): number {
    return statSync(this.abs).size;
  }

  readSmall(buffer: Buffer): number | undefined {
    const fd = openSync(this.abs, 'r');
    try {
      const n = readSync(fd, buffer, 0, buffer.length, 0);
      return n < buffer.length ? n : undefined;
    } finally {
      closeSync(fd);
    }
  }

  /** Chunks read into one buffer shared by all files: use each before asking for the next. */
  *read(chunk: number): Generator<Buffer> {
    if (shared.length < chunk) shared = Buffer.allocUnsafe(chunk);
    const fd = openSync(this.abs, 'r');
    try {
      let position = 0;
      for (;;) {
        const n = readSync(fd, shared, 0, chunk, position);
        if (n === 0 && position > 0) return;
        position += n;
        yield shared.subarray(0, n);
        if (n < chunk) return; // a short read of a regular file is its end
      }
    } finally {
      closeSync(fd);
    }
  }
}

export function fileSource(abs: string, path: string): SourceFile {
  return new DiskFile(abs, path);
}

interface Listed {
  path: string;
  kind: 'file' | 'link' | 'other';
}

function gitListing(root: string): Listed[] | undefined {
  const git = (args: string[]) => execFileSync('git', args, { cwd: root, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8').split('\0').filter(Boolean);
  try {
    // Tracked files come with their mode (120000: a symbolic link); untracked ones are checked on disk.
    const tracked = git(['ls-files', '-z', '--stage']).map((line): Listed => {
      const tab = line.indexOf('\t');
      return { path: line.slice(tab + 1), kind: line.startsWith('120000') ? 'link' : line.startsWith('160000') ? 'other' : 'file' };
    });
    const untracked = git(['ls-files', '-z', '--others', '--exclude-standard']).map((path): Listed => ({ path, kind: kindOnDisk(join(root, path)) }));
    const seen = new Set<string>();
    return [...tracked, ...untracked].filter((e) => !seen.has(e.path) && seen.add(e.path) !== undefined);
  } catch {
    return undefined; // not a git work tree, or no git: walk the folder instead
  }
}

function kindOnDisk(abs: string): Listed['kind'] {
  try {
    const st = lstatSync(abs);
    return st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : 'other';
  } catch {
    return 'other';
  }
}

function walk(root: string, add: (path: string, kind: Listed['kind']) => void): void {
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir ? join(root, dir) : root, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== '.git') visit(rel);
      } else add(rel, e.isSymbolicLink() ? 'link' : e.isFile() ? 'file' : 'other');
    }
  };
  visit('');
}
