#!/usr/bin/env node
import { runCli } from './cli/main.js';
import { readStdin } from './util/safe-read.js';
import { UsageError } from './engine/clock.js';

// The CLI entry: everything else lives in cli/main.ts, which tests run in-process.
// A reader that stops early (`| head`) closes the pipe: that ends the output, not in a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
const code = await runCli(process.argv.slice(2), {
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
});
process.exitCode = code;
