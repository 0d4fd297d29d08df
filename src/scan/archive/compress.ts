import { Readable, type Transform } from 'node:stream';
import * as zlib from 'node:zlib';

/**
 * Compressed streams, recognised by their magic bytes whatever the file is called (a `.txt` that
 * is gzip is read as gzip). gzip and zstd are read with Node's own zlib; xz and bzip2 have no
 * decoder here, so an entry in them is reported as unreadable (the payload gate then fails),
 * never passed over as binary.
 */
export type Compression = 'gzip' | 'zstd' | 'xz' | 'bzip2';

/** A stream that cannot be decompressed here: unsupported, or damaged. */
export class CompressionError extends Error {}

/**
 * zstd through Node's zlib, which has it from Node 22.15 (the Action runs on Node 24); on an older
 * Node a zstd stream is reported as unreadable, never skipped.
 */
const createZstdDecompress = (zlib as unknown as { createZstdDecompress?: () => Transform }).createZstdDecompress;

export function compressionOf(head: Buffer): Compression | undefined {
  if (head.length >= 3 && head[0] === 0x1f && head[1] === 0x8b && head[2] === 8) return 'gzip';
  if (head.length >= 4 && head.readUInt32BE(0) === 0x28b52ffd) return 'zstd';
  if (head.length >= 6 && head.subarray(0, 6).equals(XZ)) return 'xz';
  // "BZh", a block size digit, then a block (pi) or the end-of-stream (sqrt pi) magic.
  if (head.length >= 10 && head.toString('latin1', 0, 3) === 'BZh' && head[3]! >= 0x31 && head[3]! <= 0x39 && (head.subarray(4, 10).equals(BZ_BLOCK) || head.subarray(4, 10).equals(BZ_END))) return 'bzip2';
  return undefined;
}

const XZ = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
const BZ_BLOCK = Buffer.from([0x31, 0x41, 0x59, 0x26, 0x53, 0x59]);
const BZ_END = Buffer.from([0x17, 0x72, 0x45, 0x38, 0x50, 0x90]);

export interface Expansion {
  /** Largest allowed ratio of uncompressed to compressed bytes, judged past 64 MiB. */
  maxRatio: number;
  /** Called when the ratio is passed: throws the caller's own stop. */
  onBomb(expanded: number): never;
}

/**
 * The decompressed bytes of a stream in `kind`. Sizes written in the stream (gzip's ISIZE, a zstd
 * frame's content size) are never used: the bytes that come out are counted, and the ratio of
 * those to the bytes that went in is watched.
 */
export async function* decompress(kind: Compression, source: AsyncIterable<Buffer>, watch: Expansion): AsyncGenerator<Buffer> {
  if (kind === 'xz' || kind === 'bzip2') throw new CompressionError(`${kind}-compressed, which this scanner cannot decompress: it was not read`);
  if (kind === 'zstd' && !createZstdDecompress) throw new CompressionError(`zstd-compressed, which needs Node 22.15 or later to read (this is Node ${process.versions.node})`);
  let compressed = 0;
  const input = Readable.from(
    (async function* () {
      for await (const c of kind === 'gzip' ? withoutTail(source, 8) : source) {
        compressed += c.length;
        yield c;
      }
    })(),
  );
  // The last 8 bytes of a gzip stream (CRC and ISIZE, the size it claims) are held back and the
  // stream ended by a flush: what the deflate data holds is read, whatever its trailer claims.
  const inflater = input.pipe(kind === 'zstd' ? createZstdDecompress!() : zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  let expanded = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      expanded += chunk.length;
      if (expanded > 64 * 1024 * 1024 && expanded > watch.maxRatio * Math.max(compressed, 1)) watch.onBomb(expanded);
      yield chunk;
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (/^(Z_|ZSTD_|ERR_ZSTD)/.test(code)) throw new CompressionError(`${kind} data that cannot be decompressed (${(err as Error).message})`);
    throw err;
  } finally {
    inflater.destroy();
    input.destroy();
  }
}

/** A stream less its last `n` bytes. */
async function* withoutTail(source: AsyncIterable<Buffer>, n: number): AsyncGenerator<Buffer> {
  let held = Buffer.alloc(0);
  for await (const c of source) {
    const all = held.length ? Buffer.concat([held, c]) : c;
    if (all.length > n) yield all.subarray(0, all.length - n);
    held = Buffer.from(all.subarray(Math.max(0, all.length - n)));
  }
}

/** The first `n` bytes of a stream (fewer when it is shorter), and the whole stream again. */
export async function peek(source: AsyncIterable<Buffer>, n: number): Promise<{ head: Buffer; all: AsyncGenerator<Buffer> }> {
  const it = source[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let size = 0;
  let done = false;
  let failed: { err: unknown } | undefined;
  while (size < n) {
    let next;
    try {
      next = await it.next();
    } catch (err) {
      // A stream that breaks early (a truncated archive) is still read as far as it goes.
      if (size === 0) throw err;
      failed = { err };
      break;
    }
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(seen).subarray(0, n);
  const all = (async function* () {
    yield* seen;
    if (failed) throw failed.err;
    if (done) return;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  })();
  return { head, all };
}

/** Pieces of about `size` bytes (a tar body comes in whatever pieces the file was read in). */
export async function* rechunk(source: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let held = 0;
  try {
    for await (const c of source) {
      parts.push(c);
      held += c.length;
      if (held >= size) {
        yield Buffer.concat(parts);
        parts = [];
        held = 0;
      }
    }
  } catch (err) {
    if (held > 0) yield Buffer.concat(parts); // what came before the stream broke is read too
    throw err;
  }
  if (held > 0) yield Buffer.concat(parts);
}

/** Raw deflate (a zip entry's data), inflated as it is read; the caller watches the ratio. */
export async function* inflateRawStream(source: AsyncIterable<Buffer>, name: string): AsyncGenerator<Buffer> {
  const input = Readable.from(source);
  const inflater = input.pipe(zlib.createInflateRaw());
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) yield chunk;
  } catch (err) {
    if (/^Z_/.test((err as NodeJS.ErrnoException).code ?? '')) throw new CompressionError(`${name} cannot be inflated: ${(err as Error).message}`);
    throw err;
  } finally {
    inflater.destroy();
    input.destroy();
  }
}
