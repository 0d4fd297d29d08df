import { RE2JS } from 're2js';
import type { AllowPredicate, MatchContext } from '../types.js';
import type { TomlLines } from './toml-lines.js';
import { re2Reason } from '../../util/re2-reason.js';

/** One gitleaks allowlist, compiled: what it tests and how its conditions combine. */
export interface GitleaksAllowlist {
  condition: 'or' | 'and';
  /** Commits name history; a scan of files has none, so they never match (as in gitleaks). */
  commits: string[];
  paths: RE2JS[];
  regexes: RE2JS[];
  /** What the regexes test: the value found (default), the whole match, or the whole line. */
  regexTarget: 'secret' | 'match' | 'line';
  stopwords: string[];
}

function lineOf(ctx: MatchContext): string {
  const start = ctx.text.lastIndexOf('\n', ctx.index - 1) + 1;
  const end = ctx.text.indexOf('\n', ctx.index);
  return ctx.text.slice(start, end === -1 ? undefined : end);
}

/**
 * gitleaks' allowlist semantics: each kind of condition that is present is tested; with OR any
 * one that holds allows the finding, with AND all present kinds must hold. Stopwords are tested
 * against the value, lower-cased; a commit condition never holds for files.
 */
export function allowPredicate(a: GitleaksAllowlist): AllowPredicate {
  return (value, ctx) => {
    const tests: boolean[] = [];
    if (a.commits.length > 0) tests.push(false);
    if (a.paths.length > 0) tests.push(a.paths.some((re) => re.matcher(ctx.file).find()));
    if (a.regexes.length > 0) {
      const target = a.regexTarget === 'line' ? lineOf(ctx) : a.regexTarget === 'match' ? (ctx.match ?? value) : value;
      tests.push(a.regexes.some((re) => re.matcher(target).find()));
    }
    if (a.stopwords.length > 0) {
      const lower = value.toLowerCase();
      tests.push(a.stopwords.some((w) => lower.includes(w)));
    }
    return a.condition === 'and' ? tests.length > 0 && tests.every(Boolean) : tests.some(Boolean);
  };
}

/** Whether a path alone is allowed: for rules that match by path only. */
export function pathAllowedBy(a: GitleaksAllowlist, path: string): boolean {
  if (a.paths.length === 0) return false;
  const hit = a.paths.some((re) => re.matcher(path).find());
  if (a.condition === 'or') return hit;
  return hit && a.commits.length === 0 && a.regexes.length === 0 && a.stopwords.length === 0;
}

/** Compiles one allowlist table, reporting what gitleaks itself would refuse. */
export function compileAllowlist(raw: unknown, line: number, lines: TomlLines, at: (line: number | undefined, m: string) => void): GitleaksAllowlist | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    at(line, 'an allowlist must be a table');
    return undefined;
  }
  const a = raw as Record<string, unknown>;
  const strings = (key: string): string[] => {
    const v = a[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) {
      at(lines.key(key, line), `allowlist ${key} must be an array of strings`);
      return [];
    }
    return v as string[];
  };
  const condition = String(a.condition ?? 'or').toLowerCase();
  if (!['or', 'and', '||', '&&'].includes(condition)) at(lines.key('condition', line), `allowlist condition "${String(a.condition)}" must be "OR" or "AND"`);
  const target = a.regexTarget ?? 'secret';
  if (!['secret', 'match', 'line'].includes(String(target))) at(lines.key('regexTarget', line), `regexTarget "${String(target)}" must be "secret", "match" or "line"`);
  const compile = (key: string, sources: string[]) =>
    sources.flatMap((source) => {
      try {
        return [RE2JS.compile(source)];
      } catch (err) {
        at(lines.containing(source, line), `allowlist ${key} regex is not RE2 (${re2Reason(err)}); rewrite it without lookaround or backreferences`);
        return [];
      }
    });
  const commits = strings('commits');
  const paths = strings('paths');
  const regexes = strings('regexes');
  const stopwords = strings('stopwords');
  if (commits.length + paths.length + regexes.length + stopwords.length === 0) {
    at(line, 'an allowlist must have at least one of commits, paths, regexes or stopwords (as in gitleaks)');
    return undefined;
  }
  const compiled: GitleaksAllowlist = {
    condition: condition === 'and' || condition === '&&' ? 'and' : 'or',
    commits,
    paths: compile('paths', paths),
    regexes: compile('regexes', regexes),
    regexTarget: (['match', 'line'].includes(String(target)) ? target : 'secret') as GitleaksAllowlist['regexTarget'],
    stopwords: stopwords.map((w) => w.toLowerCase()),
  };
  return compiled;
}
