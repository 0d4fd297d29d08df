import { CHECKS } from '../checks/registry.js';
import type { Decision } from '../engine/decide.js';
import type { Finding } from '../engine/finding.js';
import type { PacketStore } from '../engine/packets.js';
import type { GateChange } from '../engine/horizon.js';
import type { GateState } from '../engine/states.js';
import type { Policy } from '../policy/types.js';
import { REPORT_VERSION, VERSION } from '../version.js';

/** The JSON report, version 1: documented in docs/report.md, schema in docs/report.schema.json. */
export interface Report {
  reportVersion: typeof REPORT_VERSION;
  tool: { name: 'readiness-gate'; version: string };
  evaluatedAt: string;
  policy: { files: string[]; digest: string };
  result: 'pass' | 'fail';
  /** Why the run failed with no failing gate: it had no gate to decide. */
  reason?: string;
  failOn: GateState[];
  summary: { gates: number; findings: number } & Record<GateState, number>;
  gates: ReportGate[];
  packets: ReportPacket[];
  /** With --horizon: the gates whose state changes before `until`, first change first. */
  horizon?: { duration: string; until: string; changes: GateChange[] };
}

export interface ReportGate {
  id: string;
  title: string;
  description?: string;
  state: GateState;
  checks: { id: string; check: string; state: GateState; requires: string; skipped?: string }[];
  findings: ReportFinding[];
}

export type ReportFinding = Omit<Finding, 'gate'>;

export interface ReportPacket {
  id: string;
  required: boolean;
  status: 'loaded' | 'missing' | 'invalid' | 'not-loaded';
  files: string[];
}

/** Builds the report every output format is written from; nothing after this sees engine objects. */
export function buildReport(policy: Policy, decision: Decision, packets: PacketStore, now: Date): Report {
  const findings = decision.gates.reduce((n, g) => n + g.findings.length, 0);
  return {
    reportVersion: REPORT_VERSION,
    tool: { name: 'readiness-gate', version: VERSION },
    evaluatedAt: now.toISOString(),
    policy: { files: policy.files, digest: policy.digest },
    result: decision.passed ? 'pass' : 'fail',
    ...(decision.empty ? { reason: decision.empty } : {}),
    failOn: decision.failOn,
    summary: { gates: decision.gates.length, findings, ...decision.counts },
    gates: decision.gates.map((g) => ({
      id: g.gate.id,
      title: g.gate.title,
      ...(g.gate.description !== undefined ? { description: g.gate.description } : {}),
      state: g.state,
      checks: g.checks.map((c) => ({
        id: c.def.id,
        check: c.def.check,
        state: c.state,
        requires: c.def.description ?? CHECKS.get(c.def.check)!.describe(c.def.options as never),
        ...(c.skipped ? { skipped: c.skipped } : {}),
      })),
      findings: g.findings.map(({ gate: _gate, ...rest }) => rest),
    })),
    packets: [...policy.packets.values()].map((def): ReportPacket => {
      const s = packets.summary(def.id);
      if (!s) return { id: def.id, required: def.required, status: 'not-loaded', files: [] };
      return { id: def.id, required: def.required, status: s.missing ? 'missing' : s.invalid ? 'invalid' : 'loaded', files: s.files };
    }),
  };
}
