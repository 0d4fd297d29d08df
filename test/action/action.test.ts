import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { runActionBundle } from '../helpers/runner.js';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-ws-'));
  cpSync(join(ROOT, 'examples', 'demo'), dir, { recursive: true });
  return dir;
}

describe('the Action (dist/index.js under a simulated runner)', () => {
  it('passes on the demo: outputs, a warning annotation at the line, and a summary table', () => {
    const ws = workspace();
    const r = runActionBundle(ws, {});
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(JSON.parse(r.outputs.gates!)).toEqual({ 'release-summary': 'ready', 'test-evidence': 'ready', 'security-review': 'degraded', 'release-docs': 'ready', 'public-safety': 'ready' });
    expect(r.outputs['blocked-gates']).toBe('');
    expect(r.stdout).toMatch(/^::warning title=readiness \/ security-review \(degraded\),file=packets\/security-review\.yaml,line=4,col=14::\/valid_until expires in/m);
    expect(r.summary).toMatch(/\| Security review \(`security-review`\) \| 🟡 degraded \| 1 \|/);
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'));
    expect(report.result).toBe('pass');
  });

  it('fails the step on a blocked gate, with an error annotation at the line', () => {
    const ws = workspace();
    writeFileSync(join(ws, 'artifacts', 'test-report.txt'), 'tampered\n');
    const r = runActionBundle(ws, { gates: 'test-evidence, release-docs' });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(r.outputs['blocked-gates']).toBe('test-evidence');
    expect(Object.keys(JSON.parse(r.outputs.gates!))).toEqual(['test-evidence', 'release-docs']);
    expect(r.stdout).toMatch(/^::error title=readiness \/ test-evidence \(blocked\),file=packets\/test-evidence\.json,line=10,col=54::artifacts\/test-report\.txt does not match/m);
    expect(r.stdout).toMatch(/^::error::Readiness Gate: test-evidence in a fail-on state/m);
  });

  it('a broken policy fails the step with the policy line, never a silent pass', () => {
    const ws = makeRepo({ '.readiness-gate.yml': 'gates:\n  - id: g\n    chekcs: []\n' });
    const r = runActionBundle(ws, {});
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(r.stdout).toMatch(/::error::Readiness Gate: the policy cannot be used:%0A\.readiness-gate\.yml:3:5: /);
  });

  it('honours the policy and working-directory inputs', () => {
    const ws = mkdtempSync(join(tmpdir(), 'rg-ws-'));
    cpSync(join(ROOT, 'examples', 'demo'), join(ws, 'release'), { recursive: true });
    const r = runActionBundle(ws, { 'working-directory': 'release', policy: '.readiness-gate.yml' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['report-file']).toBe(join(ws, 'release', '.readiness-gate', 'report.json'));
  });
});
