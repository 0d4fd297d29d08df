import { advance, ChunkedBinary, FILE_START, scanBinaryStrings, scannedInBinaries } from './binary-strings.js';
import { decodeText, decoderFor, sniffEncoding, type StreamDecoder } from './decode.js';
import { TimeBudgetExceeded, type Scanner } from './scanner.js';
import type { ScanStats, SkipReason, SourceFile } from './targets/source.js';
import type { ScanFinding } from './types.js';
import { appendAll } from '../util/append.js';
import { isArchiveHead } from './archive/repo-archives.js';
import { noteNarrowed } from './narrowing.js';

export interface ScanLimits {
  /** Files larger than this are scanned in chunks, or skipped and counted (`largeFiles`). */
  maxFileBytes: number;
  largeFiles: 'chunk' | 'skip';
  /** How deep archives inside archives are opened by --archive and --image (default 3). */
  archiveDepth?: number;
  /** Milliseconds one file may take; past it the file is skipped as `time-budget` (policy scan.time-budget-seconds). */
  timeBudgetMs?: number;
}

/** A 10 MiB file takes about a second; a minute is far past anything linear on a busy runner. */
export const DEFAULT_TIME_BUDGET_MS = 60_000;

export const DEFAULT_SCAN_LIMITS: ScanLimits = { maxFileBytes: 10 * 1024 * 1024, largeFiles: 'chunk', timeBudgetMs: DEFAULT_TIME_BUDGET_MS };

const CHUNK = 1024 * 1024;
/** Text carried from one chunk into the next, so a value split by a chunk boundary is still seen whole. */
const CARRY = 16 * 1024;
const SNIFF = 8000;

/**
 * Scans files one after another; memory stays bounded by the chunk size whatever the file size.
 * (Reading ahead on libuv's threads was tried: three thread hops per small file cost more than the
 * overlap saved, 0.75 s became 1.0 s on the benchmark corpus. So was a reader thread of our own,
 * handing files over through shared memory: the 20,000 corpus files take 0.17 s to open, read and
 * close, and the hand-over cost this thread 0.25 s in wake-ups and waits.)
 */
export async function scanFiles(files: Iterable<SourceFile>, scanner: Scanner, limits: ScanLimits, stats: ScanStats, archives?: ArchiveOpener): Promise<ScanFinding[]> {
  const findings: ScanFinding[] = [];
  for (const file of files) {
    const found = scanOrHandOver(file, scanner, limits, stats, archives !== undefined);
    if (found === 'archive') await archives!.open(file);
    else appendAll(findings, found);
  }
  return findings;
}

/** Opens a file whose first bytes are an archive's (zip, tar, gzip...), as --archive does. */
export interface ArchiveOpener {
  open(file: SourceFile): Promise<void>;
}

/** One file: scanned, or skipped and counted with its reason. */
export function scanSource(file: SourceFile, scanner: Scanner, limits: ScanLimits, stats: ScanStats): ScanFinding[] {
  return scanOrHandOver(file, scanner, limits, stats, false) as ScanFinding[];
}

/**
 * scanSource; with `archives`, a file whose first bytes are an archive's is not scanned as text:
 * `archive` says to open it as one (the archive reader counts it).
 */
function scanOrHandOver(file: SourceFile, scanner: Scanner, limits: ScanLimits, stats: ScanStats, archives: boolean): ScanFinding[] | 'archive' {
  let result: Outcome;
  scanner.startFile(limits.timeBudgetMs);
  try {
    result = scanOne(file, scanner, limits, archives);
  } catch (err) {
    result = err instanceof TimeBudgetExceeded ? 'time' : 'unreadable';
  } finally {
    scanner.startFile(undefined);
  }
  if (result === 'archive') return 'archive';
  stats.files++;
  if (result === 'binary') skip(stats, file.path, 'binary');
  else if (typeof result === 'object' && result.binary) {
    // Read, but only its printable strings and only for credentials: listed as binary (scan.allow-skipped).
    skip(stats, file.path, 'binary');
    noteNarrowed(stats, scanner, file.path);
    stats.bytes += result.bytes;
    const lines = file.lines;
    return lines ? result.findings.filter((f) => spansAddedLine(f, lines)) : result.findings;
  } else if (result === 'large') skip(stats, file.path, 'too-large');
  else if (result === 'unreadable') skip(stats, file.path, 'unreadable');
  else if (result === 'lfs') skip(stats, file.path, 'lfs-pointer');
  else if (result === 'time') skip(stats, file.path, 'time-budget');
  else {
    stats.scanned++;
    noteNarrowed(stats, scanner, file.path);
    stats.bytes += result.bytes;
    const lines = file.lines;
    return lines ? result.findings.filter((f) => spansAddedLine(f, lines)) : result.findings;
  }
  return [];
}

