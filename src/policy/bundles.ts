import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's root: the folder holding `policies/` and `package.json`. Found by walking
 * up from this module, which works from src/ (tests), dist/index.js (Action) and dist/cli/ (CLI).
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'policies'))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return dirname(fileURLToPath(import.meta.url));
}

export function builtInBundleDir(): string {
  return join(packageRoot(), 'policies');
}

/** A bundle is a folder `policies/<name>/` whose entry is `policy.yml`. */
export function findBundle(name: string, dirs: readonly string[]): string | undefined {
  for (const dir of dirs) {
    const file = join(dir, name, 'policy.yml');
    if (existsSync(file)) return file;
  }
  return undefined;
}

export function listBundles(dirs: readonly string[]): string[] {
  const names = new Set<string>();
  for (const dir of dirs) {
    try {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory() && existsSync(join(dir, entry.name, 'policy.yml'))) names.add(entry.name);
      }
    } catch {
      /* no such folder */
    }
  }
  return [...names].sort();
}

/** `extends` entries naming a file have a slash or a YAML/JSON extension; anything else names a bundle. */
export function isBundleName(entry: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(entry);
}
