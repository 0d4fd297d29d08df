import type { Drift } from '../report/drift.js';
import { mdCode, mdLinkTarget, mdText, URL_SEPARATORS } from '../report/escape.js';
import type { Report } from '../report/model.js';
import type { ScanReport } from '../report/scan-report.js';
import { byStrength, evidenceCounts } from '../scan/evidence/rank.js';

const ICON: Record<string, string> = { ready: '🟢', degraded: '🟡', blocked: '🔴', unknown: '⚪' };

export interface SummaryInput {
  passed: boolean;
  report?: Report;
  scan?: ScanReport;
  history?: ScanReport;
  /** With compare-with: what changed since the previous report. */
  drift?: Drift;
  /** Links file lines to this commit: https://github.com/<repo>/blob/<sha>/ */
  blobBase?: string;
  notes: string[];
  hidden: { offChangedLines: number; overLimit: number };
}

/** The job summary: the gate table, the top reasons with links to lines, findings by rule, next steps. */
export function summaryMarkdown(input: SummaryInput): string {
  const out = [`## Readiness Gate: ${input.passed ? 'pass' : 'fail'}`, ''];
  const link = (file: string, line?: number) => {
    const text = mdCode(`${file}${line ? `:${line}` : ''}`);
    // The path is data: every byte that could close the link or start a title is percent-encoded.
    return input.blobBase && !file.startsWith('bundle:') ? `[${text}](${mdLinkTarget(input.blobBase, URL_SEPARATORS)}${mdLinkTarget(file, '/')}${line ? `#L${line}` : ''})` : text;
  };
  const r = input.report;
  if (r) {
    out.push('| Gate | State | Reasons |', '| --- | --- | --- |');
    for (const g of r.gates) out.push(`| ${mdText(g.title)} (${mdCode(g.id)}) | ${ICON[g.state]} ${g.state} | ${g.findings.length} |`);
    const reasons = r.gates.flatMap((g) => g.findings.map((f) => ({ g, f })));
    if (reasons.length > 0) {
      out.push('', '### Top reasons', '');
      for (const { g, f } of reasons.slice(0, 20)) out.push(`- **${mdText(g.id)}** (${f.state}) ${f.location ? `${link(f.location.file, f.location.line)} ` : ''}${mdText(f.message)}`);
      if (reasons.length > 20) out.push(`- … and ${reasons.length - 20} more in the report file`);
    }
    if (input.drift) out.push('', ...driftMarkdown(input.drift));
    out.push('', `Fails on: ${r.failOn.join(', ')} · policy ${r.policy.files.map((f) => mdCode(f)).join(' + ')} · digest ${mdCode(r.policy.digest.slice(0, 19))}`);
  }
  const s = input.scan;
  if (s) {
    out.push('', `### Public-safety scan: ${s.findings.length} finding${s.findings.length === 1 ? '' : 's'}`, '');
    const byRule = new Map<string, number>();
    for (const f of s.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    if (byRule.size > 0) {
      out.push('| Rule | Findings |', '| --- | --- |');
      for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) out.push(`| ${mdCode(rule)} | ${n} |`);
      out.push('');
      // The strongest cases first (severity, then evidence), so the first 20 are the ones to act on.
      for (const f of [...s.findings].sort(byStrength).slice(0, 20)) out.push(`- ${f.history ? `${mdCode(`${f.file}:${f.line}`)} in commit ${mdCode(f.history.commit.slice(0, 12))}, gone from the head but kept by the history: rotate it` : link(f.file, f.line)} ${mdCode(f.ruleId)} ${mdCode(f.masked)} ${f.severity}${f.evidence ? `, evidence: ${f.evidence}` : ''} (${mdText(f.fingerprint)})`);
      if (s.findings.length > 20) out.push(`- … and ${s.findings.length - 20} more in the report file`);
      const evidence = evidenceCounts(s.findings);
      if (evidence) out.push('', `Evidence: ${evidence} (checksum: the provider's checksum holds; structure: the value decodes as what it claims; shape: pattern only).`);
    }
    out.push(`${s.summary.scanned} of ${s.summary.files} files scanned${s.summary.baselined ? `, ${s.summary.baselined} findings hidden by the baseline` : ''}.`);
  }
  if (input.history) out.push('', ...historyMarkdown(input.history));
  const h = input.hidden;
  if (h.offChangedLines || h.overLimit) {
    out.push('', `Annotations: ${h.offChangedLines ? `${h.offChangedLines} on lines this pull request does not change are not annotated` : ''}${h.offChangedLines && h.overLimit ? '; ' : ''}${h.overLimit ? `${h.overLimit} more than GitHub shows per step` : ''} (all are in the report).`);
  }
  for (const note of input.notes) out.push('', `> ${mdText(note)}`);
  if (!input.passed) {
    out.push('', '### What to do next', '', '- Fix each reason above at the file and line it names, or update the evidence packet it points at.', '- Run `readiness-gate explain <gate>` locally to see what a gate requires.', '- A finding that is acceptable for now can go into a baseline (`readiness-gate baseline`), with an expiry date.');
  }
  return out.join('\n') + '\n';
}

