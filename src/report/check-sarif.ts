import type { GateState } from '../engine/states.js';
import type { Report } from './model.js';
import { mdCode, mdText } from './escape.js';
import { INFORMATION_URI, ruleName, sarifRun, toUri } from './sarif-run.js';

const LEVEL: Record<Exclude<GateState, 'ready'>, 'error' | 'warning'> = { blocked: 'error', unknown: 'error', degraded: 'warning' };

/** One SARIF run of a gate report: a rule per gate, a result per finding that has a file. */
export function checkSarifRun(report: Report, category = 'readiness-gate/check', toRepo: (file: string) => string = (f) => f) {
  const gates = report.gates.filter((g) => g.findings.length > 0);
  const rules = gates.map((g) => ({
    id: `gate/${g.id}`,
    name: ruleName(g.id),
    shortDescription: { text: g.title },
    fullDescription: { text: g.description ?? g.title },
    help: {
      text: `Gate ${g.id}: ${g.description ?? g.title}. Fix each reason at the file and line it names, or update the evidence packet it points at; run readiness-gate explain ${g.id} to see what the gate requires.`,
      markdown: `**Gate ${mdCode(g.id)}**: ${mdText(g.description ?? g.title)}. Fix each reason at the file and line it names, or update the evidence packet it points at; run ${mdCode(`readiness-gate explain ${g.id}`)} to see what the gate requires.`,
    },
    helpUri: `${INFORMATION_URI}#the-policy`,
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['readiness'] },
  }));
  const results = gates.flatMap((g, ruleIndex) =>
    g.findings
      .filter((f) => f.location && !f.location.file.startsWith('bundle:'))
      .map((f) => ({
        ruleId: `gate/${g.id}`,
        ruleIndex,
        level: LEVEL[f.state],
        message: { text: `${g.title} is ${f.state}: ${f.message}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(toRepo(f.location!.file)), uriBaseId: '%SRCROOT%' },
              ...(f.location!.line ? { region: { startLine: f.location!.line, startColumn: f.location!.column ?? 1 } } : {}),
            },
          },
        ],
        partialFingerprints: { 'readinessGate/v1': `${g.id}:${f.checkId}:${f.messageId}:${f.location!.file}:${f.location!.pointer ?? ''}` },
      })),
  );
  return sarifRun(category, rules, results);
}

/** A SARIF log of several runs (check and scan), each with its own category. */
export function sarifLog(runs: unknown[]): string {
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 2) + '\n';
}
