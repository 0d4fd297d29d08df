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
  let paxPath: string | undefined;
  for (;;) {
    if (!(await fill(BLOCK))) return; // a missing end marker is tolerated, like tar does
    const header = take(BLOCK);
    if (header.every((b) => b === 0)) return; // end of archive
    if (!checksumOk(header)) throw new TarError(`not a tar archive, or a damaged one (bad header checksum at entry ${count + 1})`);
    const size = octal(header.subarray(124, 136));
    const typeflag = String.fromCharCode(header[156]!);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (typeflag === 'L' || typeflag === 'x') {
      // GNU long name, or a pax extended header: metadata for the next entry.
      if (size > 1 << 20) throw new TarError('an extended header larger than 1 MiB');
      await fill(padded);
      const body = take(padded).subarray(0, size).toString('utf8');
      if (typeflag === 'L') longName = body.replace(/\0+$/, '');
      else paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body)?.[1] ?? paxPath;
      continue;
    }
    if (++count > limits.maxEntries) throw new TarError(`more than ${limits.maxEntries} entries: stopped (raise scan limits only for a trusted archive)`);
    const name = str(header.subarray(0, 100));
    const prefix = str(header.subarray(345, 500));
    const path = paxPath ?? longName ?? (prefix ? `${prefix}/${name}` : name);
    longName = undefined;
    paxPath = undefined;
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
