import { createReadStream } from 'node:fs';
import { posix } from 'node:path';
import { Readable, type Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { fingerprint, mask } from '../mask.js';
import { skip } from '../run-scan.js';
import type { Scanner } from '../scanner.js';
import type { ScanStats } from '../targets/source.js';
import type { ScanFinding } from '../types.js';
import { TarError, tarEntries } from './tar.js';
import { type ByteSource, bufferSource, fileByteSource, isZip, mib, ZipError, zipEntries } from './zip.js';

export interface ArchiveLimits {
  /** How deep archives inside archives are opened. */
  maxDepth: number;
  maxEntryBytes: number;
  maxEntries: number;
  /** Uncompressed bytes one archive may expand to, nested ones included. */
  maxTotalBytes: number;
  /** Largest allowed ratio of uncompressed to compressed bytes (a gzip bomb has thousands). */
  maxRatio: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxDepth: 3, maxEntryBytes: 16 * 1024 * 1024, maxEntries: 200_000, maxTotalBytes: 4 * 1024 ** 3, maxRatio: 1000 };

const TAR_NAME = /\.(?:tar|tgz|tar\.gz)$/i;
/** Zip and the formats that are zips: Java archives, Python wheels, NuGet packages. */
const ZIP_NAME = /\.(?:zip|jar|war|ear|whl|nupkg)$/i;

export interface ArchiveContext {
  scanner: Scanner;
  limits: ArchiveLimits;
  stats: ScanStats;
  key: string | undefined;
  findings: ScanFinding[];
  /** Uncompressed bytes read so far, across nesting. */
  total: number;
  /** Told of every entry of the archive being read (an image uses it for whiteouts). */
  onEntry?: (path: string) => void;
}

/**
 * zstd (OCI layers may use it) through Node's own zlib, which has it from Node 22.15 (the Action
 * runs on Node 24); on an older Node a zstd stream is reported as unreadable, never skipped.
 */
const createZstdDecompress = (zlib as unknown as { createZstdDecompress?: () => Transform }).createZstdDecompress;

/** Bytes, decompressed when they start with the gzip or zstd magic, with the expansion ratio watched. */
export async function* maybeGunzip(source: AsyncIterable<Buffer>, ctx: ArchiveContext, where: string): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = first.value;
  const rest = (async function* () {
    yield head;
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
  })();
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  const zstd = head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd;
  if (!gzip && !zstd) {
    yield* counted(rest, ctx, where);
    return;
  }
  if (zstd && !createZstdDecompress) throw new TarError(`zstd-compressed, which needs Node 22.15 or later to read (this is Node ${process.versions.node})`);
  let compressed = 0;
  const input = Readable.from(
    (async function* () {
      for await (const c of rest) {
        compressed += c.length;
        yield c;
      }
    })(),
  );
  const gunzip = input.pipe(zstd ? createZstdDecompress!() : zlib.createGunzip());
  let expanded = 0;
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    expanded += chunk.length;
    if (expanded > 64 * 1024 * 1024 && expanded > ctx.limits.maxRatio * Math.max(compressed, 1)) {
      gunzip.destroy();
      input.destroy();
      throw new ArchiveStop('archive-bomb', `${where} expands more than ${ctx.limits.maxRatio} times (a decompression bomb?): stopped after ${mib(expanded)}`);
    }
    yield* counted([chunk], ctx, where);
  }
}

async function* counted(chunks: AsyncIterable<Buffer> | Buffer[], ctx: ArchiveContext, where: string): AsyncGenerator<Buffer> {
  for await (const c of chunks) {
    ctx.total += c.length;
    if (ctx.total > ctx.limits.maxTotalBytes) throw new ArchiveStop('archive-bomb', `${where} expands past ${mib(ctx.limits.maxTotalBytes)}: stopped`);
    yield c;
  }
}

class ArchiveStop extends Error {
  constructor(
    readonly ruleId: string,
    message: string,
  ) {
    super(message);
  }
}

/** Scans a .tar, .tgz or .zip archive in place, opening archives inside it to maxDepth. */
export async function scanArchive(file: string, display: string, ctx: ArchiveContext, image = false): Promise<void> {
  try {
    if (image) await (await import('./scan-image.js')).scanImage(file, display, ctx);
    else {
      // One open: a zip is read from this source at its offsets; a tar is streamed instead.
      const src = fileByteSource(file);
      if (isZip(src.read(0, 4))) await scanZip(src, display, ctx, 1);
      else {
        src.close();
        await scanTar(createReadStream(file, { highWaterMark: 1 << 20 }), display, ctx, 1);
      }
    }
  } catch (err) {
    if (!reportStop(err, ctx, display)) throw err;
  }
}

