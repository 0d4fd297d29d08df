// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js) with @vercel/ncc.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of [['src/main.ts', 'dist'], ['src/cli.ts', 'dist/cli']]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--no-source-map-register', '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
}
// npm runs bin files directly: make sure the CLI keeps its shebang and is executable.
const cli = 'dist/cli/index.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
