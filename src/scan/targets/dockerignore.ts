import { minimatch } from 'minimatch';

/**
 * .dockerignore as Docker reads it: one pattern a line, `#` comments, paths relative to the
 * context root (a leading `/` and `./` mean the same), `**` for any number of directories, `!`
 * re-including what an earlier line excluded, and the last matching line deciding. A pattern that
 * matches a directory excludes everything under it.
 */
export interface IgnoreRule {
  pattern: string;
  negate: boolean;
}

export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1).trim();
    line = cleanPath(line);
    if (line === '' || line === '.') continue;
    rules.push({ pattern: line, negate });
  }
  return rules;
}

/** Like Go's filepath.Clean for the forward-slash paths of a context. */
function cleanPath(p: string): string {
  const parts: string[] = [];
  for (const part of p.replace(/^\/+/, '').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** Whether Docker leaves a context path (forward slashes, relative) out of the build context. */
export function isIgnored(path: string, rules: readonly IgnoreRule[]): boolean {
  let ignored = false;
  for (const rule of rules) {
    if (matches(path, rule.pattern)) ignored = !rule.negate;
  }
  return ignored;
}

function matches(path: string, pattern: string): boolean {
  if (minimatch(path, pattern, { dot: true })) return true;
  // A pattern naming a directory covers what is inside it.
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    if (minimatch(parts.slice(0, i).join('/'), pattern, { dot: true })) return true;
  }
  return false;
}
