import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { inflateRawStream } from './compress.js';

/**
 * A zip reader of our own, for scanning in place: the central directory says where each entry
 * is, so entries are read one at a time at their offsets and nothing is extracted to disk.
 * Stored and deflated entries are read (zip64 included); anything else is reported, not skipped.
 */

/** Random access to the bytes of a zip: a file on disk or an entry already in memory. */
export interface ByteSource {
  size: number;
  read(position: number, length: number): Buffer;
  close(): void;
}

export function bufferSource(bytes: Buffer): ByteSource {
  return { size: bytes.length, read: (p, n) => bytes.subarray(p, p + n), close: () => undefined };
}

export function fileByteSource(file: string): ByteSource {
  const fd = openSync(file, 'r');
  const size = fstatSync(fd).size;
  return {
    size,
    read(position, length) {
      const out = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      let done = 0;
      while (done < out.length) {
        const n = readSync(fd, out, done, out.length - done, position + done);
        if (n === 0) break;
        done += n;
      }
      return out.subarray(0, done);
    },
    close: () => closeSync(fd),
  };
}

export class ZipError extends Error {
  /** A bomb is past a limit (reported as archive-bomb), otherwise the zip is damaged. */
  constructor(
    message: string,
    readonly bomb = false,
  ) {
    super(message);
  }
}

export interface ZipEntry {
  path: string;
  type: 'file' | 'directory' | 'symlink';
  /** The uncompressed bytes, when they fit maxEntryBytes (as inflated, whatever the header says). */
  data?: Buffer;
  /** A larger entry's bytes, inflated as they are read: read it before asking for the next entry. */
  body?: AsyncIterable<Buffer>;
  /** Why a file entry cannot be read (encrypted, an unsupported method): a finding, not a skip. */
  unreadable?: string;
}

export interface ZipLimits {
  maxEntryBytes: number;
  maxEntries: number;
  /** Uncompressed bytes this zip may still expand to (what is left of the scan's budget). */
  maxTotalBytes: number;
  maxRatio: number;
}

interface CentralEntry {
  path: string;
  flags: number;
  method: number;
  compressed: number;
  size: number;
  mode: number;
  localOffset: number;
  dataStart: number;
}

export function isZip(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/**
 * The entries of a zip in central-directory order, each inflated only when it is reached. What
 * an entry is, small or large, is decided by the bytes it inflates to: the sizes its headers
 * declare are not believed (a 40-byte entry may declare 20 MiB, a large one 100 bytes).
 */
export function* zipEntries(src: ByteSource, limits: ZipLimits): Generator<ZipEntry> {
  const entries = centralDirectory(src, limits);
  locateData(src, entries);
  // Declaring more than the whole budget is refused up front: that fails the scan, never passes it.
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxTotalBytes) throw new ZipError(`its entries declare ${mib(declared)} uncompressed, past the limit of ${mib(limits.maxTotalBytes)}`, true);
  const budget = { expanded: 0, compressed: 0 };
  for (const e of entries) {
    const type = e.path.endsWith('/') ? 'directory' : (e.mode & 0o170000) === 0o120000 ? 'symlink' : 'file';
    if (type !== 'file') {
      yield { path: e.path, type };
      continue;
    }
    if (e.flags & 1) {
      yield { path: e.path, type, unreadable: 'it is encrypted' };
      continue;
    }
    if (e.method !== 0 && e.method !== 8) {
      yield { path: e.path, type, unreadable: `its compression method ${e.method} is not supported (stored and deflate are)` };
      continue;
    }
    budget.compressed += e.compressed;
    const data = e.compressed <= limits.maxEntryBytes ? inflateWhole(src, e, limits.maxEntryBytes) : undefined;
    if (data) {
      watchRatio((budget.expanded += data.length), budget.compressed, limits.maxRatio);
      yield { path: e.path, type, data };
    } else yield { path: e.path, type, body: entryStream(src, e, budget, limits.maxRatio) };
  }
}

/** The entry inflated whole, or undefined when it inflates past `cap` (it is then streamed). */
function inflateWhole(src: ByteSource, e: CentralEntry, cap: number): Buffer | undefined {
  const raw = src.read(e.dataStart, e.compressed);
  if (e.method === 0) return raw;
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw new ZipError(`${e.path} cannot be inflated: ${(err as Error).message}`);
  }
}

/** A large entry, read from the zip a piece at a time and inflated as it goes. */
async function* entryStream(src: ByteSource, e: CentralEntry, budget: { expanded: number; compressed: number }, maxRatio: number): AsyncGenerator<Buffer> {
  const pieces = (async function* () {
    for (let at = 0; at < e.compressed; at += 1 << 20) yield src.read(e.dataStart + at, Math.min(1 << 20, e.compressed - at));
  })();
  const out = e.method === 0 ? pieces : inflateRawStream(pieces, e.path);
  for await (const chunk of out) {
    watchRatio((budget.expanded += chunk.length), budget.compressed, maxRatio);
    yield chunk;
  }
}

