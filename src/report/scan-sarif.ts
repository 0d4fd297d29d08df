import type { Rule, ScanFinding, Severity } from '../scan/types.js';
import { INFORMATION_URI, ruleName, sarifRun, toUri } from './sarif-run.js';
import type { ScanReport } from './scan-report.js';
import { historyLine } from '../scan/history/describe.js';
import { SARIF_RANK } from '../scan/evidence/rank.js';
import { emptyNarrowed } from '../scan/narrowing.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** GitHub code scanning ranks security alerts by this number (0-10). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

/**
 * SARIF 2.1.0 for code scanning: rule metadata, relative URIs against %SRCROOT%, UTF-16 columns,
 * and partialFingerprints so an alert keeps its identity as lines move. Messages carry the masked
 * value and fingerprint only.
 */
export function renderScanSarif(report: ScanReport, rules: readonly Pick<Rule, 'id' | 'description' | 'severity' | 'category'>[], category = 'readiness-gate/scan'): string {
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [scanSarifRun(report, rules, category)] }, null, 2) + '\n';
}

/** The one SARIF run of a scan report. */
export function scanSarifRun(report: ScanReport, rules: readonly Pick<Rule, 'id' | 'description' | 'severity' | 'category'>[], category = 'readiness-gate/scan') {
  const used = rules.filter((r) => report.findings.some((f) => f.ruleId === r.id) || report.rules.some((x) => x.id === r.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const index = new Map(used.map((r, i) => [r.id, i]));
  const sarifRules = used.map((r) => ({
    id: r.id,
    name: ruleName(r.id),
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description}. Public-safety category: ${r.category}.` },
    help: {
      text: `${r.description}. Remove the value from what is published; if it is a credential, rotate it, since history and copies keep it. A value that is not a secret can be allowlisted in the policy (scan.allowlist) or marked inline with readiness-gate:allow ${r.id} reason="...".`,
      markdown: `**${r.description}.** Remove the value from what is published; if it is a credential, **rotate it**: history and copies keep it. A value that is not a secret can be allowlisted in the policy (\`scan.allowlist\`) or marked inline with \`readiness-gate:allow ${r.id} reason="..."\`.`,
    },
    helpUri: `${INFORMATION_URI}#the-public-safety-scan`,
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['security', 'public-safety', r.category], 'security-severity': SECURITY_SEVERITY[r.severity] },
  }));
  const run = sarifRun(category, sarifRules, report.findings.map((f) => result(f, index.get(f.ruleId))));
  // SARIF 2.1.0 §3.20 gives an invocation a property bag: what the scan narrowed, as the JSON report's summary.narrowed.
  return { ...run, invocations: [{ executionSuccessful: true, properties: { narrowed: report.summary.narrowed ?? emptyNarrowed() } }] };
}

function result(f: ScanFinding, ruleIndex: number | undefined) {
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: `${f.description}: ${f.masked} (fingerprint ${f.fingerprint}${f.evidence ? `, evidence: ${f.evidence}` : ''}). ${f.history ? `Git history: ${historyLine(f.history)}. Rotate it if it is a credential, then rewrite the history or accept it in the baseline.` : 'Remove it from what is published, then rotate it if it is a credential.'}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.column + 1) },
        },
      },
    ],
    partialFingerprints: { 'readinessGate/v1': f.fingerprint },
    // rank orders results within a level by what the value shows about itself (SARIF_RANK says why).
    ...(f.evidence ? { rank: SARIF_RANK[f.evidence] } : {}),
    ...(f.history || f.evidence ? { properties: { ...(f.evidence ? { evidence: f.evidence } : {}), ...(f.history ? historyProperties(f.history) : {}) } } : {}),
  };
}

function historyProperties(h: NonNullable<ScanFinding['history']>) {
  return { introducedIn: h.commit, introducedAt: h.date, status: h.status, ...(h.removedIn ? { removedIn: h.removedIn.commit } : {}), ...(h.refs ? { refs: h.refs } : {}) };
}
