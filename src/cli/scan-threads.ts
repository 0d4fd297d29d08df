import { Worker } from 'node:worker_threads';
import { jobsFor, worthWorkers, type ScanPart, type Splitter } from '../scan/parallel.js';
import { scanTarget } from '../scan/scan.js';
import { fileSource } from '../scan/targets/directory.js';
import { WorkQueue } from '../scan/work-queue.js';
import { trustValidatedPolicies, validatedPolicyDigests } from '../policy/validated.js';

/**
 * Worker threads for a folder scan (src/scan/parallel.ts): each runs the CLI bundle again
 * (`entry`) with `workerData` naming the folder, the policy and the listed files, loads the same
 * policy, claims files from the shared queue and posts back its findings and counts. A worker
 * that fails is not trusted for half a result: the files it may have claimed are scanned again
 * on the main thread, so a scan never ends with files unread.
 */
export interface QueueJob {
  kind: 'readiness-gate-scan-queue';
  root: string;
  display?: string;
  policy?: string;
  gitignore: boolean;
  env: Record<string, string | undefined>;
  /** This worker's slot in the queue. */
  slot: number;
  queue: SharedArrayBuffer;
  batch: number;
  /** Digests of the policy files the main thread validated (policy/validated.ts). */
  trusted: string[];
  /** The listing, in queue order: each file's bytes path (as latin1, byte for byte) and its report name. */
  files: { disk: string; path: string }[];
}

type Started = { worker: Worker; result: Promise<ScanPart | undefined> };

/**
 * The splitter of a folder scan run by the CLI bundle at `entry`. Workers start only once the scan
 * looks long enough to pay for them (parallel.ts, worthWorkers); a trace (READINESS_GATE_THREADS_TRACE=1,
 * for tests and diagnosis) starts them at once, waits for each to join before the first claim, and
 * says how many files each took.
 */
export function folderSplitter(entry: string, job: Omit<QueueJob, 'kind' | 'slot' | 'queue' | 'batch' | 'files' | 'trusted'>): Splitter {
  return (listed) => {
    const count = jobsFor(listed.length, job.env);
    if (count < 2 || listed.some((f) => f.diskPath === undefined)) return undefined;
    const queue = WorkQueue.create(listed.length, count - 1);
    let workers: Started[] | undefined;
    const spawn = () => {
      const files = listed.map((f) => ({ disk: Buffer.from(f.diskPath!).toString('latin1'), path: f.path }));
      workers = Array.from({ length: count - 1 }, (_, slot) => start(entry, { ...job, kind: 'readiness-gate-scan-queue', slot, queue: queue.buffer, batch: queue.batch, files, trusted: validatedPolicyDigests() }));
    };
    const trace = job.env.READINESS_GATE_THREADS_TRACE === '1';
    if (trace) {
      spawn();
      workers!.forEach((_, slot) => queue.awaitJoin(slot, 60_000));
    }
    let began: number | undefined;
    return {
      queue,
      progress: (done) => {
        if (workers) return;
        began ??= performance.now();
        if (worthWorkers(done, listed.length, performance.now() - began)) spawn();
      },
      finish: async () => {
        const parts: (ScanPart | undefined)[] = [];
        for (const [slot, w] of (workers ?? []).entries()) {
          if (queue.close(slot)) void w.worker.terminate(); // never joined: nothing to wait for
          else parts.push(await w.result);
        }
        if (trace) process.stderr.write(`readiness-gate: worker threads scanned ${parts.map((p) => (p ? p.stats.files : 'failed')).join(', ')} files\n`);
        return parts.every((p) => p !== undefined) ? (parts as ScanPart[]) : undefined;
      },
    };
  };
}

function start(entry: string, job: QueueJob): Started {
  const worker = new Worker(entry, { workerData: job, stdout: true, stderr: true });
  const result = new Promise<ScanPart | undefined>((resolve) => {
    worker.once('message', (part: ScanPart | { error: string }) => resolve('error' in part ? undefined : part));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return { worker, result };
}

/** The worker's side: load the policy the main thread named, claim and scan files, post the result. */
export async function runQueueJob(job: QueueJob, post: (part: ScanPart | { error: string }) => void): Promise<void> {
  try {
    trustValidatedPolicies(job.trusted);
    const { scanSettings } = await import('./scan-command.js');
    const settings = await scanSettings(job.root, job.policy);
    if (!job.gitignore) settings.gitignore = false;
    const files = job.files.map((f) => fileSource(Buffer.from(f.disk, 'latin1'), f.path));
    const queued = { queue: new WorkQueue(job.queue, files.length, job.batch), slot: job.slot, files };
    const result = await scanTarget({ kind: 'directory', root: job.root, ...(job.display ? { display: job.display } : {}) }, settings, job.env, { queued });
    post({ findings: result.findings, stats: result.stats, ...(result.suppressed ? { suppressed: result.suppressed } : {}) });
  } catch (err) {
    post({ error: err instanceof Error ? err.message : String(err) });
  }
}
