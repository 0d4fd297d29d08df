import { readRegularFile } from '../util/safe-read.js';
import { resolve } from 'node:path';
import { diffReports, parseReport, type Drift } from '../report/drift.js';
import { buildHistory, type History } from '../report/history.js';
import type { Report } from '../report/model.js';
import { GitHubApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { actionsArtifactSource, pastReports, type ArtifactSource, type PastReport } from './past-reports.js';
import { syncTrackingIssue, type TrackingResult } from './tracking-issue.js';

/** What the nightly audit adds to a run: drift since the last run, and the tracking issue. */
export interface Outcome<T> {
  value?: T;
  notice?: string;
  warning?: string;
}

export function api(env: NodeJS.ProcessEnv, token: string): GitHubApi {
  return new GitHubApi({ baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com', token });
}

/** The workflow file of this run (nightly.yml), from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/nightly.yml@ref). */
export function workflowFile(env: NodeJS.ProcessEnv): string | undefined {
  return /\/\.github\/workflows\/([^@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
}

export interface LookBack {
  drift?: Drift;
  history?: History;
  notes: string[];
  warnings: string[];
}

/**
 * compare-with and history: the drift since an earlier report (the last run's artifact, or a file
 * in the workspace) and the trend of the last runs' reports plus this one. One fetch serves both.
 */
export async function lookBack(inputs: ActionInputs, env: NodeJS.ProcessEnv, cwd: string, report: Report): Promise<LookBack> {
  const out: LookBack = { notes: [], warnings: [] };
  const collect = (o: Outcome<unknown>) => {
    if (o.notice) out.notes.push(o.notice);
    if (o.warning) out.warnings.push(o.warning);
  };
  const previous = inputs.compareWith === 'previous';
  const count = Math.max(previous ? 1 : 0, inputs.history ?? 0);
  const past = count > 0 ? await fetchPastReports(inputs, env, count) : {};
  collect(past);
  const last = past.value?.[0];
  const compared = previous ? (last ? { value: { drift: diffReports(last.report, report), from: last.from } } : {}) : inputs.compareWith ? driftSinceFile(cwd, inputs.compareWith, report) : {};
  collect(compared);
  if (compared.value) {
    const d = (out.drift = compared.value.drift);
    out.notes.push(`Compared with the report of ${compared.value.from}: ${d.gates.length} gate${d.gates.length === 1 ? '' : 's'} changed state, ${d.newFindings.length} new and ${d.resolvedFindings.length} resolved findings.`);
  }
  if (inputs.history) out.history = buildHistory([...(past.value ?? []).map((p) => ({ file: p.from, report: p.report })), { file: 'this run', report }]);
  return out;
}

/** compare-with: a report file in the workspace (a workflow that fetched last night's itself). */
function driftSinceFile(cwd: string, file: string, report: Report): Outcome<{ drift: Drift; from: string }> {
  const read = readRegularFile(resolve(cwd, file));
  if (!read.ok && read.reason === 'missing') return { notice: `No previous report to compare with: ${file} does not exist (the first run has none).` };
  if (!read.ok) return { warning: `compare-with: ${file}: ${read.message}` };
  const text = read.bytes.toString('utf8');
  try {
    return { value: { drift: diffReports(parseReport(text, file), report), from: file } };
  } catch (err) {
    return { warning: `compare-with: ${(err as Error).message}` };
  }
}

/**
 * The report artifacts of earlier runs, newest first: one for compare-with: previous, N for
 * history: N. Not finding one is a notice; the API or artifact service failing is a warning.
 * Neither changes the gate result.
 */
export async function fetchPastReports(inputs: ActionInputs, env: NodeJS.ProcessEnv, count: number, source?: ArtifactSource): Promise<Outcome<PastReport[]>> {
  const repo = env.GITHUB_REPOSITORY;
  const workflow = workflowFile(env);
  const runId = Number(env.GITHUB_RUN_ID);
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME;
  if (!inputs.uploadArtifact) return { warning: 'compare-with: previous and history need upload-artifact (the name of the report artifact every run uploads): no earlier report was read' };
  if (!inputs.githubToken || !repo || !workflow || !branch || !Number.isInteger(runId)) {
    return { notice: 'No earlier report found: compare-with: previous and history need github-token and a workflow run (GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_WORKFLOW_REF, the branch).' };
  }
  try {
    const found = await pastReports(api(env, inputs.githubToken), source ?? (await actionsArtifactSource(inputs.githubToken, repo)), { repo, runId, workflow, branch, artifact: inputs.uploadArtifact }, count);
    return { value: found.reports, ...(found.notice ? { notice: found.notice } : {}) };
  } catch (err) {
    return { warning: `earlier reports could not be fetched: ${(err as Error).message.split('\n')[0]}. No drift or history is shown; the gate result stands.` };
  }
}

/** tracking-issue: on. Needs `issues: write`; a failure is a warning that leaves the result alone. */
export async function trackingIssue(inputs: ActionInputs, env: NodeJS.ProcessEnv, report: Report): Promise<Outcome<TrackingResult>> {
  const repo = env.GITHUB_REPOSITORY;
  if (!inputs.githubToken || !repo) return { warning: 'tracking-issue is on but github-token or GITHUB_REPOSITORY is missing: no issue was opened or updated' };
  const key = `${workflowFile(env) ?? env.GITHUB_WORKFLOW ?? 'readiness'}${inputs.policy ? `:${inputs.policy}` : ''}`;
  const runUrl = env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  try {
    const value = await syncTrackingIssue(api(env, inputs.githubToken), report, { repo, key, label: inputs.trackingIssueLabel, ...(runUrl ? { runUrl } : {}) });
    return { value, ...(value.action !== 'none' ? { notice: `Tracking issue #${value.number} ${value.action}: ${value.url}` } : {}) };
  } catch (err) {
    return { warning: `the tracking issue could not be updated: ${(err as Error).message}. The gate result stands.` };
  }
}
