import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION_BUNDLE } from './cli.js';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** The files and environment a GitHub runner gives a step: INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY. */
function runnerEnv(workspace: string, inputs: Record<string, string>, env: Record<string, string>) {
  const tmp = mkdtempSync(join(tmpdir(), 'rg-runner-'));
  const outputFile = join(tmp, 'output');
  const summaryFile = join(tmp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return {
    env: { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: tmp, ...inputEnv, ...env },
    result: (code: number, stdout: string, stderr: string): ActionRun => ({ code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') }),
  };
}

/**
 * Runs the real bundled Action, dist/index.js, the way a GitHub runner does: inputs as INPUT_*
 * variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files, GITHUB_WORKSPACE as the checkout.
 */
export function runActionBundle(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): ActionRun {
  const runner = runnerEnv(workspace, inputs, env);
  const r = spawnSync(process.execPath, [ACTION_BUNDLE], { cwd: workspace, env: runner.env, encoding: 'utf8', timeout: 300_000 });
  return runner.result(r.status ?? -1, r.stdout, r.stderr);
}

/**
 * The same step as runActionBundle, run inside the test's own process: src/main.ts's run() with the
 * runner's environment, working directory and standard streams for the duration (restored after).
 * What it proves is the Action's logic on real repositories and real git; that the bundle itself
 * loads and runs is proved by the runActionBundle tests (test/action/action.test.ts and others), and
 * CI checks dist/ is built from src/. It spares a Node start and a 4 MB bundle load per case, which
 * is most of a small case's time. Cases run one at a time within a file (vitest's default).
 */
export async function runActionInProcess(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const runner = runnerEnv(workspace, inputs, env);
  const { run } = await import('../../src/main.js');
  const core = await import('@actions/core');
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  const savedExitCode = process.exitCode;
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  let stdout = '';
  let stderr = '';
  replaceEnv(runner.env);
  process.exitCode = undefined;
  // The summary writer keeps the path it first found: this step's file is another one.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  core.summary.emptyBuffer();
  process.chdir(workspace);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    await run();
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    process.chdir(savedCwd);
    replaceEnv(savedEnv);
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = savedExitCode;
  return runner.result(code, stdout, stderr);
}

/** Makes `values` the whole of process.env (a step sees only what the runner gives it). */
function replaceEnv(values: Record<string, string | undefined>): void {
  for (const key of Object.keys(process.env)) delete process.env[key];
  for (const [key, value] of Object.entries(values)) if (value !== undefined) process.env[key] = value;
}

/** Reads the `name<<DELIM\nvalue\nDELIM` blocks @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

/** As runActionBundle, without blocking the test's event loop (needed when the test also serves HTTP). */
export async function runActionBundleAsync(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const runner = runnerEnv(workspace, inputs, env);
  const child = spawn(process.execPath, [ACTION_BUNDLE], { cwd: workspace, env: runner.env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return runner.result(code, stdout, stderr);
}