/** A finding over several lines (a key block) counts when any line it spans was added. */
function spansAddedLine(f: ScanFinding, lines: ReadonlySet<number>): boolean {
  for (let line = f.line; line <= Math.max(f.line, f.endLine); line++) if (lines.has(line)) return true;
  return false;
}

export function skip(stats: ScanStats, file: string, reason: SkipReason): void {
  stats.skipped.push({ file, reason });
  if (reason === 'binary') stats.skippedBinary++;
  else if (reason === 'too-large') stats.skippedLarge++;
  else if (reason === 'symbolic-link') stats.skippedSymlinks++;
  else if (reason === 'lfs-pointer') stats.skippedLfs = (stats.skippedLfs ?? 0) + 1;
  else stats.skippedUnreadable++;
}

/** `binary`: the file was read for its printable strings only (binary-strings.ts). */
type Scanned = { findings: ScanFinding[]; bytes: number; binary?: true };
type Outcome = Scanned | 'binary' | 'large' | 'unreadable' | 'lfs' | 'time' | 'archive';

/** A whole file already in memory. */
function scanBytes(file: SourceFile, bytes: Buffer, scanner: Scanner, limits: ScanLimits): Outcome {
  if (isLfsPointer(bytes)) return 'lfs';
  if (limits.largeFiles === 'skip' && bytes.length > limits.maxFileBytes) return 'large';
  // UTF-16 and UTF-32 text (by BOM or NUL pattern) is decoded and scanned as text, NULs and all.
  // The bytes are scanned as they are too: a BOM or a page of UTF-16 in front of ASCII text would
  // otherwise decide the encoding and turn the ASCII into noise no rule matches (a real UTF-16
  // text, NUL between every letter, gives the raw pass nothing to find).
  const sniffed = sniffEncoding(bytes);
  if (sniffed.encoding !== 'utf-8') return { findings: withRaw(scanner.scanText(file.path, decodeText(bytes, sniffed)), scanner.scanBytes(file.path, bytes)), bytes: bytes.length };
  // A NUL anywhere, not only in the first 8,000 bytes: formats such as Illustrator's and PDF open
  // with pages of text metadata before their binary streams. A binary's strings are still read.
  if (bytes.indexOf(0) !== -1) return bytes.length > limits.maxFileBytes ? 'large' : { findings: [...scanBinaryHead(file.path, bytes, scanner), ...scanBinaryStrings(file.path, bytes, scanner)], bytes: bytes.length, binary: true };
  return { findings: scanner.scanBytes(file.path, bytes), bytes: bytes.length };
}

/**
 * A binary's first 32 bytes, shown to the rules as one line of hex (`binary-head:3082...`), for
 * rules that recognise a binary format by its magic number (keystore-file): its strings alone
 * never say what it is. Findings stand at the file's first bytes.
 */
export function scanBinaryHead(path: string, bytes: Uint8Array, scanner: Scanner): ScanFinding[] {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(32, bytes.length));
  const found = scanner.scanText(path, `binary-head:${head.toString('hex')}`).filter((f) => scannedInBinaries(f.category));
  // Moved in place, not copied: a scanner keeping values (history scans) keys them by these objects.
  for (const f of found) Object.assign(f, { line: 1, column: 1, endLine: 1, endColumn: head.length + 1 });
  return found;
}

/** Where small files are read whole: one buffer for all of them. */
const small = Buffer.allocUnsafe(CHUNK);

