import { availableParallelism } from 'node:os';
import type { Suppression } from './scanner.js';
import type { Shard } from './shard.js';
import type { ScanStats } from './targets/source.js';
import type { ScanFinding } from './types.js';
import { mergeNarrowed } from './narrowing.js';

/**
 * Folder scans of many files use every core: the files are split into shards by a hash of their
 * path (shard.ts, as `--shard` splits them across CI jobs), this thread scans the first and worker
 * threads the others, each with the same policy. What a shard finds does not depend on the others,
 * so the merged result is the one a single thread gives (test/scan/parallel.test.ts compares them).
 */

/** What one shard's scan gives back: plain data, copied between threads. */
export interface ScanPart {
  findings: ScanFinding[];
  stats: ScanStats;
  suppressed?: Suppression[];
}

/** How a scan may split its files: decided once the files are listed. */
export interface SplitPlan {
  /** This thread's share. */
  shard: Shard;
  /** The other shards' results, scanned elsewhere. */
  others: Promise<ScanPart[]>;
}

export type Splitter = (files: number) => SplitPlan | undefined;

/** Below this many files a second thread costs more (its start, a second listing) than it saves. */
const MIN_FILES = 2000;

/**
 * How many threads a scan of `files` files uses: `READINESS_GATE_JOBS` (`auto`: the cores there
 * are, at most 4); one when unset or when the folder is small. Never more than one per thousand
 * files, so each thread has work enough to pay for its start. One by default: on the 2-vCPU
 * runners measured (two hyperthreads of one core) two threads were slower than one (1.3 s -> 1.6 s
 * on the bench corpus); on machines with real cores to spare, `READINESS_GATE_JOBS=auto`.
 */
export function jobsFor(files: number, env: NodeJS.ProcessEnv): number {
  const asked = env.READINESS_GATE_JOBS === 'auto' ? Math.min(availableParallelism(), 4) : Number(env.READINESS_GATE_JOBS);
  const min = Number(env.READINESS_GATE_PARALLEL_MIN_FILES) || MIN_FILES;
  if (files < min) return 1;
  const jobs = Number.isInteger(asked) && asked >= 1 ? asked : 1;
  return Math.max(1, Math.min(jobs, 16, Math.ceil(files / (min / 2))));
}

/** Adds the other shards' results to this one's: findings, suppressions and every count. */
export function mergeParts(own: ScanPart, others: readonly ScanPart[]): ScanPart {
  const stats = { ...own.stats, skipped: [...own.stats.skipped] };
  const findings = [...own.findings];
  const suppressed = [...(own.suppressed ?? [])];
  for (const part of others) {
    findings.push(...part.findings);
    suppressed.push(...(part.suppressed ?? []));
    stats.skipped.push(...part.stats.skipped);
    stats.files += part.stats.files;
    stats.scanned += part.stats.scanned;
    stats.bytes += part.stats.bytes;
    stats.skippedBinary += part.stats.skippedBinary;
    stats.skippedLarge += part.stats.skippedLarge;
    stats.skippedSymlinks += part.stats.skippedSymlinks;
    stats.skippedUnreadable += part.stats.skippedUnreadable;
    if (part.stats.skippedLfs) stats.skippedLfs = (stats.skippedLfs ?? 0) + part.stats.skippedLfs;
    if (part.stats.narrowed) stats.narrowed = mergeNarrowed(stats.narrowed, part.stats.narrowed);
  }
  return { findings, stats, ...(suppressed.length ? { suppressed } : {}) };
}
