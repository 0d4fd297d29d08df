import type { Rule } from '../scan/types.js';

/**
 * The custom scan rules of every policy this process has read (the base commit's on a pull
 * request, the checkout's otherwise), kept for the messages written without a policy at hand: an
 * error that stops the run, the Action's notes, the CLI's standard error. Without them only the
 * built-in rules would mask those messages, and a value only a custom rule knows (an internal
 * token format) in a file name or a policy error would be printed. Remembering more rules than
 * the run finally uses can only mask more.
 */
const known = new Map<string, Rule>();
let version = 0;

/** Called wherever custom rules are compiled (policy scan settings, imported gitleaks rules). */
export function rememberRules(rules: readonly Rule[]): void {
  for (const rule of rules) {
    const key = `${rule.id}\0${rule.pattern instanceof RegExp ? rule.pattern.source : rule.pattern.source}`;
    if (known.has(key)) continue;
    known.set(key, rule);
    version++;
  }
}

/** The remembered rules, and a number that changes whenever a rule is added (to rebuild a scanner). */
export function rememberedRules(): { rules: Rule[]; version: number } {
  return { rules: [...known.values()], version };
}
