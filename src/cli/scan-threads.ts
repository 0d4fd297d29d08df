import { Worker } from 'node:worker_threads';
import { jobsFor, type ScanPart, type Splitter } from '../scan/parallel.js';
import { scanTarget } from '../scan/scan.js';
import type { Shard } from '../scan/shard.js';

/**
 * Worker threads for a folder scan (src/scan/parallel.ts): each runs the CLI bundle again
 * (`entry`) with `workerData` saying which shard of which folder to scan, loads the same policy,
 * and posts back its findings and counts. A worker that fails is not trusted for half a result:
 * its shard is scanned again here, so a scan never ends with files unread.
 */
export interface ShardJob {
  kind: 'readiness-gate-scan-shard';
  root: string;
  display?: string;
  policy?: string;
  gitignore: boolean;
  shard: Shard;
  env: Record<string, string | undefined>;
}

/** The splitter of a folder scan run by the CLI bundle at `entry`. */
export function folderSplitter(entry: string, job: Omit<ShardJob, 'kind' | 'shard'>, scanHere: (shard: Shard) => Promise<ScanPart>): Splitter {
  return (files) => {
    const count = jobsFor(files, job.env);
    if (count < 2) return undefined;
    const others = Array.from({ length: count - 1 }, (_, i) => {
      const shard = { index: i + 1, count };
      return inWorker(entry, { ...job, kind: 'readiness-gate-scan-shard', shard }).catch(() => scanHere(shard));
    });
    return { shard: { index: 0, count }, others: Promise.all(others) };
  };
}

function inWorker(entry: string, job: ShardJob): Promise<ScanPart> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: job, stdout: true, stderr: true });
    worker.once('message', (part: ScanPart | { error: string }) => ('error' in part ? reject(new Error(part.error)) : resolve(part)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`scan worker exited with ${code}`)));
  });
}

/** The worker's side: scan one shard with the policy the main thread named, post the result. */
export async function runShardJob(job: ShardJob, post: (part: ScanPart | { error: string }) => void): Promise<void> {
  try {
    const { scanSettings } = await import('./scan-command.js');
    const settings = await scanSettings(job.root, job.policy);
    if (!job.gitignore) settings.gitignore = false;
    const result = await scanTarget({ kind: 'directory', root: job.root, ...(job.display ? { display: job.display } : {}) }, settings, job.env, { shard: job.shard });
    post({ findings: result.findings, stats: result.stats, ...(result.suppressed ? { suppressed: result.suppressed } : {}) });
  } catch (err) {
    post({ error: err instanceof Error ? err.message : String(err) });
  }
}
