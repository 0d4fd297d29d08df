/** Gate states, from best to worst. A finding carries the state it pushes its gate to. */
export const GATE_STATES = ['ready', 'degraded', 'unknown', 'blocked'] as const;
export type GateState = (typeof GATE_STATES)[number];
export type FindingState = Exclude<GateState, 'ready'>;

/**
 * Severity order used to combine findings: a definite `blocked` outranks `unknown` (the gate is decided,
 * and decided badly); `unknown` outranks `degraded` because an undecidable gate must never look healthy.
 */
const RANK: Record<GateState, number> = { ready: 0, degraded: 1, unknown: 2, blocked: 3 };

export function worst(a: GateState, b: GateState): GateState {
  return RANK[a] >= RANK[b] ? a : b;
}

export function isGateState(value: unknown): value is GateState {
  return typeof value === 'string' && (GATE_STATES as readonly string[]).includes(value);
}
