// The scanner on real code no one here wrote: a fixed list of popular npm packages of different
// kinds is installed into bench/.work/real (once), and a fixed list of Debian packages of code in
// other languages (poly.mjs) is downloaded and unpacked into bench/.work/real/poly/tree (once).
// Each tree is scanned twice: as a dependency tree (the default, third-party content) and as if it
// were the project's own code (every rule everywhere); this project's own node_modules too. Prints
// findings per rule and per 1,000 files (the polyglot tree also per language, with a fixed-seed
// sample of findings, values masked), writes every finding to bench/.work/real/findings-*.json for
// review by hand, and times each tree against ripgrep.
// Usage: npm run bench:real [-- --only npm|poly] [--rg-all-rules]
// READINESS_GATE_CLI names another build than dist/cli/index.js.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT } from '../lib/tools.mjs';
import { ensurePolyTree, filesPerLanguage, languageOf, LANGUAGES, sampleLines } from './poly.mjs';

const WORK = join(ROOT, 'bench/.work/real');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

// Frameworks, cloud and SaaS SDKs, CLIs, test tools, parsers, servers: 36 packages.
const PACKAGES = [
  'express@4', 'react@18', 'react-dom@18', 'vue@3', 'next@14', 'lodash@4', 'axios@1', 'moment@2',
  '@aws-sdk/client-s3@3', '@azure/storage-blob@12', '@google-cloud/storage@7', 'stripe@14', '@slack/web-api@7', 'twilio@5', '@octokit/rest@21', 'openai@4',
  'eslint@8', 'prettier@3', 'typescript@5', 'webpack@5', 'commander@12', 'yargs@17', 'chalk@5', 'jest@29',
  'mocha@10', 'chai@4', 'sinon@17', 'jsonwebtoken@9', 'bcryptjs@2', 'pg@8', 'mongodb@6', 'redis@4',
  'nodemailer@6', 'dotenv@16', 'ws@8', 'socket.io@4',
];

function install() {
  if (existsSync(join(WORK, 'node_modules', '.installed'))) return;
  mkdirSync(WORK, { recursive: true });
  writeFileSync(join(WORK, 'package.json'), JSON.stringify({ name: 'real-code-bench', private: true }));
  console.error(`installing ${PACKAGES.length} packages into ${WORK} (once)...`);
  execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--ignore-scripts', ...PACKAGES], { cwd: WORK, stdio: 'inherit' });
  writeFileSync(join(WORK, 'node_modules', '.installed'), PACKAGES.join('\n'));
}

