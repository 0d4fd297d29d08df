import { readRegularFile } from '../util/safe-read.js';
import type { Severity } from '../scan/types.js';
import type { ScanReport } from './scan-report.js';
import { appendAll } from '../util/append.js';
import { emptyNarrowed, mergeNarrowed, type Narrowed } from '../scan/narrowing.js';

export class MergeError extends Error {}

interface SarifLog {
  version: string;
  runs: { tool: { driver: { rules?: { id: string }[] } }; invocations?: { properties?: { narrowed?: Narrowed } }[]; results?: { ruleId: string; ruleIndex?: number; locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number; startColumn?: number } } }[] }[] }[];
}

/** Reads shard reports (all JSON scan reports, or all SARIF logs) and merges them into one. */
export function mergeReportFiles(paths: readonly string[]): { kind: 'json'; report: ScanReport } | { kind: 'sarif'; log: SarifLog } {
  if (paths.length === 0) throw new MergeError('merge needs at least one report file');
  const docs = paths.map((path) => {
    try {
      const read = readRegularFile(path);
      if (!read.ok) throw new Error(read.message);
      return { path, value: JSON.parse(read.bytes.toString('utf8')) as unknown };
    } catch (err) {
      throw new MergeError(`${path}: not a readable JSON report (${(err as Error).message})`);
    }
  });
  const kinds = docs.map(({ path, value }) => {
    const v = value as Partial<ScanReport & SarifLog>;
    if (v.scanVersion === 1) return 'json';
    if (v.version === '2.1.0' && Array.isArray(v.runs)) return 'sarif';
    throw new MergeError(`${path}: neither a readiness-gate scan report (--format json) nor a SARIF 2.1.0 log`);
  });
  if (new Set(kinds).size > 1) throw new MergeError('cannot merge JSON reports with SARIF logs: give reports of one format');
  return kinds[0] === 'json'
    ? { kind: 'json', report: mergeJson(docs.map((d) => d.value as ScanReport)) }
    : { kind: 'sarif', log: mergeSarif(docs.map((d) => d.value as SarifLog)) };
}

function mergeJson(reports: ScanReport[]): ScanReport {
  const first = reports[0]!;
  const bySeverity: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  const summary = { ...first.summary, bySeverity, skipped: reports.flatMap((r) => r.summary.skipped).sort((a, b) => (a.file < b.file ? -1 : 1)) };
  for (const key of ['files', 'scanned', 'bytes', 'skippedBinary', 'skippedLarge', 'skippedSymlinks', 'skippedUnreadable', 'skippedLfs', 'findings', 'baselined'] as const) {
    const total = reports.reduce((n, r) => n + (r.summary[key] ?? 0), 0);
    if ((key !== 'baselined' && key !== 'skippedLfs') || total > 0) summary[key] = total;
  }
  for (const r of reports) for (const k of Object.keys(bySeverity) as Severity[]) bySeverity[k] += r.summary.bySeverity[k];
  summary.narrowed = reports.reduce((n, r) => mergeNarrowed(n, r.summary.narrowed), emptyNarrowed());
  const rules = new Map(reports.flatMap((r) => r.rules).map((r) => [r.id, r]));
  const findings = reports.flatMap((r) => r.findings).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)));
  const { shard: _shard, ...rest } = first;
  return { ...rest, summary, rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), findings };
}

function mergeSarif(logs: SarifLog[]): SarifLog {
  const base = structuredClone(logs[0]!);
  const run = base.runs[0]!;
  const rules = new Map<string, { id: string }>();
  const results: NonNullable<SarifLog['runs'][number]['results']> = [];
  let narrowed: Narrowed | undefined;
  for (const log of logs) {
    for (const r of log.runs) {
      const own = r.invocations?.[0]?.properties?.narrowed;
      if (own) narrowed = mergeNarrowed(narrowed, own);
      for (const rule of r.tool.driver.rules ?? []) rules.set(rule.id, rule);
      appendAll(results, r.results ?? []);
    }
  }
  const ordered = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const index = new Map(ordered.map((r, i) => [r.id, i]));
  run.tool.driver.rules = ordered;
  run.results = results
    .map((r) => ({ ...r, ruleIndex: index.get(r.ruleId)! }))
    .sort((a, b) => {
      const pa = a.locations?.[0]?.physicalLocation;
      const pb = b.locations?.[0]?.physicalLocation;
      const ua = pa?.artifactLocation?.uri ?? '';
      const ub = pb?.artifactLocation?.uri ?? '';
      if (ua !== ub) return ua < ub ? -1 : 1;
      return (pa?.region?.startLine ?? 0) - (pb?.region?.startLine ?? 0) || (pa?.region?.startColumn ?? 0) - (pb?.region?.startColumn ?? 0) || (a.ruleId < b.ruleId ? -1 : 1);
    });
  if (narrowed && run.invocations?.[0]?.properties) run.invocations[0].properties.narrowed = narrowed;
  base.runs = [run];
  return base;
}
