import { EVIDENCE_RANK, type Evidence, type ScanFinding, type Severity } from '../types.js';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 4, high: 3, medium: 2, low: 1 };

/**
 * The order findings are listed in for people (text report, annotations, job summary, HTML):
 * most severe first, then the strongest evidence (a checksum that holds before a structure that
 * parses before a shape), then by place. A finding without evidence (a file found by its path, a
 * report written before evidence existed) ranks with `shape`.
 */
export function byStrength(a: ScanFinding, b: ScanFinding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    EVIDENCE_RANK[b.evidence ?? 'shape'] - EVIDENCE_RANK[a.evidence ?? 'shape'] ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/**
 * SARIF `result.rank` (0-100, how much a result deserves attention) by evidence. A provider's
 * checksum that holds leaves about one chance in 4 billion that the text is not a token the
 * provider issued (it may still be revoked): 95. A value that decodes to what it claims (a JWT
 * header, a key that loads, base64 of user:password) is rarely there by accident, but a sample or
 * a test fixture parses too: 80. A shape alone (prefix, length, alphabet) is the ordinary finding
 * of a pattern scanner: 60. Severity stays in `level`; rank orders results within it.
 */
export const SARIF_RANK: Readonly<Record<Evidence, number>> = { checksum: 95, structure: 80, shape: 60 };

/** Counts of findings by evidence, strongest first, for summary lines: "2 checksum, 1 shape". */
export function evidenceCounts(findings: readonly ScanFinding[]): string {
  const counts: Record<Evidence, number> = { checksum: 0, structure: 0, shape: 0 };
  for (const f of findings) if (f.evidence) counts[f.evidence]++;
  return (Object.keys(counts) as Evidence[]).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${k}`).join(', ');
}
