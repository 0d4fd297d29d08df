#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { runCli } from './cli/main.js';

// The CLI entry: everything else lives in cli/main.ts, which tests run in-process.
const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  cwd: process.cwd(),
  readStdin: () => readFileSync(0),
});
process.exitCode = code;
