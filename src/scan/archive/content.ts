import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ChunkedText, skip } from '../run-scan.js';
import { compressionOf, decompress, peek, rechunk } from './compress.js';
import { ArchiveStop, problem, reportStop, type ArchiveContext } from './problems.js';
import { isTarHeader, tarEntries } from './tar.js';
import { type ByteSource, bufferSource, endsWithZip, fileByteSource, isZip, mib, zipEntries } from './zip.js';
import { appendAll } from '../../util/append.js';
import { noteNarrowed } from '../narrowing.js';

/**
 * What an archive entry holds, decided by its bytes, not its name: a compressed stream (gzip,
 * zstd, xz, bzip2) is decompressed and looked at again, a tar or a zip is opened, anything else
 * is scanned as text, whole when it fits the entry cap and through the chunked scanner beyond.
 */
export interface Content {
  /** The bytes, in pieces. */
  chunks: AsyncIterable<Buffer>;
  /** The same bytes whole, when they are held in memory (a zip is then read in place). */
  whole?: Buffer;
}

/** Scans one entry's content, reported as `where`; what cannot be read is reported for it alone. */
export async function scanContent(content: Content, where: string, ctx: ArchiveContext, depth: number, layers = 0): Promise<void> {
  try {
    await dispatch(content, where, ctx, depth, layers);
  } catch (err) {
    // A bomb or the total cap stops the whole archive; damage in one entry is that entry's finding.
    if (err instanceof ArchiveStop || !reportStop(err, ctx, where)) throw err;
  }
}

async function dispatch(content: Content, where: string, ctx: ArchiveContext, depth: number, layers: number): Promise<void> {
  const { head, all } = content.whole ? { head: content.whole.subarray(0, 512), all: content.chunks } : await peek(content.chunks, 512);
  const compression = compressionOf(head);
  if (compression) {
    // A compressed layer is not an archive level (a .tgz is one), but chains of them are bounded.
    if (layers >= ctx.limits.maxDepth) return problem(ctx, 'archive-too-deep', where, `${where} is compressed ${layers + 1} times over, past the limit of ${ctx.limits.maxDepth}: not opened`);
    const watch = { maxRatio: ctx.limits.maxRatio, onBomb: (n: number): never => bomb(ctx, where, n) };
    return scanContent({ chunks: counted(decompress(compression, all, watch), ctx, where) }, where, ctx, depth, layers + 1);
  }
  const tar = isTarHeader(head);
  if (tar || isZip(head)) {
    if (depth >= ctx.limits.maxDepth) return problem(ctx, 'archive-too-deep', where, `${where} is nested ${depth + 1} archives deep, past the limit of ${ctx.limits.maxDepth}: not opened`);
    if (tar) {
      await scanTar(all, where, ctx, depth + 1);
      // A zip appended after the tar is read too: a tool that reads the file as a zip sees it.
      if (content.whole && endsWithZip(bufferSource(content.whole))) await scanZip(bufferSource(content.whole), where, ctx, depth + 1);
    } else await withSource(content, all, (src) => scanZip(src, where, ctx, depth + 1));
    return;
  }
  await scanText(content, all, where, ctx);
}

/** Text (or binary) content: whole when held, else streamed through the chunked scanner. */
async function scanText(content: Content, all: AsyncIterable<Buffer>, where: string, ctx: ArchiveContext): Promise<void> {
  ctx.stats.files++;
  if (content.whole) {
    if (content.whole.subarray(0, 8000).indexOf(0) !== -1) return skip(ctx.stats, where, 'binary');
    ctx.stats.scanned++;
    noteNarrowed(ctx.stats, ctx.scanner, where);
    ctx.stats.bytes += content.whole.length;
    appendAll(ctx.findings, ctx.scanner.scanBytes(where, content.whole));
    return;
  }
  const text = new ChunkedText(where, ctx.scanner);
  let binary = false;
  try {
    for await (const piece of rechunk(all, 1 << 20)) {
      if (!text.push(piece)) {
        binary = true;
        break;
      }
    }
  } finally {
    // What was found before a NUL showed the rest is binary, or before the stream broke, is kept.
    appendAll(ctx.findings, text.findings);
    ctx.stats.bytes += text.bytes;
    if (text.bytes > 0) noteNarrowed(ctx.stats, ctx.scanner, where);
  }
  if (binary) skip(ctx.stats, where, 'binary');
  else ctx.stats.scanned++;
}

