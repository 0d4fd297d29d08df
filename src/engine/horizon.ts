import type { Policy } from '../policy/types.js';
import { decide } from './decide.js';
import { formatLocation } from './finding.js';
import { evaluate, type RunOptions } from './run.js';
import type { GateState } from './states.js';

/** A gate whose state changes within the horizon: on which (UTC) day, to what, and why. */
export interface GateChange {
  gate: string;
  /** YYYY-MM-DD, the UTC day during which the gate first leaves today's state. */
  on: string;
  from: GateState;
  to: GateState;
  /** The first reason of the new state, with its place. */
  reason?: string;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Which gates change state between now and `until`, and on which days. Evidence expires and
 * windows close, so states move as time passes with nothing pushed. Each day is found by bisection
 * over the ends of UTC days (each probe re-evaluates only that gate), so a 30-day horizon costs
 * about six evaluations per change, not thirty. This assumes states only move one way within the
 * window (ready, then degraded in a warning window, then blocked once expired), which is how
 * time-based checks behave.
 */
export async function forecast(policy: Policy, options: RunOptions, today: ReadonlyMap<string, GateState>, until: Date): Promise<GateChange[]> {
  const ends = dayEnds(options.now, until);
  const stateAt = async (gates: string[], k: number) => {
    const { evaluations } = await evaluate(policy, { ...options, now: ends[k]!, gates });
    return new Map(decide(evaluations, ['blocked']).gates.map((g) => [g.gate.id, g] as const));
  };
  const atEnd = await stateAt([...today.keys()], ends.length - 1);
  const changes: GateChange[] = [];
  for (const [id, todayState] of today) {
    const last = atEnd.get(id)!;
    // Each change is the first day-end whose state differs from the one before it: lo always
    // holds the earlier state, hi a different one. A gate that goes degraded (warning window)
    // and later blocked (expired) yields two changes, found one after the other.
    let before = todayState;
    let lo = -1;
    while (last.state !== before) {
      let hi = ends.length - 1;
      let found = last;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        const probe = (await stateAt([id], mid)).get(id)!;
        if (probe.state === before) lo = mid;
        else [hi, found] = [mid, probe];
      }
      const first = found.findings[0];
      changes.push({
        gate: id,
        on: ends[hi]!.toISOString().slice(0, 10),
        from: before,
        to: found.state,
        ...(first ? { reason: [formatLocation(first.location), first.message].filter(Boolean).join(' ') } : {}),
      });
      before = found.state;
      lo = hi;
    }
  }
  return changes.sort((a, b) => a.on.localeCompare(b.on) || a.gate.localeCompare(b.gate));
}

/** The last millisecond of each UTC day from now's day to until's, the last one capped at until. */
function dayEnds(now: Date, until: Date): Date[] {
  const out: Date[] = [];
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (let end = startOfToday + DAY - 1; ; end += DAY) {
    if (end >= until.getTime()) {
      out.push(until);
      return out;
    }
    if (end > now.getTime()) out.push(new Date(end));
  }
}
