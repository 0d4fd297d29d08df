import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scanner } from '../scanner.js';
import type { ScanStats, SourceFile } from '../targets/source.js';
import type { ScanFinding } from '../types.js';
import { compressionOf } from './compress.js';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './problems.js';
import { isTarHeader } from './tar.js';
import { isZip } from './zip.js';

/**
 * Archives committed to a repository (zips, jars, tars, gzip, by their bytes whatever their
 * name) are opened by directory and pull-request scans as `--archive` opens them, within the
 * same caps: findings are named `path/to/file.zip!inner/path`. In a pull request an archive
 * whose blob changed is read whole: every entry counts as added.
 */
export interface RepoArchiveScan {
  scanner: Scanner;
  stats: ScanStats;
  key: string | undefined;
  depth?: number;
}

export function isArchiveHead(head: Buffer): boolean {
  return isZip(head) || compressionOf(head) !== undefined || isTarHeader(head);
}

type Target = { kind: 'directory'; root: string; display?: string } | { kind: 'diff'; root: string; range: string } | { kind: string };

/** The files left to scan as text, and the findings of the archives taken out of them. */
export async function openRepoArchives(target: Target, files: SourceFile[], scan: RepoArchiveScan, keep: (path: string) => boolean): Promise<{ files: SourceFile[]; findings: ScanFinding[] }> {
  if (target.kind !== 'directory' && target.kind !== 'diff') return { files, findings: [] };
  const ctx = { scanner: scan.scanner, limits: limits(scan), stats: scan.stats, key: scan.key, findings: [] as ScanFinding[], total: 0 };
  const opened = new Set<string>();
  // The archive reader is loaded only when a repository holds an archive.
  const scanArchive = async (file: string, display: string) => (await import('./scan-archive.js')).scanArchive(file, display, ctx);
  if (target.kind === 'directory') {
    const { root, display } = target as { root: string; display?: string };
    for (const f of files) {
      const abs = join(root, display ? f.path.slice(display.length + 1) : f.path);
      if (!isArchiveHead(headOf(abs))) continue;
      opened.add(f.path);
      ctx.total = 0; // each archive has the whole budget, as with --archive
      await scanArchive(abs, f.path);
    }
  } else {
    // The pull request's changed files, read as the text scan reads them (by blob id, in groups).
    for (const f of files) {
      if (!keep(f.path)) continue;
      const bytes = firstChunk(f);
      if (!bytes || !isArchiveHead(bytes.subarray(0, 512))) continue;
      opened.add(f.path);
      ctx.total = 0;
      await withTempFile(bytes, (file) => scanArchive(file, f.path));
    }
  }
  return { files: opened.size ? files.filter((f) => !opened.has(f.path)) : files, findings: ctx.findings };
}

function limits(scan: RepoArchiveScan): ArchiveLimits {
  return { ...DEFAULT_ARCHIVE_LIMITS, maxDepth: scan.depth ?? DEFAULT_ARCHIVE_LIMITS.maxDepth };
}

function headOf(abs: string): Buffer {
  const head = Buffer.alloc(512);
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    return head.subarray(0, readSync(fd, head, 0, 512, 0));
  } catch {
    return Buffer.alloc(0); // unreadable here: the text scan reports it
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** New blobs of the files a range adds or changes (type changes too), from git's raw -z output. */
/** A blob source's content (one piece: git targets hold a version whole); undefined when unreadable. */
function firstChunk(f: SourceFile): Buffer | undefined {
  try {
    for (const piece of f.read(1 << 20)) return piece;
  } catch {
    return undefined; // the text scan reports it unreadable
  }
  return Buffer.alloc(0);
}

async function withTempFile(bytes: Buffer, read: (file: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rg-archive-'));
  try {
    const file = join(dir, 'blob');
    writeFileSync(file, bytes, { mode: 0o600 });
    await read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
