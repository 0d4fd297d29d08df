import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileSource } from './directory.js';
import type { SourceFile } from './source.js';

export class PackError extends Error {}

/**
 * Exactly the files `npm pack` would put in the package, as npm itself lists them (its own
 * `files`, `.npmignore` and `.gitignore` rules, not a re-implementation), reported by their path in
 * the package. Lifecycle scripts are not run: a prepack step that generates files must run before.
 */
export function npmPackFiles(root: string): SourceFile[] {
  let out: string;
  try {
    out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const stderr = String((err as { stderr?: string }).stderr ?? '').trim().split('\n').find((l) => /error/i.test(l)) ?? (err as Error).message;
    throw new PackError(`npm pack --dry-run failed in ${root}: ${stderr.replace(/^npm error /, '')}`);
  }
  let listing: { files?: { path: string }[] }[];
  try {
    listing = JSON.parse(out);
  } catch {
    throw new PackError(`npm pack --dry-run gave no file list in ${root}`);
  }
  return (listing[0]?.files ?? []).map((f) => fileSource(join(root, f.path), f.path));
}
