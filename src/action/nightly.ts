import { diffReports, type Drift } from '../report/drift.js';
import type { Report } from '../report/model.js';
import { GitHubApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { actionsArtifactSource, previousReport, type ArtifactSource } from './previous-report.js';
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

/**
 * compare-with: previous (the last run's report artifact) or a report file in the workspace.
 * Not finding one is a notice; the API or artifact service failing is a warning. Neither changes
 * the gate result.
 */
export async function driftSincePrevious(inputs: ActionInputs, env: NodeJS.ProcessEnv, report: Report, source?: ArtifactSource): Promise<Outcome<{ drift: Drift; from: string }>> {
  const repo = env.GITHUB_REPOSITORY;
  const workflow = workflowFile(env);
  const runId = Number(env.GITHUB_RUN_ID);
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME;
  if (!inputs.uploadArtifact) return { warning: 'compare-with: previous needs upload-artifact (the name of the report artifact every run uploads): nothing was compared' };
  if (!inputs.githubToken || !repo || !workflow || !branch || !Number.isInteger(runId)) {
    return { notice: 'No previous report to compare with: compare-with: previous needs github-token and a workflow run (GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_WORKFLOW_REF, the branch).' };
  }
  try {
    const found = await previousReport(api(env, inputs.githubToken), source ?? (await actionsArtifactSource(inputs.githubToken, repo)), { repo, runId, workflow, branch, artifact: inputs.uploadArtifact });
    if (!found.report) return { notice: found.notice };
    return { value: { drift: diffReports(found.report, report), from: found.from } };
  } catch (err) {
    return { warning: `the previous report could not be fetched: ${(err as Error).message.split('\n')[0]}. No drift is shown; the gate result stands.` };
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
