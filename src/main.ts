import * as core from '@actions/core';
import { ActionError, runAction } from './action/run-action.js';
import { readEvent } from './action/event.js';
import { TrustError } from './action/trusted.js';
import { InputError, parseInputs } from './action/inputs.js';
import { UsageError } from './engine/clock.js';
import { PolicyError } from './policy/errors.js';
import { BaselineError } from './scan/baseline.js';
import { GitError } from './scan/targets/git.js';

/**
 * The GitHub Action entry. Every @actions/core call lives here; the pipeline is runAction().
 * Any error fails the step with a clear message: a gate is never passed silently.
 */
async function main(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name), process.env);
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    const result = await runAction(inputs, readEvent(process.env), process.env);
    for (const a of result.annotations) {
      const props = { title: a.title, ...(a.file ? { file: a.file } : {}), ...(a.line ? { startLine: a.line } : {}), ...(a.column ? { startColumn: a.column } : {}) };
      if (a.level === 'error') core.error(a.message, props);
      else if (a.level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
    for (const note of result.notices) core.notice(note);
    for (const warning of result.warnings) core.warning(warning);
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.summary).write();
    if (!result.passed) {
      const blocked = result.outputs['blocked-gates'];
      const scanned = result.scan?.findings.length ?? 0;
      core.setFailed(`Readiness Gate: ${[blocked ? `${blocked} in a fail-on state (${result.report?.failOn.join(', ')})` : '', scanned ? `${scanned} public-safety findings` : ''].filter(Boolean).join('; ')}`);
    }
  } catch (err) {
    core.setOutput('result', 'fail');
    if (err instanceof PolicyError) core.setFailed(`Readiness Gate: the policy cannot be used:\n${err.message}`);
    else if (err instanceof InputError || err instanceof ActionError || err instanceof UsageError || err instanceof BaselineError || err instanceof GitError || err instanceof TrustError) core.setFailed(`Readiness Gate: ${err.message}`);
    else core.setFailed(`Readiness Gate: internal error: ${(err as Error).message}`);
  }
}

await main();