/** The drift section alone, appended to the summary once the look back has run. */
export function driftSummary(d: Drift): string {
  return ['', ...driftMarkdown(d)].join('\n') + '\n';
}

/** The drift table: gates that changed, then new and resolved findings (the first ten of each). */
function driftMarkdown(d: Drift): string[] {
  const out = [`### Since the previous report (${mdText(d.from.evaluatedAt)})`, ''];
  if (d.policyChanged) out.push('The policy changed since then.', '');
  if (d.gates.length === 0 && d.newFindings.length === 0 && d.resolvedFindings.length === 0) return [...out, 'Nothing changed: same gate states, same findings.'];
  out.push('| Gate | Was | Now |', '| --- | --- | --- |');
  for (const g of d.gates) out.push(`| ${mdCode(g.id)} | ${ICON[g.from] ?? ''} ${mdText(g.from)} | ${ICON[g.to] ?? ''} ${mdText(g.to)} |`);
  if (d.gates.length === 0) out.push('| (no gate changed state) | | |');
  out.push('', `${d.newFindings.length} new finding${d.newFindings.length === 1 ? '' : 's'}, ${d.resolvedFindings.length} resolved.`);
  for (const [sign, list] of [['+', d.newFindings], ['−', d.resolvedFindings]] as const) {
    for (const f of list.slice(0, 10)) out.push(`- ${sign} **${mdText(f.gate)}** ${f.where ? `${mdCode(f.where)} ` : ''}${mdText(f.message)}`);
    if (list.length > 10) out.push(`- ${sign} … and ${list.length - 10} more (see the dashboard)`);
  }
  return out;
}

/**
 * The history scan: values the tip still has are annotated on their lines; the others were
 * published by every commit that held them, so they are listed here with their commits and what to do.
 */
function historyMarkdown(r: ScanReport): string[] {
  const h = r.history!;
  const gone = r.findings.filter((f) => f.history && f.history.status !== 'present');
  const out = [`### Git history: ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`, '', `${h.commits} commits, ${h.blobs} distinct blobs (each read once), ${r.summary.scanned} scanned. ${r.findings.length - gone.length} still in the tip (annotated on their lines).`];
  if (gone.length > 0) {
    out.push('', 'Published by the history though no longer in the tip:', '', '| File | Rule | Value | Evidence | Introduced | Now |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of [...gone].sort(byStrength).slice(0, 50)) {
      const o = f.history!;
      const now = o.status === 'elsewhere' ? `still on ${o.refs!.map(mdCode).join(', ')}` : `removed in ${mdCode(o.removedIn?.commit.slice(0, 12) ?? '?')} (${o.removedIn?.date.slice(0, 10) ?? '?'})`;
      out.push(`| ${mdCode(`${f.file}:${f.line}`)} | ${mdCode(f.ruleId)} | ${mdCode(f.masked)} | ${f.evidence ? `evidence: ${f.evidence}` : ''} | ${mdCode(o.commit.slice(0, 12))} (${o.date.slice(0, 10)}) | ${now} |`);
    }
    if (gone.length > 50) out.push('', `... and ${gone.length - 50} more in the history report.`);
    out.push('', 'What to do: **rotate** each credential first (every clone and fork already holds it), then either rewrite the history (git filter-repo, then force-push every branch and tag) or accept the value with a reason in the baseline (`readiness-gate baseline`, an entry with `reason` and `expires`).');
  }
  return out;
}