function watchRatio(expanded: number, compressed: number, maxRatio: number): void {
  if (expanded > 64 * 1024 * 1024 && expanded > maxRatio * Math.max(compressed, 1)) {
    throw new ZipError(`it expands more than ${maxRatio} times (a decompression bomb?): stopped after ${mib(expanded)}`, true);
  }
}

/** Finds the end-of-central-directory record (zip64 too) and reads every central entry. */
function centralDirectory(src: ByteSource, limits: ZipLimits): CentralEntry[] {
  const tailStart = Math.max(0, src.size - 65_557);
  const tail = src.read(tailStart, src.size - tailStart);
  const at = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (at < 0 || at + 22 > tail.length) throw new ZipError('no end-of-central-directory record: not a zip, or truncated');
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = tailStart + at - 20;
    const loc = locator >= 0 ? src.read(locator, 20) : Buffer.alloc(0);
    if (loc.length < 20 || loc.readUInt32LE(0) !== 0x07064b50) throw new ZipError('a zip64 archive without its zip64 locator');
    const rec = src.read(Number(loc.readBigUInt64LE(8)), 56);
    if (rec.length < 56 || rec.readUInt32LE(0) !== 0x06064b50) throw new ZipError('a damaged zip64 end-of-central-directory record');
    count = Number(rec.readBigUInt64LE(32));
    cdSize = Number(rec.readBigUInt64LE(40));
    cdOffset = Number(rec.readBigUInt64LE(48));
  }
  if (count > limits.maxEntries) throw new ZipError(`it declares ${count} entries, past the limit of ${limits.maxEntries}`, true);
  // A zip appended to other bytes (a tar, an executable) counts its offsets from its own start,
  // which lies this far into the file: found where the central directory really is, as unzip does.
  const base = prefixLength(src, tailStart + at, cdOffset, cdSize);
  cdOffset += base;
  if (cdOffset + cdSize > src.size) throw new ZipError('its central directory lies past the end of the file (truncated?)');
  const cd = src.read(cdOffset, cdSize);
  const entries: CentralEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw new ZipError(`central directory entry ${i + 1} is damaged`);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const name = cd.subarray(p + 46, p + 46 + nameLength).toString(cd.readUInt16LE(p + 8) & 0x800 ? 'utf8' : 'latin1');
    const entry: CentralEntry = {
      path: name,
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      compressed: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      mode: cd.readUInt32LE(p + 38) >>> 16,
      localOffset: cd.readUInt32LE(p + 42),
      dataStart: 0,
    };
    applyZip64(entry, cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entry.localOffset += base;
    entries.push(entry);
    p += 46 + nameLength + extraLength + cd.readUInt16LE(p + 32);
  }
  return entries;
}

const CENTRAL = 0x02014b50;

function prefixLength(src: ByteSource, eocdAt: number, cdOffset: number, cdSize: number): number {
  const delta = eocdAt - (cdOffset + cdSize);
  if (delta <= 0) return 0;
  const signature = (at: number) => (at + 4 <= src.size ? src.read(at, 4).readUInt32LE(0) : -1);
  return signature(cdOffset) !== CENTRAL && signature(cdOffset + delta) === CENTRAL ? delta : 0;
}

/**
 * Whether a file that is not a zip at its start ends with one (a zip appended to a tar): its
 * end-of-central-directory record is the file's last bytes, comment included.
 */
export function endsWithZip(src: ByteSource): boolean {
  const tailStart = Math.max(0, src.size - 65_557);
  const tail = src.read(tailStart, src.size - tailStart);
  const at = tail.lastIndexOf(EOCD);
  return at >= 0 && at + 22 <= tail.length && at + 22 + tail.readUInt16LE(at + 20) === tail.length;
}

const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Sizes and offsets too big for 32 bits live in the zip64 extra field (id 1), in this order. */
function applyZip64(e: CentralEntry, extra: Buffer): void {
  for (let q = 0; q + 4 <= extra.length; q += 4 + extra.readUInt16LE(q + 2)) {
    if (extra.readUInt16LE(q) !== 1) continue;
    let r = q + 4;
    const next = () => (r + 8 <= extra.length ? Number(extra.readBigUInt64LE((r += 8) - 8)) : 0);
    if (e.size === 0xffffffff) e.size = next();
    if (e.compressed === 0xffffffff) e.compressed = next();
    if (e.localOffset === 0xffffffff) e.localOffset = next();
    return;
  }
}

/**
 * Reads each local header to find where the data starts, and refuses entries that share bytes:
 * overlapping entries are how a small zip claims petabytes (a non-recursive zip bomb).
 */
function locateData(src: ByteSource, entries: CentralEntry[]): void {
  for (const e of entries) {
    const local = src.read(e.localOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) throw new ZipError(`the local header of ${e.path} is damaged`);
    e.dataStart = e.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (e.dataStart + e.compressed > src.size) throw new ZipError(`${e.path} runs past the end of the file (truncated?)`);
  }
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let prev: CentralEntry | undefined;
  for (const next of byOffset) {
    if (prev && next.localOffset < prev.dataStart + prev.compressed) throw new ZipError(`entries ${prev.path} and ${next.path} overlap (a non-recursive zip bomb?)`, true);
    prev = next;
  }
}

export function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(0)} MiB`;
}
