import { durationHint } from '../util/ajv-errors.js';
import { loadPolicy } from '../policy/load.js';
import type { Policy } from '../policy/types.js';
import { didYouMean } from '../util/suggest.js';
import { buildReport, type Report } from '../report/model.js';
import { redactDeep, redactionRules } from '../report/redact.js';
import { Scanner } from '../scan/scanner.js';
import { decide, type Decision } from './decide.js';
import { resolveClock, UsageError } from './clock.js';
import { addDuration, parseDuration } from './duration.js';
import { forecast } from './horizon.js';
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
  /** An ISO 8601 duration (P14D): also report which gates change state before now + horizon, and when. */
  horizon?: string;
  /** Where schemas are read from (a base-commit snapshot on pull requests); defaults to cwd. */
  judgeRoot?: string;
}

export interface ReadinessResult {
  policy: Policy;
  decision: Decision;
  report: Report;
  /** Enabled publish gates this run left for a publish run (none when gates were named). */
  deferred: string[];
  /** The schema files that judged the packets, repository-relative. */
  schemaFiles: string[];
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
  const until = options.horizon === undefined ? undefined : horizonEnd(options.horizon, now);
  const runOptions = {
    cwd: options.cwd,
    ...(options.judgeRoot ? { judgeRoot: options.judgeRoot } : {}),
    now,
    ...(options.gates ? { gates: options.gates } : {}),
    ...(options.fingerprintKey ? { fingerprintKey: options.fingerprintKey } : {}),
    ...(options.publish ? { publish: true } : {}),
  };
  const { evaluations, packets, schemaFiles } = await evaluate(policy, runOptions);
  const deferred = options.gates || options.publish ? [] : policy.gates.filter((g) => g.enabled && isPublishGate(g)).map((g) => g.id);
  const decision = decide(evaluations, options.failOn ?? policy.settings.failOn, policy.settings.allowEmpty);
  // Nothing a report carries may quote a value the public-safety rules would flag.
  const report = redactDeep(new Scanner({ rules: redactionRules(policy.scan.rules) }), buildReport(policy, decision, packets, now));
  if (until) {
    const today = new Map(decision.gates.map((g) => [g.gate.id, g.state] as const));
    report.horizon = { duration: options.horizon!, until: until.toISOString(), changes: await forecast(policy, runOptions, today, until) };
  }
  return { policy, decision, report, deferred, schemaFiles };
}

function horizonEnd(text: string, now: Date): Date {
  const d = parseDuration(text);
  if (!d) throw new UsageError(`--horizon: ${durationHint(text)}`);
  const until = addDuration(now, d);
  if (until.getTime() <= now.getTime()) throw new UsageError(`--horizon "${text}" must reach past now`);
  if (until.getTime() - now.getTime() > 366 * 24 * 3600 * 1000) throw new UsageError(`--horizon "${text}" is longer than a year; a nightly audit looks days or weeks ahead`);
  return until;
}

/** One sentence on the publish gates a run left out, for the CLI and the Action summary. */
export function deferredNote(ids: readonly string[]): string {
  const list = ids.map((id) => `"${id}"`).join(', ');
  return `${ids.length} publish gate${ids.length === 1 ? '' : 's'} (${list}) read${ids.length === 1 ? 's' : ''} what the release publishes and ${ids.length === 1 ? 'was' : 'were'} not decided here`;
}
