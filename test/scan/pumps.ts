/**
 * Adversarial inputs for a rule, built from the pieces of its own pattern: a prefix that gets the
 * regex going (a keyword, a literal of the pattern, the start of one of the rule's own samples)
 * followed by one unit repeated n times (a member of each character class, each literal, and the
 * separators that rules tend to share: spaces, newlines, `=`, dots, `@`, `:`, base64 characters),
 * then a character that ends nothing. A pattern that backtracks superlinearly does so on some
 * input of this shape: the pump sits where two quantified pieces can both take it.
 */
import type { Rule } from '../../src/scan/types.js';

export interface Pump {
  prefix: string;
  unit: string;
  suffix: string;
}

/** Printable ASCII plus tab, newline and carriage return: the characters pumps are made of. */
const ALPHABET = ['\t', '\n', '\r', ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))];

/** Separators and shapes that many rules share, whatever their pattern says. */
const COMMON_UNITS = [' ', '\n', '\t', '\r\n', '=', 'a', 'A', '0', '/', '+', '.', '@', ':', '-', '_', '\\n', '"', '%', ',', 'a.', 'a@', 'a-', 'a ', 'a:', '0.', 'a=', '\\na', 'a\n', 'a/', 'aA0', ' \n', '. ', ': ', '= ', 'a_', '0:', '1.2.', 'ab.c', '::'];

/** The character classes of a pattern (`[...]`, `\s`, `\d`, `\w`, `.`) with a few members each. */
export function classMembers(source: string, flags: string): string[][] {
  const classes = source.match(/\[(?:\\.|[^\]\\])*\]|\\[sdwSDW]|(?<!\\)\./g) ?? [];
  const out: string[][] = [];
  for (const cls of new Set(classes)) {
    let re: RegExp;
    try {
      re = new RegExp(`^${cls}$`, flags.replace(/[gyd]/g, ''));
    } catch {
      continue;
    }
    const members = ALPHABET.filter((c) => re.test(c));
    if (members.length > 0) out.push(members);
  }
  return out;
}

/** A few members of a class: its first and last, and any of the usual suspects it holds. */
function representatives(members: string[]): string[] {
  const picks = new Set([members[0]!, members[members.length - 1]!, members[Math.floor(members.length / 2)]!]);
  for (const c of [' ', '\n', '=', '.', '@', ':', '-', '/', '+', 'a', '0', '\\', '"']) if (members.includes(c)) picks.add(c);
  return [...picks];
}

/** Literal runs of a pattern (outside classes, escapes and group syntax), two characters or more. */
export function literals(source: string): string[] {
  const stripped = source
    .replace(/\[(?:\\.|[^\]\\])*\]/g, '\u0000')
    .replace(/\(\?(?:<[A-Za-z0-9_]+>|<?[=!]|:)/g, '\u0000')
    .replace(/\{\d+(?:,\d*)?\}/g, '\u0000')
    .replace(/\\([.\\/\-+*?()[\]{}|^$@:=#%&_,'"` ])/g, '$1')
    .replace(/\\[A-Za-z0-9]/g, '\u0000');
  const runs = stripped.split(/[\u0000()|?*+^$]+/).filter((r) => r.length >= 2);
  return [...new Set(runs.map((r) => r.replace(/^\./, '').replace(/\.$/, '')).filter((r) => r.length >= 2))].slice(0, 12);
}

/** The pumps to try against a rule. */
export function pumpsFor(rule: Rule, positives: readonly string[]): Pump[] {
  const pattern = rule.pattern instanceof RegExp ? rule.pattern : undefined;
  const source = pattern?.source ?? '';
  const flags = pattern?.flags ?? '';
  const lits = literals(source);
  const prefixes = new Set<string>(['']);
  for (const k of rule.keywords.slice(0, 4)) {
    prefixes.add(k);
    prefixes.add(`${k} = "`);
  }
  for (const l of lits.slice(0, 4)) prefixes.add(l);
  for (const sample of positives.slice(0, 2)) {
    for (const cut of [0.25, 0.5, 0.9]) prefixes.add(sample.slice(0, Math.max(1, Math.floor(sample.length * cut))));
  }
  const units = new Set<string>(COMMON_UNITS);
  for (const members of classMembers(source, flags)) for (const c of representatives(members)) units.add(c);
  for (const l of lits) units.add(l);
  const out: Pump[] = [];
  for (const prefix of prefixes) for (const unit of units) out.push({ prefix, unit, suffix: '!' });
  return out;
}

export function pumped(p: Pump, n: number): string {
  return p.prefix + p.unit.repeat(n) + p.suffix;
}
