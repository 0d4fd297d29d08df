import type { MatchContext, Verdict } from '../types.js';

/**
 * Offline evidence, by rule id (issue 21, part 4): what a rule's value shows about itself beyond its
 * shape. Kept apart from the rules so that the checks (checksums, decoders) live in one place and a
 * rule file stays data. See verdictOf in ../verdict.ts.
 */
export const JUDGES: Readonly<Record<string, (value: string, ctx: MatchContext) => Verdict>> = {};
