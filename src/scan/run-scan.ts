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
  let carry = '';
  let carryLine = 1; // the line the carried text starts on
  let first = true;
  for (const bytes of file.read(CHUNK)) {
    if (first && isBinary(bytes)) return 'binary';
    first = false;
    const window = carry + decoder.decode(bytes, { stream: true });
    for (const f of scanner.scanText(file.path, window)) {
      const line = carryLine + f.line - 1;
      const key = `${f.ruleId}:${line}:${f.column}:${f.fingerprint}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...f, line, endLine: carryLine + f.endLine - 1 });
    }
    // Carry at least CARRY characters of the window's tail, starting at a line start when there
    // is one, so columns stay right and a multi-line block (a PEM key) is seen whole.
    const nl = window.lastIndexOf('\n', Math.max(0, window.length - CARRY));
    const cut = nl !== -1 && window.length - nl <= CARRY * 4 ? nl + 1 : Math.max(0, window.length - CARRY);
    carryLine += countNewlines(window, cut);
    carry = window.slice(cut);
  }
  return out;
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
