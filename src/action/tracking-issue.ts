import type { Report } from '../report/model.js';
import { ApiError, type GitHubApi } from './github-api.js';
import { mdCode, mdLinkTarget, mdText, noMentions, textSafe, URL_SEPARATORS } from '../report/escape.js';

export interface TrackingOptions {
  repo: string;
  /** Identifies this audit's issue among others (the workflow file): one issue per key. */
  key: string;
  label: string;
  /** Where the run is, for the issue text. */
  runUrl?: string;
}

export interface TrackingResult {
  action: 'created' | 'updated' | 'closed' | 'none';
  number?: number;
  url?: string;
}

interface Issue {
  number: number;
  html_url: string;
  body?: string | null;
  pull_request?: unknown;
}

const MAX_PAGES = 5;

/**
 * Keeps one tracking issue per audit in step with the gates: opened when a gate enters a fail-on
 * state, its body rewritten (and a comment added when the set of failing gates changes) while any
 * does, closed with a comment once none does. The issue is found by a marker in its body, never by
 * title, so renaming it is harmless; it is never opened twice: a create that fails ambiguously (a
 * 5xx, a dropped connection: the server may have made it) is followed by a fresh look before any
 * second attempt, and when the look itself fails nothing is created.
 */
export async function syncTrackingIssue(api: GitHubApi, report: Report, o: TrackingOptions): Promise<TrackingResult> {
  const failing = report.gates.filter((g) => report.failOn.includes(g.state)).map((g) => g.id);
  const marker = `<!-- readiness-gate:tracking-issue key=${o.key} -->`;
  let issue = await findIssue(api, o, marker);
  if (failing.length === 0) {
    if (!issue) return { action: 'none' };
    await api.request('POST', `/repos/${o.repo}/issues/${issue.number}/comments`, { body: `All gates are out of ${report.failOn.join(' and ')} as of ${report.evaluatedAt}${o.runUrl ? ` ([run](${mdLinkTarget(o.runUrl, URL_SEPARATORS)}))` : ''}. Closing.` });
    await api.request('PATCH', `/repos/${o.repo}/issues/${issue.number}`, { state: 'closed', state_reason: 'completed', body: issueBody(report, marker, failing, o) });
    return { action: 'closed', number: issue.number, url: issue.html_url };
  }
  const body = issueBody(report, marker, failing, o);
  if (issue) {
    const before = recordedFailing(issue.body ?? '');
    await api.request('PATCH', `/repos/${o.repo}/issues/${issue.number}`, { body });
    if (before.join(',') !== failing.join(',')) {
      const added = failing.filter((g) => !before.includes(g));
      const cleared = before.filter((g) => !failing.includes(g));
      await api.request('POST', `/repos/${o.repo}/issues/${issue.number}/comments`, { body: `${report.evaluatedAt}: ${[added.length ? `now failing: ${added.map((g) => mdCode(g)).join(', ')}` : '', cleared.length ? `recovered: ${cleared.map((g) => mdCode(g)).join(', ')}` : ''].filter(Boolean).join('; ')}.` });
    }
    return { action: 'updated', number: issue.number, url: issue.html_url };
  }
  const create = { title: noMentions(textSafe(`Readiness gate failing: ${failing.join(', ')}`)).slice(0, 250), body, labels: [o.label] };
  for (let attempt = 0; ; attempt++) {
    try {
      issue = await api.request<Issue>('POST', `/repos/${o.repo}/issues`, create, { retry: false });
      return { action: 'created', number: issue.number, url: issue.html_url };
    } catch (err) {
      if (!(err instanceof ApiError) || !err.ambiguous || attempt > 0) throw err;
      // It may exist now: look before trying again, so a lost answer never makes a duplicate.
      issue = await findIssue(api, o, marker);
      if (issue) return { action: 'created', number: issue.number, url: issue.html_url };
    }
  }
}

/**
 * The open issue carrying our marker, oldest first (if someone duplicated it by hand, the first).
 * Looked up by label first; then among all open issues, because GitHub silently drops the labels of
 * a new issue when the token may not set labels, and such an issue must still be found next night.
 */
async function findIssue(api: GitHubApi, o: TrackingOptions, marker: string): Promise<Issue | undefined> {
  for (const filter of [`&labels=${encodeURIComponent(o.label)}`, '']) {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const issues = await api.request<Issue[]>('GET', `/repos/${o.repo}/issues?state=open${filter}&sort=created&direction=asc&per_page=100&page=${page}`);
      const mine = issues.find((i) => !i.pull_request && (i.body ?? '').includes(marker));
      if (mine) return mine;
      if (issues.length < 100) break;
    }
  }
  return undefined;
}

function recordedFailing(body: string): string[] {
  const m = /<!-- readiness-gate:failing=([^ ]*) -->/.exec(body);
  return m?.[1] ? m[1].split(',') : [];
}

function issueBody(report: Report, marker: string, failing: string[], o: TrackingOptions): string {
  const rows = report.gates
    .filter((g) => g.state !== 'ready')
    .map((g) => `| ${mdCode(g.id)} | ${g.state} | ${mdText((g.findings[0]?.message ?? '').slice(0, 200))} |`);
  return [
    marker,
    `<!-- readiness-gate:failing=${failing.join(',')} -->`,
    `The nightly readiness audit found ${failing.length === 1 ? 'a gate' : `${failing.length} gates`} in a fail-on state (${report.failOn.join(', ')}). This issue is updated by each run and closed when every gate is out of those states.`,
    '',
    '| Gate | State | First reason |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `Evaluated ${report.evaluatedAt} · policy digest \`${report.policy.digest.slice(0, 19)}\`${o.runUrl ? ` · [run](${mdLinkTarget(o.runUrl, URL_SEPARATORS)})` : ''}`,
  ].join('\n');
}
