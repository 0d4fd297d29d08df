// History benchmark: readiness-gate scan --history against the plain baseline, `git log -p --all
// | rg -f patterns`, in one run, on a generated repository (20,000 commits, ~52,000 distinct blobs,
// planted values added and later removed) and on this project's own repository; then the
// incremental run (--since the full run's report) after 10 new commits. Prints wall time, blobs/s
// and peak memory (GNU time when installed), and recall of the planted values.
// Usage: npm run bench:history [-- --runs 3 --commits 20000]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ensureRipgrep, RG_ARGS, RG_CORE_PATTERNS, ROOT, WORK } from '../lib/tools.mjs';
import { generateHistory } from './generate.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const runs = arg('--runs', 3);
const commits = arg('--commits', 20000);
const REPO = join(WORK, `history-${commits}`);
const LABELS = join(WORK, 'history-labels.json');
const GNU_TIME = ['/usr/bin/time'].find((t) => existsSync(t) && spawnSync(t, ['-f', '%M', 'true']).status === 0);

/** One timed run: wall milliseconds, peak resident memory in MB when GNU time is there, stdout. */
function timed(script, cwd) {
  const argv = GNU_TIME ? [GNU_TIME, '-f', '%M', 'bash', '-c', script] : ['bash', '-c', script];
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${script}: ${r.stderr}`);
  const rss = GNU_TIME ? Number(r.stderr.trim().split('\n').pop()) / 1024 : undefined;
  return { ms, rss, out: r.stdout };
}

function best(script, cwd) {
  const all = Array.from({ length: runs }, () => timed(script, cwd));
  return all.sort((a, b) => a.ms - b.ms)[0];
}

const fmt = (r) => `${(r.ms / 1000).toFixed(2).padStart(7)} s ${r.rss ? `${r.rss.toFixed(0).padStart(6)} MB` : '       -'}`;

if (!existsSync(join(REPO, '.git', 'bench-done'))) {
  console.error(`generating ${commits} commits with git fast-import ...`);
  await generateHistory(REPO, { commits });
  writeFileSync(join(REPO, '.git', 'bench-done'), '');
}
const rg = ensureRipgrep();
const patterns = join(WORK, 'history-patterns.txt');
writeFileSync(patterns, RG_CORE_PATTERNS.join('\n') + '\n');
const baseline = `git log -p --all --no-color | ${rg} ${RG_ARGS.join(' ')} -c -f ${patterns}`;
const ours = `node ${CLI} scan --history --format json`;

console.log(`history bench on ${process.version}; best of ${runs}; baseline: git log -p --all | rg -f (${RG_CORE_PATTERNS.length} patterns)\n`);
console.log('repository                  commits   blobs   readiness-gate          blobs/s   git log -p | rg         ratio');
for (const [name, dir] of [[`generated (${commits})`, REPO], ['this repository', ROOT]]) {
  const us = best(ours, dir);
  const report = JSON.parse(us.out);
  const them = best(baseline, dir);
  const rate = report.history.blobs / (us.ms / 1000);
  console.log(`${name.padEnd(26)} ${String(report.history.commits).padStart(8)} ${String(report.history.blobs).padStart(7)}   ${fmt(us)}   ${rate.toFixed(0).padStart(8)}   ${fmt(them)}   ${(them.ms / us.ms).toFixed(2)}x faster`);
  if (dir === REPO) {
    const labels = JSON.parse(readFileSync(LABELS, 'utf8'));
    const found = new Set(report.findings.map((f) => f.file));
    const removed = report.findings.filter((f) => f.history.status !== 'present').length;
    console.log(`  planted: ${labels.filter((l) => found.has(l.file)).length} of ${labels.length} found (${removed} no longer in the tip), ${report.findings.length} findings in all`);
  }
}

// Incremental: a clone of the generated repository, its full report, 10 new commits, --since that report.
const clone = join(WORK, 'history-incremental');
rmSync(clone, { recursive: true, force: true });
execFileSync('git', ['clone', '-q', REPO, clone]);
writeFileSync(join(WORK, 'history-previous.json'), timed(ours, clone).out);
const env = 'GIT_AUTHOR_NAME=b GIT_AUTHOR_EMAIL=b@example.com GIT_COMMITTER_NAME=b GIT_COMMITTER_EMAIL=b@example.com';
for (let i = 0; i < 10; i++) {
  writeFileSync(join(clone, `nightly-${i}.md`), `# Night ${i}\n\n${'A line of notes.\n'.repeat(20 + i)}`);
  execFileSync('bash', ['-c', `git add -A && ${env} git commit -q -m "night ${i}"`], { cwd: clone });
}
const inc = best(`${ours} --since ${join(WORK, 'history-previous.json')}`, clone);
const incReport = JSON.parse(inc.out);
console.log(`\nincremental after 10 new commits (--since the previous report): ${fmt(inc)}, ${incReport.history.commits} commits, ${incReport.history.blobs} blobs read`);
