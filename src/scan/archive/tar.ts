/**
 * A streaming reader of tar archives (POSIX ustar, GNU long names and sparse files, pax records):
 * entries come out one at a time, a file's bytes whole when they fit the entry cap and as a
 * stream beyond it, so memory stays bounded whatever the archive holds. Nothing is written to disk.
 */
export interface TarEntry {
  path: string;
  type: 'file' | 'directory' | 'link' | 'other';
  size: number;
  /** The file's bytes, when it is a file no larger than the entry cap. */
  data?: Buffer;
  /** A larger file's bytes (or one the caller asked to stream): to read before the next entry. */
  body?: AsyncIterable<Buffer>;
}

export interface TarLimits {
  /** Largest file whose bytes are kept whole (larger ones come as a stream). */
  maxEntryBytes: number;
  maxEntries: number;
  /** Entries whose body is streamed instead (an image's layers), whatever their size. */
  stream?: (path: string) => boolean;
}

export class TarError extends Error {}

const BLOCK = 512;

export async function* tarEntries(chunks: AsyncIterable<Buffer>, limits: TarLimits): AsyncGenerator<TarEntry> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const iterator = chunks[Symbol.asyncIterator]();
  let done = false;
  /** Ensures at least n bytes are pending; false at the end of the stream. */
  const fill = async (n: number): Promise<boolean> => {
    while (pendingBytes < n && !done) {
      const next = await iterator.next();
      if (next.done) done = true;
      else {
        pending.push(next.value);
        pendingBytes += next.value.length;
      }
    }
    return pendingBytes >= n;
  };
  const take = (n: number): Buffer => {
    const all = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    pending = rest.length ? [rest] : [];
    pendingBytes = rest.length;
    return out;
  };
  /** Drops n bytes without keeping them (a large entry's body). */
  const drop = async (n: number): Promise<void> => {
    let left = n;
    while (left > 0) {
      if (!(await fill(Math.min(left, 1 << 20)))) throw new TarError('the archive ends inside an entry');
      left -= take(Math.min(left, pendingBytes)).length;
    }
  };
  let count = 0;
  let longName: string | undefined;
  let pax = new Map<string, string>();
  let globalPax = new Map<string, string>();
  for (;;) {
    if (!(await fill(BLOCK))) {
      // A missing end marker is tolerated, like tar does; bytes that never made one header are no tar.
      if (count === 0 && pendingBytes > 0) throw new TarError('not a tar archive (shorter than one header block)');
      return;
    }
    const header = take(BLOCK);
    if (header.every((b) => b === 0)) return; // end of archive
    if (!checksumOk(header)) throw new TarError(`not a tar archive, or a damaged one (bad header checksum at entry ${count + 1})`);
    const typeflag = String.fromCharCode(header[156]!);
    // A pax `size` record overrides the header's (tar does the same): it is how sizes over 8 GiB
    // are written, and a reader that ignored it would lose its place in the archive.
    const records = new Map([...globalPax, ...pax]);
    const size = typeflag === 'x' || typeflag === 'g' || typeflag === 'L' ? octal(header.subarray(124, 136)) : paxSize(records) ?? octal(header.subarray(124, 136));
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (typeflag === 'L' || typeflag === 'x' || typeflag === 'g') {
      // GNU long name, or a pax extended header (for the next entry, or global for all that follow).
      if (size > 1 << 20) throw new TarError('an extended header larger than 1 MiB');
      if (!(await fill(padded))) throw new TarError('the archive ends inside an extended header');
      const body = take(padded).subarray(0, size);
      if (typeflag === 'L') longName = body.toString('utf8').replace(/\0+$/, '');
      else if (typeflag === 'x') pax = new Map([...pax, ...parsePax(body)]);
      else globalPax = new Map([...globalPax, ...parsePax(body)]);
      continue;
    }
    if (++count > limits.maxEntries) throw new TarError(`more than ${limits.maxEntries} entries: stopped (raise scan limits only for a trusted archive)`);
    const name = str(header.subarray(0, 100));
    const prefix = str(header.subarray(345, 500));
    // PAX sparse files (GNU formats 0.1 and 1.0) keep their real name in GNU.sparse.name.
    const path = records.get('GNU.sparse.name') ?? records.get('path') ?? longName ?? (prefix ? `${prefix}/${name}` : name);
    longName = undefined;
    pax = new Map();
    // An old GNU sparse file ('S') may continue its sparse map in extension blocks before its
    // data (blocks its size does not count); its size is that of the stored data, holes left out.
    if (typeflag === 'S' && header[482]) await skipSparseExtensions(fill, take);
    // PAX sparse 1.0: the data starts with the sparse map, decimal lines padded to a block.
    const mapBytes = records.get('GNU.sparse.major') === '1' ? await skipSparseMap(fill, take, size) : 0;
    const stored = size - mapBytes;
    const type = entryType(typeflag, stored);
    const rest = padded - mapBytes; // the data still to read, with its padding
    if (type === 'file' && (limits.stream?.(path) || stored > limits.maxEntryBytes)) {
      let left = stored;
      const body = (async function* () {
        while (left > 0) {
          await fill(Math.min(left, 1 << 20));
          if (pendingBytes === 0) throw new TarError('the archive ends inside an entry (truncated?)');
          const chunk = take(Math.min(left, pendingBytes, 1 << 20));
          left -= chunk.length;
          yield Buffer.from(chunk);
        }
      })();
      yield { path, type, size: stored, body };
      await drop(left + (rest - stored)); // whatever the caller did not read, and the padding
    } else if (type === 'file') {
      // A truncated entry is still read as far as it goes, then reported.
      const whole = await fill(rest);
      const data = Buffer.from(take(Math.min(rest, pendingBytes)).subarray(0, stored));
      yield { path, type, size: stored, data };
      if (!whole) throw new TarError('the archive ends inside an entry (truncated?)');
    } else {
      await drop(rest);
      yield { path, type, size: stored };
    }
  }
}

