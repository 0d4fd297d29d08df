import { pathGlob } from '../util/glob.js';
import { DEFAULT_LIMITS, formatFor, parseText } from '../document/load.js';
import { select } from '../document/select.js';
import type { ScanFinding } from './types.js';

/** A place in a JSON or YAML file where listed values document a rule rather than leak (a list of the markers a validator checked). */
export interface PointerAllow {
  /** Files, as minimatch globs. */
  path: string;
  /** A path pattern (`*`, `**`, `[key=value]` allowed) selecting the values whose findings do not count. */
  pointer: string;
}

/**
 * Drops the findings that lie inside a value an allowlisted pointer selects. Only files that a
 * pointer entry names are parsed; a file that does not parse keeps all its findings.
 */
export function dropAllowedByPointer(file: string, text: string, findings: ScanFinding[], allows: readonly PointerAllow[] | undefined): ScanFinding[] {
  if (!allows || findings.length === 0) return findings;
  const mine = allows.filter((a) => pathGlob(a.path).match(file));
  if (mine.length === 0 || !/\.(json|ya?ml)$/i.test(file)) return findings;
  const loaded = parseText(text, file, DEFAULT_LIMITS, formatFor(file, text));
  if (!loaded.ok) return findings;
  const doc = loaded.document;
  const ranges = mine.flatMap((a) => select(doc.value, a.pointer).map((hit) => doc.locate(hit.pointer)));
  const inside = (f: ScanFinding) =>
    ranges.some((r) => before(r.line, r.column, f.line, f.column) && before(f.endLine, f.endColumn, r.endLine, r.endColumn));
  return findings.filter((f) => !inside(f));
}

function before(l1: number, c1: number, l2: number, c2: number): boolean {
  return l1 < l2 || (l1 === l2 && c1 <= c2);
}
