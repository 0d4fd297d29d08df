import { dirname, join, resolve } from 'node:path';
import { checkReadiness, deferredNote } from '../engine/readiness.js';
import { checkSarifRun, sarifLog } from '../report/check-sarif.js';
import { renderJson } from '../report/json.js';
import type { Report } from '../report/model.js';
import { buildScanReport, renderScanJson, type ScanReport } from '../report/scan-report.js';
import { scanSarifRun } from '../report/scan-sarif.js';
import { repoRelative } from '../util/repo-path.js';
import { applyBaseline } from '../scan/baseline.js';
import { defaultScanSettings } from '../scan/defaults.js';
import { scanTarget } from '../scan/scan.js';
import { addedLines, fetchCommit, hasCommit } from '../scan/targets/git.js';
import { commitId } from '../scan/targets/git-changes.js';
import { gateAnnotations, scanAnnotations, selectAnnotations, type Annotation } from './annotations.js';
import { headPolicyNotice, judgingChangesNote, resolveTrusted, trustedBaseline } from './trusted.js';
import { publishCheckRuns } from './check-runs.js';
import { GitHubApi } from './github-api.js';
import type { EventInfo } from './event.js';
import type { ActionInputs } from './inputs.js';
import { driftSummary, summaryMarkdown } from './summary.js';
import type { Drift } from '../report/drift.js';
import type { History } from '../report/history.js';
import { lookBack, trackingIssue } from './nightly.js';
import { renderDashboard } from '../report/html/dashboard.js';
import { redactWithDefaults } from '../report/redact.js';
import { UnsafeOutputError, writeNoFollow } from '../util/safe-write.js';
import { blockingSkips } from '../scan/skip-policy.js';
import { unscannedMessage } from '../report/unscanned.js';

export interface ActionResult {
  passed: boolean;
  report?: Report;
  scan?: ScanReport;
  /** mode history (or all with history: true): every blob of the git history. */
  history?: ScanReport;
  annotations: Annotation[];
  summary: string;
  outputs: Record<string, string>;
  notices: string[];
  /** Problems that must not change the gate result (the API or artifact service failing). */
  warnings: string[];
}

export class ActionError extends Error {}

/**
 * The Action's pipeline, without any @actions/* call: base and head from the event, the policy
 * from the base commit on pull requests, gates and/or the public-safety scan, then annotations,
 * summary, SARIF and report files. main.ts turns the result into workflow commands.
 */