function scanOne(file: SourceFile, scanner: Scanner, limits: ScanLimits, archives: boolean): Outcome {
  const n = file.readSmall?.(small);
  if (n !== undefined) return archives && isArchiveHead(small.subarray(0, Math.min(n, 512))) ? 'archive' : scanBytes(file, small.subarray(0, n), scanner, limits);
  const chunks = file.read(CHUNK)[Symbol.iterator]();
  try {
    return scanChunks(file, chunks, scanner, limits, archives);
  } finally {
    chunks.return?.(); // closes the file when we stop before its end
  }
}

function scanChunks(file: SourceFile, chunks: Iterator<Buffer>, scanner: Scanner, limits: ScanLimits, archives = false): Outcome {
  const first = chunks.next();
  const bytes = first.done ? Buffer.alloc(0) : first.value;
  if (archives && isArchiveHead(bytes.subarray(0, 512))) return 'archive';
  // A file that fits one read is scanned whole.
  if (bytes.length < CHUNK) return scanBytes(file, bytes, scanner, limits);
  if (limits.largeFiles === 'skip' && file.size() > limits.maxFileBytes) return 'large';
  const sniffed = sniffEncoding(bytes);
  if (sniffed.encoding !== 'utf-8') return scanChunked(file.path, bytes, chunks, scanner, decoderFor(sniffed));
  if (bytes.subarray(0, SNIFF).indexOf(0) !== -1) {
    // A binary's strings are read up to max-file-bytes; past it the file is reported too large (not read).
    if (file.size() > limits.maxFileBytes) return 'large';
    const head = scanBinaryHead(file.path, bytes, scanner); // before the reader may reuse the first chunk's buffer
    const binary = new ChunkedBinary(file.path, scanner);
    for (let piece: Buffer | undefined = bytes; piece; piece = nextChunk(chunks)) binary.push(piece);
    return { findings: [...head, ...binary.findings], bytes: binary.bytes, binary: true };
  }
  return scanChunked(file.path, bytes, chunks, scanner);
}

function nextChunk(chunks: Iterator<Buffer>): Buffer | undefined {
  const next = chunks.next();
  return next.done ? undefined : next.value;
}

function scanChunked(path: string, first: Buffer, rest: Iterator<Buffer>, scanner: Scanner, decoder?: StreamDecoder): Scanned {
  if (decoder) return scanChunkedWide(path, first, rest, scanner, decoder);
  const text = new ChunkedText(path, scanner, decoder);
  let origin = FILE_START; // where the next chunk starts, in bytes and lines, should it be binary
  for (let bytes: Buffer | undefined = first; bytes; bytes = nextChunk(rest)) {
    if (!text.push(bytes)) {
      // Binary further in: what was found so far stays found, and the rest is read for its strings.
      const binary = new ChunkedBinary(path, scanner, origin);
      for (let piece: Buffer | undefined = bytes; piece; piece = nextChunk(rest)) binary.push(piece);
      return { findings: [...text.findings, ...binary.findings], bytes: text.bytes + binary.bytes, binary: true };
    }
    if (!decoder) origin = advance(origin, bytes, bytes.length);
  }
  return { findings: text.findings, bytes: text.bytes };
}

/** A large UTF-16/32 text: decoded, and its raw bytes read for their strings too (see scanBytes). */
function scanChunkedWide(path: string, first: Buffer, rest: Iterator<Buffer>, scanner: Scanner, decoder: StreamDecoder): Scanned {
  const text = new ChunkedText(path, scanner, decoder);
  const raw = new ChunkedBinary(path, scanner);
  for (let bytes: Buffer | undefined = first; bytes; bytes = nextChunk(rest)) {
    text.push(bytes);
    raw.push(bytes);
  }
  return { findings: withRaw(text.findings, raw.findings), bytes: text.bytes };
}

/** The decoded text's findings, then those of the raw bytes that are not the same values again. */
function withRaw(decoded: ScanFinding[], raw: ScanFinding[]): ScanFinding[] {
  const seen = new Set(decoded.map((f) => `${f.ruleId}:${f.fingerprint}`));
  return [...decoded, ...raw.filter((f) => !seen.has(`${f.ruleId}:${f.fingerprint}`))];
}

/**
 * Text scanned a chunk at a time, with findings at their positions in the whole text: what a
 * large file is read with, and what an archive entry too large to hold is streamed through.
 */
