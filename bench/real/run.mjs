// The scanner on real code no one here wrote: a fixed list of popular npm packages of different
// kinds is installed into bench/.work/real (once), then scanned twice: as a dependency tree (the
// default, third-party content) and as if it were the project's own code (every rule everywhere),
// plus this project's own node_modules. Prints findings per rule and per 1,000 files and writes
// every finding to bench/.work/real/findings-*.json for review by hand.
// Usage: npm run bench:real
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = join(ROOT, 'bench/.work/real');
const CLI = join(ROOT, 'dist/cli/index.js');

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
  writeFileSync(file, JSON.stringify(report.findings.map((f) => ({ file: f.file, line: f.line, rule: f.ruleId, masked: f.masked })), null, 2));
  const per1000 = (report.findings.length / report.summary.files) * 1000;
  console.log(`${label.padEnd(28)} ${String(report.summary.files).padStart(7)} files ${String(report.findings.length).padStart(6)} findings ${per1000.toFixed(2).padStart(7)} per 1,000   ${JSON.stringify(byRule)}`);
  return { files: report.summary.files, findings: report.findings.length };
}

install();
if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run build first');
const firstParty = join(WORK, 'first-party.yml');
writeFileSync(firstParty, 'version: 1\nscan:\n  third-party:\n    paths: ["no-such-folder/**"]\n');
console.log(`packages: ${PACKAGES.length} (${readFileSync(join(WORK, 'node_modules', '.installed'), 'utf8').split('\n').length} listed)`);
scan('packages-default', 'node_modules', WORK);
scan('packages-as-first-party', 'node_modules', WORK, ['--policy', firstParty]);
scan('own-node_modules-default', 'node_modules', ROOT);
scan('own-node_modules-first-party', 'node_modules', ROOT, ['--policy', firstParty]);

// Speed on real code: our scan against ripgrep with the same rules' patterns (bench/lib/tools.mjs),
// on the same tree in the same run, interleaved, median of three. Both read every file (no ignore).
const { ensureRipgrep, RG_ARGS, RG_CORE_PATTERNS, rgPatterns } = await import('../lib/tools.mjs');
const rg = ensureRipgrep();
if (!rg) console.log('\n(ripgrep unavailable: no speed ratio)');
else {
  // ripgrep with every rule's pattern is a minutes-long run on this tree (a DFA over 160 patterns,
  // ~2 GB): timed only with --rg-all-rules.
  const allRules = process.argv.includes('--rg-all-rules');
  const patterns = allRules ? rgPatterns(WORK).flatMap((p) => ['-e', p]) : [];
  const core = RG_CORE_PATTERNS.flatMap((p) => ['-e', p]);
  const runs = { ours: [], oursFirstParty: [], ripgrep: [], ripgrepAll: [] };
  const time = (cmd, args) => {
    const started = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: WORK, maxBuffer: 1 << 30 });
    if (r.error) throw r.error;
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  for (let round = 0; round < 4; round++) {
    const a = time(process.execPath, [CLI, 'scan', 'node_modules', '--no-gitignore', '--format', 'json']);
    const b = time(process.execPath, [CLI, 'scan', 'node_modules', '--no-gitignore', '--format', 'json', '--policy', firstParty]);
    const c = time(rg, ['--no-heading', '--line-number', '--no-ignore', '--hidden', '-j', '2', ...RG_ARGS, ...core, 'node_modules']);
    const d = allRules ? time(rg, ['--no-heading', '--line-number', '--no-ignore', '--hidden', '-j', '2', ...RG_ARGS, ...patterns, 'node_modules']) : NaN;
    if (round > 0) runs.ours.push(a), runs.oursFirstParty.push(b), runs.ripgrep.push(c), runs.ripgrepAll.push(d);
  }
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const rgMs = median(runs.ripgrep);
  const rgAll = median(runs.ripgrepAll);
  console.log(`\nspeed on the packages tree (median of 3; ripgrep with ${core.length / 2} hand-written patterns, and with all ${patterns.length / 2} rules' own):`);
  console.log(`  ripgrep (core patterns)     ${rgMs.toFixed(0).padStart(6)} ms`);
  console.log(allRules ? `  ripgrep (all rules)         ${rgAll.toFixed(0).padStart(6)} ms` : '  ripgrep (all rules)         not timed (pass --rg-all-rules)');
  console.log(`  readiness-gate (default)    ${median(runs.ours).toFixed(0).padStart(6)} ms   ${(median(runs.ours) / rgMs).toFixed(2)}x ripgrep (core)${allRules ? `, ${(median(runs.ours) / rgAll).toFixed(2)}x ripgrep (all rules)` : ''}`);
  console.log(`  readiness-gate (all rules)  ${median(runs.oursFirstParty).toFixed(0).padStart(6)} ms   ${(median(runs.oursFirstParty) / rgMs).toFixed(2)}x ripgrep (core)${allRules ? `, ${(median(runs.oursFirstParty) / rgAll).toFixed(2)}x ripgrep (all rules)` : ''}`);
}
