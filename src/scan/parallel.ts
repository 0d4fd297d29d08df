import { availableParallelism } from 'node:os';
import type { Suppression } from './scanner.js';
import type { ScanStats, SourceFile } from './targets/source.js';
import type { WorkQueue } from './work-queue.js';
import type { ScanFinding } from './types.js';
import { mergeNarrowed } from './narrowing.js';

/**
 * Folder scans of many files use every core: this thread lists the files, worker threads load the
 * same policy, and every thread claims files from one shared queue (work-queue.ts) until none are
 * left. What a file gives does not depend on which thread read it, so the merged result is the
 * one a single thread gives (test/scan/parallel.test.ts compares them).
 */

/** What one worker's scan gives back: plain data, copied between threads. */
export interface ScanPart {
  findings: ScanFinding[];
  stats: ScanStats;
  suppressed?: Suppression[];
}

/** How a scan shares its files: decided once the files are listed. */
export interface SplitPlan {
  /** The listing as a queue, shared with the workers. */
  queue: WorkQueue;
  /** This thread claimed the files up to `done` (an index of the listing): workers start when the rest looks long. */
  progress(done: number): void;
  /**
   * Once this thread found the queue empty: the workers' parts, or undefined when a worker failed.
   * Then no worker's part is trusted, and this thread scans every file it did not scan itself.
   */
  finish(): Promise<ScanPart[] | undefined>;
}

export type Splitter = (files: readonly SourceFile[]) => SplitPlan | undefined;

/** Below this many files a worker's start (loading the bundle and the policy) costs more than it saves. */
const MIN_FILES = 1000;

/**
 * When workers start: once this thread has scanned for `after` milliseconds and, at the pace so
 * far, the files left would take more than `left` milliseconds on their own. A worker costs about
 * a second of a core before it scans at full speed (loading the bundle and the policy, then the
 * JIT's warm-up): on a 2-vCPU machine two threads were slower than one on 20,000 small files (a
 * two-second scan) and 40% faster on a 550 MB tree. Not sooner than half a second: the first
 * files go slowest (the JIT has not warmed up), and an earlier guess started workers for scans that
 * ended before they could help.
 */
export const SPAWN = { after: 500, left: 2500 };

/** Whether workers should start now: this thread claimed `done` of `total` files in `elapsed` ms. */
export function worthWorkers(done: number, total: number, elapsed: number): boolean {
  if (elapsed < SPAWN.after || done === 0) return false;
  return ((total - done) * elapsed) / done > SPAWN.left;
}

/**
 * How many threads a scan of `files` files uses: `READINESS_GATE_JOBS` (a number; `auto` or unset:
 * the cores there are, at most 4); one for a small folder. A worker joins the queue only once it
 * is ready, so a slow start costs this thread nothing but the cores the worker's start takes.
 * (Fixed halves, tried first, made 2-vCPU runners slower: each thread waited for the other.)
 */
export function jobsFor(files: number, env: NodeJS.ProcessEnv): number {
  const setting = env.READINESS_GATE_JOBS;
  const cores = Math.min(availableParallelism(), 4);
  const asked = setting === undefined || setting === '' || setting === 'auto' ? cores : Number(setting);
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
