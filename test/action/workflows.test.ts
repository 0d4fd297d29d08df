import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { runActionBundleAsync } from '../helpers/runner.js';

const DIR = join(ROOT, 'docs', 'workflows');

interface Step {
  uses?: string;
  with?: Record<string, string>;
}

/** The documented workflows, each run as written: its readiness-gate step's event and inputs. */
describe('docs/workflows: each workflow works as written', () => {
  // scan-matrix.yml runs the CLI, not the Action: test/action/scan-matrix.test.ts runs it.
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yml') && f !== 'scan-matrix.yml')) {
    it(file, async () => {
      const wf = parse(readFileSync(join(DIR, file), 'utf8'));
      const eventName = Object.keys(wf.on)[0]!;
      const steps: Step[] = Object.values(wf.jobs as Record<string, { steps: Step[] }>).flatMap((j) => j.steps);
      const gate = steps.find((s) => s.uses?.includes('readiness-gate'));
      expect(gate, 'a readiness-gate step').toBeDefined();
      expect(Object.keys(wf.permissions)).toContain('contents');
      const inputs = Object.fromEntries(Object.entries(gate!.with ?? {}).map(([k, v]) => [k, String(v).replace(/\$\{\{[^}]*\}\}/g, 't')]));
      // A repository in the layout the workflows expect: the demo, committed, with a change on top.
      const dir = mkdtempSync(join(tmpdir(), 'rg-wf-'));
      cpSync(join(ROOT, 'examples', 'demo'), dir, { recursive: true });
      const files = Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath ?? (e as { path: string }).path, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath ?? (e as { path: string }).path, e.name))]));
      const repo = gitRepo(files);
      const base = repo.git('rev-parse', 'HEAD');
      const head = repo.commit({ 'docs/release-notes.md': `${readFileSync(join(dir, 'docs/release-notes.md'), 'utf8')}\nMore notes.\n` }, 'change');
      const payload = eventName === 'pull_request' ? { pull_request: { base: { sha: base }, head: { sha: head } } } : eventName === 'push' ? { before: base, after: head } : {};
      const eventFile = join(mkdtempSync(join(tmpdir(), 'rg-wf-event-')), 'event.json');
      writeFileSync(eventFile, JSON.stringify(payload));
      const r = await runActionBundleAsync(repo.dir, inputs, { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventFile, GITHUB_REPOSITORY: 'acme/widget', GITHUB_SHA: head });
      expect(r.stdout, r.stdout).not.toMatch(/input ".*" must|internal error|the policy cannot be used/);
      expect(['pass', 'fail']).toContain(r.outputs.result);
      if (inputs['sarif-file']) expect(JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8')).version).toBe('2.1.0');
      if (inputs.mode !== 'scan' && inputs.mode !== 'history' && inputs.dashboard !== 'off') expect(readFileSync(r.outputs['dashboard-file']!, 'utf8')).toMatch(/<ol class="board">/);
      // Outside a real run there is no previous report: a notice, never a failure.
      if (inputs['compare-with'] === 'previous') expect(r.stdout).toMatch(/::notice::No earlier report found/);
      if (inputs.horizon) expect(readFileSync(r.outputs['dashboard-file']!, 'utf8')).toMatch(/<li class="mark blocked"/);
      // The demo's security review is only degraded: a workflow that fails on degraded fails, others pass.
      const strict = (inputs['fail-on'] ?? '').includes('degraded');
      expect(r.outputs.result).toBe(strict ? 'fail' : 'pass');
      // A history scan reads the repository's every commit: here the demo's base and its change.
      if (inputs.mode === 'history') expect(JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8')).history.commits).toBe(2);
    });
  }
});
