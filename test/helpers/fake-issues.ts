import type { FakeGitHub } from './api-server.js';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  html_url: string;
  comments: string[];
  pull_request?: object;
}

/**
 * The Issues API of one repository on the loopback server: list (filtered, paged), create, edit,
 * comment. `dropLabels` does what GitHub does when the token may not set labels: creates the issue
 * without them, silently.
 */
export function serveIssues(server: FakeGitHub, options: { dropLabels?: boolean } = {}, repo = 'acme/widget'): FakeIssue[] {
  const issues: FakeIssue[] = [];
  const base = `/repos/${repo}/issues`;
  const esc = (s: string) => s.replace(/[/.]/g, '\\$&');
  const byNumber = (n: string) => issues.find((i) => i.number === Number(n));
  server.route('GET', new RegExp(`^${esc(base)}\\?(.*)$`), (_req, m) => {
    const q = new URLSearchParams(m[1]);
    const perPage = Number(q.get('per_page') ?? 30);
    const page = Number(q.get('page') ?? 1);
    const label = q.get('labels');
    const list = issues.filter((i) => i.state === (q.get('state') ?? 'open') && (!label || i.labels.includes(label)));
    return { status: 200, body: list.slice((page - 1) * perPage, page * perPage) };
  });
  server.route('POST', new RegExp(`^${esc(base)}$`), (req) => {
    const number = issues.length + 1;
    const issue: FakeIssue = { number, title: req.body.title, body: req.body.body, state: 'open', labels: options.dropLabels ? [] : (req.body.labels ?? []), html_url: `https://github.com/${repo}/issues/${number}`, comments: [] };
    issues.push(issue);
    return { status: 201, body: issue };
  });
  server.route('PATCH', new RegExp(`^${esc(base)}/(\\d+)$`), (req, m) => {
    const issue = byNumber(m[1]!);
    if (!issue) return { status: 404, body: { message: 'Not Found' } };
    Object.assign(issue, req.body);
    return { status: 200, body: issue };
  });
  server.route('POST', new RegExp(`^${esc(base)}/(\\d+)/comments$`), (req, m) => {
    const issue = byNumber(m[1]!);
    if (!issue) return { status: 404, body: { message: 'Not Found' } };
    issue.comments.push(req.body.body);
    return { status: 201, body: { id: issue.comments.length } };
  });
  return issues;
}
