// Image benchmark: readiness-gate scan --image on a generated ~200 MB multi-layer `docker save`
// tarball, next to ripgrep on the same layers extracted to disk, in one run: wall time, MB/s of
// uncompressed layer content, and peak memory (maximum resident set, from /usr/bin/time).
// Usage: npm run bench:image [-- --runs 3] [--regen]
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { join } from 'node:path';
import { generateCorpus } from '../scan/generate.mjs';
import { CLI, ensureRipgrep, RG_ARGS, RG_CORE_PATTERNS, WORK } from '../lib/tools.mjs';

const HOME = join(WORK, 'image');
const TREE = join(HOME, 'tree');
const IMAGE = join(HOME, 'image.tar');
const LAYERS = 8;
const FILES_PER_LAYER = 18000;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;

async function sha256(file) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

/** Eight layers of generated text, every other one gzipped, one secret added then whited out. */
async function buildImage() {
  rmSync(HOME, { recursive: true, force: true });
  const save = join(HOME, 'save');
  mkdirSync(join(save, 'blobs', 'sha256'), { recursive: true });
  const layers = [];
  for (let i = 0; i < LAYERS; i++) {
    const dir = join(TREE, `layer-${i}`);
    generateCorpus(dir, { files: FILES_PER_LAYER, seed: 100 + i });
    rmSync(join(dir, 'labels.json'));
    mkdirSync(join(dir, 'app'), { recursive: true });
    if (i === 1) writeFileSync(join(dir, 'app', '.env'), `DEPLOY_TOKEN=ghp_${'k7Qm2Xv9Lp4Rt8Wz3Nb6Hy1Jd5Fs0Gc2Ae4U'.slice(0, 36)}\n`);
    if (i === 2) writeFileSync(join(dir, 'app', '.wh..env'), '');
    const blob = join(HOME, `layer-${i}.tar${i % 2 ? '.gz' : ''}`);
    execFileSync('tar', [i % 2 ? '-czf' : '-cf', blob, '-C', dir, '.']);
    const digest = await sha256(blob);
    execFileSync('mv', [blob, join(save, 'blobs', 'sha256', digest)]);
    layers.push(`blobs/sha256/${digest}`);
    console.error(`layer ${i + 1}/${LAYERS} built`);
  }
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers' } }));
  const configDigest = createHash('sha256').update(config).digest('hex');
  writeFileSync(join(save, 'blobs', 'sha256', configDigest), config);
  writeFileSync(join(save, 'manifest.json'), JSON.stringify([{ Config: `blobs/sha256/${configDigest}`, RepoTags: ['bench/image:latest'], Layers: layers }]));
  execFileSync('tar', ['-cf', IMAGE, '-C', save, '.']);
  rmSync(save, { recursive: true, force: true });
}

/** A tgz whose one entry is 1 GiB of zeros: about 1 MB on disk, a ratio past 1,000. */
async function buildBomb(file) {
  const size = 1024 ** 3;
  const header = Buffer.alloc(512);
  header.write('zeros.bin', 0);
  header.write('0000644\0', 100);
  header.write(size.toString(8).padStart(11, '0') + '\0', 124);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write(header.reduce((a, b) => a + b, 0).toString(8).padStart(6, '0') + '\0 ', 148);
  const chunk = Buffer.alloc(1 << 20);
  const body = (function* () {
    yield header;
    for (let i = 0; i < size / chunk.length; i++) yield chunk;
    yield Buffer.alloc(1024);
  })();
  await pipeline(Readable.from(body), createGzip({ level: 9 }), createWriteStream(file));
}

/** Runs a command under /usr/bin/time: wall ms, peak resident memory in MB, and its stdout. */
function measure(cmd, args, cwd) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error) throw r.error;
  const rss = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { ms, rss, stdout: r.stdout };
}

if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run build first');
if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is needed for peak memory (Debian package "time")');
if (!existsSync(IMAGE) || process.argv.includes('--regen')) await buildImage();
const treeBytes = execFileSync('find', [TREE, '-type', 'f', '-printf', '%s\n'], { maxBuffer: 1 << 26 }).toString().trim().split('\n').reduce((n, s) => n + Number(s), 0);
const rg = ensureRipgrep();
const commands = [
  { name: 'readiness-gate', cmd: process.execPath, args: [CLI, 'scan', '--image', IMAGE, '--format', 'json'], cwd: HOME },
  ...(rg ? [{ name: 'ripgrep (extracted)', cmd: rg, args: ['--no-heading', '--line-number', '--no-ignore', '--hidden', '-j', '2', ...RG_ARGS, ...RG_CORE_PATTERNS.flatMap((p) => ['-e', p]), '.'], cwd: TREE }] : []),
];
const samples = commands.map(() => []);
const last = [];
for (let round = 0; round <= runs; round++) {
  commands.forEach((c, i) => {
    const m = measure(c.cmd, c.args, c.cwd);
    if (round > 0) samples[i].push(m);
    last[i] = m;
  });
}
const median = (list, key) => list.map((m) => m[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
const ours = JSON.parse(last[0].stdout);
const whiteout = ours.findings.filter((f) => /still in the image history/.test(f.description)).length;
console.log(`\nReadiness Gate image benchmark (median of ${runs} interleaved runs, Node ${process.version})`);
console.log(`image ${(statSync(IMAGE).size / 1e6).toFixed(0)} MB on disk, ${LAYERS} layers (half gzipped), ${(treeBytes / 1e6).toFixed(0)} MB of layer content\n`);
console.log('tool                    wall ms     MB/s   peak RSS MB   relative');
const base = median(samples[0], 'ms');
commands.forEach((c, i) => {
  const ms = median(samples[i], 'ms');
  const rel = i === 0 ? '' : ms > base ? `readiness-gate ${(ms / base).toFixed(2)}x faster` : `readiness-gate ${(base / ms).toFixed(2)}x slower`;
  console.log(`${c.name.padEnd(22)} ${ms.toFixed(0).padStart(8)} ${(treeBytes / 1e6 / (ms / 1000)).toFixed(1).padStart(8)} ${median(samples[i], 'rss').toFixed(0).padStart(13)}   ${rel}`);
});
console.log(`\nreadiness-gate: ${ours.findings.length} findings, ${whiteout} of them in files deleted by a later layer`);
if (!rg) console.log('(ripgrep unavailable: apt-get download ripgrep failed)');

// A decompression bomb, measured the same way: how fast and how small the refusal is.
const BOMB = join(HOME, 'bomb.tgz');
if (!existsSync(BOMB)) await buildBomb(BOMB);
const bombRuns = Array.from({ length: runs }, () => measure(process.execPath, [CLI, 'scan', '--archive', BOMB, '--format', 'json'], HOME));
const bombReport = JSON.parse(bombRuns[0].stdout);
console.log(`\ngzip bomb (${(statSync(BOMB).size / 1e6).toFixed(1)} MB on disk, 1 GiB inside): ${bombReport.findings.map((f) => f.ruleId).join(', ')} in ${median(bombRuns, 'ms').toFixed(0)} ms, peak RSS ${median(bombRuns, 'rss').toFixed(0)} MB`);
console.log(`  ${bombReport.findings[0]?.description ?? '(no finding: the bomb was not stopped)'}`);

