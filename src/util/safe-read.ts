import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * The one way files are opened: only regular files, never waiting on a FIFO or a device, and never
 * more than a byte limit. A path inside the repository must stay inside it once every symbolic link
 * (of the file and of its folders) is resolved.
 */
export type SafeRead = { ok: true; bytes: Buffer } | { ok: false; reason: 'missing' | 'outside' | 'not-a-file' | 'too-large' | 'unreadable'; message: string };

/** Default limit for files that are not packets (baselines, reports to compare, history). */
export const DEFAULT_READ_LIMIT = 64 * 1024 * 1024;

/** The real path of `rel` under `root` when it exists and stays inside root, else why not. */
export function resolveInside(root: string, rel: string): { abs: string } | { reason: 'missing' | 'outside' } {
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return { reason: 'missing' };
  }
  const target = isAbsolute(rel) ? rel : join(root, rel);
  try {
    real = realpathSync(target);
  } catch {
    return { reason: 'missing' };
  }
  return isInside(realRoot, real) ? { abs: real } : { reason: 'outside' };
}

/** A regular file inside root once links are resolved (an existence test; nothing is read). */
export function isRegularFileInside(root: string, rel: string): boolean {
  const where = resolveInside(root, rel);
  if ('reason' in where) return false;
  try {
    return statSync(where.abs).isFile();
  } catch {
    return false;
  }
}

export function isInside(root: string, abs: string): boolean {
  const rel = relative(root, abs);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !isAbsolute(rel);
}

/** Reads a regular file, refusing FIFOs, devices and directories before any read can block. */
export function readRegularFile(abs: string, maxBytes: number = DEFAULT_READ_LIMIT): SafeRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'missing', message: 'file not found' };
    return { ok: false, reason: 'unreadable', message: `cannot open the file (${code ?? 'error'})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-a-file', message: 'not a regular file (a directory, FIFO, socket or device); only regular files are read' };
    if (stat.size > maxBytes) return { ok: false, reason: 'too-large', message: `file is ${stat.size} bytes, over the limit of ${maxBytes}` };
    const bytes = Buffer.allocUnsafe(stat.size);
    let got = 0;
    while (got < stat.size) {
      const n = readSync(fd, bytes, got, stat.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return { ok: true, bytes: bytes.subarray(0, got) };
  } catch (err) {
    return { ok: false, reason: 'unreadable', message: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

/** Reads `rel` under `root`: inside the repository after resolving links, regular, within the limit. */
export function readInside(root: string, rel: string, maxBytes: number = DEFAULT_READ_LIMIT): SafeRead {
  const where = resolveInside(root, rel);
  if ('reason' in where) {
    return where.reason === 'outside'
      ? { ok: false, reason: 'outside', message: 'resolves outside the repository (through a symbolic link); such paths are never read' }
      : { ok: false, reason: 'missing', message: 'file not found' };
  }
  return readRegularFile(where.abs, maxBytes);
}

/** Standard input, up to a limit: endless input is refused, not read forever. */
export function readStdin(maxBytes: number = DEFAULT_READ_LIMIT): SafeRead {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10); // non-blocking stdin: wait, do not spin
        continue;
      }
      if (code === 'EOF') break;
      return { ok: false, reason: 'unreadable', message: `cannot read standard input (${code ?? 'error'})` };
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) return { ok: false, reason: 'too-large', message: `standard input is over the limit of ${maxBytes} bytes` };
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