export async function runAction(inputs: ActionInputs, event: EventInfo, env: NodeJS.ProcessEnv): Promise<{ result: ActionResult; followUp: () => Promise<FollowUp> }> {
  const cwd = resolve(inputs.workspace, inputs.workingDirectory);
  const base = inputs.baseRef ?? event.base;
  const head = event.head ?? 'HEAD';
  const notes: string[] = [];
  if (base && (event.pullRequest || inputs.mode !== 'check')) ensureCommit(cwd, base);
  // On a pull request the workflow file is the pull request's own: an input may not move what judges it.
  if (event.pullRequest && inputs.baseRef) refuseOtherBase(cwd, inputs.baseRef, event.base);

  // 1. What judges: on a pull request, the base commit's policy, schemas, scan settings and baseline.
  const trusted = event.pullRequest && base ? resolveTrusted(cwd, base, inputs, notes) : undefined;

  // 2. The gates.
  let report: Report | undefined;
  let passed = true;
  if (inputs.mode !== 'scan' && inputs.mode !== 'history') {
    const policy = trusted?.policy ?? inputs.policy;
    const result = await checkReadiness({
      cwd,
      ...(policy ? { policy } : {}),
      ...(trusted?.judgeRoot ? { judgeRoot: trusted.judgeRoot } : {}),
      ...(inputs.gates.length ? { gates: inputs.gates } : {}),
      ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
      ...(inputs.fingerprintKey ? { fingerprintKey: inputs.fingerprintKey } : {}),
      ...(inputs.mode === 'publish' ? { publish: true } : {}),
      ...(inputs.horizon ? { horizon: inputs.horizon } : {}),
    });
    report = result.report;
    if (trusted?.policy && inputs.failOn) refuseWeakerFailOn(inputs.failOn, result.policy.settings.failOn);
    if (result.deferred.length > 0) notes.push(`${deferredNote(result.deferred)}: they run with \`mode: publish\`, in the job that builds and publishes.`);
    passed = result.decision.passed;
    if (trusted) trusted.judged.push(...result.schemaFiles.map((f) => ({ file: f, kind: 'schema' })));
  }

  // 3. The public-safety scan, with the trusted scan settings and baseline.
  let scan: ScanReport | undefined;
  const historyWanted = inputs.mode === 'history' || (inputs.mode === 'all' && inputs.scanHistory === true);
  const settings = inputs.mode === 'scan' || inputs.mode === 'all' || historyWanted || inputs.sarifFile ? await scanSettingsFor(cwd, trusted ? trusted.policy : inputs.policy, Boolean(trusted)) : undefined;
  if (settings && (inputs.mode === 'scan' || inputs.mode === 'all')) {
    const target = event.pullRequest && base ? ({ kind: 'diff', root: cwd, range: `${base}...${head}` } as const) : ({ kind: 'directory', root: cwd } as const);
    const result = await scanTarget(target, settings, env, { pullRequest: Boolean(event.pullRequest) });
    // Inline allow markers are exceptions someone wrote: on a pull request they are listed for review.
    if (event.pullRequest && result.suppressed?.length) notes.push(suppressedNote(result.suppressed));
    let findings = result.findings;
    let baselined = 0;
    const baseline = inputs.baseline ? trustedBaseline(cwd, inputs.baseline, trusted, notes) : undefined;
    if (baseline) {
      const applied = applyBaseline(findings, baseline, new Date());
      findings = applied.kept;
      baselined = applied.hidden;
    }
    scan = buildScanReport({ ...result, findings }, settings.rules, baselined);
    if (findings.length > 0) passed = false;
    // A changed file the scan could not read is one it could not judge: it fails unless the base policy allows the reason.
    const unread = event.pullRequest ? blockingSkips(result.stats, settings) : [];
    if (unread.length > 0) {
      passed = false;
      notes.push(unscannedMessage(unread, settings.rules, 'one-line'));
    }
  }
  // 3b. The whole history, each blob once: what making the repository public would publish.
  let history: ScanReport | undefined;
  if (settings && historyWanted) {
    const result = await scanTarget({ kind: 'history', root: cwd }, settings, env);
    const baseline = inputs.baseline ? trustedBaseline(cwd, inputs.baseline, trusted, notes) : undefined;
    const applied = baseline ? applyBaseline(result.findings, baseline, new Date()) : { kept: result.findings, hidden: 0 };
    history = buildScanReport({ ...result, findings: applied.kept }, settings.rules, applied.hidden);
    if (applied.kept.length > 0) passed = false;
  }
  if (trusted) {
    const changes = judgingChangesNote(cwd, trusted);
    notes.push(...changes);
    if (trusted.policyChanged.length > 0 && trusted.policy && inputs.mode !== 'scan') notes.push(headPolicyNotice(cwd, inputs));
  }

  const onlyChanged = inputs.annotations === 'changed-lines' || inputs.annotations === 'auto';
  const changed = event.pullRequest && base && onlyChanged ? addedLines(cwd, `${base}...${head}`).added : undefined;
  // Annotations, check runs and SARIF name files from the repository root, where GitHub resolves them.
  const toRepo = repoRelative(cwd);
  // History findings are annotated where today's tree still has the value; the others are in the summary.
  const stillThere = history ? { ...history, findings: history.findings.filter((f) => f.history?.status === 'present') } : undefined;
  // A value a pull request's commit added and a later one removed is in no line of the head: the summary lists it.
  const onHead = scan ? { ...scan, findings: scan.findings.filter((f) => !f.history) } : undefined;
  const all = (inputs.annotations === 'off' ? [] : [...(report ? gateAnnotations(report) : []), ...(onHead ? scanAnnotations(onHead) : []), ...(stillThere ? scanAnnotations(stillThere, 'git history') : [])]).map((a) => (a.file ? { ...a, file: toRepo(a.file) } : a));
  const { shown, offChangedLines, overLimit } = selectAnnotations(all, changed);

  const warnings: string[] = [];
  const repo = env.GITHUB_REPOSITORY;
  const blobBase = repo && event.head ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo}/blob/${event.head}/` : undefined;

  // 4. Reports on disk. Everything up to here is local: main.ts writes annotations, outputs and the
  // summary from it before any network work starts, so a hung service can never hide the result.
  const reportFile = resolve(cwd, inputs.reportFile ?? join('.readiness-gate', report ? 'report.json' : scan ? 'scan.json' : 'history.json'));
  write(inputs.workspace, reportFile, report ? renderJson(report) : renderScanJson((scan ?? history)!));
  if (report && scan) write(inputs.workspace, reportFile.replace(/\.json$/, '') + '.scan.json', renderScanJson(scan));
  const historyFile = history && (report || scan) ? reportFile.replace(/\.json$/, '') + '.history.json' : undefined;
  if (historyFile) write(inputs.workspace, historyFile, renderScanJson(history!));
  let sarifFile: string | undefined;
  if (inputs.sarifFile) {
    sarifFile = resolve(cwd, inputs.sarifFile);
    write(inputs.workspace, sarifFile, sarifLog([...(report ? [checkSarifRun(report, undefined, toRepo)] : []), ...(scan && settings ? [scanSarifRun({ ...scan, findings: scan.findings.map((f) => ({ ...f, file: toRepo(f.file) })) }, settings.rules)] : [])]));
  }
  const dashboardFile = report && inputs.dashboard ? resolve(cwd, inputs.dashboard) : undefined;
  const writeDashboard = (extra: { drift?: Drift; history?: History }) => {
    if (!report || !dashboardFile) return;
    const links = blobBase ? { url: blobBase } : { root: cwd, pageDir: dirname(dashboardFile) };
    write(inputs.workspace, dashboardFile, renderDashboard({ report, links, ...extra, ...(scan ? { scan } : {}) }));
  };
  writeDashboard({});

  // Notes quote data (file names, gate ids, a marker's reason): redacted like everything else.
  const safeNotes = notes.map(redactWithDefaults);
  const result: ActionResult = {
    passed,
    ...(report ? { report } : {}),
    ...(scan ? { scan } : {}),
    annotations: shown,
    notices: safeNotes,
    warnings,
    summary: summaryMarkdown({ passed, ...(report ? { report } : {}), ...(scan ? { scan } : {}), ...(history ? { history } : {}), ...(blobBase ? { blobBase } : {}), notes: safeNotes, hidden: { offChangedLines, overLimit } }),
    outputs: {
      result: passed ? 'pass' : 'fail',
      gates: JSON.stringify(Object.fromEntries((report?.gates ?? []).map((g) => [g.id, g.state]))),
      'blocked-gates': (report?.gates ?? []).filter((g) => report!.failOn.includes(g.state)).map((g) => g.id).join(','),
      findings: String((report?.summary.findings ?? 0) + (scan?.findings.length ?? 0) + (history?.findings.length ?? 0)),
      'report-file': reportFile,
      ...(sarifFile ? { 'sarif-file': sarifFile } : {}),
      ...(dashboardFile ? { 'dashboard-file': dashboardFile } : {}),
    },
  };

  // 5. Optional network work, run by main.ts after the result is out, under one deadline.
  const followUp = async (): Promise<FollowUp> => {
    const out: FollowUp = { notices: [], warnings: [], outputs: {} };
    if (report) {
      // The nightly audit's look back: drift since an earlier report, and the trend of earlier runs.
      const { drift, history, ...back } = await lookBack(inputs, env, cwd, report);
      out.notices.push(...back.notes);
      out.warnings.push(...back.warnings);
      if (drift || history) writeDashboard({ ...(drift ? { drift } : {}), ...(history ? { history } : {}) });
      if (drift) out.summary = driftSummary(drift);
    }
    if (inputs.checkRuns && report) {
      if (!inputs.githubToken || !repo || !event.head) out.warnings.push('check-runs is on but github-token, GITHUB_REPOSITORY or the head commit is missing: no check runs were created');
      else {
        try {
          const api = new GitHubApi({ baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com', token: inputs.githubToken });
          await publishCheckRuns(api, repo, event.head, report, gateAnnotations(report));
        } catch (err) {
          out.warnings.push(`check runs could not be created: ${(err as Error).message}. The gate result above stands.`);
        }
      }
    }
    if (inputs.uploadArtifact) {
      const files = [reportFile, ...(report && scan ? [reportFile.replace(/\.json$/, '') + '.scan.json'] : []), ...(historyFile ? [historyFile] : []), ...(sarifFile ? [sarifFile] : []), ...(dashboardFile ? [dashboardFile] : [])];
      try {
        const { DefaultArtifactClient } = await import('@actions/artifact');
        await new DefaultArtifactClient().uploadArtifact(inputs.uploadArtifact, files, cwd, { retentionDays: 30 });
      } catch (err) {
        out.warnings.push(`the report could not be uploaded as artifact "${inputs.uploadArtifact}": ${(err as Error).message.split('\n')[0]}. The gate result above stands.`);
      }
    }
    if (inputs.trackingIssue && report) {
      const outcome = await trackingIssue(inputs, env, report);
      if (outcome.value?.url) out.outputs['tracking-issue'] = outcome.value.url;
      if (outcome.notice) out.notices.push(outcome.notice);
      if (outcome.warning) out.warnings.push(outcome.warning);
    }
    return out;
  };
  return { result, followUp };
}

/** What the network work adds after the result is out: notices, warnings, outputs, a summary section. */
export interface FollowUp {
  notices: string[];
  warnings: string[];
  outputs: Record<string, string>;
  summary?: string;
}

/** The inline allow markers a pull request's scan honoured, with their reasons, for the reviewer. */
function suppressedNote(list: readonly { file: string; line: number; ruleId: string; reason: string }[]): string {
  const shown = list.slice(0, 20).map((s) => `${s.file}:${s.line} ${s.ruleId} (reason: "${s.reason.slice(0, 200)}")`);
  const more = list.length > shown.length ? `; and ${list.length - shown.length} more` : '';
  return `Inline readiness-gate:allow markers on this pull request's lines let ${list.length} finding${list.length === 1 ? '' : 's'} pass: ${shown.join('; ')}${more}. Review them; set scan.inline-allow: not-on-pull-requests in the policy to refuse them on pull requests.`;
}

