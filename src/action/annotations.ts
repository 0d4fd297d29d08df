import { historyLine } from '../scan/history/describe.js';
import { byStrength } from '../scan/evidence/rank.js';
import type { Report } from '../report/model.js';
import type { ScanReport } from '../report/scan-report.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
  file?: string;
  line?: number;
  column?: number;
}

/** GitHub shows at most this many annotations of each level for one step. */
export const ANNOTATION_LIMIT = 10;

const RANK = { error: 0, warning: 1, notice: 2 } as const;

export function gateAnnotations(report: Report): Annotation[] {
  return report.gates.flatMap((g) =>
    g.findings.map((f) => ({
      level: f.state === 'degraded' ? ('warning' as const) : ('error' as const),
      title: `readiness / ${g.id} (${f.state})`,
      message: f.message,
      ...(f.location && !f.location.file.startsWith('bundle:') ? { file: f.location.file, ...(f.location.line !== undefined ? { line: f.location.line, column: f.location.column } : {}) } : {}),
    })),
  );
}

/**
 * One annotation per finding, strongest first (severity, then evidence: see byStrength), so that
 * when GitHub's per-level limit cuts the list, what is cut is the weakest case.
 */
export function scanAnnotations(report: ScanReport, where?: string): Annotation[] {
  return [...report.findings].sort(byStrength).map((f) => ({
    level: f.severity === 'critical' || f.severity === 'high' ? ('error' as const) : f.severity === 'medium' ? ('warning' as const) : ('notice' as const),
    title: `public-safety${where ? ` (${where})` : ''} / ${f.ruleId}`,
    message: `${f.description}: ${f.masked} (${f.fingerprint})${f.evidence ? `, evidence: ${f.evidence}` : ''}${f.history ? `; ${historyLine(f.history)}` : ''}`,
    file: f.file,
    line: f.line,
    column: f.column,
  }));
}

/**
 * Which annotations to show: on pull requests with `changed-lines`, only those on lines the pull
 * request adds; then, per level, the first ANNOTATION_LIMIT (errors before warnings before
 * notices). The rest are counted for the summary.
 */
export function selectAnnotations(all: Annotation[], changed: ReadonlyMap<string, ReadonlySet<number> | undefined> | undefined) {
  // A file the pull request adds whole (or whose type it changes) maps to undefined: every line is changed.
  const onChanged = changed ? all.filter((a) => a.file !== undefined && a.line !== undefined && changed.has(a.file) && (changed.get(a.file)?.has(a.line) ?? true)) : all;
  const sorted = [...onChanged].sort((a, b) => RANK[a.level] - RANK[b.level]);
  const perLevel = { error: 0, warning: 0, notice: 0 };
  const shown = sorted.filter((a) => ++perLevel[a.level] <= ANNOTATION_LIMIT);
  return { shown, offChangedLines: all.length - onChanged.length, overLimit: onChanged.length - shown.length };
}
