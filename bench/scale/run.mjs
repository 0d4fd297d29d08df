// How long a public-safety scan takes at 20k, 200k and 1M files (generated like the scan bench's
// corpus), on one runner and as a 4- and 8-leg matrix. The legs run here one after another; a
// matrix's wall time is its slowest leg plus the merge. Usage: npm run bench:scale [-- --sizes 20000,200000]
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, WORK } from '../lib/tools.mjs';
import { generateCorpus } from '../scan/generate.mjs';

const arg = process.argv.indexOf('--sizes');
const sizes = (arg > 0 ? process.argv[arg + 1] : '20000,200000,1000000').split(',').map(Number);

function timed(args, cwd) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', CLI, ...args], { cwd, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, out: r.stdout };
}

console.log(`scale bench on ${process.version}, ${process.platform}; legs timed one after another\n`);
console.log('files      one runner   4 legs (slowest + merge)   8 legs (slowest + merge)');
for (const files of sizes) {
  const dir = join(WORK, `scale-${files}`);
  if (!existsSync(join(dir, '.done'))) {
    generateCorpus(dir, { files });
    writeFileSync(join(dir, '.done'), '');
  }
  const one = timed(['scan', '--no-gitignore', '--format', 'json', '.'], dir);
  const row = [String(files).padEnd(10), `${(one.ms / 1000).toFixed(1)} s`.padStart(11)];
  for (const n of [4, 8]) {
    const legs = [];
    for (let i = 1; i <= n; i++) {
      const leg = timed(['scan', '--no-gitignore', '--format', 'sarif', '--shard', `${i}/${n}`, '.'], dir);
      writeFileSync(join(WORK, `scale-leg-${i}.sarif`), leg.out);
      legs.push(leg.ms);
    }
    const merge = timed(['merge', ...Array.from({ length: n }, (_, i) => join(WORK, `scale-leg-${i + 1}.sarif`))], WORK);
    row.push(`${(Math.max(...legs) / 1000).toFixed(1)} s + ${(merge.ms / 1000).toFixed(1)} s`.padStart(26));
  }
  console.log(row.join(' '));
}

