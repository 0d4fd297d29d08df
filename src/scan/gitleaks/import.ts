import { dirname, relative, resolve } from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { isInside, readInside } from '../../util/safe-read.js';
import type { AllowPredicate, Rule } from '../types.js';
import { allowPredicate, compileAllowlist } from './allowlist.js';
import { TomlLines } from './toml-lines.js';
import { translateRule, type PathRule } from './rule.js';

/**
 * Reads a gitleaks configuration (`.gitleaks.toml`) into our rule model: its rules (regex, secret
 * group, entropy, keywords, path), their allowlists and the global allowlists. Go's regexp syntax
 * is RE2, so regexes run on RE2 here as they are; one RE2 refuses is reported with its line.
 * What has no counterpart (composite `[[rules.required]]`, `extend.url`) is refused with its line.
 */
export interface ImportedGitleaks {
  rules: Rule[];
  pathRules: PathRule[];
  /** Allowlists without `targetRules`: they apply to every rule of the scan. */
  global: AllowPredicate[];
  /** Allowlists with `targetRules`, by rule id (an imported or a built-in rule). */
  targeted: Map<string, AllowPredicate[]>;
}

export type ImportProblem = (file: string, line: number | undefined, message: string) => void;

const TOP_KEYS = ['title', 'description', 'minVersion', 'extend', 'rules', 'allowlist', 'allowlists'];
const MAX_EXTEND_DEPTH = 2;

export function importGitleaks(abs: string, root: string, problem: ImportProblem, depth = 0): ImportedGitleaks {
  const empty: ImportedGitleaks = { rules: [], pathRules: [], global: [], targeted: new Map() };
  const display = relative(root, abs).split('\\').join('/');
  if (!isInside(root, abs)) {
    problem(display, undefined, 'scan.import must name a file inside the repository');
    return empty;
  }
  const read = readInside(root, relative(root, abs), 4 * 1024 * 1024);
  if (!read.ok) {
    problem(display, undefined, `cannot read the gitleaks configuration (${read.reason}); scan.import names a regular file, relative to the policy file`);
    return empty;
  }
  const text = read.bytes.toString('utf8');
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof TomlError) problem(display, err.line, `TOML syntax error: ${err.message.split('\n')[0]}`);
    else problem(display, undefined, `cannot parse TOML: ${(err as Error).message}`);
    return empty;
  }
  const lines = new TomlLines(text);
  const at = (line: number | undefined, message: string) => problem(display, line, message);
  for (const key of Object.keys(doc)) {
    if (!TOP_KEYS.includes(key)) at(lines.key(key, 1), `unknown gitleaks key "${key}"; a configuration has ${TOP_KEYS.join(', ')}`);
  }
  const base = extendedConfig(doc.extend, abs, root, lines, at, problem, depth);
  const own = ownRules(doc.rules, lines, at);
  const disabled = new Set(Array.isArray((doc.extend as Record<string, unknown> | undefined)?.disabledRules) ? ((doc.extend as Record<string, unknown>).disabledRules as string[]) : []);
  const byId = new Map<string, Rule | PathRule>();
  for (const r of [...base.rules, ...base.pathRules]) if (!disabled.has(r.id)) byId.set(r.id, r);
  for (const r of [...own.rules, ...own.pathRules]) byId.set(r.id, r); // a rule of this file replaces an extended one
  const result: ImportedGitleaks = {
    rules: [...byId.values()].filter((r): r is Rule => 'pattern' in r),
    pathRules: [...byId.values()].filter((r): r is PathRule => !('pattern' in r)),
    global: [...base.global],
    targeted: new Map(base.targeted),
  };
  globalAllowlists(doc, lines, at, result);
  return result;
}

function extendedConfig(extend: unknown, abs: string, root: string, lines: TomlLines, at: (line: number | undefined, m: string) => void, problem: ImportProblem, depth: number): ImportedGitleaks {
  const none: ImportedGitleaks = { rules: [], pathRules: [], global: [], targeted: new Map() };
  if (extend === undefined) return none;
  const line = lines.header('extend', 0);
  if (typeof extend !== 'object' || extend === null || Array.isArray(extend)) {
    at(line, '[extend] must be a table');
    return none;
  }
  const e = extend as Record<string, unknown>;
  if (e.url !== undefined) at(lines.key('url', line ?? 1), 'extend.url is not supported: nothing is fetched at run time. Download the file into the repository and use extend.path');
  if (e.path !== undefined && e.useDefault === true) at(line, 'extend.path and extend.useDefault cannot both be set (as in gitleaks)');
  if (e.path === undefined) return none; // useDefault: the built-in public-safety rules stand for gitleaks' defaults
  if (typeof e.path !== 'string') {
    at(lines.key('path', line ?? 1), 'extend.path must be a string');
    return none;
  }
  if (depth >= MAX_EXTEND_DEPTH) {
    at(lines.key('path', line ?? 1), `extend.path goes deeper than ${MAX_EXTEND_DEPTH} levels (the gitleaks limit)`);
    return none;
  }
  return importGitleaks(resolve(dirname(abs), e.path), root, problem, depth + 1);
}

function ownRules(raw: unknown, lines: TomlLines, at: (line: number | undefined, m: string) => void): { rules: Rule[]; pathRules: PathRule[] } {
  const out = { rules: [] as Rule[], pathRules: [] as PathRule[] };
  if (raw === undefined) return out;
  if (!Array.isArray(raw)) {
    at(lines.key('rules', 1), 'rules must be an array of tables, written [[rules]]');
    return out;
  }
  raw.forEach((entry, i) => {
    const rule = translateRule(entry, i, lines, at);
    if (rule?.kind === 'content') out.rules.push(rule.rule);
    if (rule?.kind === 'path') out.pathRules.push(rule.rule);
  });
  return out;
}

/** `[allowlist]` (older) or `[[allowlists]]`: untargeted ones go global, targeted ones by rule id. */
function globalAllowlists(doc: Record<string, unknown>, lines: TomlLines, at: (line: number | undefined, m: string) => void, result: ImportedGitleaks): void {
  if (doc.allowlist !== undefined && doc.allowlists !== undefined) {
    at(lines.header('allowlist', 0), '[allowlist] is the older form of [[allowlists]]; use one or the other (as in gitleaks)');
    return;
  }
  const list = doc.allowlists !== undefined ? doc.allowlists : doc.allowlist !== undefined ? [doc.allowlist] : [];
  if (!Array.isArray(list)) {
    at(lines.key('allowlists', 1), 'allowlists must be written [[allowlists]]');
    return;
  }
  const header = doc.allowlists !== undefined ? 'allowlists' : 'allowlist';
  list.forEach((raw, i) => {
    const line = lines.header(header, i);
    const compiled = compileAllowlist(raw, line ?? 1, lines, at);
    if (!compiled) return;
    const targets = (raw as Record<string, unknown>).targetRules;
    if (Array.isArray(targets) && targets.length > 0) {
      for (const id of targets) result.targeted.set(String(id), [...(result.targeted.get(String(id)) ?? []), allowPredicate(compiled)]);
    } else result.global.push(allowPredicate(compiled));
  });
}
