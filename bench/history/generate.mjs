// Generates the history benchmark's repository with git fast-import, deterministically: a
// project of 2,000 text files (source, config, docs) and `commits` commits that each rewrite two
// or three of them (one line changed, so every version is a distinct blob), with tags along the
// way. Every 400th commit plants a credential in a new file; most are deleted 25 commits later
// (removed but still in the history), one in four stays. labels.json lists what was planted.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const WORDS = ['release', 'gate', 'packet', 'policy', 'evidence', 'runtime', 'binding', 'alert', 'transport', 'archive', 'operator', 'trial', 'dashboard', 'contract', 'schema', 'summary'];

export async function generateHistory(dir, { commits = 20000, files = 2000, seed = 11 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  let state = seed >>> 0 || 1;
  const rnd = () => {
    state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
  const int = (n) => Math.floor(rnd() * n);
  const word = () => WORDS[int(WORDS.length)];
  const str = (n) => Array.from({ length: n }, () => ALNUM[int(ALNUM.length)]).join('');
  const paths = Array.from({ length: files }, (_, i) => `${['src', 'lib', 'docs', 'config', 'packets'][i % 5]}/${String(Math.floor(i / 50)).padStart(2, '0')}/${word()}-${i}.${['ts', 'js', 'md', 'yml', 'json'][i % 5]}`);
  // Each file is a list of lines; a commit rewrites one line of each file it touches.
  const bodies = paths.map(() => Array.from({ length: 20 + int(80) }, () => `  ${word()}_${word()} = "${word()} ${word()} ${int(100000)}";`));
  const labels = [];
  const planted = [];
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, stdio: ['pipe', 'inherit', 'inherit'] });
  const done = new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`)))));
  let buffered = [];
  let size = 0;
  const write = async (text) => {
    buffered.push(text);
    size += text.length;
    if (size > 1 << 20) await flush();
  };
  const flush = async () => {
    const chunk = buffered.join('');
    buffered = [];
    size = 0;
    if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
  };
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const time = (i) => 1700000000 + i * 3600;
  for (let c = 0; c < commits; c++) {
    const ops = [];
    if (c === 0) paths.forEach((p, i) => ops.push(`M 100644 inline ${p}\n${data(bodies[i].join('\n') + '\n')}`));
    else {
      for (let k = 0; k < 2 + int(2); k++) {
        const i = int(files);
        bodies[i][int(bodies[i].length)] = `  ${word()}_${word()} = "${word()} ${c}-${k} ${int(100000)}";`;
        ops.push(`M 100644 inline ${paths[i]}\n${data(bodies[i].join('\n') + '\n')}`);
      }
    }
    if (c > 0 && c % 400 === 0) {
      const path = `config/deploy-${c}.env`;
      const value = c % 800 === 0 ? `npm_${str(36)}` : `ghp_${str(36)}`;
      ops.push(`M 100644 inline ${path}\n${data(`# deploy settings\nREGISTRY_TOKEN=${value}\n`)}`);
      const stays = c % 1600 === 0;
      planted.push({ path, at: c, removeAt: stays ? undefined : c + 25 });
      labels.push({ file: path, line: 2, commit: c, removed: !stays });
    }
    for (const p of planted.filter((x) => x.removeAt === c)) ops.push(`D ${p.path}\n`);
    await write(`commit refs/heads/main\nmark :${c + 1}\ncommitter Bench <bench@example.com> ${time(c)} +0000\n${data(`change ${c}`)}${ops.join('')}\n`);
    if (c > 0 && c % 5000 === 0) await write(`reset refs/tags/v${c / 5000}.0.0\nfrom :${c + 1}\n\n`);
  }
  await write('done\n');
  await flush();
  child.stdin.end();
  await done;
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
  writeFileSync(join(dir, '..', 'history-labels.json'), JSON.stringify(labels, null, 2));
  return labels;
}
