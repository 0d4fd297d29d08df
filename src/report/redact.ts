import { LineIndex } from '../document/lines.js';
import { mask } from '../scan/mask.js';
import { PUBLIC_SAFETY_RULES } from '../scan/rules/index.js';
import { Scanner as ScannerClass, type Scanner } from '../scan/scanner.js';
import type { Rule } from '../scan/types.js';
import { rememberedRules } from './known-rules.js';

const MIN_MASKED = 6;

/**
 * The last word on "never print a value": every string a report carries (messages, file names,
 * pointers, titles, what a check requires) passes the public-safety scanner, and whatever it
 * would flag is replaced by its masked form. Checks already mask the values they quote; this
 * catches what they cannot foresee: a token as a JSON key, in a file name, in a CEL error, in a
 * policy's own constants.
 */
export function redactText(scanner: Scanner, text: string): string {
  if (text.length === 0) return text;
  // A value of a few characters (a custom rule as broad as `x`) is no secret worth hiding, and
  // masking it would garble every word of a message that holds the letter.
  const found = scanner.scanText('', text).filter((f) => f.endLine > f.line || f.endColumn - f.column >= MIN_MASKED);
  if (found.length === 0) return text;
  const lines = new LineIndex(text);
  const spans = found
    .map((f) => ({ start: lines.offset(f.line, f.column), end: lines.offset(f.endLine, f.endColumn) }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  let floor = Infinity;
  for (const s of spans) {
    if (s.end > floor) continue; // overlapping spans: the later one already covers it
    out = out.slice(0, s.start) + mask(out.slice(s.start, s.end)) + out.slice(s.end);
    floor = s.start;
  }
  return out;
}

/**
 * The rules redaction uses: the policy's, plus every built-in one a policy may have disabled for
 * scanning: switching a rule off for findings does not make its values fit to print.
 */
export function redactionRules(policyRules: readonly Rule[]): Rule[] {
  const ids = new Set(policyRules.map((r) => r.id));
  // A rule a policy limited to some paths (an imported gitleaks `path`) still masks its values
  // anywhere: redaction scans messages and names, which have no path of their own. A built-in rule
  // that reads one file format (.pgpass, gradle.properties) does not: a message is not that file,
  // and read as one, any "name: words" would be its password.
  const builtIn = new Set<Rule>(PUBLIC_SAFETY_RULES);
  return [...policyRules, ...PUBLIC_SAFETY_RULES.filter((r) => !ids.has(r.id))].map((r) => (r.onlyPaths && !builtIn.has(r) ? withoutPaths(r) : r));
}

function withoutPaths(rule: Rule): Rule {
  const { onlyPaths: _onlyPaths, ...rest } = rule;
  return rest;
}

/**
 * The scanner redaction uses. Inline allow markers are ignored: a marker is a reviewer's word that
 * a value in a file may stay there, never that it may be printed, and a message or file name that
 * carries a marker next to a token must not unmask it.
 */
export function redactionScanner(policyRules: readonly Rule[]): Scanner {
  return new ScannerClass({ rules: redactionRules(policyRules), inlineAllow: false });
}

/** Keys whose values are ours and fixed-format (hashes, times), never data to redact. */
const KEEP = new Set(['fingerprint', 'digest', 'evaluatedAt', 'reportVersion', 'scanVersion', 'state', 'severity', 'masked']);

/** A copy of a report with every data string redacted. */
export function redactDeep<T>(scanner: Scanner, value: T, key = ''): T {
  if (typeof value === 'string') return (KEEP.has(key) ? value : redactText(scanner, value)) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(scanner, v, key)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(scanner, v, k);
    return out as T;
  }
  return value;
}

let defaultScanner: { scanner: Scanner; version: number } | undefined;

/**
 * Redacts with every built-in rule and the custom rules of every policy read so far (see
 * known-rules.ts): for error messages and notes written where no policy is at hand.
 */
export function redactWithDefaults(text: string): string {
  const remembered = rememberedRules();
  if (defaultScanner?.version !== remembered.version) {
    defaultScanner = { scanner: redactionScanner(remembered.rules), version: remembered.version };
  }
  return redactText(defaultScanner.scanner, text);
}
