import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cli } from '../helpers/cli.js';
import { json, makeRepo } from '../helpers/repo.js';

// Today is 2026-11-29 12:00 UTC. The license expires 2026-12-04 09:30 UTC, in under 5 days; the
// attestation is 2 days old and may be at most 30 days old, so it holds past the horizon.
const NOW = '2026-11-29T12:00:00Z';
const repo = () =>
  makeRepo({
    '.readiness-gate.yml': stringify({
      packets: [
        { id: 'license', file: 'evidence/license.json' },
        { id: 'attestation', file: 'evidence/attestation.json' },
      ],
      gates: [
        { id: 'trial-license', checks: [{ check: 'fresh', packet: 'license', expires: '/expires_at' }] },
        { id: 'attested', checks: [{ check: 'fresh', packet: 'attestation', field: '/generated_at', 'max-age': 'P30D' }] },
        { id: 'soon-warned', checks: [{ check: 'fresh', packet: 'license', expires: '/expires_at', 'warn-within': 'P3D' }] },
      ],
    }),
    'evidence/license.json': json({ expires_at: '2026-12-04T09:30:00Z' }),
    'evidence/attestation.json': json({ generated_at: '2026-11-27T00:00:00Z' }),
  });

describe('check --horizon: what will change with nothing pushed', () => {
  it('a packet expiring in 5 days is ready now and blocked on its expiry date with --horizon P7D', async () => {
    const r = await cli(['check', '--now', NOW, '--horizon', 'P7D', '--format', 'json'], repo());
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.gates.map((g: { id: string; state: string }) => `${g.id}=${g.state}`)).toEqual(['trial-license=ready', 'attested=ready', 'soon-warned=ready']);
    expect(report.horizon).toMatchObject({ duration: 'P7D', until: '2026-12-06T12:00:00.000Z' });
    expect(report.horizon.changes).toEqual([
      { gate: 'soon-warned', on: '2026-12-01', from: 'ready', to: 'degraded', reason: expect.stringMatching(/^evidence\/license\.json:2:17 \/expires_at expires in .*warning within P3D/) },
      // The warning window comes first, then expiry: both steps, each on its own day.
      { gate: 'soon-warned', on: '2026-12-04', from: 'degraded', to: 'blocked', reason: expect.stringMatching(/expired .* \(2026-12-04T09:30:00\.000Z\)$/) },
      { gate: 'trial-license', on: '2026-12-04', from: 'ready', to: 'blocked', reason: expect.stringMatching(/^evidence\/license\.json:2:17 \/expires_at expired .* \(2026-12-04T09:30:00\.000Z\)$/) },
    ]);
  });

  it('the text report says it in one line per change, grouped by gate', async () => {
    const r = await cli(['check', '--now', NOW, '--horizon', 'P7D'], repo());
    expect(r.stdout).toMatch(/Within P7D \(until 2026-12-06\):\n  soon-warned    ready today, degraded on 2026-12-01: evidence\/license\.json:2:17 .*\n                 then blocked on 2026-12-04: .*\n  trial-license  ready today, blocked on 2026-12-04: evidence\/license\.json:2:17 /);
  });

  it('a short horizon sees no change, and says so', async () => {
    const r = await cli(['check', '--now', NOW, '--horizon', 'PT12H'], repo());
    expect(r.stdout).toMatch(/Within PT12H \(until 2026-11-30\):\n  no gate changes state/);
  });

  it('a bad horizon is a usage error naming the form', async () => {
    for (const [value, message] of [['7d', /--horizon: "7d" is not an ISO 8601 duration; write it like P7D \(for "7d"\), P14D/], ['P2Y', /longer than a year/]] as const) {
      const r = await cli(['check', '--now', NOW, '--horizon', value], repo());
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
