import type { Scanner } from './scanner.js';
import type { ScanStats, SourceFile } from './targets/source.js';
import type { ScanFinding } from './types.js';

export interface ScanLimits {
  /** Files larger than this are scanned in chunks, or skipped and counted (`largeFiles`). */
  maxFileBytes: number;
  largeFiles: 'chunk' | 'skip';
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = { maxFileBytes: 10 * 1024 * 1024, largeFiles: 'chunk' };

const CHUNK = 1024 * 1024;
/** Text carried from one chunk into the next, so a value split by a chunk boundary is still seen whole. */
const CARRY = 16 * 1024;
const SNIFF = 8000;

/** Scans files one after another; memory stays bounded by the chunk size whatever the file size. */
export function scanFiles(files: readonly SourceFile[], scanner: Scanner, limits: ScanLimits, stats: ScanStats): ScanFinding[] {
  const findings: ScanFinding[] = [];
  for (const file of files) {
    stats.files++;
    if (file.size > limits.maxFileBytes && limits.largeFiles === 'skip') {
      stats.skippedLarge++;
      continue;
    }
    let found: ScanFinding[] | 'binary';
    try {
      found = file.size <= CHUNK ? scanWhole(file, scanner) : scanChunked(file, scanner);
    } catch {
      stats.skippedUnreadable++;
      continue;
    }
    if (found === 'binary') {
      stats.skippedBinary++;
      continue;
    }
    stats.scanned++;
    stats.bytes += file.size;
    const lines = file.lines;
    findings.push(...(lines ? found.filter((f) => lines.has(f.line)) : found));
  }
  return findings;
}

function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, SNIFF).indexOf(0) !== -1;
}

function scanWhole(file: SourceFile, scanner: Scanner): ScanFinding[] | 'binary' {
  const parts = [...file.read(CHUNK)];
  const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  if (isBinary(bytes)) return 'binary';
  return scanner.scanText(file.path, bytes.toString('utf8'));
}

function scanChunked(file: SourceFile, scanner: Scanner): ScanFinding[] | 'binary' {
  const decoder = new TextDecoder('utf-8');
  const out: ScanFinding[] = [];
  const seen = new Set<string>();
  // The carried text starts at character `carryAt` of the file, on line `carryLine`, which itself
  // starts at character `lineAt`: enough to turn window positions into file positions.
  let carry = '';
  let carryLine = 1;
  let carryAt = 0;
  let lineAt = 0;
  let first = true;
  for (const bytes of file.read(CHUNK)) {
    if (first && isBinary(bytes)) return 'binary';
    first = false;
    const window = carry + decoder.decode(bytes, { stream: true });
    const shift = carryAt - lineAt; // columns on the window's first line start this far in
    for (const f of scanner.scanText(file.path, window)) {
      const line = carryLine + f.line - 1;
      const column = f.line === 1 ? f.column + shift : f.column;
      const key = `${f.ruleId}:${line}:${column}:${f.fingerprint}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...f, line, column, endLine: carryLine + f.endLine - 1, endColumn: f.endLine === 1 ? f.endColumn + shift : f.endColumn });
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
  }
  return out;
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
