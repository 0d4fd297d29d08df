// Benchmark: Readiness Gate against ajv-cli on the same generated packets, in one run.
// Usage: npm run bench [-- --runs 5]
// Installs ajv-cli into bench/.tools (ignored by git) and generates repositories in bench/.work.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOOLS = join(ROOT, 'bench', '.tools');
const WORK = join(ROOT, 'bench', '.work');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

function ensureAjvCli() {
  const bin = join(TOOLS, 'node_modules', 'ajv-cli', 'dist', 'index.js');
  if (!existsSync(bin)) {
    mkdirSync(TOOLS, { recursive: true });
    if (!existsSync(join(TOOLS, 'package.json'))) writeFileSync(join(TOOLS, 'package.json'), '{"private": true}\n');
    console.error('installing ajv-cli into bench/.tools ...');
    execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', 'ajv-cli@5', 'ajv-formats@3'], { cwd: TOOLS, stdio: 'inherit' });
  }
  return bin;
}

/**
 * Times several commands in one loop, interleaved (A B C, A B C, ...) so that a noisy moment
 * hits every tool alike; one warm-up round first. Returns the median of `runs` rounds for each.
 */
function timeAll(commands, cwd) {
  const samples = commands.map(() => []);
  const last = [];
  for (let round = 0; round <= runs; round++) {
    commands.forEach(({ args }, i) => {
      const started = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (r.error) throw r.error;
      if (round > 0) samples[i].push(ms);
      last[i] = r;
    });
  }
  return commands.map(({ label }, i) => {
    const s = samples[i].sort((a, b) => a - b);
    return { label, ms: s[Math.floor(s.length / 2)], min: s[0], max: s.at(-1), out: last[i].stdout, err: last[i].stderr };
  });
}

function schemaOnly(dir) {
  const policy = readFileSync(join(dir, '.readiness-gate.yml'), 'utf8').split('\n').filter((l) => !/check: (status|fresh|expr)/.test(l)).join('\n');
  writeFileSync(join(dir, 'schema-only.yml'), policy);
}

function invalidFiles(report) {
  const files = new Set();
  for (const g of report.gates) for (const f of g.findings) if (f.check === 'schema') files.add(f.location.file);
  return files;
}

if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run build first');
const ajv = ensureAjvCli();
const rows = [];
for (const size of [10000, 1000]) {
  const dir = join(WORK, `${size}`);
  const { packets, gates } = generate(dir, { packets: size, gates: 100 });
  schemaOnly(dir);
  const [ajvRun, full, same] = timeAll(
    [
      { label: 'ajv-cli validate', args: [ajv, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', 'schema.json', '-d', 'packets/**/*.json', '--errors=line'] },
      { label: 'readiness-gate check (100 gates x 4 checks)', args: [CLI, 'check', '--format', 'json'] },
      { label: 'readiness-gate check (schema checks only)', args: [CLI, 'check', '--format', 'json', '--policy', 'schema-only.yml'] },
    ],
    dir,
  );
  const ajvInvalid = new Set([...ajvRun.err.matchAll(/^(\S+) invalid$/gm)].map((m) => m[1]));
  const ours = invalidFiles(JSON.parse(full.out));
  const agree = ajvInvalid.size === ours.size && [...ours].every((f) => ajvInvalid.has(f));
  const findings = JSON.parse(full.out).summary.findings;
  for (const r of [ajvRun, full, same]) rows.push({ size, gates, packets, ...r, ratio: ajvRun.ms / r.ms });
  rows.push({ note: `${size} packets: ${ajvInvalid.size} invalid per ajv-cli, ${ours.size} per readiness-gate (${agree ? 'same files' : 'DIFFERENT files'}); readiness-gate gave ${findings} positioned findings` });
}

console.log(`\nReadiness Gate packet benchmark (median of ${runs} interleaved runs, Node ${process.version}, ${new Date().toISOString()})\n`);
console.log('packets  tool                                          wall ms   (min-max)      packets/s   vs ajv-cli');
for (const r of rows) {
  if (r.note) {
    console.log(`         ${r.note}`);
    continue;
  }
  const rate = Math.round(r.packets / (r.ms / 1000));
  console.log(`${String(r.packets).padStart(7)}  ${r.label.padEnd(44)} ${r.ms.toFixed(0).padStart(7)}   (${r.min.toFixed(0)}-${r.max.toFixed(0)})`.padEnd(83) + `${String(rate).padStart(9)}   ${r.ratio.toFixed(2)}x`);
}
const k1 = rows.find((r) => r.packets === 1000 && r.label.startsWith('readiness-gate check (100'));
console.log(`\n1,000-packet repository decided in ${k1.ms.toFixed(0)} ms wall (target: under 2000 ms)`);
