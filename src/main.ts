import * as core from '@actions/core';
import { runAction } from './action/run-action.js';
import { PolicyError } from './policy/errors.js';
import { FINGERPRINT_KEY_ENV } from './scan/mask.js';

/**
 * The GitHub Action entry. Every @actions/core call lives here; the pipeline is runAction().
 * Any error fails the step: a gate is never passed silently.
 */
async function main(): Promise<void> {
  try {
    const gates = core.getInput('gates').split(/[\s,]+/).filter(Boolean);
    const result = await runAction({
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      workingDirectory: core.getInput('working-directory') || '.',
      ...(core.getInput('policy') ? { policy: core.getInput('policy') } : {}),
      ...(gates.length ? { gates } : {}),
      ...(process.env[FINGERPRINT_KEY_ENV] ? { fingerprintKey: process.env[FINGERPRINT_KEY_ENV] } : {}),
    });
    for (const a of result.annotations) {
      const props = { title: a.title, ...(a.file ? { file: a.file } : {}), ...(a.line ? { startLine: a.line } : {}), ...(a.column ? { startColumn: a.column } : {}) };
      if (a.level === 'warning') core.warning(a.message, props);
      else core.error(a.message, props);
    }
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.summary).write();
    if (!result.passed) core.setFailed(`Readiness Gate: ${result.outputs['blocked-gates']} in a fail-on state (${result.report.failOn.join(', ')})`);
  } catch (err) {
    core.setOutput('result', 'fail');
    if (err instanceof PolicyError) core.setFailed(`Readiness Gate: the policy cannot be used:\n${err.message}`);
    else core.setFailed(`Readiness Gate: ${(err as Error).message}`);
  }
}

await main();