/**
 * Directories, links, devices and fifos carry no bytes. Every other type flag is a file, as POSIX
 * says of flags a reader does not know: GNU sparse ('S'), contiguous ('7'), multi-volume ('M'),
 * vendor letters. Bytes stored under any flag are read, so no type flag hides data.
 */
function entryType(typeflag: string, size: number): TarEntry['type'] {
  const kind = typeflag === '5' ? 'directory' : typeflag === '1' || typeflag === '2' ? 'link' : typeflag === '3' || typeflag === '4' || typeflag === '6' ? 'other' : 'file';
  return size > 0 ? 'file' : kind;
}

type Fill = (n: number) => Promise<boolean>;
type Take = (n: number) => Buffer;

/** Skips an old GNU sparse header's extension blocks (21 map entries each, flag at byte 504). */
async function skipSparseExtensions(fill: Fill, take: Take): Promise<void> {
  for (let skipped = BLOCK; ; skipped += BLOCK) {
    if (!(await fill(BLOCK))) throw new TarError('the archive ends inside a sparse file header');
    if (!take(BLOCK)[504]) return;
    if (skipped > 1 << 20) throw new TarError('a sparse map longer than 1 MiB');
  }
}

/** Skips the PAX 1.0 sparse map at the start of the data: a count, then offset/size pairs, one a line. */
async function skipSparseMap(fill: Fill, take: Take, size: number): Promise<number> {
  let text = '';
  for (let read = BLOCK; read <= Math.min(size, 1 << 20); read += BLOCK) {
    if (!(await fill(BLOCK))) throw new TarError('the archive ends inside a sparse map');
    text += take(BLOCK).toString('latin1');
    const lines = text.split('\n');
    const count = Number(lines[0]);
    if (!/^\d+$/.test(lines[0]!) && lines.length > 1) throw new TarError('a PAX sparse map that does not start with a count');
    if (lines.length - 1 >= 1 + 2 * count) return read;
  }
  throw new TarError('a PAX sparse map longer than its entry or than 1 MiB');
}

function str(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8');
}

function octal(bytes: Buffer): number {
  // GNU base-256 for sizes over 8 GiB: the high bit of the first byte is set.
  if (bytes[0]! & 0x80) {
    let n = 0;
    for (let i = 1; i < bytes.length; i++) n = n * 256 + bytes[i]!;
    return n;
  }
  const text = str(bytes).trim();
  return text ? parseInt(text, 8) : 0;
}

function checksumOk(header: Buffer): boolean {
  // The stored checksum first: in a text file it is no number (NaN), and the block is never summed.
  // A block's sum is at least 256 (the field counts as eight spaces), so 0 never matches either.
  const stored = octal(header.subarray(148, 156));
  if (!(stored >= 256)) return false;
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
  return sum === stored;
}

/** pax records: "<length> <key>=<value>\n", the length counting the whole record. */
function parsePax(body: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number(body.subarray(at, space).toString('ascii'));
    if (!Number.isSafeInteger(length) || length <= space - at + 1 || at + length > body.length) throw new TarError('a malformed pax extended header record');
    const record = body.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return out;
}

function paxSize(records: Map<string, string>): number | undefined {
  const text = records.get('size');
  if (text === undefined) return undefined;
  if (!/^\d{1,15}$/.test(text)) throw new TarError(`a pax size record that is not a number of bytes ("${text.slice(0, 20)}")`);
  return Number(text);
}

/** Whether a block is a tar header (its checksum holds): how a tar is known whatever its name. */
export function isTarHeader(block: Buffer): boolean {
  // An all-zero block (an archive's end) has a stored checksum of 0, which checksumOk refuses.
  return block.length >= BLOCK && checksumOk(block.subarray(0, BLOCK));
}
