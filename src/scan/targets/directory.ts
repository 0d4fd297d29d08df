import { execFileSync } from 'node:child_process';
import { closeSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { skip } from '../run-scan.js';
import { pathName } from './path-bytes.js';
import type { ScanStats, SourceFile } from './source.js';

export interface DirectoryOptions {
  /** Honour .gitignore (through git itself, so its semantics are exact) when the folder is a git work tree. */
  gitignore: boolean;
}

/**
 * The regular files under a folder. Symbolic links are never followed (so no loop and nothing
 * outside the root is read); they are counted. `.git` is never entered. Names are bytes from
 * listing to reading: a name that is not UTF-8 is opened by its own bytes (a decoded name would
 * open nothing, or a decoy spelt with U+FFFD) and shown as pathName() spells it.
 */
export function directoryFiles(root: string, options: DirectoryOptions, stats: ScanStats): SourceFile[] {
  const base = Buffer.from(root.endsWith('/') ? root : `${root}/`);
  const files: SourceFile[] = [];
  const add = (path: Buffer, kind: Listed['kind']) => {
    if (kind === 'link') skip(stats, pathName(path), 'symbolic-link');
    else if (kind === 'file') files.push(new DiskFile(Buffer.concat([base, path]), pathName(path)));
  };
  // No sort: findings are sorted once at the end, and nothing else depends on file order.
  const listed = options.gitignore ? gitListing(root, base) : undefined;
  if (listed) for (const entry of listed) add(entry.path, entry.kind);
  else walk(base, add);
  return files;
}

let shared = Buffer.allocUnsafe(1024 * 1024);

/** A file on disk, opened by its byte path. A class, not closures: a folder scan makes one per file. */
class DiskFile implements SourceFile {
  constructor(
    private readonly abs: string | Buffer,
    readonly path: string,
  ) {}

  get diskPath(): string | Buffer {
    return this.abs;
  }

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

export function fileSource(abs: string | Buffer, path: string): SourceFile {
  return new DiskFile(abs, path);
}

interface Listed {
  /** Relative to the root, as the file system (and git) hold it. */
  path: Buffer;
  kind: 'file' | 'link' | 'other';
}

/** NUL-terminated names from git's -z output, as bytes. */
function nulSplit(out: Buffer): Buffer[] {
  const names: Buffer[] = [];
  for (let at = 0; at < out.length; ) {
    const end = out.indexOf(0, at);
    const stop = end === -1 ? out.length : end;
    if (stop > at) names.push(out.subarray(at, stop));
    at = stop + 1;
  }
  return names;
}

function gitListing(root: string, base: Buffer): Listed[] | undefined {
  const git = (args: string[]) => nulSplit(execFileSync('git', args, { cwd: root, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }));
  try {
    // Tracked files come with their mode (120000: a symbolic link); untracked ones are checked on disk.
    const tracked = git(['ls-files', '-z', '--stage']).map((line): Listed => {
      const tab = line.indexOf(9);
      const mode = line.toString('latin1', 0, 6);
      return { path: line.subarray(tab + 1), kind: mode === '120000' ? 'link' : mode === '160000' ? 'other' : 'file' };
    });
    const untracked = git(['ls-files', '-z', '--others', '--exclude-standard']).map((path): Listed => ({ path, kind: kindOnDisk(Buffer.concat([base, path])) }));
    // Same bytes, same file (a conflicted file is staged several times); names are compared as bytes, not as decoded text.
    const seen = new Set<string>();
    return [...tracked, ...untracked].filter((e) => {
      const key = e.path.toString('latin1');
      return !seen.has(key) && seen.add(key) !== undefined;
    });
  } catch {
    return undefined; // not a git work tree, or no git: walk the folder instead
  }
}

function kindOnDisk(abs: Buffer): Listed['kind'] {
  try {
    const st = lstatSync(abs);
    return st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : 'other';
  } catch {
    return 'other';
  }
}

const SLASH = Buffer.from('/');
const DOT_GIT = Buffer.from('.git');

function walk(base: Buffer, add: (path: Buffer, kind: Listed['kind']) => void): void {
  const visit = (dir: Buffer | undefined) => {
    let entries;
    try {
      entries = readdirSync(dir ? Buffer.concat([base, dir]) : base, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      return;
    }
    for (const e of entries) {
      const name = e.name as unknown as Buffer;
      const rel = dir ? Buffer.concat([dir, SLASH, name]) : name;
      if (e.isDirectory()) {
        if (!name.equals(DOT_GIT)) visit(rel);
      } else add(rel, e.isSymbolicLink() ? 'link' : e.isFile() ? 'file' : 'other');
    }
  };
  visit(undefined);
}
