import { formatLocation } from '../engine/finding.js';
import type { Report } from './model.js';
import type { Style } from './style.js';
import { textSafeDeep } from './escape.js';

/** One gate in full: what it requires, how each requirement fares, and every reason. */
export function renderExplain(unsafe: Report, style: Style): string {
  const report = textSafeDeep(unsafe);
  const out: string[] = [];
  for (const gate of report.gates) {
    out.push(`${style.bold(gate.title)} (${gate.id}): ${style.state(gate.state, gate.state)}`);
    if (gate.description) out.push(gate.description);
    out.push('');
    out.push(style.bold('Requires:'));
    if (gate.checks.length === 0) out.push('  (no checks: the gate cannot be decided and stays unknown)');
    for (const check of gate.checks) {
      const note = check.skipped ? ` (skipped: ${check.skipped})` : '';
      out.push(`  ${style.state(check.state, check.state.padEnd(8))}  ${check.check} ${style.dim(`[${check.id}]`)}: ${check.requires}${note}`);
    }
    out.push('');
    if (gate.findings.length === 0) {
      out.push(`Why: every check passed, so the gate is ${gate.state}.`);
    } else {
      out.push(style.bold('Why:'));
      for (const f of gate.findings) {
        out.push(`  ${formatLocation(f.location) || '(policy)'}  ${style.state(f.state, f.state)}  ${f.message}`);
      }
    }
    const fails = report.failOn.includes(gate.state);
    out.push('');
    out.push(fails ? `This gate fails the run (fail-on: ${report.failOn.join(', ')}).` : `This gate does not fail the run (fail-on: ${report.failOn.join(', ')}).`);
  }
  return out.join('\n') + '\n';
}
