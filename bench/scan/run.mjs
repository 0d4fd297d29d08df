// Scanner benchmark: readiness-gate scan, secretlint (recommended preset) and ripgrep (an
// equivalent pattern list) on the same generated corpus, timed in one run, with recall and
// precision of each against the corpus labels. Usage: npm run bench:scan [-- --runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ensureRipgrep, RG_ARGS, RG_CORE_PATTERNS, rgPatterns, TOOLS, WORK } from '../lib/tools.mjs';
import { generateCorpus } from './generate.mjs';

const CORPUS = join(WORK, 'scan-corpus');
const LABELS = join(WORK, 'scan-labels.json');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;

function ensureTools() {
  mkdirSync(TOOLS, { recursive: true });
  if (!existsSync(join(TOOLS, 'package.json'))) writeFileSync(join(TOOLS, 'package.json'), '{"private": true}\n');
  const secretlint = join(TOOLS, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  if (!existsSync(secretlint)) {
    console.error('installing secretlint into bench/.tools ...');
    execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', 'secretlint@13', '@secretlint/secretlint-rule-preset-recommend@13'], { cwd: TOOLS, stdio: 'inherit' });
  }
  const rg = ensureRipgrep();
  writeFileSync(join(TOOLS, 'secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  return { secretlint, rg };
}

function key(file, line) {
  return `${file.replace(/^\.\//, '')}:${line}`;
}

/** Each tool's output, reduced to the set of file:line it flags. */
const PARSE = {
  // Paths are reported as the scanned folder was named: strip it to compare with the labels.
  'readiness-gate': (out, corpus) => new Set(JSON.parse(out).findings.map((f) => key(f.file.startsWith(`${corpus}/`) ? f.file.slice(corpus.length + 1) : f.file, f.line))),
  secretlint: (out, corpus) => new Set(JSON.parse(out || '[]').flatMap((r) => r.messages.map((m) => key(r.filePath.slice(corpus.length + 1), m.loc.start.line)))),
  ripgrep: (out) => new Set(out.split('\n').filter(Boolean).map((l) => { const m = /^(.*?):(\d+):/.exec(l); return key(m[1], m[2]); })),
};

function score(flagged, labels) {
  const truth = new Set(labels.map((l) => key(l.file, l.line)));
  let tp = 0;
  for (const k of flagged) if (truth.has(k)) tp++;
  return { recall: tp / truth.size, precision: flagged.size ? tp / flagged.size : 1, flagged: flagged.size };
}

const tools = ensureTools();
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);

/** One corpus: generated once (or with --regen), every tool timed in interleaved rounds, one table. */
function bench(title, corpus, labelsFile, options) {
  if (!existsSync(labelsFile) || process.argv.includes('--regen')) {
    const info = generateCorpus(corpus, options);
    writeFileSync(labelsFile, readFileSync(join(corpus, 'labels.json')));
    execFileSync('rm', [join(corpus, 'labels.json')]);
    console.error(`generated ${info.files} files, ${(info.bytes / 1e6).toFixed(1)} MB, ${info.positives} planted values`);
  }
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8'));
  const bytes = Number(execFileSync('find', [corpus, '-type', 'f', '-printf', '%s\n']).toString().trim().split('\n').reduce((n, s) => n + Number(s), 0));
  const commands = [
    { name: 'readiness-gate', cmd: process.execPath, args: [CLI, 'scan', '--no-gitignore', '--format', 'json', corpus] },
    { name: 'secretlint', cmd: process.execPath, args: [tools.secretlint, '**/*', '--secretlintrc', join(TOOLS, 'secretlintrc.json'), '--format', 'json'] },
    ...(tools.rg
      ? [
          { name: 'ripgrep', cmd: tools.rg, args: ['--no-heading', '--line-number', '--no-ignore', '--hidden', '-j', '2', ...RG_ARGS, ...RG_CORE_PATTERNS.flatMap((p) => ['-e', p]), '.'] },
          { name: 'ripgrep (all rules)', cmd: tools.rg, args: ['--no-heading', '--line-number', '--no-ignore', '--hidden', '-j', '2', ...RG_ARGS, ...rgPatterns().flatMap((p) => ['-e', p]), '.'] },
        ]
      : []),
  ];
  const samples = commands.map(() => []);
  const outputs = [];
  for (let round = 0; round <= runs; round++) {
    commands.forEach((c, i) => {
      const started = process.hrtime.bigint();
      const r = spawnSync(c.cmd, c.args, { cwd: corpus, encoding: 'utf8', maxBuffer: 1 << 30 });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (r.error) throw r.error;
      if (round > 0) samples[i].push(ms);
      outputs[i] = r.stdout;
    });
  }
  const rows = commands.map((c, i) => {
    const s = samples[i].sort((a, b) => a - b);
    return { name: c.name, ms: s[Math.floor(s.length / 2)], ...score(PARSE[c.name.startsWith('ripgrep') ? 'ripgrep' : c.name](outputs[i], corpus), labels) };
  });
  const ours = rows[0];
  console.log(`\n${title} (median of ${runs} interleaved runs, ${(bytes / 1e6).toFixed(1)} MB, ${labels.length} planted values, Node ${process.version})\n`);
  console.log('tool              wall ms     MB/s   readiness-gate is   recall   precision   lines flagged');
  for (const r of rows) {
    const rel = r === ours ? '' : r.ms > ours.ms ? `${(r.ms / ours.ms).toFixed(1)}x faster` : `${(ours.ms / r.ms).toFixed(1)}x slower`;
    console.log(`${r.name.padEnd(20)} ${r.ms.toFixed(0).padStart(8)} ${(bytes / 1e6 / (r.ms / 1000)).toFixed(1).padStart(8)}   ${rel.padEnd(17)} ${r.recall.toFixed(4).padStart(7)} ${r.precision.toFixed(4).padStart(10)}   ${String(r.flagged).padStart(13)}`);
  }
  const rg = rows.find((r) => r.name === 'ripgrep');
  if (rg) console.log(`\nreadiness-gate / ripgrep: ${(ours.ms / rg.ms).toFixed(2)} (goal: at most 2)`);
}

bench('Readiness Gate scan benchmark, generated corpus', CORPUS, LABELS, { files: 20000 });
bench('Dense corpus: most lines name a password, token, key or secret', join(WORK, 'scan-corpus-dense'), join(WORK, 'scan-labels-dense.json'), { files: 20000, dense: true, seed: 11 });
if (!tools.rg) console.log('\n(ripgrep unavailable: apt-get download ripgrep failed)');
