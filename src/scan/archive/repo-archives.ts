import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

type Target = { kind: 'diff'; root: string; range: string } | { kind: string };

/**
 * Pull requests: the changed files that are archives are taken out of the text scan and opened
 * here (read by blob id, as the text scan reads them). Returns the files left to scan as text and
 * the archives' findings. Directory scans find their archives while the text scan reads each file
 * (DirectoryArchives), so no file is opened twice.
 */
export async function openRepoArchives(target: Target, files: SourceFile[], scan: RepoArchiveScan, keep: (path: string) => boolean): Promise<{ files: SourceFile[]; findings: ScanFinding[] }> {
  if (target.kind !== 'diff') return { files, findings: [] };
  const ctx = contextOf(scan);
  const opened = new Set<string>();
  for (const f of files) {
    if (!keep(f.path)) continue;
    const bytes = firstChunk(f);
    if (!bytes || !isArchiveHead(bytes.subarray(0, 512))) continue;
    opened.add(f.path);
    ctx.total = 0; // each archive has the whole budget, as with --archive
    await withTempFile(bytes, (file) => scanArchive(file, f.path, ctx));
  }
  return { files: opened.size ? files.filter((f) => !opened.has(f.path)) : files, findings: ctx.findings };
}

/**
 * Directory scans: the text scan (run-scan.ts) reads each file's first bytes anyway; those whose
 * first bytes are an archive's it hands here instead of scanning them as text.
 */
export class DirectoryArchives {
  private readonly ctx: ArchiveContext;

  constructor(private readonly root: string, private readonly display: string | undefined, scan: RepoArchiveScan) {
    this.ctx = contextOf(scan);
  }

  get findings(): ScanFinding[] {
    return this.ctx.findings;
  }

  async open(f: SourceFile): Promise<void> {
    const abs = join(this.root, this.display ? f.path.slice(this.display.length + 1) : f.path);
    this.ctx.total = 0; // each archive has the whole budget, as with --archive
    await scanArchive(abs, f.path, this.ctx);
  }
}

type ArchiveContext = { scanner: Scanner; limits: ArchiveLimits; stats: ScanStats; key: string | undefined; findings: ScanFinding[]; total: number };

function contextOf(scan: RepoArchiveScan): ArchiveContext {
  return { scanner: scan.scanner, limits: limits(scan), stats: scan.stats, key: scan.key, findings: [], total: 0 };
}

/** The archive reader is loaded only when a repository holds an archive. */
async function scanArchive(file: string, display: string, ctx: ArchiveContext): Promise<void> {
  await (await import('./scan-archive.js')).scanArchive(file, display, ctx);
}

function limits(scan: RepoArchiveScan): ArchiveLimits {
  return { ...DEFAULT_ARCHIVE_LIMITS, maxDepth: scan.depth ?? DEFAULT_ARCHIVE_LIMITS.maxDepth };
}

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
