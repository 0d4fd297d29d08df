import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvent } from '../../src/action/event.js';
import { InputError, parseInputs } from '../../src/action/inputs.js';

function env(name: string, payload: object, extra: Record<string, string> = {}) {
  const file = join(mkdtempSync(join(tmpdir(), 'rg-ev-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file, ...extra };
}

describe('events: base and head from real-shaped payloads', () => {
  const a = 'a'.repeat(40);
  const b = 'b'.repeat(40);
  const cases: [string, object, object][] = [
    ['pull_request', { pull_request: { number: 7, base: { sha: a, ref: 'main' }, head: { sha: b, ref: 'feature' } } }, { pullRequest: true, base: a, head: b }],
    ['pull_request_target', { pull_request: { base: { sha: a }, head: { sha: b } } }, { pullRequest: true, base: a, head: b }],
    ['merge_group', { merge_group: { base_sha: a, head_sha: b, head_ref: 'gh-readonly-queue/main/pr-7' } }, { pullRequest: true, base: a, head: b }],
    ['push', { before: a, after: b, ref: 'refs/heads/main' }, { pullRequest: false, base: a, head: b }],
    ['push', { before: '0'.repeat(40), after: b, created: true }, { pullRequest: false, head: b }],
    ['workflow_dispatch', { inputs: {} }, { pullRequest: false, head: b }],
    ['schedule', { schedule: '17 3 * * *' }, { pullRequest: false, head: b }],
    ['release', { action: 'published', release: { tag_name: 'v1.0.0' } }, { pullRequest: false, head: b }],
  ];
  for (const [name, payload, want] of cases) {
    it(`${name}${'before' in payload && /^0+$/.test(String((payload as { before: string }).before)) ? ' (new branch)' : ''}`, () => {
      const e = readEvent(env(name, payload, { GITHUB_SHA: b }));
      expect({ pullRequest: e.pullRequest, ...(e.base ? { base: e.base } : {}), ...(e.head ? { head: e.head } : {}) }).toEqual(want);
    });
  }

  it('an unreadable payload is no event data, not a crash', () => {
    expect(readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toEqual({ name: 'pull_request', pullRequest: true });
  });
});

describe('inputs', () => {
  const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  it('defaults, lists and switches', () => {
    const i = parseInputs(get({ gates: 'a, b c', 'fail-on': 'blocked,degraded', summary: 'off', 'upload-artifact': 'report' }), { GITHUB_WORKSPACE: '/w' });
    expect(i).toMatchObject({ workspace: '/w', gates: ['a', 'b', 'c'], failOn: ['blocked', 'degraded'], summary: false, mode: 'check', annotations: 'auto', uploadArtifact: 'report', checkRuns: false });
  });
  it('rejects what it does not know, naming the input', () => {
    expect(() => parseInputs(get({ 'fail-on': 'blockd' }), {})).toThrow(InputError);
    expect(() => parseInputs(get({ 'fail-on': 'blockd' }), {})).toThrow(/input "fail-on" lists "blockd"/);
    expect(() => parseInputs(get({ annotations: 'some' }), {})).toThrow(/input "annotations" must be one of auto, on, off, changed-lines/);
    expect(() => parseInputs(get({ summary: 'maybe' }), {})).toThrow(/input "summary" must be true or false \(on and off also work\)/);
    expect(parseInputs(get({ summary: 'false', annotations: 'true', 'check-runs': 'true', dashboard: 'false' }), {})).toMatchObject({ summary: false, annotations: 'on', checkRuns: true });
    expect(parseInputs(get({ dashboard: 'false' }), {}).dashboard).toBeUndefined();
  });
});
