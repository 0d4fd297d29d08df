import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fake, UPPER_ALNUM } from '../../src/scan/rules/fake.js';
import { cliBundle } from './cli.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/cavra-repo', import.meta.url));
export const WIKI_PAGE = 'docs/wiki/AISPM-Trial-Access-And-Operator-Approval.md';
/** The line of WIKI_PAGE where the key is planted. */
export const KEY_LINE = 5;

export interface CavraDashboard {
  /** The repository copy; the page is written at its root, so file links are relative to it. */
  dir: string;
  file: string;
  html: string;
  /** The planted license key: it must appear nowhere in the page. */
  key: string;
}

/**
 * The CAVRA example as a nightly audit sees it on 2026-07-09: five past nights of real reports
 * (the lab-notebook summary of 06-12 entering its 7-day warning window on 07-06), then tonight a
 * license key planted in a wiki page. The dashboard is written by the real CLI bundle with drift, horizon and history.
 */
export function cavraDashboard(): CavraDashboard {
  const dir = mkdtempSync(join(tmpdir(), 'rg-dash-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const history = join(dir, '.nightly');
  mkdirSync(history);
  for (const day of ['04', '05', '06', '07', '08']) {
    const r = cliBundle(['check', '--now', `2026-07-${day}T03:00:00Z`, '--format', 'json', '-o', `.nightly/2026-07-${day}.json`], dir);
    if (r.code !== 0) throw new Error(`night ${day}: ${r.stderr}`);
  }
  const key = ['CAVRA', 'TRIAL', ...[1, 2, 3].map((i) => fake('', 5, UPPER_ALNUM, i + 40)), '7QX2K'].join('-');
  const page = join(dir, WIKI_PAGE);
  writeFileSync(page, readFileSync(page, 'utf8').replace('The evaluator requests access', `Use license ${key}. The evaluator requests access`));
  const args = ['check', '--now', '2026-07-09T03:00:00Z', '--horizon', 'P14D', '--compare', '.nightly/2026-07-08.json', '--history', '.nightly', '--format', 'html', '-o', 'readiness-dashboard.html'];
  const r = cliBundle(args, dir);
  if (r.code !== 1) throw new Error(`tonight's check should fail (public-safety blocked): exit ${r.code}\n${r.stderr}`);
  const file = join(dir, 'readiness-dashboard.html');
  return { dir, file, html: readFileSync(file, 'utf8'), key };
}