export class ChunkedText {
  readonly findings: ScanFinding[] = [];
  /** Bytes pushed so far. */
  bytes = 0;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly seen = new Set<string>();
  // The carried text starts at character `carryAt` of the file, on line `carryLine`, which itself
  // starts at character `lineAt`: enough to turn window positions into file positions.
  private carry = '';
  private carryLine = 1;
  private carryAt = 0;
  private lineAt = 0;

  /** `wide`: the decoder of a UTF-16 or UTF-32 text (decode.ts); UTF-8 when absent. */
  constructor(
    private readonly path: string,
    private readonly scanner: Scanner,
    private readonly wide?: StreamDecoder,
  ) {}

  /** Scans the next piece; false (nothing scanned) when a UTF-8 text's piece holds a NUL: the rest is binary. */
  push(bytes: Buffer): boolean {
    if (!this.wide && bytes.indexOf(0) !== -1) return false;
    this.bytes += bytes.length;
    const window = this.carry + (this.wide ? this.wide.decode(bytes, true) : this.decoder.decode(bytes, { stream: true }));
    const shift = this.carryAt - this.lineAt; // columns on the window's first line start this far in
    for (const f of this.scanner.scanText(this.path, window)) {
      const line = this.carryLine + f.line - 1;
      const column = f.line === 1 ? f.column + shift : f.column;
      const key = `${f.ruleId}:${line}:${column}:${f.fingerprint}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      // Moved in place, not copied: a scanner keeping values (history scans) keys them by these objects.
      f.endColumn = f.endLine === 1 ? f.endColumn + shift : f.endColumn;
      f.endLine = this.carryLine + f.endLine - 1;
      f.line = line;
      f.column = column;
      this.findings.push(f);
    }
    // Carry at least CARRY characters of the window's tail, from a line start when one is near,
    // so a value or a multi-line block (a PEM key) cut by the chunk boundary is seen whole.
    const nl = window.lastIndexOf('\n', Math.max(0, window.length - CARRY));
    const cut = nl !== -1 && window.length - nl <= CARRY * 4 ? nl + 1 : Math.max(0, window.length - CARRY);
    const newlines = countNewlines(window, cut);
    if (newlines > 0) {
      this.carryLine += newlines;
      this.lineAt = this.carryAt + window.lastIndexOf('\n', cut - 1) + 1;
    }
    this.carryAt += cut;
    this.carry = window.slice(cut);
    return true;
  }
}

/**
 * A Git LFS pointer, by the spec's grammar and nothing looser: at most 1024 bytes of `key value\n`
 * lines, `version https://git-lfs.github.com/spec/v1` first, then the extension lines
 * (`ext-<digit>-<name> sha256:<64 hex>`, in ascending key order), `oid sha256:<64 hex>` and
 * `size <digits>`. The content it stands for lives in LFS storage, and a pointer of this grammar
 * holds only hashes and a size: no room for a secret, so it is counted, not scanned (`git lfs
 * pull` and a directory scan read the content). Anything looser (other keys, other values, text
 * after the size, CR line ends) is scanned as text: the spec line alone once hid a token.
 */
export function isLfsPointer(bytes: Buffer): boolean {
  if (bytes.length > 1024 || bytes.length < LFS_MIN || bytes[bytes.length - 1] !== 0x0a || bytes[0] !== 0x76 /* v */) return false;
  const lines = bytes.toString('latin1').slice(0, -1).split('\n');
  if (lines.shift() !== 'version https://git-lfs.github.com/spec/v1') return false;
  if (lines.pop()?.match(/^size (0|[1-9][0-9]{0,19})$/) == null) return false;
  if (lines.pop()?.match(/^oid sha256:[0-9a-f]{64}$/) == null) return false;
  let previous = '';
  for (const line of lines) {
    const ext = /^(ext-([0-9])-[a-z0-9.-]+) sha256:[0-9a-f]{64}$/.exec(line);
    // Keys in ascending order, one extension per priority digit.
    if (!ext || ext[2]! <= previous) return false;
    previous = ext[2]!;
  }
  return true;
}

/** The shortest pointer: the version, oid and size lines. */
const LFS_MIN = 'version https://git-lfs.github.com/spec/v1\noid sha256:\nsize 0\n'.length + 64;

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
