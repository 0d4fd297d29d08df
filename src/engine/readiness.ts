import { loadPolicy } from '../policy/load.js';
import type { Policy } from '../policy/types.js';
import { didYouMean } from '../util/suggest.js';
import { buildReport, type Report } from '../report/model.js';
import { decide, type Decision } from './decide.js';
import { resolveClock, UsageError } from './clock.js';
import { evaluate, isPublishGate } from './run.js';
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
  /** Decide publish gates (those with payload checks) too. */
  publish?: boolean;
}

export interface ReadinessResult {
  policy: Policy;
  decision: Decision;
  report: Report;
  /** Enabled publish gates this run left for a publish run (none when gates were named). */
  deferred: string[];
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
    ...(options.publish ? { publish: true } : {}),
  });
  const deferred = options.gates || options.publish ? [] : policy.gates.filter((g) => g.enabled && isPublishGate(g)).map((g) => g.id);
  const decision = decide(evaluations, options.failOn ?? policy.settings.failOn);
  return { policy, decision, report: buildReport(policy, decision, packets, now), deferred };
}

/** One sentence on the publish gates a run left out, for the CLI and the Action summary. */
export function deferredNote(ids: readonly string[]): string {
  const list = ids.map((id) => `"${id}"`).join(', ');
  return `${ids.length} publish gate${ids.length === 1 ? '' : 's'} (${list}) read${ids.length === 1 ? 's' : ''} what the release publishes and ${ids.length === 1 ? 'was' : 'were'} not decided here`;
}
