import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkReadiness } from '../engine/readiness.js';
import { renderJson } from '../report/json.js';
import type { Report } from '../report/model.js';

/** What the Action reads from its inputs; the edge (main.ts) fills it from @actions/core. */
export interface ActionInputs {
  workspace: string;
  workingDirectory: string;
  policy?: string;
  gates?: string[];
  reportFile?: string;
  fingerprintKey?: string;
}

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  title: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface ActionResult {
  passed: boolean;
  report: Report;
  annotations: Annotation[];
  summary: string;
  outputs: Record<string, string>;
}

/** The Action's pipeline without any @actions/* call, so it is testable as a plain function. */
export async function runAction(inputs: ActionInputs): Promise<ActionResult> {
  const cwd = resolve(inputs.workspace, inputs.workingDirectory);
  const { report, decision } = await checkReadiness({
    cwd,
    ...(inputs.policy ? { policy: inputs.policy } : {}),
    ...(inputs.gates?.length ? { gates: inputs.gates } : {}),
    ...(inputs.fingerprintKey ? { fingerprintKey: inputs.fingerprintKey } : {}),
  });
  const reportFile = resolve(cwd, inputs.reportFile ?? join('.readiness-gate', 'report.json'));
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, renderJson(report));
  const annotations: Annotation[] = report.gates.flatMap((g) =>
    g.findings.map((f) => ({
      level: f.state === 'degraded' ? ('warning' as const) : ('error' as const),
      title: `readiness / ${g.id} (${f.state})`,
      message: f.message,
      ...(f.location ? { file: f.location.file, ...(f.location.line !== undefined ? { line: f.location.line, column: f.location.column } : {}) } : {}),
    })),
  );
  return {
    passed: decision.passed,
    report,
    annotations,
    summary: summaryMarkdown(report),
    outputs: {
      result: decision.passed ? 'pass' : 'fail',
      gates: JSON.stringify(Object.fromEntries(report.gates.map((g) => [g.id, g.state]))),
      'blocked-gates': decision.failing.join(','),
      findings: String(report.summary.findings),
      'report-file': reportFile,
    },
  };
}

const ICON: Record<string, string> = { ready: '🟢', degraded: '🟡', blocked: '🔴', unknown: '⚪' };

function summaryMarkdown(report: Report): string {
  const lines = [`## Readiness Gate: ${report.result}`, '', '| Gate | State | Reasons |', '| --- | --- | --- |'];
  for (const g of report.gates) lines.push(`| ${escapeMd(g.title)} (\`${g.id}\`) | ${ICON[g.state]} ${g.state} | ${g.findings.length} |`);
  const reasons = report.gates.flatMap((g) => g.findings.map((f) => ({ g, f }))).slice(0, 20);
  if (reasons.length > 0) {
    lines.push('', '### Top reasons', '');
    for (const { g, f } of reasons) {
      const where = f.location ? `\`${f.location.file}${f.location.line ? `:${f.location.line}` : ''}\` ` : '';
      lines.push(`- **${g.id}** (${f.state}) ${where}${escapeMd(f.message)}`);
    }
  }
  lines.push('', `Fails on: ${report.failOn.join(', ')} · policy digest \`${report.policy.digest.slice(0, 19)}\``);
  return lines.join('\n') + '\n';
}

function escapeMd(text: string): string {
  return text.replace(/[|<>]/g, (c) => `\\${c}`);
}
