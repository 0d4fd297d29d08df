import { JUDGES } from './evidence/index.js';
import type { MatchContext, Rule, Verdict } from './types.js';

/**
 * The one place a finding's evidence and severity are decided. A rule that can check more than
 * its shape (a checksum, a structure) says so in its `judge` or in evidence/index.ts by its id;
 * every other value is `shape` at the rule's severity. A judge may lower a severity (a checksum
 * that fails: still reported, never dropped) or raise it; it never drops a finding.
 */
export function verdictOf(rule: Rule, value: string, ctx: MatchContext): Required<Verdict> {
  const judge = rule.judge ?? (Object.hasOwn(JUDGES, rule.id) ? JUDGES[rule.id] : undefined);
  // A judge that throws has no evidence to give: the finding stands as `shape`, never lost.
  let v: Verdict | undefined;
  try {
    v = judge?.(value, ctx);
  } catch {
    v = undefined;
  }
  return { evidence: v?.evidence ?? 'shape', severity: v?.severity ?? rule.severity };
}
