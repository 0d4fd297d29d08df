import { loadPolicy } from '../policy/load.js';
import type { Policy } from '../policy/types.js';
import { didYouMean } from '../util/suggest.js';
import { buildReport, type Report } from '../report/model.js';
import { decide, type Decision } from './decide.js';
import { resolveClock, UsageError } from './clock.js';
import { evaluate } from './run.js';
import type { GateState } from './states.js';

export interface ReadinessOptions {
  cwd: string;
  policy?: string;
  gates?: string[];
  /** RFC 3339; overrides settings.clock. */
  now?: string;
  bundleDirs?: string[];
  /** Keys public-safety fingerprints; see scan/mask.ts. */
  fingerprintKey?: string;
  /** Overrides settings.fail-on (the Action's `fail-on` input). */
  failOn?: GateState[];
}

export interface ReadinessResult {
  policy: Policy;
  decision: Decision;
  report: Report;
}

export { UsageError };

/** The whole pipeline: policy -> packets -> checks -> findings -> decision -> report. */
export async function checkReadiness(options: ReadinessOptions): Promise<ReadinessResult> {
  const startedAt = new Date();
  const policy = loadPolicy({ cwd: options.cwd, ...(options.policy ? { policy: options.policy } : {}), ...(options.bundleDirs ? { bundleDirs: options.bundleDirs } : {}) });
  const now = resolveClock(options.now, policy.settings.clock, startedAt);
  if (options.gates) {
    const known = policy.gates.map((g) => g.id);
    for (const id of options.gates) {
      if (!known.includes(id)) throw new UsageError(`unknown gate "${id}"${didYouMean(id, known)}; the policy defines: ${known.join(', ') || '(none)'}`);
    }
  }
  const { evaluations, packets } = await evaluate(policy, {
    cwd: options.cwd,
    now,
    ...(options.gates ? { gates: options.gates } : {}),
    ...(options.fingerprintKey ? { fingerprintKey: options.fingerprintKey } : {}),
  });
  const decision = decide(evaluations, options.failOn ?? policy.settings.failOn);
  return { policy, decision, report: buildReport(policy, decision, packets, now) };
}
