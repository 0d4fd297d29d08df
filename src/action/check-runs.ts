import type { GateState } from '../engine/states.js';
import type { Report } from '../report/model.js';
import type { Annotation } from './annotations.js';
import type { GitHubApi } from './github-api.js';
import { mdText, noMentions, textSafe } from '../report/escape.js';

/** How a gate state reads as a check-run conclusion; undecidable gates fail closed. */
const CONCLUSION: Record<GateState, 'success' | 'neutral' | 'failure'> = { ready: 'success', degraded: 'neutral', blocked: 'failure', unknown: 'failure' };
/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * One check run per gate, named `readiness / <gate id>`, so branch protection can require a single
 * gate. Annotations beyond the first 50 are added by later updates, 50 at a time.
 */
export async function publishCheckRuns(api: GitHubApi, repo: string, headSha: string, report: Report, annotations: Annotation[]): Promise<number> {
  let created = 0;
  for (const gate of report.gates) {
    const mine = annotations
      .filter((a) => a.title.startsWith(`readiness / ${gate.id} `) && a.file && a.line)
      .map((a) => ({ path: a.file!, start_line: a.line!, end_line: a.line!, annotation_level: a.level === 'error' ? 'failure' : a.level, title: noMentions(a.title), message: noMentions(a.message) }));
    const output = (batch: typeof mine) => ({
      title: noMentions(textSafe(`${gate.title}: ${gate.state}`)),
      summary: gate.findings.length === 0 ? 'Every check passed.' : `${gate.findings.length} reason${gate.findings.length === 1 ? '' : 's'}: ${gate.findings.slice(0, 5).map((f) => mdText(f.message)).join('; ')}`,
      annotations: batch,
    });
    const run = await api.request<{ id: number }>('POST', `/repos/${repo}/check-runs`, {
      name: `readiness / ${gate.id}`,
      head_sha: headSha,
      status: 'completed',
      conclusion: CONCLUSION[gate.state],
      output: output(mine.slice(0, ANNOTATIONS_PER_REQUEST)),
    });
    for (let i = ANNOTATIONS_PER_REQUEST; i < mine.length; i += ANNOTATIONS_PER_REQUEST) {
      await api.request('PATCH', `/repos/${repo}/check-runs/${run.id}`, { output: output(mine.slice(i, i + ANNOTATIONS_PER_REQUEST)) });
    }
    created++;
  }
  return created;
}
