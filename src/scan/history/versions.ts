import type { Scanner } from '../scanner.js';
import type { ScanFinding } from '../types.js';

/** Versions at least this large are candidates; smaller ones cost less to scan whole than to compare. */
const MIN_BYTES = 256 * 1024;
/** Larger than this, a version is scanned whole, in chunks (its lines are not held for comparing). */
const MAX_BYTES = 64 * 1024 * 1024;
/** Compared only when the lines a version adds are at most this share of it. */
const MAX_NEW_SHARE = 0.25;
/** Lines of unchanged text scanned around each changed run, so a value or block cut by the run's edge is whole. */
const CONTEXT_LINES = 40;
/**
 * At most this many lines are held for the comparisons (about 100 MB): past it, the files least
 * recently read are let go of, and their next version is scanned whole.
 */
const MAX_HELD_LINES = 2_000_000;

interface Version {
  /** A 53-bit hash of every line, in order, and as a set. */
  hashes: number[];
  lines: Set<number>;
  /** Where each value (by value id) is in this version: every occurrence's line hash and column. */
  values: Map<string, { hash: number; column: number }[]>;
}

/** A value the caller already knows: the value itself and a finding to copy its rule and fingerprint from. */
export interface KnownValue {
  value: string;
  template: ScanFinding;
}

/**
 * Large files committed again and again (bundles, lock files, generated data) are the bulk of a
 * history's bytes, and each version differs from the next in a few lines. Such a version is
 * scanned by the lines it adds to the version of the same path scanned just before it (its
 * successor: the walk goes from the newest), with CONTEXT_LINES around each run of new lines;
 * values the earlier version held are carried over where this version still has them. What the
 * scanner decides from a whole file's context (a doc comment 8 KiB up, a document's structure)
 * is then decided from the surrounding window instead.
 */
export class VersionComparer {
  private readonly last = new Map<string, Version>();
  /** Versions scanned by their new lines only. */
  compared = 0;
  private currentPath: string | undefined;
  private held = 0;

  constructor(
    private readonly scanner: Scanner,
    private readonly known: (id: string) => KnownValue | undefined,
  ) {}

  /** Whether a version of this size is worth holding and comparing. */
  static wants(size: number): boolean {
    return size >= MIN_BYTES && size <= MAX_BYTES;
  }

  /**
   * One version: the findings in the lines it adds (scanned) and the earlier version's values it
   * still holds (carried, by value id), or undefined when it must be scanned whole (the first
   * version of its path, or one that changes too much). Its lines are kept for the next version;
   * `record` then adds the ids of the values it holds.
   */
  scan(path: string, text: string): { scanned: ScanFinding[]; carried: { id: string; finding: ScanFinding }[] } | undefined {
    const starts = lineStarts(text);
    const hashes = starts.map((start, i) => lineHash(text, start, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length));
    const previous = this.last.get(path);
    this.currentPath = path;
    this.hold(path, { hashes, lines: new Set(hashes), values: new Map() }, previous);
    if (!previous) return undefined;
    const fresh: number[] = [];
    let freshBytes = 0;
    hashes.forEach((h, i) => {
      if (previous.lines.has(h)) return;
      fresh.push(i);
      freshBytes += (i + 1 < starts.length ? starts[i + 1]! : text.length) - starts[i]!;
    });
    if (freshBytes > text.length * MAX_NEW_SHARE) return undefined;
    this.compared++;
    const scanned: ScanFinding[] = [];
    for (const [from, to] of windows(fresh, starts.length)) {
      const end = to + 1 < starts.length ? starts[to + 1]! : text.length;
      for (const f of this.scanner.scanText(path, text.slice(starts[from]!, end))) {
        // Moved in place, not copied: the scanner keys the values it keeps by these objects.
        f.line += from;
        f.endLine += from;
        scanned.push(f);
      }
    }
    return { scanned, carried: this.carried(previous, text, starts) };
  }

  /** Keeps a file's latest version, most recently read last, within MAX_HELD_LINES. */
  private hold(path: string, version: Version, previous: Version | undefined): void {
    if (previous) {
      this.last.delete(path);
      this.held -= previous.hashes.length;
    }
    this.last.set(path, version);
    this.held += version.hashes.length;
    for (const [other, old] of this.last) {
      if (this.held <= MAX_HELD_LINES || other === path) break;
      this.last.delete(other);
      this.held -= old.hashes.length;
    }
  }

  /** The values a version holds and where, for the version after it. */
  record(path: string, found: Iterable<{ id: string; line: number; column: number }>): void {
    const version = this.last.get(path);
    if (!version) return;
    for (const f of found) {
      const at = { hash: version.hashes[f.line - 1]!, column: f.column };
      const list = version.values.get(f.id);
      if (!list) version.values.set(f.id, [at]);
      else if (!list.some((x) => x.hash === at.hash && x.column === at.column)) list.push(at);
    }
  }

  /**
   * Values of the earlier version that this one still holds on an unchanged line, at the same
   * column: exactly what scanning that line again would find. (A value on a changed line is in a
   * scanned window instead.)
   */
  private carried(previous: Version, text: string, starts: number[]): { id: string; finding: ScanFinding }[] {
    const current = this.last.get(this.currentPath!)!;
    const linesOf = new Map<number, number[]>();
    current.hashes.forEach((h, i) => {
      const list = linesOf.get(h);
      if (list) list.push(i);
      else linesOf.set(h, [i]);
    });
    const out: { id: string; finding: ScanFinding }[] = [];
    for (const [id, places] of previous.values) {
      const known = this.known(id);
      if (!known) continue;
      for (const where of places) {
        for (const line of linesOf.get(where.hash) ?? []) {
          const at = starts[line]! + where.column - 1;
          if (!text.startsWith(known.value, at)) continue;
          const b = position(starts, at + known.value.length);
          out.push({ id, finding: { ...known.template, file: this.currentPath!, line: line + 1, column: where.column, endLine: b.line, endColumn: b.column } });
        }
      }
    }
    return out;
  }
}

/** Runs of new lines, each widened by CONTEXT_LINES and merged with its neighbours: [first, last] line indexes. */
function windows(fresh: number[], lineCount: number): [number, number][] {
  const out: [number, number][] = [];
  for (const i of fresh) {
    const from = Math.max(0, i - CONTEXT_LINES);
    const to = Math.min(lineCount - 1, i + CONTEXT_LINES);
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of a character offset. */
function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Two 32-bit FNV-style hashes of a line, joined into one safe integer: collisions are negligible. */
function lineHash(text: string, start: number, end: number): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ (end - start);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