function scan(label, path, cwd, extra = []) {
  const r = spawnSync(process.execPath, [CLI, 'scan', path, '--no-gitignore', '--format', 'json', ...extra], { cwd, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label}: ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  const byRule = {};
  for (const f of report.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  const file = join(WORK, `findings-${label}.json`);
  const findings = report.findings.map((f) => ({ file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, rule: f.ruleId, masked: f.masked }));
  writeFileSync(file, JSON.stringify(findings, null, 2));
  const per1000 = (report.findings.length / report.summary.files) * 1000;
  console.log(`${label.padEnd(28)} ${String(report.summary.files).padStart(7)} files ${String(report.findings.length).padStart(6)} findings ${per1000.toFixed(2).padStart(7)} per 1,000   ${JSON.stringify(byRule)}`);
  return { files: report.summary.files, findings, byRule, narrowed: report.summary.narrowed };
}

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (or set READINESS_GATE_CLI)`);
const firstParty = join(WORK, 'first-party.yml');
mkdirSync(WORK, { recursive: true });
writeFileSync(firstParty, 'version: 1\nscan:\n  third-party:\n    paths: ["no-such-folder/**"]\n');
const { ensureRipgrep, RG_ARGS, RG_CORE_PATTERNS, rgPatterns } = await import('../lib/tools.mjs');

if (only !== 'poly') {
  install();
  console.log(`packages: ${PACKAGES.length} (${readFileSync(join(WORK, 'node_modules', '.installed'), 'utf8').split('\n').length} listed)`);
  scan('packages-default', 'node_modules', WORK);
  scan('packages-as-first-party', 'node_modules', WORK, ['--policy', firstParty]);
  scan('own-node_modules-default', 'node_modules', ROOT);
  scan('own-node_modules-first-party', 'node_modules', ROOT, ['--policy', firstParty]);
  speed('the packages tree', 'node_modules', WORK);
}

if (only !== 'npm') {
  const poly = join(WORK, 'poly');
  const tree = ensurePolyTree(poly);
  if (tree) polyglot(poly);
}

/** The polyglot tree: both scans, then findings per language and per rule, a sample, and speed. */
function polyglot(poly) {
  console.log(`\npolyglot tree: ${readFileSync(join(poly, 'tree', '.extracted'), 'utf8').split('\n').length} Debian packages`);
  const first = scan('poly-first-party', 'tree', poly, ['--policy', firstParty]);
  const dflt = scan('poly-default', 'tree', poly);
  const files = filesPerLanguage(join(poly, 'tree'));
  const perLanguage = (findings) => Object.fromEntries(LANGUAGES.map((l) => [l, findings.filter((f) => languageOf(f.file) === l).length]));
  const a = perLanguage(first.findings);
  const b = perLanguage(dflt.findings);
  const rate = (n, d) => (d ? ((n / d) * 1000).toFixed(2) : '-').padStart(8);
  console.log('\nper language (files by extension, tarball entries included; findings per 1,000 files):');
  console.log(`  ${'language'.padEnd(9)} ${'files'.padStart(7)}   ${'first-party'.padStart(11)} ${'per 1,000'.padStart(9)}   ${'default'.padStart(7)} ${'per 1,000'.padStart(9)}`);
  for (const l of LANGUAGES) console.log(`  ${l.padEnd(9)} ${String(files[l]).padStart(7)}   ${String(a[l]).padStart(11)} ${rate(a[l], files[l])}   ${String(b[l]).padStart(7)} ${rate(b[l], files[l])}`);
  const total = Object.values(files).reduce((x, y) => x + y, 0);
  console.log(`  ${'all'.padEnd(9)} ${String(total).padStart(7)}   ${String(first.findings.length).padStart(11)} ${rate(first.findings.length, first.files)}   ${String(dflt.findings.length).padStart(7)} ${rate(dflt.findings.length, dflt.files)}   (per the scan's ${first.files} files)`);
  console.log('\nper rule (first-party / default):');
  const rules = [...new Set([...Object.keys(first.byRule), ...Object.keys(dflt.byRule)])].sort((x, y) => (first.byRule[y] ?? 0) - (first.byRule[x] ?? 0) || (x < y ? -1 : 1));
  for (const r of rules) console.log(`  ${r.padEnd(34)} ${String(first.byRule[r] ?? 0).padStart(6)} ${String(dflt.byRule[r] ?? 0).padStart(6)}`);
  const n = dflt.narrowed;
  if (n) console.log(`\nnarrowed by default: third-party ${n.thirdParty.files} files (${n.thirdParty.globs.map((g) => `${g.glob} ${g.files}`).join(', ')}), test content ${n.testContent.files}, documentation ${n.documentation.files}`);
  console.log('\nsample of first-party findings (seed 22; values masked):');
  for (const line of sampleLines(first.findings, poly)) console.log(line);
  speed('the polyglot tree', 'tree', poly);
}

// Speed on real code: our scan against ripgrep with the same rules' patterns (bench/lib/tools.mjs),
// on the same tree in the same run, interleaved, median of three. Both read every file (no ignore).
function speed(label, path, cwd) {
  const rg = ensureRipgrep();
  if (!rg) return console.log(`\n(ripgrep unavailable: no speed ratio on ${label})`);
  // ripgrep with every rule's pattern is a minutes-long run on a large tree (a DFA over 160
  // patterns, ~2 GB): timed only with --rg-all-rules.
  const allRules = process.argv.includes('--rg-all-rules');
  const patterns = allRules ? rgPatterns(cwd).flatMap((p) => ['-e', p]) : [];
  const core = RG_CORE_PATTERNS.flatMap((p) => ['-e', p]);
  const runs = { ours: [], oursFirstParty: [], ripgrep: [], ripgrepAll: [] };
  const time = (cmd, args) => {
    const started = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd, maxBuffer: 1 << 30 });
    if (r.error) throw r.error;
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  for (let round = 0; round < 4; round++) {
    const a = time(process.execPath, [CLI, 'scan', path, '--no-gitignore', '--format', 'json']);
    const b = time(process.execPath, [CLI, 'scan', path, '--no-gitignore', '--format', 'json', '--policy', firstParty]);
    const c = time(rg, ['--no-heading', '--line-number', '--no-ignore', '--hidden', '-j', '2', ...RG_ARGS, ...core, path]);
    const d = allRules ? time(rg, ['--no-heading', '--line-number', '--no-ignore', '--hidden', '-j', '2', ...RG_ARGS, ...patterns, path]) : NaN;
    if (round > 0) runs.ours.push(a), runs.oursFirstParty.push(b), runs.ripgrep.push(c), runs.ripgrepAll.push(d);
  }
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const rgMs = median(runs.ripgrep);
  const rgAll = median(runs.ripgrepAll);
  console.log(`\nspeed on ${label} (median of 3; ripgrep with ${core.length / 2} hand-written patterns, and with all ${patterns.length / 2} rules' own):`);
  console.log(`  ripgrep (core patterns)     ${rgMs.toFixed(0).padStart(6)} ms`);
  console.log(allRules ? `  ripgrep (all rules)         ${rgAll.toFixed(0).padStart(6)} ms` : '  ripgrep (all rules)         not timed (pass --rg-all-rules)');
  console.log(`  readiness-gate (default)    ${median(runs.ours).toFixed(0).padStart(6)} ms   ${(median(runs.ours) / rgMs).toFixed(2)}x ripgrep (core)${allRules ? `, ${(median(runs.ours) / rgAll).toFixed(2)}x ripgrep (all rules)` : ''}`);
  console.log(`  readiness-gate (all rules)  ${median(runs.oursFirstParty).toFixed(0).padStart(6)} ms   ${(median(runs.oursFirstParty) / rgMs).toFixed(2)}x ripgrep (core)${allRules ? `, ${(median(runs.oursFirstParty) / rgAll).toFixed(2)}x ripgrep (all rules)` : ''}`);
}
