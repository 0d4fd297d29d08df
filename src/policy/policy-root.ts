import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The nearest folder, from `start` up to the repository root, that holds a policy; `start` itself
 * when none does. check, explain and scan all find the policy this way, so scanning a subfolder
 * (or one file) applies the repository's custom rules and allowlists like scanning its root.
 */
export function policyRoot(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.readiness-gate.yml')) || existsSync(join(dir, '.readiness-gate.yaml'))) return dir;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return resolve(start);
  }
}
