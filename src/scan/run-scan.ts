import type { Scanner } from './scanner.js';
import type { ScanStats, SkipReason, SourceFile } from './targets/source.js';
import type { ScanFinding } from './types.js';

export interface ScanLimits {
  /** Files larger than this are scanned in chunks, or skipped and counted (`largeFiles`). */
  maxFileBytes: number;
  largeFiles: 'chunk' | 'skip';
  /** How deep archives inside archives are opened by --archive and --image (default 3). */
  archiveDepth?: number;
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = { maxFileBytes: 10 * 1024 * 1024, largeFiles: 'chunk' };

const CHUNK = 1024 * 1024;
/** Text carried from one chunk into the next, so a value split by a chunk boundary is still seen whole. */
const CARRY = 16 * 1024;
const SNIFF = 8000;

/**
 * Scans files one after another; memory stays bounded by the chunk size whatever the file size.
 * (Reading ahead on libuv's threads was tried: three thread hops per small file cost more than the
 * overlap saved, 0.75 s became 1.0 s on the benchmark corpus.)
 */
export async function scanFiles(files: readonly SourceFile[], scanner: Scanner, limits: ScanLimits, stats: ScanStats): Promise<ScanFinding[]> {
  const findings: ScanFinding[] = [];
  for (const file of files) findings.push(...scanSource(file, scanner, limits, stats));
  return findings;
}

/** One file: scanned, or skipped and counted with its reason. */
export function scanSource(file: SourceFile, scanner: Scanner, limits: ScanLimits, stats: ScanStats): ScanFinding[] {
  stats.files++;
  let result: Outcome;
  try {
    result = scanOne(file, scanner, limits);
  } catch {
    result = 'unreadable';
  }
  if (result === 'binary') skip(stats, file.path, 'binary');
  else if (result === 'large') skip(stats, file.path, 'too-large');
  else if (result === 'unreadable') skip(stats, file.path, 'unreadable');
  else if (result === 'lfs') skip(stats, file.path, 'lfs-pointer');
  else {
    stats.scanned++;
    stats.bytes += result.bytes;
    const lines = file.lines;
    return lines ? result.findings.filter((f) => lines.has(f.line)) : result.findings;
  }
  return [];
}

export function skip(stats: ScanStats, file: string, reason: SkipReason): void {
  stats.skipped.push({ file, reason });
  if (reason === 'binary') stats.skippedBinary++;
  else if (reason === 'too-large') stats.skippedLarge++;
  else if (reason === 'symbolic-link') stats.skippedSymlinks++;
  else if (reason === 'lfs-pointer') stats.skippedLfs = (stats.skippedLfs ?? 0) + 1;
  else stats.skippedUnreadable++;
}

type Outcome = { findings: ScanFinding[]; bytes: number } | 'binary' | 'large' | 'unreadable' | 'lfs';

/** A whole file already in memory. */
function scanBytes(file: SourceFile, bytes: Buffer, scanner: Scanner, limits: ScanLimits): Outcome {
  // A NUL anywhere, not only in the first 8,000 bytes: formats such as Illustrator's and PDF open
  // with pages of text metadata before their binary streams.
  if (bytes.indexOf(0) !== -1) return 'binary';
  if (isLfsPointer(bytes)) return 'lfs';
  if (limits.largeFiles === 'skip' && bytes.length > limits.maxFileBytes) return 'large';
  return { findings: scanner.scanBytes(file.path, bytes), bytes: bytes.length };
}

/** Where small files are read whole: one buffer for all of them. */
const small = Buffer.allocUnsafe(CHUNK);

function scanOne(file: SourceFile, scanner: Scanner, limits: ScanLimits): Outcome {
  const n = file.readSmall?.(small);
  if (n !== undefined) return scanBytes(file, small.subarray(0, n), scanner, limits);
  const chunks = file.read(CHUNK)[Symbol.iterator]();
  try {
    return scanChunks(file, chunks, scanner, limits);
  } finally {
    chunks.return?.(); // closes the file when we stop before its end
  }
}

function scanChunks(file: SourceFile, chunks: Iterator<Buffer>, scanner: Scanner, limits: ScanLimits): Outcome {
  const first = chunks.next();
  const bytes = first.done ? Buffer.alloc(0) : first.value;
  // A file that fits one read is scanned whole.
  if (bytes.length < CHUNK) return scanBytes(file, bytes, scanner, limits);
  if (bytes.subarray(0, SNIFF).indexOf(0) !== -1) return 'binary';
  if (limits.largeFiles === 'skip' && file.size() > limits.maxFileBytes) return 'large';
  return scanChunked(file.path, bytes, chunks, scanner);
}

function scanChunked(path: string, first: Buffer, rest: Iterator<Buffer>, scanner: Scanner): { findings: ScanFinding[]; bytes: number } | 'binary' {
  const decoder = new TextDecoder('utf-8');
  const out: ScanFinding[] = [];
  const seen = new Set<string>();
  // The carried text starts at character `carryAt` of the file, on line `carryLine`, which itself
  // starts at character `lineAt`: enough to turn window positions into file positions.
  let carry = '';
  let carryLine = 1;
  let carryAt = 0;
  let lineAt = 0;
  let total = 0;
  for (let bytes: Buffer | undefined = first; bytes; ) {
    if (bytes.indexOf(0) !== -1) return 'binary'; // binary further in: what was found so far was in its metadata
    total += bytes.length;
    const window = carry + decoder.decode(bytes, { stream: true });
    const shift = carryAt - lineAt; // columns on the window's first line start this far in
    for (const f of scanner.scanText(path, window)) {
      const line = carryLine + f.line - 1;
      const column = f.line === 1 ? f.column + shift : f.column;
      const key = `${f.ruleId}:${line}:${column}:${f.fingerprint}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Moved in place, not copied: a scanner keeping values (history scans) keys them by these objects.
      f.endColumn = f.endLine === 1 ? f.endColumn + shift : f.endColumn;
      f.endLine = carryLine + f.endLine - 1;
      f.line = line;
      f.column = column;
      out.push(f);
    }
    // Carry at least CARRY characters of the window's tail, from a line start when one is near,
    // so a value or a multi-line block (a PEM key) cut by the chunk boundary is seen whole.
    const nl = window.lastIndexOf('\n', Math.max(0, window.length - CARRY));
    const cut = nl !== -1 && window.length - nl <= CARRY * 4 ? nl + 1 : Math.max(0, window.length - CARRY);
    const newlines = countNewlines(window, cut);
    if (newlines > 0) {
      carryLine += newlines;
      lineAt = carryAt + window.lastIndexOf('\n', cut - 1) + 1;
    }
    carryAt += cut;
    carry = window.slice(cut);
    const next = rest.next();
    bytes = next.done ? undefined : next.value;
  }
  return { findings: out, bytes: total };
}

const LFS_POINTER = Buffer.from('version https://git-lfs.github.com/spec/v1\n');

/**
 * A Git LFS pointer (the spec: at most 1024 bytes, first line the spec version): the content it
 * stands for lives in LFS storage, not in the repository, and the pointer itself holds only a
 * content hash and a size. Counted, not scanned: `git lfs pull` and a directory scan read the content.
 */
export function isLfsPointer(bytes: Buffer): boolean {
  return bytes.length <= 1024 && bytes.subarray(0, LFS_POINTER.length).equals(LFS_POINTER) && /\noid sha256:[0-9a-f]{64}\n/.test(bytes.toString('latin1'));
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
