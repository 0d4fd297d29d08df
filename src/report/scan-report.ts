import type { ScanResult } from '../scan/scan.js';
import type { ScanStats, SkipReason } from '../scan/targets/source.js';
import type { Rule, ScanFinding, Severity } from '../scan/types.js';
import { VERSION } from '../version.js';
import type { Style } from './style.js';
import { textSafeDeep } from './escape.js';
import { redactionScanner, redactText } from './redact.js';
import { historyLine } from '../scan/history/describe.js';
import { byStrength, evidenceCounts } from '../scan/evidence/rank.js';
import { emptyNarrowed, NARROWED_KINDS, sortedNarrowed, type Narrowed } from '../scan/narrowing.js';
import { narrowedLines } from './narrowed-text.js';

/** The JSON scan report, version 1: plain, already-masked findings only. */
export interface ScanReport {
  scanVersion: 1;
  tool: { name: 'readiness-gate'; version: string };
  target: { kind: string; ref?: string; range?: string; name?: string };
  /** Present when this report covers one shard of the files ("2/4"). */
  shard?: string;
  /** `narrowed`: files scanned as third-party content, test content and documentation (docs/scan.md, "What was narrowed"). */
  summary: ScanStats & { findings: number; bySeverity: Record<Severity, number>; baselined?: number; narrowed: Narrowed };
  /** History scans: what was walked, the tip, every ref tip (the next run's --since), commits and distinct blobs. */
  history?: import('../scan/history/scan-history.js').HistorySummary;
  rules: { id: string; description: string; severity: Severity; category: string }[];
  findings: ScanFinding[];
}

