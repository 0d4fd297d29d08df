import { Minimatch } from 'minimatch';

/**
 * A minimatch glob (always with `dot: true`, as every path glob of a scan is) that first asks
 * whether the path holds the text the glob cannot match without. A scan asks the same few dozen
 * globs (third-party, test and example content, allowlists) about every file, and nearly every
 * answer is no: `**\/node_modules/**` cannot match a path without `node_modules`, and
 * `String.includes` says so far faster than minimatch's segment walk. The answer is minimatch's:
 * the literal is a necessary condition only, never a match by itself.
 */
export class PathGlob {
  private readonly matcher: Minimatch;
  /** A piece of text every matching path contains, once wrapped ('' when the glob has none we can be sure of). */
  readonly literal: string;

  constructor(readonly pattern: string) {
    this.matcher = new Minimatch(pattern, { dot: true });
    this.literal = requiredLiteral(pattern);
  }

  /** `wrapped` is the path between slashes (`wrapPath`), for a caller asking many globs about one path. */
  match(path: string, wrapped = wrapPath(path)): boolean {
    return (this.literal === '' || wrapped.includes(this.literal)) && this.matcher.match(path);
  }
}

const cache = new Map<string, PathGlob>();

/** The compiled glob for a pattern, built once per process (policies repeat the same few). */
export function pathGlob(pattern: string): PathGlob {
  let glob = cache.get(pattern);
  if (!glob) {
    if (cache.size >= 4096) cache.clear();
    cache.set(pattern, (glob = new PathGlob(pattern)));
  }
  return glob;
}

/**
 * The path with a `/` at each end, which is what a glob's literal is looked for in: a `**` at a
 * pattern's edge that matches no segment takes the literal's slash with it (`**\/t/**` matches
 * `t/x`), and the added slashes stand in for it.
 */
export function wrapPath(path: string): string {
  return `/${path}/`;
}

/** Whether any of the patterns matches the path (each compiled once). */
export function matchesAnyGlob(path: string, patterns: readonly string[], wrapped = wrapPath(path)): boolean {
  return patterns.some((p) => pathGlob(p).match(path, wrapped));
}

/**
 * The longest run of plain characters in a glob, which every path it matches must contain
 * verbatim once wrapped in slashes (`wrapPath`). Wildcards and brace groups end a run. A pattern
 * with classes, nested braces, extglobs or escapes gets none
 * (what is inside them is alternatives; an escape changes the next character), and so does one
 * with empty, `.` or `..` segments, which minimatch reads specially. A run may hold `/`: a `/` of
 * the pattern is one of the path, so `a/b` is required whole.
 */
export function requiredLiteral(pattern: string): string {
  // A brace group (`*.{js,ts}.map`) is alternatives: read as a wildcard, what is around it is still required.
  if (/^[^{}]*(?:\{[^{}]*\}[^{}]*)*$/.test(pattern)) pattern = pattern.replace(/\{[^{}]*\}/g, '*');
  if (/[{}[\]()\\]/.test(pattern) || pattern.startsWith('!') || pattern.startsWith('#')) return '';
  if (pattern.split('/').some((segment, i, all) => (segment === '' && i > 0 && i < all.length - 1) || segment === '.' || segment === '..')) return '';
  let best = '';
  for (const run of pattern.split(/[*?!+@|]+/)) if (run.length > best.length) best = run;
  return best;
}
