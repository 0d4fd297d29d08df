import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { parse } from 'yaml';
import { isBundleName } from '../policy/bundles.js';
import { showFile } from '../scan/targets/git.js';

export interface BasePolicy {
  /** The base commit's policy, written out under .readiness-gate/base/ (undefined: the base has none). */
  path?: string;
  /** The pull request changes the policy or a local file it extends. */
  changed: boolean;
}

/**
 * A pull request must not weaken its own gate, so on pull-request events the policy (and every
 * local file it extends) is read from the base commit. The files are written under
 * `<cwd>/.readiness-gate/base/`, mirroring their places in the repository, so relative extends
 * keep working; packets are still read from the head.
 */
export function materializeBasePolicy(cwd: string, base: string, policyPath: string): BasePolicy {
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
  const root = join(cwd, '.readiness-gate', 'base');
  rmSync(root, { recursive: true, force: true });
  const entry = posixRel(top, join(cwd, policyPath));
  let changed = false;
  const seen = new Set<string>();
  const visit = (repoPath: string): boolean => {
    if (seen.has(repoPath)) return true;
    seen.add(repoPath);
    const text = showFile(top, base, repoPath);
    const headText = existsSync(join(top, repoPath)) ? readFileSync(join(top, repoPath), 'utf8') : undefined;
    if (text !== headText) changed = true;
    if (text === undefined) return false;
    const out = join(root, repoPath);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    for (const ext of extendsOf(text)) {
      if (!isBundleName(ext)) visit(posix.normalize(posix.join(posix.dirname(repoPath), ext)));
    }
    return true;
  };
  const found = visit(entry);
  return found ? { path: join(root, entry), changed } : { changed: true };
}

function extendsOf(text: string): string[] {
  try {
    const value = parse(text, { maxAliasCount: 100 }) as { extends?: unknown } | null;
    return Array.isArray(value?.extends) ? value.extends.filter((e): e is string => typeof e === 'string') : [];
  } catch {
    return []; // the policy loader reports the syntax error with its line
  }
}

function posixRel(from: string, to: string): string {
  return relative(from, to).split('\\').join('/');
}