/** Turns what stops an archive into its finding; false for anything else (a bug: rethrown). */
function reportStop(err: unknown, ctx: ArchiveContext, display: string): boolean {
  if (err instanceof ArchiveStop) problem(ctx, err.ruleId, display, err.message);
  else if (err instanceof ZipError) problem(ctx, err.bomb ? 'archive-bomb' : 'archive-unreadable', display, `${display}: ${err.message}`);
  else if (err instanceof TarError || /^(Z_|ZSTD_|ERR_ZSTD)/.test((err as NodeJS.ErrnoException).code ?? '')) problem(ctx, 'archive-unreadable', display, `${display}: ${(err as Error).message}`);
  else return false;
  return true;
}

export async function scanTar(source: AsyncIterable<Buffer>, display: string, ctx: ArchiveContext, depth: number): Promise<void> {
  for await (const entry of tarEntries(maybeGunzip(source, ctx, display), { maxEntryBytes: ctx.limits.maxEntryBytes, maxEntries: ctx.limits.maxEntries })) {
    if (depth === 1) ctx.onEntry?.(posix.normalize(entry.path));
    await scanEntry(entry, display, ctx, depth);
  }
}

async function scanZip(src: ByteSource, display: string, ctx: ArchiveContext, depth: number): Promise<void> {
  try {
    const limits = { ...ctx.limits, maxTotalBytes: ctx.limits.maxTotalBytes - ctx.total };
    for (const entry of zipEntries(src, limits)) {
      ctx.total += entry.data?.length ?? 0;
      if (entry.unreadable) problem(ctx, 'archive-unreadable', `${display}!${entry.path}`, `${display}!${entry.path} cannot be read: ${entry.unreadable}`);
      else await scanEntry(entry, display, ctx, depth);
    }
  } finally {
    src.close();
  }
}

/** One entry of a tar or zip: traversal checked, nested archives opened, text scanned. */
async function scanEntry(entry: { path: string; type: string; data?: Buffer }, display: string, ctx: ArchiveContext, depth: number): Promise<void> {
  const where = `${display}!${entry.path}`;
  if (entry.path.startsWith('/') || /^[A-Za-z]:/.test(entry.path) || entry.path.split(/[\\/]/).includes('..')) {
    problem(ctx, 'archive-path-traversal', where, `${display} holds an entry whose path leaves the extraction folder: ${entry.path} (reported, never written)`);
  }
  if (entry.type !== 'file') return;
  ctx.stats.files++;
  if (!entry.data) return skip(ctx.stats, where, 'too-large');
  const nested = TAR_NAME.test(entry.path) ? 'tar' : ZIP_NAME.test(entry.path) || isZip(entry.data) ? 'zip' : undefined;
  if (nested) {
    if (depth >= ctx.limits.maxDepth) problem(ctx, 'archive-too-deep', where, `${where} is nested ${depth + 1} archives deep, past the limit of ${ctx.limits.maxDepth}: not opened`);
    else if (nested === 'tar') await scanTar(Readable.from([entry.data]), where, ctx, depth + 1);
    else {
      // A damaged inner zip is that zip's finding; the outer archive goes on.
      try {
        await scanZip(bufferSource(entry.data), where, ctx, depth + 1);
      } catch (err) {
        if (!(err instanceof ZipError) || !reportStop(err, ctx, where)) throw err;
      }
    }
    return;
  }
  if (entry.data.subarray(0, 8000).indexOf(0) !== -1) return skip(ctx.stats, where, 'binary');
  ctx.stats.scanned++;
  ctx.stats.bytes += entry.data.length;
  ctx.findings.push(...ctx.scanner.scanBytes(where, entry.data));
}

const PROBLEMS: Record<string, string> = {
  'archive-bomb': 'An archive that expands beyond the scan limits (decompression or size bomb)',
  'archive-path-traversal': 'An archive entry whose path leaves the extraction folder (absolute or ..)',
  'archive-too-deep': 'Archives nested deeper than the scan opens',
  'archive-unreadable': 'An archive that cannot be read (damaged or not an archive)',
};

function problem(ctx: ArchiveContext, ruleId: string, where: string, message: string): void {
  ctx.findings.push({
    ruleId,
    category: 'archive',
    severity: ruleId === 'archive-too-deep' ? 'medium' : 'high',
    description: `${PROBLEMS[ruleId]}: ${message}`,
    file: where,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    masked: mask(where),
    fingerprint: fingerprint(ruleId, where, where, ctx.key),
  });
}
