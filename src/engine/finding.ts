import type { FindingState } from './states.js';

/** Where a finding points: a file, and when known a 1-based line and column range and JSON pointer. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  pointer?: string;
}

/**
 * One reason a gate is not ready. Findings are plain data: reporters see only these,
 * and a finding's message never carries a raw value from a scanned file.
 */
export interface Finding {
  gate: string;
  /** The check kind (`schema`, `fresh`, ...) or `packet` / `policy` for engine-level findings. */
  check: string;
  /** Identifies the check entry within its gate (its `id`, or its position). */
  checkId: string;
  messageId: string;
  message: string;
  state: FindingState;
  location?: Location;
}

export function compareFindings(a: Finding, b: Finding): number {
  const fa = a.location?.file ?? '';
  const fb = b.location?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.location?.line ?? 0;
  const lb = b.location?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.location?.column ?? 0;
  const cb = b.location?.column ?? 0;
  if (ca !== cb) return ca - cb;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export function formatLocation(location: Location | undefined): string {
  if (!location) return '';
  let s = location.file;
  if (location.line !== undefined) {
    s += `:${location.line}`;
    if (location.column !== undefined) s += `:${location.column}`;
  }
  return s;
}
