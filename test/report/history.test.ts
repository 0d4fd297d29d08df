import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cli } from '../helpers/cli.js';
import { json, makeRepo } from '../helpers/repo.js';

/** A license that expires on 2026-12-04 09:30 and warns three days ahead: ready, degraded, blocked. */
function repo() {
  return makeRepo({
    '.readiness-gate.yml': stringify({
      version: 1,
      packets: [{ id: 'license', file: 'evidence/license.json' }],
      gates: [
        { id: 'trial-license', checks: [{ check: 'fresh', packet: 'license', expires: '/expires_at', 'warn-within': 'P3D' }] },
        { id: 'docs', checks: [{ check: 'exists', paths: ['.readiness-gate.yml'] }] },
      ],
    }),
    'evidence/license.json': json({ expires_at: '2026-12-04T09:30:00Z' }),
  });
}

/** Nightly reports written by the real check command into `reports/` (one night in a sub-folder). */
async function nights(dir: string) {
  mkdirSync(join(dir, 'reports', 'run-5'), { recursive: true });
  for (const [day, file] of [['29', 'reports/11-29.json'], ['30', 'reports/11-30.json'], ['02', 'reports/run-5/12-02.json'], ['04', 'reports/12-04.json']] as const) {
    const month = day === '29' || day === '30' ? '11' : '12';
    await cli(['check', '--now', `2026-${month}-${day}T03:00:00Z`, '--format', 'json', '-o', file], dir);
  }
  // A second run on 12-04, later that day, stands for the day; it drops the docs gate.
  await cli(['check', '--now', '2026-12-04T22:00:00Z', '--gate', 'trial-license', '--format', 'json', '-o', 'reports/12-04-rerun.json'], dir);
  writeFileSync(join(dir, 'reports', 'notes.json'), '{"not": "a report"}');
  writeFileSync(join(dir, 'reports', 'broken.json'), '{');
  symlinkSync('11-29.json', join(dir, 'reports', 'link.json'));
  await cli(['scan', '--format', 'json'], dir).then((r) => writeFileSync(join(dir, 'reports', 'scan.json'), r.stdout));
}

describe('readiness-gate history DIR', () => {
  it('prints gate states per day, the last report of a day standing for it, and names every skipped file', async () => {
    const dir = repo();
    await nights(dir);
    const r = await cli(['history', 'reports'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        '4 days, 2026-11-29 to 2026-12-04; R ready, D degraded, U unknown, B blocked, . no report of the gate',
        '',
        'GATE           29 30 02 04',
        'trial-license   R  R  D  B',
        'docs            R  R  R  .',
        'pass            ✓  ✓  ✓  ✗',
        'skipped broken.json: not JSON',
        'skipped link.json: a symbolic link (not followed)',
        'skipped notes.json: not a check report (scan reports and SARIF have no gates)',
        'skipped scan.json: not a check report (scan reports and SARIF have no gates)',
        '',
      ].join('\n'),
    );
  });

  it('writes JSON and an HTML page with the chart: one cell per gate and day, each titled', async () => {
    const dir = repo();
    await nights(dir);
    const data = JSON.parse((await cli(['history', 'reports', '--format', 'json'], dir)).stdout);
    expect(data.days).toEqual(['2026-11-29', '2026-11-30', '2026-12-02', '2026-12-04']);
    expect(data.gates).toEqual([
      { id: 'trial-license', title: 'trial-license', states: ['ready', 'ready', 'degraded', 'blocked'] },
      { id: 'docs', title: 'docs', states: ['ready', 'ready', 'ready', null] },
    ]);
    expect(data.reports.at(-1)).toMatchObject({ day: '2026-12-04', file: '12-04-rerun.json', result: 'fail' });
    const html = (await cli(['history', 'reports', '--format', 'html'], dir)).stdout;
    const cells = [...html.matchAll(/<rect class="s-(\w+)" x="[\d.]+" y="[\d.]+" width="\d+" height="16" rx="2"><title>([^<]+)<\/title>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(cells).toHaveLength(8);
    expect(cells).toContain('blocked trial-license on 2026-12-04: blocked');
    expect(cells).toContain('none docs on 2026-12-04: not reported');
    expect(html).toContain('<h1>Readiness history</h1>');
  });

  it('check --history adds tonight to the trend in the dashboard', async () => {
    const dir = repo();
    await nights(dir);
    const html = (await cli(['check', '--now', '2026-12-05T03:00:00Z', '--history', 'reports', '--format', 'html'], dir)).stdout;
    expect(html).toMatch(/<section id="history">/);
    expect(html).toContain('trial-license on 2026-12-05: blocked');
    expect(html).toContain('(this report)');
  });

  it('an empty folder exits 1 saying so; a file or a missing folder is a usage error', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'empty'));
    const empty = await cli(['history', 'empty'], dir);
    expect([empty.code, empty.stdout]).toEqual([1, 'no reports found\n']);
    for (const arg of ['.readiness-gate.yml', 'nope']) {
      const r = await cli(['history', arg], dir);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(`${arg} is not a folder; give the folder that holds past reports`)]);
    }
    expect((await cli(['history'], dir)).stderr).toMatch(/history takes one folder/);
  });
});
