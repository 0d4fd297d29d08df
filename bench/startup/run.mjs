// Start-up cost of the bundled Action and CLI: process start to first output, and to exit, on the
// bundled example, median of N runs. Usage: npm run bench:startup [-- --runs 15]
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;

function once(args, env) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    let first;
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH, ...env } });
    child.stdout.once('data', () => (first ??= Number(process.hrtime.bigint() - started) / 1e6));
    child.on('close', () => resolve({ first: first ?? NaN, exit: Number(process.hrtime.bigint() - started) / 1e6 }));
  });
}

async function measure(label, args, env = {}) {
  const samples = [];
  await once(args, env); // warm the file cache
  for (let i = 0; i < runs; i++) samples.push(await once(args, env));
  const median = (k) => samples.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return { label, first: median('first'), exit: median('exit') };
}

const tmp = mkdtempSync(join(tmpdir(), 'rg-startup-'));
writeFileSync(join(tmp, 'output'), '');
writeFileSync(join(tmp, 'summary'), '');
const runner = { GITHUB_WORKSPACE: ROOT, 'INPUT_WORKING-DIRECTORY': 'examples/demo', GITHUB_OUTPUT: join(tmp, 'output'), GITHUB_STEP_SUMMARY: join(tmp, 'summary'), RUNNER_TEMP: tmp };
const rows = [
  await measure('node -e "" (the floor)', ['-e', 'console.log(1)']),
  await measure('Action: dist/index.js on examples/demo', [join(ROOT, 'dist', 'index.js')], runner),
  await measure('CLI: --version', [join(ROOT, 'dist', 'cli', 'index.js'), '--version']),
  await measure('CLI: check --cwd examples/demo', [join(ROOT, 'dist', 'cli', 'index.js'), 'check', '--cwd', 'examples/demo']),
  await measure('CLI: scan examples/demo', [join(ROOT, 'dist', 'cli', 'index.js'), 'scan', 'examples/demo']),
];
console.log(`\nStart-up (median of ${runs} runs, Node ${process.version})\n`);
console.log('what                                        first output ms   exit ms');
for (const r of rows) console.log(`${r.label.padEnd(44)}${r.first.toFixed(0).padStart(16)}${r.exit.toFixed(0).padStart(10)}`);
