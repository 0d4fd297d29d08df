import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { isInside } from '../util/safe-read.js';

/** Directories never walked: they hold tooling, not evidence. */
const SKIP_DIRS = new Set(['.git', 'node_modules']);

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

export function isGlob(pattern: string): boolean {
  return /[*?[\]{}!]/.test(pattern);
}

/**
 * Expands repository-relative globs (minimatch syntax; a leading "!" excludes) into sorted,
 * repository-relative paths of regular files. Symbolic links to directories are not walked, and
 * nothing outside the root is returned.
 */
export function expandGlobs(root: string, patterns: readonly string[]): string[] {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => new Minimatch(p.slice(1)));
  const found = new Set<string>();
  const realRoot = safeRealpath(root);
  for (const pattern of include) {
    if (!isGlob(pattern)) {
      if (isFileInside(root, realRoot, pattern)) found.add(normalize(pattern));
      continue;
    }
    const mm = new Minimatch(pattern);
    const base = staticPrefix(pattern);
    walk(root, base, (rel) => {
      if (mm.match(rel)) found.add(rel);
    });
  }
  return [...found].filter((f) => !exclude.some((mm) => mm.match(f))).sort();
}

function normalize(p: string): string {
  return p.replace(/^\.\//, '').replace(/\/+/g, '/');
}

/** The leading directories of a glob that hold no magic, so only that subtree is walked. */
function staticPrefix(pattern: string): string {
  const parts = normalize(pattern).split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  return fixed.join('/');
}

function walk(root: string, dir: string, visit: (rel: string) => void): void {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(root, rel, visit);
    } else if (entry.isFile()) {
      visit(rel);
    } else if (entry.isSymbolicLink()) {
      // A link to a file is followed only when it stays inside the root; links to directories never are.
      try {
        const target = realpathSync(join(root, rel));
        if (statSync(target).isFile() && isInside(safeRealpath(root), target)) visit(rel);
      } catch {
        /* dangling link: not a file */
      }
    }
  }
}

function isFileInside(root: string, realRoot: string, rel: string): boolean {
  try {
    // Resolve every link on the way (a linked folder as much as a linked file) before deciding.
    const target = realpathSync(join(root, rel));
    return statSync(target).isFile() && isInside(realRoot, target);
  } catch {
    return false;
  }
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
