#!/usr/bin/env node
import { runCli } from './cli/main.js';
import { readStdin } from './util/safe-read.js';
import { UsageError } from './engine/clock.js';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { runQueueJob, type QueueJob } from './cli/scan-threads.js';

// The CLI entry: everything else lives in cli/main.ts, which tests run in-process.
// A reader that stops early (`| head`) closes the pipe: that ends the output, not in a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
// A worker thread of a large folder scan (cli/scan-threads.ts) runs this same file.
if (!isMainThread && (workerData as QueueJob | undefined)?.kind === 'readiness-gate-scan-queue') {
  await runQueueJob(workerData as QueueJob, (part) => parentPort!.postMessage(part));
} else {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    cwd: process.cwd(),
    readStdin: () => {
      const read = readStdin();
      if (!read.ok) throw new UsageError(`${read.message}; scan a file instead (readiness-gate scan PATH)`);
      return read.bytes;
    },
    entry: fileURLToPath(import.meta.url),
    });
}