/** `base-ref` on a pull request may only name the event's own base (a pull request's workflow could point it anywhere). */
function refuseOtherBase(cwd: string, baseRef: string, eventBase: string | undefined): void {
  const same = eventBase !== undefined && hasCommit(cwd, baseRef) && commitId(cwd, baseRef) === commitId(cwd, eventBase);
  if (!same) throw new ActionError(`input "base-ref" (${baseRef.slice(0, 40)}) names another commit than this pull request's base (${(eventBase ?? 'none in the event').slice(0, 40)}): on pull requests the base is the event's; remove base-ref from the workflow`);
}

/** `fail-on` on a pull request may add states to the base policy's, never drop one. */
function refuseWeakerFailOn(input: readonly string[], policy: readonly string[]): void {
  const dropped = policy.filter((state) => !input.includes(state));
  if (dropped.length > 0) throw new ActionError(`input "fail-on" (${input.join(', ')}) drops ${dropped.join(', ')} from the base policy's settings.fail-on (${policy.join(', ')}): on pull requests it may only add states; change fail-on in the policy instead`);
}

/** A shallow checkout may lack the base commit: fetch it, or say which fetch-depth to set. */
function ensureCommit(cwd: string, ref: string): void {
  if (hasCommit(cwd, ref)) return;
  if (fetchCommit(cwd, ref) && hasCommit(cwd, ref)) return;
  throw new ActionError(`the base commit ${ref.slice(0, 12)} is not in this clone and could not be fetched: set "fetch-depth: 0" on actions/checkout (or at least the pull request's depth)`);
}

/**
 * Scan settings: on a pull request those of the base commit's policy (or the built-in defaults when
 * the base has none), never the head's, so a pull request cannot disable a rule or allowlist its own
 * token; elsewhere the policy in the checkout.
 */
async function scanSettingsFor(cwd: string, policy: string | undefined, trusted: boolean) {
  const { existsSync } = await import('node:fs');
  if (trusted && !policy) return defaultScanSettings();
  if (!policy && !existsSync(join(cwd, '.readiness-gate.yml'))) return defaultScanSettings();
  const { loadPolicy } = await import('../policy/load.js');
  return loadPolicy({ cwd, ...(policy ? { policy } : {}) }).scan;
}

/** Reports are written without following links: the checkout, and so any link in it, is the pull request's. */
function write(workspace: string, file: string, text: string): void {
  try {
    writeNoFollow(workspace, file, text);
  } catch (err) {
    if (err instanceof UnsafeOutputError) throw new ActionError(`cannot write ${file}: ${err.message}`);
    throw err;
  }
}
