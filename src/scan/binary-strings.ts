import { LineIndex } from '../document/lines.js';
import type { Scanner } from './scanner.js';
import type { Category, ScanFinding } from './types.js';

/**
 * The printable strings of a binary file, as `strings` finds them, scanned for credentials. A NUL
 * byte made a file "binary" and unread, so one NUL put anywhere hid a token from the scan; and
 * real binaries (executables, keystores, SQLite files, Office documents) do carry tokens in
 * plain text. Two kinds of run are read:
 * - ASCII: at least MIN_RUN printable ASCII characters (tab, CR and LF included, so a PEM block
 *   stays one run);
 * - UTF-16: at least MIN_RUN such characters each followed or preceded by a NUL byte (little or
 *   big endian: a big-endian run is a little-endian one a byte later).
 *
 * Where a finding is: `line` counts the file's LF bytes before it plus one and `column` is its
 * byte offset from that line's start plus one, as `grep -a -n` and `git diff --text` count lines,
 * so a diff scan's added lines select findings in binaries too.
 */

export const MIN_RUN = 8;

/**
 * What a binary's strings are judged by: every category that is a credential or a secret.
 * Not addresses, people, payload field names, Enterprise markers or archive notices: compiled
 * code and fonts are full of version numbers, e-mail-like strings and words; in binaries those
 * are noise (measured on this machine's libraries, fonts and images: see docs/scan.md).
 */
const NOT_IN_BINARIES: ReadonlySet<Category> = new Set<Category>(['identity', 'ip-address', 'payload', 'source-code', 'archive']);

export function scannedInBinaries(category: Category): boolean {
  return !NOT_IN_BINARIES.has(category);
}

/** Where a window of bytes starts in its file: byte offset, line, and the offset its first line starts at. */
export interface WindowOrigin {
  offset: number;
  line: number;
  lineStart: number;
}

export const FILE_START: WindowOrigin = { offset: 0, line: 1, lineStart: 0 };

interface Run {
  /** Offset of the run's first byte in the window. */
  start: number;
  /** Bytes a character takes: 1 (ASCII) or 2 (UTF-16). */
  stride: 1 | 2;
  text: string;
}

function isText(x: number): boolean {
  return (x >= 0x20 && x < 0x7f) || x === 0x09 || x === 0x0a || x === 0x0d;
}

/** ASCII runs, then UTF-16 runs at both byte alignments. */
export function stringRuns(bytes: Uint8Array): Run[] {
  const runs: Run[] = [];
  let start = -1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && isText(bytes[i]!)) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      if (i - start >= MIN_RUN) runs.push({ start, stride: 1, text: latin1(bytes, start, i) });
      start = -1;
    }
  }
  for (const align of [0, 1]) wideRuns(bytes, align, runs);
  return runs;
}

/** UTF-16 characters in the ASCII range at offsets `align`, `align + 2`, ...: a text byte and a NUL beside it. */
function wideRuns(bytes: Uint8Array, align: number, runs: Run[]): void {
  let start = -1;
  let chars: number[] = [];
  const end = () => {
    if (start !== -1 && chars.length >= MIN_RUN) runs.push({ start, stride: 2, text: String.fromCharCode(...chars) });
    start = -1;
    chars = [];
  };
  for (let i = align; i < bytes.length; i += 2) {
    const x = bytes[i]!;
    const wide = isText(x) && (bytes[i + 1] === 0 || (i > 0 && bytes[i - 1] === 0));
    if (!wide) {
      end();
      continue;
    }
    if (start === -1) start = i;
    chars.push(x);
    if (chars.length === 8192) {
      // very long runs are cut (String.fromCharCode's argument limit); the pieces overlap by nothing,
      // which only matters for a value straddling the 8 KiB mark of a UTF-16 run
      end();
    }
  }
  end();
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');
}

/**
 * The credential findings among a window's strings, at file positions. The runs are scanned as one
 * text, each on its own line after a NUL, so that no pattern joins two runs (`\s` does not match
 * a NUL); positions are mapped back to bytes run by run.
 */
export function scanBinaryStrings(path: string, bytes: Uint8Array, scanner: Scanner, origin: WindowOrigin = FILE_START): ScanFinding[] {
  const runs = stringRuns(bytes);
  if (runs.length === 0) return [];
  const starts: number[] = [];
  let at = 0;
  for (const run of runs) {
    starts.push(at);
    at += run.text.length + 2;
  }
  const text = runs.map((r) => r.text).join('\0\n');
  const found = scanner.scanText(path, text).filter((f) => scannedInBinaries(f.category));
  if (found.length === 0) return [];
  const index = new LineIndex(text);
  const newlines = newlineOffsets(bytes);
  const byteAt = (offset: number, isEnd: boolean) => {
    const k = runAt(starts, isEnd ? offset - 1 : offset);
    const run = runs[k]!;
    const inRun = Math.max(0, Math.min(run.text.length, offset - starts[k]!));
    return run.start + inRun * run.stride;
  };
  for (const f of found) {
    const from = byteAt(index.offset(f.line, f.column), false);
    const to = byteAt(index.offset(f.endLine, f.endColumn), true);
    const a = filePosition(from, newlines, origin);
    const b = filePosition(to, newlines, origin);
    // Moved in place, not copied: a scanner keeping values (history scans) keys them by these objects.
    f.line = a.line;
    f.column = a.column;
    f.endLine = b.line;
    f.endColumn = b.column;
  }
  return found;
}

/** The run holding text offset `offset` (the last run starting at or before it). */
function runAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function newlineOffsets(bytes: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) out.push(i);
  return out;
}

function filePosition(byte: number, newlines: number[], origin: WindowOrigin): { line: number; column: number } {
  // newlines before `byte`
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newlines[mid]! < byte) lo = mid + 1;
    else hi = mid;
  }
  const lineStart = lo === 0 ? origin.lineStart : origin.offset + newlines[lo - 1]! + 1;
  return { line: origin.line + lo, column: origin.offset + byte - lineStart + 1 };
}

/** The origin of the window that starts `cut` bytes into this one. */
export function advance(origin: WindowOrigin, bytes: Uint8Array, cut: number): WindowOrigin {
  let line = origin.line;
  let lineStart = origin.lineStart;
  for (let i = bytes.indexOf(10); i !== -1 && i < cut; i = bytes.indexOf(10, i + 1)) {
    line++;
    lineStart = origin.offset + i + 1;
  }
  return { offset: origin.offset + cut, line, lineStart };
}

/** Bytes of a binary carried into the next window, so a string cut by a chunk boundary is seen whole. */
const CARRY_BYTES = 16 * 1024;

/** A binary too large to hold, read a chunk at a time: its strings with positions in the whole file. */
export class ChunkedBinary {
  readonly findings: ScanFinding[] = [];
  /** Bytes pushed so far. */
  bytes = 0;
  private carry: Buffer = Buffer.alloc(0);
  private readonly seen = new Set<string>();

  constructor(
    private readonly path: string,
    private readonly scanner: Scanner,
    private origin: WindowOrigin = FILE_START,
  ) {}

  push(chunk: Buffer): void {
    const window = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    this.bytes += chunk.length;
    for (const f of scanBinaryStrings(this.path, window, this.scanner, this.origin)) {
      const key = `${f.ruleId}:${f.line}:${f.column}:${f.fingerprint}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.findings.push(f);
    }
    const cut = Math.max(0, window.length - CARRY_BYTES);
    this.origin = advance(this.origin, window, cut);
    this.carry = Buffer.from(window.subarray(cut)); // a copy: the chunk may be a view of a shared buffer
  }
}
