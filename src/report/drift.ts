import { createHash } from 'node:crypto';
import { formatLocation } from '../engine/finding.js';
import type { GateState } from '../engine/states.js';
import type { Report, ReportFinding } from './model.js';
import type { Style } from './style.js';
import { textSafeDeep } from './escape.js';

/** What changed between two JSON reports of the same repository (last night's and tonight's). */
export interface Drift {
  from: { evaluatedAt: string; policyDigest: string; result: string };
  to: { evaluatedAt: string; policyDigest: string; result: string };
  policyChanged: boolean;
  gates: { id: string; from: GateState | 'absent'; to: GateState | 'absent' }[];
  newFindings: DriftFinding[];
  resolvedFindings: DriftFinding[];
  packets: { added: string[]; removed: string[] };
}

export interface DriftFinding {
  gate: string;
  /** Stable across runs: see findingFingerprint. */
  fingerprint: string;
  where: string;
  message: string;
}

/**
 * A finding is the same finding in both reports when its gate, check entry, message id, file and
 * JSON pointer match (or, without a pointer, its message: scan findings carry the value's
 * fingerprint there). Lines are left out, so an edit above a finding does not turn it into a
 * resolved one and a new one; and messages are left out where a pointer exists, because some
 * say how long ago something expired and change every night.
 */
export function findingFingerprint(gate: string, f: ReportFinding): string {
  const key = [gate, f.checkId, f.messageId, f.location?.file ?? '', f.location?.pointer ?? f.message].join('\0');
  return `sha256:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

export function diffReports(before: Report, after: Report): Drift {
  const states = (r: Report) => new Map(r.gates.map((g) => [g.id, g.state] as const));
  const [was, now] = [states(before), states(after)];
  const gates: Drift['gates'] = [];
  for (const id of new Set([...was.keys(), ...now.keys()])) {
    const from = was.get(id) ?? 'absent';
    const to = now.get(id) ?? 'absent';
    if (from !== to) gates.push({ id, from, to });
  }
  const [oldF, newF] = [findings(before), findings(after)];
  const packetIds = (r: Report) => new Set(r.packets.map((p) => p.id));
  const [oldP, newP] = [packetIds(before), packetIds(after)];
  return {
    from: { evaluatedAt: before.evaluatedAt, policyDigest: before.policy.digest, result: before.result },
    to: { evaluatedAt: after.evaluatedAt, policyDigest: after.policy.digest, result: after.result },
    policyChanged: before.policy.digest !== after.policy.digest,
    gates,
    newFindings: [...newF.values()].filter((f) => !oldF.has(f.fingerprint)),
    resolvedFindings: [...oldF.values()].filter((f) => !newF.has(f.fingerprint)),
    packets: { added: [...newP].filter((p) => !oldP.has(p)).sort(), removed: [...oldP].filter((p) => !newP.has(p)).sort() },
  };
}

function findings(report: Report): Map<string, DriftFinding> {
  const out = new Map<string, DriftFinding>();
  for (const gate of report.gates) {
    for (const f of gate.findings) {
      const fingerprint = findingFingerprint(gate.id, f);
      out.set(fingerprint, { gate: gate.id, fingerprint, where: formatLocation(f.location), message: f.message });
    }
  }
  return out;
}

/** The drift as text: gate changes first (what an operator acts on), then findings, then packets. */
export function renderDriftText(unsafe: Drift, style: Style): string {
  const d = textSafeDeep(unsafe);
  const out = [style.dim(`drift from ${d.from.evaluatedAt} (${d.from.result}) to ${d.to.evaluatedAt} (${d.to.result})`)];
  if (d.policyChanged) out.push(`policy changed: ${d.from.policyDigest} -> ${d.to.policyDigest}`);
  out.push('', style.bold(`Gates that changed (${d.gates.length})`));
  out.push(...(d.gates.length ? d.gates.map((g) => `  ${g.id}: ${g.from} -> ${g.to === 'absent' ? g.to : style.state(g.to, g.to)}`) : ['  none']));
  for (const [title, list, sign] of [['New findings', d.newFindings, '+'], ['Resolved findings', d.resolvedFindings, '-']] as const) {
    out.push('', style.bold(`${title} (${list.length})`));
    out.push(...(list.length ? list.map((f) => `  ${sign} ${f.gate}  ${f.where ? `${f.where}  ` : ''}${f.message}`) : ['  none']));
  }
  if (d.packets.added.length || d.packets.removed.length) {
    out.push('', style.bold('Packets'));
    out.push(...d.packets.added.map((p) => `  + ${p}`), ...d.packets.removed.map((p) => `  - ${p}`));
  }
  return out.join('\n') + '\n';
}

/** Reads a report written by `check --format json`; anything else is an error naming the file. */
export function parseReport(text: string, file: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file} is not JSON (${(err as Error).message}); give two reports written by "readiness-gate check --format json"`);
  }
  const r = value as Partial<Report> | null;
  if (!r || typeof r !== 'object' || r.reportVersion === undefined || !Array.isArray(r.gates) || !Array.isArray(r.packets) || !r.policy) {
    throw new Error(`${file} is not a readiness-gate report; give two reports written by "readiness-gate check --format json"`);
  }
  return r as Report;
}