export function buildScanReport(result: ScanResult, rules: readonly Rule[], baselined?: number): ScanReport {
  const bySeverity: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of result.findings) bySeverity[f.severity]++;
  const t = result.target;
  const used = new Set(result.findings.map((f) => f.ruleId));
  // Every name the report carries can hold a token too: a finding's file name and description (which
  // names an archive entry), a skipped file, a ref, the target. Masked with the rules that judged
  // the scan (a policy's custom rules, the base commit's on a pull request) and every built-in one.
  const scanner = redactionScanner(rules);
  const redact = (text: string) => redactText(scanner, text);
  const findings = result.findings.map((f) => ({ ...f, file: redact(f.file), description: redact(f.description), ...(f.history?.refs ? { history: { ...f.history, refs: f.history.refs.map(redact) } } : {}) }));
  return {
    scanVersion: 1,
    tool: { name: 'readiness-gate', version: VERSION },
    target: { kind: t.kind, ...(t.kind === 'ref' ? { ref: redact(t.ref) } : {}), ...(t.kind === 'diff' ? { range: redact(t.range) } : {}), ...(t.kind === 'stdin' ? { name: redact(t.name) } : {}), ...(t.kind === 'history' && t.range ? { range: redact(t.range) } : {}) },
    ...(result.shard ? { shard: `${result.shard.index + 1}/${result.shard.count}` } : {}),
    summary: { ...result.stats, skipped: result.stats.skipped.map((s) => ({ ...s, file: redact(s.file) })), findings: result.findings.length, bySeverity, ...(baselined ? { baselined } : {}), narrowed: redactNarrowed(result.stats.narrowed, redact) },
    ...(result.history ? { history: { ...result.history, revisions: redact(result.history.revisions) } } : {}),
    rules: rules
      .filter((r) => used.has(r.id))
      .map((r) => ({ id: r.id, description: r.description, severity: r.severity, category: r.category }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    findings,
  };
}

/** The tally of narrowed files in report order, every path and glob masked as file names are. */
function redactNarrowed(narrowed: Narrowed | undefined, redact: (text: string) => string): Narrowed {
  const out = sortedNarrowed(narrowed ?? emptyNarrowed());
  for (const kind of NARROWED_KINDS) {
    const c = out[kind];
    c.examples = c.examples.map(redact);
    c.globs = c.globs.map((g) => ({ ...g, glob: redact(g.glob) }));
  }
  return out;
}

export function renderScanJson(report: ScanReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

const SEVERITY_STATE = { critical: 'blocked', high: 'blocked', medium: 'degraded', low: 'ready' } as const;

export function renderScanText(unsafe: ScanReport, style: Style): string {
  const report = textSafeDeep(unsafe);
  const out: string[] = [];
  // Most severe first and, within a severity, the strongest evidence first (see byStrength).
  for (const f of [...report.findings].sort(byStrength)) {
    out.push(`${f.file}:${f.line}:${f.column}  ${style.state(SEVERITY_STATE[f.severity], f.severity.padEnd(8))}  ${f.ruleId}  ${f.masked}  ${f.evidence ? `evidence: ${f.evidence}  ` : ''}${style.dim(f.fingerprint)}`);
    if (f.history) out.push(style.dim(`  ${historyLine(f.history)}`));
  }
  if (report.findings.length > 0) out.push('');
  const s = report.summary;
  // Counted from the list by reason, so each reason says what it is (a nested archive is not "over the size limit").
  const count = (reason: SkipReason) => s.skipped.filter((k) => k.reason === reason).length;
  const skipped = SKIP_SUMMARY.map(([reason, label]) => (count(reason) ? `${count(reason)} ${label}` : '')).filter(Boolean);
  if (report.history) {
    const h = report.history;
    out.push(`history: ${h.commits} commit${h.commits === 1 ? '' : 's'} (${h.revisions}${h.since ? `, new since ${h.since.length} earlier tip${h.since.length === 1 ? '' : 's'}` : ''}), ${h.blobs} distinct blob${h.blobs === 1 ? '' : 's'}, each read once${h.compared ? ` (${h.compared} large version${h.compared === 1 ? '' : 's'} by the lines they change)` : ''}; tip ${h.tip.slice(0, 12)}`);
  }
  out.push(`${s.scanned} of ${s.files} ${report.history ? 'blobs' : 'files'} scanned${skipped.length ? ` (skipped: ${skipped.join(', ')})` : ''}, ${(s.bytes / 1024 / 1024).toFixed(1)} MiB${report.shard ? `, shard ${report.shard}` : ''}`);
  const REASON: Record<SkipReason, string> = { binary: 'binary (holds a NUL byte): only its printable strings were scanned, for credentials', 'too-large': 'over scan.max-file-bytes (large-files: skip, or a binary: not read)', 'time-budget': 'over the time budget of one file: not read whole', 'too-deep': 'an archive nested deeper than scan.archive-depth: not opened', 'symbolic-link': 'symbolic link, never followed', unreadable: 'could not be read', 'lfs-pointer': 'Git LFS pointer: the content is in LFS storage; git lfs pull, then scan the files' };
  for (const { file, reason } of s.skipped.slice(0, 10)) out.push(style.dim(`  skipped ${file}: ${REASON[reason]}`));
  if (s.skipped.length > 10) out.push(style.dim(`  ... and ${s.skipped.length - 10} more (see --format json)`));
  out.push(...narrowedLines(s.narrowed, style));
  if (s.baselined) out.push(`${s.baselined} findings hidden by the baseline`);
  const sev = (Object.keys(s.bySeverity) as Severity[]).filter((k) => s.bySeverity[k] > 0).map((k) => `${s.bySeverity[k]} ${k}`);
  const evidence = evidenceCounts(report.findings);
  out.push(report.findings.length === 0 ? style.state('ready', 'No public-safety findings.') : style.state('blocked', `${report.findings.length} public-safety finding${report.findings.length === 1 ? '' : 's'}: ${sev.join(', ')}${evidence ? ` (evidence: ${evidence})` : ''}`));
  return out.join('\n') + '\n';
}

/** The skip reasons in the order the summary line names them, and how. */
const SKIP_SUMMARY: [SkipReason, string][] = [
  ['binary', 'binary'],
  ['too-large', 'over the size limit'],
  ['symbolic-link', 'symbolic links'],
  ['unreadable', 'unreadable'],
  ['lfs-pointer', 'Git LFS pointers'],
  ['time-budget', 'over the time budget'],
  ['too-deep', 'nested too deep'],
];
