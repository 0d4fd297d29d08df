// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js) with @vercel/ncc.
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { minify } from 'rolldown/experimental';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
rmSync('dist', { recursive: true, force: true });
// The CLI is what the npm package ships: minified, it keeps the package small (see test/package).
for (const [entry, out, extra] of [['src/index.ts', 'dist', []], ['src/cli.ts', 'dist/cli', ['--minify']]]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--no-source-map-register', '--license', 'licenses.txt', '--quiet', '--target', 'es2022', ...extra], { stdio: 'inherit' });
}
// ncc minifies the CLI's entry but not the chunks its dynamic imports split off: oxc's minifier
// (rolldown, already Vite's bundler) does those, halving the package.
for (const file of readdirSync('dist/cli').filter((f) => /^\d+\.index\.js$/.test(f))) {
  const path = `dist/cli/${file}`;
  const result = await minify(file, readFileSync(path, 'utf8'), { module: true });
  if (result.errors?.length) throw new Error(`minifying ${path}: ${result.errors.map((e) => e.message).join('; ')}`);
  writeFileSync(path, result.code);
}
// npm runs bin files directly: make sure the CLI keeps its shebang and is executable.
const cli = 'dist/cli/index.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
