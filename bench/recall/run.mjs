// Recall bench: the labelled corpus of bench/recall (credential files, provider tokens, generic
// assignments, and as many look-alike negatives) is generated into bench/.work/recall/corpus and
// scanned with the bundled CLI at its default settings. A finding on a labelled positive line (or
// inside a labelled block) is a hit; on a negative or unlabelled line, a false positive. Prints
// recall and false-positive rate per family, per file format and overall; writes misses and false
// positives (masked) to bench/.work/recall/report.json. Exits 1 when the family average recall is
// under 0.95 or the family average false-positive rate over 0.02.
// Usage: npm run bench:recall   (READINESS_GATE_CLI=/path/to/cli/index.js to run another build)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.mjs';
import { mask } from './lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = join(ROOT, 'bench/.work/recall');
const CORPUS = join(WORK, 'corpus');
const CLI = process.env.READINESS_GATE_CLI || join(ROOT, 'dist/cli/index.js');
const MIN_RECALL = 0.95;
const MAX_FP_RATE = 0.02;
// Addresses and e-mail addresses are personal data, not credentials: counted apart, not scored.
const NOT_SCORED = new Set(['email-address', 'ipv4-address', 'ipv6-address']);

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (or set READINESS_GATE_CLI)`);
const { files, labels } = generateCorpus(CORPUS);
mkdirSync(WORK, { recursive: true });
writeFileSync(join(WORK, 'labels.json'), JSON.stringify(labels.map(({ value, ...rest }) => rest)));
// The repository's own policy allowlists bench/**: scan with an empty policy, i.e. the defaults.
const policy = join(WORK, 'default-policy.yml');
writeFileSync(policy, 'version: 1\n');

const started = process.hrtime.bigint();
const r = spawnSync(process.execPath, [CLI, 'scan', '.', '--no-gitignore', '--format', 'json', '--policy', policy], { cwd: CORPUS, encoding: 'utf8', maxBuffer: 1 << 30 });
const ms = Number(process.hrtime.bigint() - started) / 1e6;
if (r.status !== 0 && r.status !== 1) throw new Error(`scan failed (${r.status}): ${r.stderr}`);
const report = JSON.parse(r.stdout);
const rel = (p) => p.replace(/^\.\//, '');
const scored = report.findings.filter((f) => !NOT_SCORED.has(f.ruleId));

// Index labels by file, then decide each finding line and each positive label.
const byFile = new Map();
for (const l of labels) (byFile.get(l.file) ?? byFile.set(l.file, []).get(l.file)).push(l);
const fileInfo = new Map(files.map((f) => [f.path, f]));
const covers = (l, line) => l.positive && (l.binary || l.line === line || (l.span && line >= l.span[0] && line <= l.span[1]));

const findingLines = new Map();
for (const f of scored) {
  const k = `${rel(f.file)}:${f.line}`;
  if (!findingLines.has(k)) findingLines.set(k, { file: rel(f.file), line: f.line, rules: new Set(), masked: f.masked });
  findingLines.get(k).rules.add(f.ruleId);
}
const hits = new Set();
const falsePositives = [];
for (const fl of findingLines.values()) {
  const here = byFile.get(fl.file) ?? [];
  const matched = here.filter((l) => covers(l, fl.line));
  if (matched.length) { for (const l of matched) hits.add(l); continue; }
  const neg = here.find((l) => !l.positive && l.line === fl.line);
  const info = fileInfo.get(fl.file) ?? { family: 'unknown', format: 'unknown' };
  falsePositives.push({ at: `${fl.file}:${fl.line}`, family: neg?.family ?? info.family, format: neg?.format ?? info.format, labelled: Boolean(neg), rule: [...fl.rules].join(','), masked: fl.masked });
}

function table(key) {
  const rows = new Map();
  const row = (name) => rows.get(name) ?? rows.set(name, { name, pos: 0, hit: 0, neg: 0, fp: 0 }).get(name);
  for (const l of labels) { const x = row(l[key]); if (l.positive) { x.pos++; if (hits.has(l)) x.hit++; } else x.neg++; }
  for (const fp of falsePositives) row(fp[key]).fp++;
  return [...rows.values()].map((x) => ({ ...x, recall: x.pos ? x.hit / x.pos : null, fpRate: x.neg ? x.fp / x.neg : x.fp ? 1 : 0 })).sort((a, b) => (a.recall ?? 2) - (b.recall ?? 2) || b.fpRate - a.fpRate || a.name.localeCompare(b.name));
}
const pct = (x) => (x === null ? '    -' : `${(x * 100).toFixed(0).padStart(4)}%`);
function print(title, rows) {
  console.log(`\n${title.padEnd(22)}   pos  hit recall    neg   fp fp-rate`);
  for (const x of rows) console.log(`${x.name.padEnd(22)} ${String(x.pos).padStart(5)} ${String(x.hit).padStart(4)}  ${pct(x.recall)}  ${String(x.neg).padStart(5)} ${String(x.fp).padStart(4)}  ${pct(x.fpRate)}`);
}

const families = table('family');
const formats = table('format');
print('family', families);
print('file format', formats);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const positives = labels.filter((l) => l.positive).length;
const negatives = labels.length - positives;
const overall = {
  files: files.length, positives, negatives, hits: hits.size, falsePositives: falsePositives.length,
  recall: hits.size / positives, fpRate: falsePositives.length / negatives,
  familyRecall: mean(families.filter((x) => x.recall !== null).map((x) => x.recall)),
  familyFpRate: mean(families.filter((x) => x.neg).map((x) => x.fpRate)),
  notScored: report.findings.length - scored.length, scanMs: Math.round(ms),
};
console.log(`\noverall: ${overall.files} files, ${positives} positive and ${negatives} negative lines; recall ${pct(overall.recall)}, false positives ${overall.falsePositives} (${pct(overall.fpRate)} of negatives)`);
console.log(`family average: recall ${pct(overall.familyRecall)} (min ${MIN_RECALL * 100}%), false-positive rate ${pct(overall.familyFpRate)} (max ${MAX_FP_RATE * 100}%); scan ${overall.scanMs} ms; ${overall.notScored} address/e-mail findings not scored`);

const misses = labels.filter((l) => l.positive && !hits.has(l)).map((l) => ({ at: `${l.file}:${l.line}`, family: l.family, format: l.format, masked: mask(l.value) }));
writeFileSync(join(WORK, 'report.json'), JSON.stringify({ overall, families, formats, misses, falsePositives }, null, 2));
console.log(`details: ${join(WORK, 'report.json')} (${misses.length} misses, ${falsePositives.length} false positives)`);

const slipping = families.filter((x) => (x.recall !== null && x.recall < MIN_RECALL) || x.fpRate > MAX_FP_RATE);
if (overall.familyRecall < MIN_RECALL || overall.familyFpRate > MAX_FP_RATE) {
  console.log(`\nFAIL: ${slipping.length} families slip: ${slipping.map((x) => `${x.name} (recall ${pct(x.recall).trim()}, fp ${pct(x.fpRate).trim()})`).join(', ')}`);
  process.exitCode = 1;
}
