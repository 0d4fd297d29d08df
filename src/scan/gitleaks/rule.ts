import { RE2JS } from 're2js';
import type { AllowPredicate, Category, Rule, Severity } from '../types.js';
import { allowPredicate, compileAllowlist, pathAllowedBy, type GitleaksAllowlist } from './allowlist.js';
import type { TomlLines } from './toml-lines.js';
import { re2Reason } from '../../util/re2-reason.js';

/** A rule that matches files by path alone (a gitleaks rule with `path` and no `regex`). */
export interface PathRule {
  id: string;
  description: string;
  severity: Severity;
  category: Category;
  test(path: string): boolean;
  /** True when an allowlist of the rule lets this path pass. */
  allowed(path: string): boolean;
}

type At = (line: number | undefined, message: string) => void;

const RULE_KEYS = ['id', 'description', 'regex', 'secretGroup', 'entropy', 'keywords', 'path', 'tags', 'allowlist', 'allowlists', 'required', 'skipReport'];

function re2(source: string, line: number, what: string, at: At): RE2JS | undefined {
  try {
    return RE2JS.compile(source);
  } catch (err) {
    at(line, `${what} is not RE2 (${re2Reason(err)}); gitleaks regexes are Go (RE2) syntax: rewrite it without lookaround or backreferences`);
    return undefined;
  }
}

/** Translates the i-th `[[rules]]` table, or reports why it cannot be used. */
export function translateRule(raw: unknown, i: number, lines: TomlLines, at: At): { kind: 'content'; rule: Rule } | { kind: 'path'; rule: PathRule } | undefined {
  const header = lines.header('rules', i) ?? 1;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    at(header, 'a rule must be a table written [[rules]]');
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!RULE_KEYS.includes(key)) at(lines.key(key, header), `unknown rule key "${key}"; a gitleaks rule has ${RULE_KEYS.join(', ')}`);
  const id = typeof r.id === 'string' ? r.id.trim() : '';
  if (!id) {
    at(header, 'a rule needs an id');
    return undefined;
  }
  if (r.required !== undefined) {
    at(lines.containing('rules.required', header), `rule "${id}": composite rules ([[rules.required]]) have no counterpart here; split it into separate rules`);
    return undefined;
  }
  if (r.skipReport === true) return undefined; // only ever used as part of a composite rule
  if (typeof r.regex !== 'string' && typeof r.path !== 'string') {
    at(header, `rule "${id}": both regex and path are empty, so it would find nothing (as gitleaks says)`);
    return undefined;
  }
  const allowlists = ruleAllowlists(r, id, header, lines, at);
  const path = typeof r.path === 'string' ? re2(r.path, lines.ruleKey(i, 'path'), `rule "${id}": path`, at) : undefined;
  if (typeof r.path === 'string' && !path) return undefined;
  const common = { id, description: typeof r.description === 'string' && r.description ? r.description : `gitleaks rule ${id}`, severity: 'high' as const, category: 'generic-secret' as const, everywhere: true };
  if (typeof r.regex !== 'string') {
    return { kind: 'path', rule: { ...common, test: (p) => path!.matcher(p).find(), allowed: (p) => allowlists.some((a) => pathAllowedBy(a, p)) } };
  }
  const regexLine = lines.ruleKey(i, 'regex');
  const pattern = re2(r.regex, regexLine, `rule "${id}": regex`, at);
  if (!pattern) return undefined;
  if (pattern.matcher('').find()) {
    at(regexLine, `rule "${id}": the regex matches the empty string, so it would flag every file; make it match at least one character`);
    return undefined;
  }
  const group = typeof r.secretGroup === 'number' ? r.secretGroup : 0;
  if (!Number.isInteger(group) || group < 0 || group > pattern.groupCount()) {
    at(lines.ruleKey(i, 'secretGroup'), `rule "${id}": secretGroup ${String(r.secretGroup)} is not a group of the regex (it has ${pattern.groupCount()})`);
    return undefined;
  }
  const keywords = ruleKeywords(r.keywords, id, lines.ruleKey(i, 'keywords'), at);
  const entropy = typeof r.entropy === 'number' && r.entropy > 0 ? r.entropy : undefined;
  const predicates: AllowPredicate[] = allowlists.map(allowPredicate);
  return {
    kind: 'content',
    rule: {
      ...common,
      keywords,
      pattern: { re2: pattern, source: r.regex, group: group > 0 ? group : 'first' },
      // gitleaks drops a value whose entropy is at or below the threshold; ours drops below it.
      ...(entropy !== undefined ? { entropy: entropy + 1e-9 } : {}),
      ...(path ? { onlyPaths: { test: (p: string) => path.matcher(p).find() } } : {}),
      ...(predicates.length ? { allowlist: { predicates } } : {}),
    },
  };
}

function ruleKeywords(raw: unknown, id: string, line: number, at: At): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.some((k) => typeof k !== 'string' || k === '')) {
    at(line, `rule "${id}": keywords must be an array of non-empty strings`);
    return [];
  }
  const bad = (raw as string[]).find((k) => !/^[\x20-\x7e]+$/.test(k));
  if (bad !== undefined) {
    at(line, `rule "${id}": keyword "${bad}" must be printable ASCII (the keyword pass folds ASCII case only)`);
    return [];
  }
  return (raw as string[]).map((k) => k.toLowerCase());
}

/** `[rules.allowlist]` (older) or `[[rules.allowlists]]` of one rule. */
function ruleAllowlists(r: Record<string, unknown>, id: string, header: number, lines: TomlLines, at: At): GitleaksAllowlist[] {
  if (r.allowlist !== undefined && r.allowlists !== undefined) {
    at(header, `rule "${id}": [rules.allowlist] is the older form of [[rules.allowlists]]; use one or the other`);
    return [];
  }
  const list = r.allowlists !== undefined ? r.allowlists : r.allowlist !== undefined ? [r.allowlist] : [];
  if (!Array.isArray(list)) {
    at(header, `rule "${id}": allowlists must be written [[rules.allowlists]]`);
    return [];
  }
  return list.flatMap((a) => {
    const line = lines.containing('allowlist', header);
    const compiled = compileAllowlist(a, line, lines, (l, m) => at(l, `rule "${id}": ${m}`));
    return compiled ? [compiled] : [];
  });
}
