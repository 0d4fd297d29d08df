// The test commands the README names.
//
//   npm test           the whole suite once, on this machine's Node, with what `npm ci` installed:
//                      nothing is downloaded or installed. Tests that need Chromium or
//                      @github/local-action skip with a line saying how to run them.
//   npm run test:full  what CI proves (.ci/run): installs Node 24, Chromium and local-action (saying
//                      so, failing loudly when it cannot), then runs two legs: the whole suite on
//                      this Node with the browser, local-action and release-workflow tests, and the
//                      runtime tests (the `runtime` project in vitest.config.ts) on Node 24.
//
// Each leg runs whatever the other did, and is reported on its own line; the last line is one
// `N passed, N failed` total. The exit code is non-zero when any leg failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const full = process.argv.includes('--full');

function say(line) {
  console.log(`== ${line}`);
}

/** The newest modification time under a folder (files only). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * The bundled tests run dist/. A clone has it committed (CI checks it matches src/); it is built
 * again only when src/ was edited after it (ten seconds' grace: a checkout writes both at once).
 */
function ensureDist() {
  const bundles = ['dist/index.js', 'dist/cli/index.js'].map((f) => join(ROOT, f));
  const built = bundles.every((f) => existsSync(f)) ? Math.min(...bundles.map((f) => statSync(f).mtimeMs)) : 0;
  if (built > 0 && newest(join(ROOT, 'src')) <= built + 10_000) return true;
  say(built === 0 ? 'dist/ is missing: building it' : 'src/ changed after dist/ was built: building dist/');
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' }).status === 0;
}

/** A helper script's output (its last line), or undefined when it failed. */
function helper(script) {
  const r = spawnSync('bash', [join(ROOT, 'scripts', script)], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const out = r.stdout.trim().split('\n').pop();
  return r.status === 0 && out ? out : undefined;
}

/** One leg: vitest on `node`, its JSON results kept in test/artifacts/results-<name>.json. */
function leg(name, node, args, env) {
  const results = join(ARTIFACTS, `results-${name}.json`);
  rmSync(results, { force: true });
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  say(`leg ${name}: vitest on Node ${version}${args.length ? ` (${args.join(' ')})` : ''}`);
  const r = spawnSync(node, [VITEST, 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${results}`], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (!existsSync(results)) return { name, version, passed: 0, failed: 1, skipped: 0, note: `vitest ended without results (exit ${r.status ?? r.signal})` };
  const json = JSON.parse(readFileSync(results, 'utf8'));
  // A file that failed to load counts as a failure even when no test in it ran.
  const brokenFiles = json.testResults.filter((t) => t.status === 'failed' && t.assertionResults.every((a) => a.status !== 'failed')).length;
  return { name, version, passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles, skipped: json.numPendingTests + (json.numTodoTests ?? 0), ...(r.status !== 0 && json.numFailedTests + brokenFiles === 0 ? { failed: 1, note: `vitest exited ${r.status ?? r.signal}` } : {}) };
}

mkdirSync(ARTIFACTS, { recursive: true });
const legs = [];
if (!ensureDist()) {
  legs.push({ name: 'build', version: '', passed: 0, failed: 1, skipped: 0, note: 'building dist/ failed' });
} else if (!full) {
  legs.push(leg('suite', process.execPath, ['--project', 'suite', '--project', 'measured'], {}));
} else {
  say('test:full installs what CI proves with: Node 24 (scripts/node24.sh), Chromium (scripts/chromium.sh), @github/local-action (scripts/local-action.sh)');
  const node24 = helper('node24.sh');
  const chromium = helper('chromium.sh');
  const localAction = helper('local-action.sh');
  const missing = [!node24 && 'Node 24', !chromium && 'Chromium', !localAction && '@github/local-action'].filter(Boolean);
  if (missing.length > 0) console.error(`test:full: could not install ${missing.join(', ')}: see the lines above; their tests fail rather than skip`);
  legs.push(leg('suite', process.execPath, ['--project', 'suite', '--project', 'measured'], { READINESS_GATE_FULL: '1', READINESS_GATE_REQUIRE_BROWSER: '1', CHROMIUM_PATH: chromium ?? '', LOCAL_ACTION: localAction ?? '' }));
  legs.push(node24 ? leg('node24', node24, ['--project', 'runtime'], { READINESS_GATE_FULL: '1' }) : { name: 'node24', version: '', passed: 0, failed: 1, skipped: 0, note: 'Node 24 could not be installed' });
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const l of legs) {
  passed += l.passed;
  failed += l.failed;
  skipped += l.skipped;
  console.log(`leg ${l.name}${l.version ? ` (Node ${l.version})` : ''}: ${l.passed} passed, ${l.failed} failed, ${l.skipped} skipped${l.note ? ` - ${l.note}` : ''}`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? ` (${skipped} skipped)` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
