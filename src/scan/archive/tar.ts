/**
 * A streaming reader of tar archives (POSIX ustar, GNU long names, pax path records): entries
 * come out one at a time, a file's bytes only when it fits the entry cap, so memory stays bounded
 * whatever the archive holds. Nothing is ever written to disk.
 */
export interface TarEntry {
  path: string;
  type: 'file' | 'directory' | 'link' | 'other';
  size: number;
  /** The file's bytes, when it is a file no larger than the entry cap. */
  data?: Buffer;
  /** For files the caller asked to stream (`stream`): the body, to read before the next entry. */
  body?: AsyncIterable<Buffer>;
}

export interface TarLimits {
  /** Largest file whose bytes are kept (larger ones are listed without data). */
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
    if (!(await fill(BLOCK))) return; // a missing end marker is tolerated, like tar does
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
    const path = records.get('path') ?? longName ?? (prefix ? `${prefix}/${name}` : name);
    longName = undefined;
    pax = new Map();
    const type = typeflag === '0' || typeflag === '\0' || typeflag === '7' ? 'file' : typeflag === '5' ? 'directory' : typeflag === '1' || typeflag === '2' ? 'link' : 'other';
    if (type === 'file' && limits.stream?.(path)) {
      let left = size;
      const body = (async function* () {
        while (left > 0) {
          if (!(await fill(Math.min(left, 1 << 20)))) throw new TarError('the archive ends inside an entry');
          const chunk = take(Math.min(left, pendingBytes, 1 << 20));
          left -= chunk.length;
          yield Buffer.from(chunk);
        }
      })();
      yield { path, type, size, body };
      await drop(left + (padded - size)); // whatever the caller did not read, and the padding
    } else if (type === 'file' && size <= limits.maxEntryBytes) {
      if (!(await fill(padded))) throw new TarError('the archive ends inside an entry');
      const data = Buffer.from(take(padded).subarray(0, size));
      yield { path, type, size, data };
    } else {
      await drop(padded);
      yield { path, type, size };
    }
  }
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
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
  return sum === octal(header.subarray(148, 156));
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
