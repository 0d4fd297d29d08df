import type { MatchContext, Rule, Severity, Verdict } from '../types.js';

/**
 * What one check found out about a value:
 * - `checksum` / `structure`: it holds (see Evidence in ../types.ts);
 * - `unchecked`: the check does not apply to this value (another token type the rule also finds);
 * - `failed`: the provider's format says the value must pass and it does not (a CRC that does not
 *   match, a macaroon that does not decode): a typo, a truncated copy or a made-up value. Still a
 *   finding, since a near-miss of a real token is worth a look, but one severity step lower;
 * - `placeholder`: it cannot be what it claims (a private key whose body is no key): low.
 */
export type Outcome = 'checksum' | 'structure' | 'unchecked' | 'failed' | 'placeholder';

export type Check = (value: string, ctx: MatchContext) => Outcome;
export type Judge = (value: string, ctx: MatchContext) => Verdict;

const ONE_STEP_LOWER: Readonly<Record<Severity, Severity>> = { critical: 'high', high: 'medium', medium: 'low', low: 'low' };

/** The severity one step below this one (low stays low: a finding is never dropped). */
export function oneStepLower(severity: Severity): Severity {
  return ONE_STEP_LOWER[severity];
}

/**
 * A check turned into a judge for one built-in rule: the rule's severity is what a failed check
 * lowers from (no rule: a check that never fails, such as base64 of user:password). (Judges are found by rule id; a policy's custom rule may take a built-in id only
 * when that rule is disabled, and is then judged by its value the same way.)
 */
export function judgeOf(rule: Pick<Rule, 'severity'> | undefined, check: Check): Judge {
  return (value, ctx) => {
    const outcome = safely(check, value, ctx);
    switch (outcome) {
      case 'checksum':
      case 'structure':
        return { evidence: outcome };
      case 'failed':
        return rule ? { evidence: 'shape', severity: oneStepLower(rule.severity) } : { evidence: 'shape' };
      case 'placeholder':
        return { evidence: 'shape', severity: 'low' };
      default:
        return { evidence: 'shape' };
    }
  };
}

/** A check that throws (a bug on some input) leaves the value's shape: evidence never stops a scan. */
function safely(check: Check, value: string, ctx: MatchContext): Outcome {
  try {
    return check(value, ctx);
  } catch {
    return 'unchecked';
  }
}

/** Bytes of a base64 or base64url text, or undefined when it is not exactly that (stray characters, bad padding). */
export function strictBase64(text: string): Buffer | undefined {
  const trimmed = withoutPadding(text);
  if (!/^[A-Za-z0-9+/_-]*$/.test(trimmed) || trimmed.length % 4 === 1) return undefined;
  return Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/**
 * The text less its trailing `=` characters. A loop, not `/=+$/`: that regex tries every `=` of a
 * long run followed by something else, which is quadratic in the run (redos.test.ts pumps `=`).
 */
export function withoutPadding(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  return text.slice(0, end);
}
