import * as core from '@actions/core';
import { readEvent } from './action/event.js';
import { InputError, parseInputs } from './action/inputs.js';
import { ActionError, runAction, type ActionResult, type FollowUp } from './action/run-action.js';
import { TrustError } from './action/trusted.js';
import { UsageError } from './engine/clock.js';
import { PolicyError } from './policy/errors.js';
import { textSafe, textSafeLines } from './report/escape.js';
import { redactWithDefaults } from './report/redact.js';
import { BaselineError } from './scan/baseline.js';
import { GitError } from './scan/targets/git.js';

/**
 * The GitHub Action: `run()` is what the runner (through src/index.ts) and @github/local-action
 * call. Every @actions/core call lives here; the pipeline is runAction().
 * Any error fails the step with a clear message: a gate is never passed silently. The result
 * (annotations, outputs, summary, the step's failure) is written before any network work, which
 * then runs under one deadline and can only add notices and warnings.
 */
export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name), process.env);
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    const { result, followUp } = await runAction(inputs, readEvent(process.env), process.env);
    await emit(result, inputs.summary);
    const extra = await withDeadline(followUp(), inputs.networkTimeoutMs);
    if (extra === 'timed-out') {
      core.warning(`Network work (look back, check runs, artifact upload, tracking issue) did not finish within ${inputs.networkTimeoutMs / 1000} s and was abandoned. The gate result above stands.`);
    } else {
      await emitFollowUp(extra, inputs.summary);
    }
  } catch (err) {
    core.setOutput('result', 'fail');
    // An error message can quote policy text or a path: masked like every other line of the log.
    const message = logText((err as Error).message ?? String(err));
    if (err instanceof PolicyError) core.setFailed(`Readiness Gate: the policy cannot be used:\n${message}`);
    else if (err instanceof InputError || err instanceof ActionError || err instanceof UsageError || err instanceof BaselineError || err instanceof GitError || err instanceof TrustError) core.setFailed(`Readiness Gate: ${message}`);
    else core.setFailed(`Readiness Gate: internal error: ${message}`);
  }
}

/**
 * What the log may show of a message: every value any known rule flags masked (the built-ins and
 * the custom rules of the policy read, see report/known-rules.ts), and terminal escapes, bidi
 * controls and other control characters shown as escapes, so a file name or packet value cannot
 * recolour, hide or reorder what the reader sees. Line breaks are kept: @actions/core encodes them.
 */
function logText(text: string): string {
  return redactWithDefaults(textSafeLines(text));
}

/** One-line log data (an annotation's title and file name): no line break either. */
function logName(text: string): string {
  return redactWithDefaults(textSafe(text));
}

async function emit(result: ActionResult, summary: boolean): Promise<void> {
  for (const a of result.annotations) {
    const props = { title: logName(a.title), ...(a.file ? { file: logName(a.file) } : {}), ...(a.line ? { startLine: a.line } : {}), ...(a.column ? { startColumn: a.column } : {}) };
    if (a.level === 'error') core.error(logText(a.message), props);
    else if (a.level === 'warning') core.warning(logText(a.message), props);
    else core.notice(logText(a.message), props);
  }
  for (const note of result.notices) core.notice(logText(note));
  for (const warning of result.warnings) core.warning(logText(warning));
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
  if (summary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.summary).write();
  if (!result.passed) {
    const blocked = result.outputs['blocked-gates'];
    const scanned = result.scan?.findings.length ?? 0;
    const reasons = [blocked ? `${blocked} in a fail-on state (${result.report?.failOn.join(', ')})` : '', scanned ? `${scanned} public-safety finding${scanned === 1 ? '' : 's'}` : '', result.report?.reason ?? ''].filter(Boolean);
    core.setFailed(logText(`Readiness Gate: ${reasons.join('; ')}`));
  }
}

async function emitFollowUp(extra: FollowUp, summary: boolean): Promise<void> {
  for (const note of extra.notices) core.notice(logText(note));
  for (const warning of extra.warnings) core.warning(logText(warning));
  for (const [name, value] of Object.entries(extra.outputs)) core.setOutput(name, value);
  if (summary && extra.summary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(extra.summary).write();
}

/** The promise's value, or 'timed-out' once the deadline passes (the work is then abandoned). */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | 'timed-out'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timed-out'>((resolve) => (timer = setTimeout(() => resolve('timed-out'), ms)));
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

