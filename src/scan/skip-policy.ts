import type { ScanSettings } from './defaults.js';
import type { ScanStats, SkipReason } from './targets/source.js';

/**
 * The skipped files that must fail a pull request's scan: every one whose reason the policy does
 * not allow (`scan.allow-skipped`, default binary and lfs-pointer; see defaults.ts for why). A pull
 * request chooses what it adds: a file the scan could not read is one it could not judge, and
 * what cannot be judged fails. Whole-tree scans only list their skipped files; they call no this.
 */
export function blockingSkips(stats: Pick<ScanStats, 'skipped'>, settings: Pick<ScanSettings, 'allowSkipped'>): { file: string; reason: SkipReason }[] {
  const allowed = new Set<SkipReason>(settings.allowSkipped);
  return stats.skipped.filter((s) => !allowed.has(s.reason)).map((s) => ({ file: s.file, reason: s.reason }));
}
