import type { CheckDef, GateDef } from '../policy/types.js';
import { compareFindings, type Finding } from './finding.js';
import type { GateEvaluation } from './run.js';
import { worst, type GateState } from './states.js';

export interface CheckResult {
  def: CheckDef;
  state: GateState;
  skipped?: string;
}

export interface GateResult {
  gate: GateDef;
  state: GateState;
  checks: CheckResult[];
  findings: Finding[];
}

export interface Decision {
  gates: GateResult[];
  failOn: GateState[];
  /** Gates whose state is one of failOn. */
  failing: string[];
  passed: boolean;
  counts: Record<GateState, number>;
  /** Why the run failed although no gate is failing: there was no gate to decide. */
  empty?: string;
}

/**
 * The one place that turns findings into gate states and the run into pass or fail.
 * A gate is the worst state of its findings (blocked > unknown > degraded > ready). A gate that
 * has no checks, or whose every check was skipped, was never examined: it is `unknown`, never ready.
 */
export function decide(evaluations: readonly GateEvaluation[], failOn: readonly GateState[], allowEmpty = false): Decision {
  const gates = evaluations.map(({ gate, checks, findings }): GateResult => {
    const all = [...findings];
    if (checks.length === 0) {
      all.push(gateFinding(gate, 'no-checks', 'the gate has no checks, so nothing shows it is ready; add checks or disable it'));
    } else if (checks.every((c) => c.skipped)) {
      all.push(gateFinding(gate, 'nothing-checked', `no check could run: ${checks.map((c) => c.skipped).join('; ')}`));
    }
    const state = all.reduce<GateState>((s, f) => worst(s, f.state), 'ready');
    const checkResults = checks.map((c): CheckResult => {
      const mine = findings.filter((f) => f.checkId === c.def.id);
      const checkState = mine.reduce<GateState>((s, f) => worst(s, f.state), c.incomplete ? 'unknown' : 'ready');
      return { def: c.def, state: c.skipped ? 'unknown' : checkState, ...(c.skipped ? { skipped: c.skipped } : {}) };
    });
    return { gate, state, checks: checkResults, findings: all.sort(compareFindings) };
  });
  const failing = gates.filter((g) => failOn.includes(g.state)).map((g) => g.gate.id);
  const counts: Record<GateState, number> = { ready: 0, degraded: 0, blocked: 0, unknown: 0 };
  for (const g of gates) counts[g.state]++;
  // A run that decided nothing proves nothing: unknown, which fails, unless the policy accepts it.
  if (gates.length === 0 && !allowEmpty) {
    const empty = 'no gate to decide: the policy has no enabled gate (or none was selected); nothing shows the release is ready. Add gates, or set settings.allow-empty: true';
    return { gates, failOn: [...failOn], failing, passed: false, counts, empty };
  }
  return { gates, failOn: [...failOn], failing, passed: failing.length === 0, counts };
}

function gateFinding(gate: GateDef, messageId: string, message: string): Finding {
  const at = gate.origin.doc.locate(gate.origin.pointer + '/id');
  return { gate: gate.id, check: 'gate', checkId: 'gate', messageId, message, state: 'unknown', location: { file: gate.origin.doc.file, line: at.line, column: at.column } };
}
