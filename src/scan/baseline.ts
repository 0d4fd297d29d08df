import { readRegularFile } from '../util/safe-read.js';
import { DEFAULT_LIMITS, parseText } from '../document/load.js';
import { parseTimestamp } from '../engine/duration.js';
import type { ScanFinding } from './types.js';

/**
 * A baseline lists fingerprints of findings a team has accepted for now (known, being rotated,
 * false alarms it cannot express as an allowlist). An entry may carry an expiry date, after which
 * its finding counts again; nothing in a baseline is a secret (fingerprints and masked values).
 */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  file: string;
  masked: string;
  expires?: string;
  reason?: string;
}

export interface Baseline {
  baselineVersion: 1;
  entries: BaselineEntry[];
}

export class BaselineError extends Error {}

export function createBaseline(findings: readonly ScanFinding[]): Baseline {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    entries.push({ fingerprint: f.fingerprint, rule: f.ruleId, file: f.file, masked: f.masked });
  }
  return { baselineVersion: 1, entries };
}

export function readBaseline(path: string): Baseline {
  const read = readRegularFile(path);
  if (!read.ok) throw new BaselineError(`${path}: cannot read the baseline file: ${read.message}`);
  const text = read.bytes.toString('utf8');
  const loaded = parseText(text, path, DEFAULT_LIMITS, 'json');
  if (!loaded.ok) throw new BaselineError(`${path}:${loaded.failure.line ?? 1}:${loaded.failure.column ?? 1}: ${loaded.failure.message}`);
  const value = loaded.document.value as Partial<Baseline> | null;
  if (!value || value.baselineVersion !== 1 || !Array.isArray(value.entries)) {
    throw new BaselineError(`${path}: not a readiness-gate baseline (expected {"baselineVersion": 1, "entries": [...]}); write one with "readiness-gate baseline"`);
  }
  value.entries.forEach((e, i) => {
    const at = loaded.document.locate(`/entries/${i}`);
    if (!e || typeof e.fingerprint !== 'string') throw new BaselineError(`${path}:${at.line}:${at.column}: entry ${i} needs a "fingerprint"`);
    if (e.expires !== undefined && !parseTimestamp(e.expires)) throw new BaselineError(`${path}:${at.line}:${at.column}: "expires" must be a date such as 2027-01-31`);
  });
  return value as Baseline;
}

/** Findings the baseline does not cover (or covers with an expired entry). */
export function applyBaseline(findings: ScanFinding[], baseline: Baseline, now: Date): { kept: ScanFinding[]; hidden: number; expired: number } {
  const active = new Set<string>();
  const stale = new Set<string>();
  for (const e of baseline.entries) {
    const expires = e.expires ? parseTimestamp(e.expires) : undefined;
    (expires && expires.getTime() <= now.getTime() ? stale : active).add(e.fingerprint);
  }
  const kept = findings.filter((f) => !active.has(f.fingerprint));
  return { kept, hidden: findings.length - kept.length, expired: kept.filter((f) => stale.has(f.fingerprint)).length };
}
