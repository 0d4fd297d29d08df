import { GATE_STATES, type GateState } from '../engine/states.js';

/** The Action's inputs, parsed and checked: action.yml documents each. */
export interface ActionInputs {
  workspace: string;
  workingDirectory: string;
  policy?: string;
  gates: string[];
  mode: 'check' | 'scan' | 'all' | 'publish' | 'history';
  /** mode all: also scan the whole git history (history: true). */
  scanHistory?: boolean;
  baseRef?: string;
  failOn?: GateState[];
  baseline?: string;
  sarifFile?: string;
  summary: boolean;
  /** 'auto' (the default): changed lines on pull requests, every finding elsewhere. */
  annotations: 'auto' | 'on' | 'off' | 'changed-lines';
  checkRuns: boolean;
  uploadArtifact?: string;
  githubToken?: string;
  reportFile?: string;
  fingerprintKey?: string;
  /** ISO 8601 duration: also report which gates change state within it. */
  horizon?: string;
  /** Where the HTML dashboard is written; undefined when dashboard: off. */
  dashboard?: string;
  /** 'previous' (the last run's report artifact) or a report file in the workspace. */
  compareWith?: string;
  /** How many earlier runs' reports to draw the dashboard's trend from (0: none). */
  history?: number;
  trackingIssue: boolean;
  trackingIssueLabel: string;
  /** One deadline for all network work after the result is written (look back, check runs, upload, issue). */
  networkTimeoutMs: number;
}

export class InputError extends Error {}

const list = (text: string) => text.split(/[\s,]+/).filter(Boolean);

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input "${name}" must be one of ${allowed.join(', ')}, not "${value}"`);
}

/** true/false for an input whose own words are on/off. */
function booleanWord(value: string): string {
  return /^(true|yes)$/i.test(value) ? 'on' : /^(false|no)$/i.test(value) ? 'off' : value;
}

function onOff(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^(on|true|yes)$/i.test(value)) return true;
  if (/^(off|false|no)$/i.test(value)) return false;
  throw new InputError(`input "${name}" must be true or false (on and off also work), not "${value}"`);
}

/** Reads every input through `get` (core.getInput at the edge, a map in tests). */
export function parseInputs(get: (name: string) => string, env: NodeJS.ProcessEnv): ActionInputs {
  const failOn = list(get('fail-on'));
  for (const s of failOn) if (!(GATE_STATES as readonly string[]).includes(s)) throw new InputError(`input "fail-on" lists "${s}", which is not a gate state (ready, degraded, blocked, unknown)`);
  const artifact = get('upload-artifact');
  const optional = (name: string) => (get(name) ? { [camel(name)]: get(name) } : {});
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    workingDirectory: get('working-directory') || '.',
    gates: list(get('gates')),
    mode: oneOf('mode', get('mode'), ['check', 'scan', 'all', 'publish', 'history'] as const, 'check'),
    summary: onOff('summary', get('summary'), true),
    annotations: oneOf('annotations', booleanWord(get('annotations')), ['auto', 'on', 'off', 'changed-lines'] as const, 'auto'),
    checkRuns: onOff('check-runs', get('check-runs'), false),
    trackingIssue: onOff('tracking-issue', get('tracking-issue'), false),
    trackingIssueLabel: get('tracking-issue-label') || 'readiness-gate',
    networkTimeoutMs: seconds('network-timeout', get('network-timeout'), 180) * 1000,
    ...dashboard(get('dashboard')),
    ...history(get('history')),
    ...(failOn.length ? { failOn: failOn as GateState[] } : {}),
    ...(artifact && !/^(off|false|no)$/i.test(artifact) ? { uploadArtifact: artifact } : {}),
    ...optional('policy'),
    ...optional('base-ref'),
    ...optional('baseline'),
    ...optional('sarif-file'),
    ...optional('github-token'),
    ...optional('report-file'),
    ...optional('horizon'),
    ...optional('compare-with'),
    ...(env.READINESS_GATE_FINGERPRINT_KEY ? { fingerprintKey: env.READINESS_GATE_FINGERPRINT_KEY } : {}),
  } as ActionInputs;
}

/** A whole number of seconds from 1 to 3600. */
function seconds(name: string, value: string, fallback: number): number {
  if (value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 3600) throw new InputError(`input "${name}" must be a number of seconds from 1 to 3600, not "${value}"`);
  return Number(value);
}

/**
 * history: a number of earlier runs, 1 to 90 (a quarter of nightly runs), for the dashboard's
 * trend; or true, which in `mode: all` also scans the whole git history (as `mode: history` does).
 */
function history(value: string): { history?: number; scanHistory?: boolean } {
  if (value === '' || value === '0' || /^(off|false|no)$/i.test(value)) return {};
  if (/^(on|true|yes)$/i.test(value)) return { scanHistory: true };
  if (!/^\d+$/.test(value) || Number(value) > 90) throw new InputError(`input "history" must be true (scan the git history in mode all), false, or a number of earlier runs from 0 to 90 for the dashboard's trend, not "${value}"`);
  return { history: Number(value) };
}

/** dashboard: on (the default: .readiness-gate/dashboard.html), off, or a path. */
function dashboard(value: string): { dashboard?: string } {
  if (/^(off|false|no)$/i.test(value)) return {};
  if (value === '' || /^(on|true|yes)$/i.test(value)) return { dashboard: '.readiness-gate/dashboard.html' };
  return { dashboard: value };
}

function camel(name: string): string {
  return name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}