/** A tar stream: every entry checked for traversal and scanned by its content. */
export async function scanTar(source: AsyncIterable<Buffer>, display: string, ctx: ArchiveContext, depth: number): Promise<void> {
  for await (const entry of tarEntries(source, { maxEntryBytes: ctx.limits.maxEntryBytes, maxEntries: ctx.limits.maxEntries })) {
    if (depth === 1) ctx.onEntry?.(posix.normalize(entry.path));
    const where = entryName(display, entry.path, ctx);
    if (entry.type !== 'file') continue;
    if (entry.data) {
      ctx.total += entry.data.length;
      checkTotal(ctx, display);
      await scanContent({ chunks: single(entry.data), whole: entry.data }, where, ctx, depth);
    } else if (entry.body) await scanContent({ chunks: counted(entry.body, ctx, display) }, where, ctx, depth);
  }
}

/** A zip read in place: entries inflated one at a time, large ones streamed. */
export async function scanZip(src: ByteSource, display: string, ctx: ArchiveContext, depth: number): Promise<void> {
  const limits = { ...ctx.limits, maxTotalBytes: ctx.limits.maxTotalBytes - ctx.total };
  for (const entry of zipEntries(src, limits)) {
    const where = entryName(display, entry.path, ctx);
    if (entry.unreadable) problem(ctx, 'archive-unreadable', where, `${where} cannot be read: ${entry.unreadable}`);
    else if (entry.data) {
      ctx.total += entry.data.length;
      checkTotal(ctx, display);
      await scanContent({ chunks: single(entry.data), whole: entry.data }, where, ctx, depth);
    } else if (entry.body) await scanContent({ chunks: counted(entry.body, ctx, display) }, where, ctx, depth);
  }
}

/** `display!path`, the traversal check made on the way (reported, never written). */
function entryName(display: string, path: string, ctx: ArchiveContext): string {
  const where = `${display}!${path}`;
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split(/[\\/]/).includes('..')) {
    problem(ctx, 'archive-path-traversal', where, `${display} holds an entry whose path leaves the extraction folder: ${path} (reported, never written)`);
  }
  return where;
}

/**
 * Random access for a zip: in memory when held, else spooled to a private temporary file (a
 * large zip inside a stream), removed when read.
 */
async function withSource(content: Content, all: AsyncIterable<Buffer>, read: (src: ByteSource) => Promise<void>): Promise<void> {
  if (content.whole) return read(bufferSource(content.whole));
  const dir = mkdtempSync(join(tmpdir(), 'rg-zip-'));
  try {
    const file = join(dir, 'entry.zip');
    await pipeline(all, createWriteStream(file, { mode: 0o600 }));
    const src = fileByteSource(file);
    try {
      await read(src);
    } finally {
      src.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function* single(data: Buffer): AsyncGenerator<Buffer> {
  yield data;
}

/** Counts bytes as they are read, against the total the whole scan may expand to. */
export async function* counted(chunks: AsyncIterable<Buffer>, ctx: ArchiveContext, where: string): AsyncGenerator<Buffer> {
  for await (const c of chunks) {
    ctx.total += c.length;
    checkTotal(ctx, where);
    yield c;
  }
}

function checkTotal(ctx: ArchiveContext, where: string): void {
  if (ctx.total > ctx.limits.maxTotalBytes) throw new ArchiveStop('archive-bomb', `${where} expands past ${mib(ctx.limits.maxTotalBytes)}: stopped`);
}

function bomb(ctx: ArchiveContext, where: string, expanded: number): never {
  throw new ArchiveStop('archive-bomb', `${where} expands more than ${ctx.limits.maxRatio} times (a decompression bomb?): stopped after ${mib(expanded)}`);
}
