import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cli } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { json, makeRepo } from '../helpers/repo.js';

const policy = stringify({
  packets: [
    { id: 'license', file: 'evidence/license.json' },
    { id: 'summary', file: 'release/summary.json' },
  ],
  gates: [
    { id: 'trial-license', checks: [{ check: 'fresh', packet: 'license', expires: '/expires_at' }] },
    { id: 'release', checks: [{ check: 'status', packet: 'summary' }] },
    { id: 'docs', checks: [{ check: 'exists', paths: ['docs/guide.md'] }] },
  ],
});

describe('diff: drift between two reports', () => {
  it('lists changed gates and new and resolved findings (golden)', async () => {
    // Last night: license valid, release blocked, the guide missing. Tonight: license expired,
    // release ready, guide written.
    const dir = makeRepo({
      '.readiness-gate.yml': policy,
      'evidence/license.json': json({ expires_at: '2026-11-29T00:00:00Z' }),
      'release/summary.json': json({ status: 'blocked' }),
      'docs/guide.md': '# Guide\n',
    });
    rmSync(join(dir, 'docs', 'guide.md'));
    writeFileSync(join(dir, 'old.json'), (await cli(['check', '--now', '2026-11-28T02:00:00Z', '--format', 'json'], dir)).stdout);
    writeFileSync(join(dir, 'docs', 'guide.md'), '# Guide\n');
    writeFileSync(join(dir, 'release', 'summary.json'), json({ status: 'ready' }));
    writeFileSync(join(dir, 'new.json'), (await cli(['check', '--now', '2026-11-29T02:00:00Z', '--format', 'json'], dir)).stdout);

    const text = await cli(['diff', 'old.json', 'new.json'], dir);
    expect(text.code).toBe(0);
    expectGolden('drift.txt', text.stdout);
    const drift = JSON.parse((await cli(['diff', 'old.json', 'new.json', '--format', 'json'], dir)).stdout);
    expect(drift.gates).toEqual([
      { id: 'trial-license', from: 'ready', to: 'blocked' },
      { id: 'release', from: 'blocked', to: 'ready' },
      { id: 'docs', from: 'blocked', to: 'ready' },
    ]);
    expect([drift.newFindings.length, drift.resolvedFindings.length]).toEqual([1, 2]);
    expect(drift.newFindings[0].fingerprint).toMatch(/^sha256:[0-9a-f]{16}$/);
    // A night later the same expired license is the same finding, though its message now says
    // "expired 1d 2h ago": no drift.
    writeFileSync(join(dir, 'later.json'), (await cli(['check', '--now', '2026-11-30T02:00:00Z', '--format', 'json'], dir)).stdout);
    const later = JSON.parse((await cli(['diff', 'new.json', 'later.json', '--format', 'json'], dir)).stdout);
    expect([later.gates, later.newFindings, later.resolvedFindings]).toEqual([[], [], []]);
    // The same report against itself: no drift at all.
    const same = JSON.parse((await cli(['diff', 'new.json', 'new.json', '--format', 'json'], dir)).stdout);
    expect([same.gates, same.newFindings, same.resolvedFindings]).toEqual([[], [], []]);
  });

  it('a line shift above a finding is not drift', async () => {
    const dir = makeRepo({ '.readiness-gate.yml': policy, 'evidence/license.json': json({ expires_at: 'soon' }), 'release/summary.json': json({ status: 'ready' }), 'docs/guide.md': '' });
    writeFileSync(join(dir, 'a.json'), (await cli(['check', '--format', 'json'], dir)).stdout);
    writeFileSync(join(dir, 'evidence', 'license.json'), `\n\n${json({ expires_at: 'soon' })}`);
    writeFileSync(join(dir, 'b.json'), (await cli(['check', '--format', 'json'], dir)).stdout);
    const drift = JSON.parse((await cli(['diff', 'a.json', 'b.json', '--format', 'json'], dir)).stdout);
    expect(JSON.parse((await cli(['check', '--format', 'json'], dir)).stdout).summary.findings).toBeGreaterThan(0);
    expect([drift.newFindings, drift.resolvedFindings]).toEqual([[], []]);
  });

  it('bad input names the file and what to give', async () => {
    const dir = makeRepo({ 'x.json': '{"a": 1}', 'bad.json': '{ nope' });
    expect((await cli(['diff', 'x.json'], dir)).stderr).toMatch(/diff takes two JSON reports: OLD NEW/);
    expect((await cli(['diff', 'x.json', 'x.json'], dir)).stderr).toMatch(/x\.json is not a readiness-gate report; give two reports written by "readiness-gate check --format json"/);
    expect((await cli(['diff', 'bad.json', 'x.json'], dir)).stderr).toMatch(/bad\.json is not JSON/);
    const missing = await cli(['diff', 'gone.json', 'x.json'], dir);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/cannot read gone\.json: file not found/)]);
  });
});
