import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReport } from '../report/drift.js';
import type { Report } from '../report/model.js';
import type { GitHubApi } from './github-api.js';

/** Finds and fetches a run's artifact: @actions/artifact at the edge, a fake in unit tests. */
export interface ArtifactSource {
  /** The artifact's id in that run, or undefined when the run has none by that name. */
  find(runId: number, name: string): Promise<number | undefined>;
  download(artifactId: number, dir: string): Promise<void>;
}

export interface PreviousContext {
  repo: string;
  runId: number;
  /** The workflow file, from GITHUB_WORKFLOW_REF: runs of the same workflow are compared. */
  workflow: string;
  branch: string;
  artifact: string;
}

export interface PastReport {
  report: Report;
  /** Which run it came from, for people: "run #41 (2026-11-28T03:17:00Z)". */
  from: string;
}

export interface PastReports {
  /** Newest first; at most the number asked for. */
  reports: PastReport[];
  /** Set when none was found: why, as a notice (the first night has no previous report). */
  notice?: string;
}

const RUNS_LOOKED_AT = 5;
const MAX_RUNS = 100;

/**
 * The reports of the last completed runs of this workflow on this branch that uploaded one, newest
 * first. A failed run counts (a blocked gate fails the nightly run, and that is exactly the report
 * to compare with); a run without the artifact (expired, or the step did not get that far) is
 * passed over, and at most `count + 5` runs are looked at. Finding none is a notice, never a failure.
 */
export async function pastReports(api: GitHubApi, source: ArtifactSource, c: PreviousContext, count: number): Promise<PastReports> {
  const perPage = Math.min(MAX_RUNS, count + RUNS_LOOKED_AT);
  const query = `branch=${encodeURIComponent(c.branch)}&status=completed&exclude_pull_requests=true&per_page=${perPage}`;
  const { workflow_runs: runs } = await api.request<{ workflow_runs: { id: number; run_number: number; created_at: string }[] }>('GET', `/repos/${c.repo}/actions/workflows/${encodeURIComponent(c.workflow)}/runs?${query}`);
  const earlier = runs.filter((r) => r.id !== c.runId).sort((a, b) => b.created_at.localeCompare(a.created_at)).slice(0, perPage);
  const reports: PastReport[] = [];
  for (const run of earlier) {
    if (reports.length >= count) break;
    const id = await source.find(run.id, c.artifact);
    if (id === undefined) continue;
    const dir = mkdtempSync(join(tmpdir(), 'rg-previous-'));
    try {
      await source.download(id, dir);
      const report = findReport(dir);
      if (report) reports.push({ report, from: `run #${run.run_number} (${run.created_at})` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (reports.length > 0) return { reports };
  const looked = earlier.length ? `the last ${earlier.length} completed run${earlier.length === 1 ? '' : 's'}` : 'no earlier completed run';
  return { reports, notice: `No earlier report found: ${looked} of ${c.workflow} on ${c.branch} ${earlier.length ? `had no artifact "${c.artifact}" holding a check report` : 'exists'}. Drift and history start from the next run.` };
}

/** The check report inside a downloaded artifact (which also holds the scan report and SARIF). */
function findReport(dir: string): Report | undefined {
  const files: string[] = [];
  const walk = (d: string, depth: number) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && depth < 4) walk(join(d, e.name), depth + 1);
      else if (e.isFile() && e.name.endsWith('.json')) files.push(join(d, e.name));
    }
  };
  walk(dir, 0);
  for (const file of files.sort()) {
    if (statSync(file).size > 50 * 1024 * 1024) continue;
    try {
      const report = parseReport(readFileSync(file, 'utf8'), file);
      if (report.gates && report.evaluatedAt) return report;
    } catch {
      /* a scan report or SARIF log: not the one */
    }
  }
  return undefined;
}

/** The artifact service through @actions/artifact, reading another run's artifacts with the token. */
export async function actionsArtifactSource(token: string, repo: string): Promise<ArtifactSource> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const [repositoryOwner, repositoryName] = repo.split('/') as [string, string];
  const findBy = (workflowRunId: number) => ({ token, workflowRunId, repositoryOwner, repositoryName });
  return {
    async find(runId, name) {
      try {
        return (await client.getArtifact(name, { findBy: findBy(runId) })).artifact.id;
      } catch (err) {
        if ((err as Error).name === 'ArtifactNotFoundError') return undefined;
        throw err;
      }
    },
    async download(artifactId, dir) {
      await client.downloadArtifact(artifactId, { path: dir, findBy: findBy(0) });
    },
  };
}
