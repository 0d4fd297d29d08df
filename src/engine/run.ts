import { CHECKS } from '../checks/registry.js';
import type { Anchor, Report } from '../checks/types.js';
import type { LoadFailureId } from '../document/load.js';
import type { CheckDef, GateDef, Origin, PacketDef, Policy } from '../policy/types.js';
import type { Finding, Location } from './finding.js';
import { PacketStore } from './packets.js';
import { Scanner } from '../scan/scanner.js';
import { withoutPacketSecrets } from '../checks/packet-secrets.js';
import { SchemaStore } from './schemas.js';
import type { FindingState } from './states.js';

export interface CheckOutcome {
  def: CheckDef;
  /** Why the check did not run at all (only optional evidence it needs is absent). */
  skipped?: string;
  /** The check ran, but not on all of its evidence (a document of its packet could not be read): it cannot be ready. */
  incomplete?: boolean;
  findings: number;
}

export interface GateEvaluation {
  gate: GateDef;
  checks: CheckOutcome[];
  findings: Finding[];
}

export interface RunOptions {
  cwd: string;
  /**
   * Where what judges the evidence is read from (schemas and schema catalogs): on a pull request,
   * a snapshot of the base commit, so the pull request cannot replace the rules it is judged by.
   * Packets always come from cwd. Defaults to cwd.
   */
  judgeRoot?: string;
  now: Date;
  /** Only these gates (ids); all enabled gates when absent. */
  gates?: readonly string[];
  /** Keys public-safety fingerprints (READINESS_GATE_FINGERPRINT_KEY). */
  fingerprintKey?: string;
  /** Decide publish gates too (the Action's mode: publish, check --publish). */
  publish?: boolean;
}

/**
 * The gates a run evaluates, in policy order: the named ones, else every enabled gate except
 * publish gates outside a publish run. A publish gate reads a payload that exists only once the
 * release is built, so a pull-request check would find it missing and block for nothing.
 */
export function selectGates(policy: Policy, gates: readonly string[] | undefined, publish = false): GateDef[] {
  return policy.gates.filter((g) => (gates ? gates.includes(g.id) : g.enabled && (publish || !isPublishGate(g))));
}

/** A gate with a payload check: decided in the job that publishes, after the build. */
export function isPublishGate(gate: GateDef): boolean {
  return gate.checks.some((c) => c.check === 'payload');
}

/** Load failures we could not look past are `unknown`; files that are there but bad are `blocked`. */
const FAILURE_STATE: Record<LoadFailureId, FindingState> = {
  'not-found': 'blocked',
  unreadable: 'unknown',
  'not-a-file': 'unknown',
  'outside-root': 'blocked',
  'too-large': 'unknown',
  binary: 'blocked',
  'not-utf8': 'blocked',
  syntax: 'blocked',
  'too-deep': 'blocked',
  'alias-limit': 'blocked',
  'multiple-documents': 'blocked',
};

/** Runs every check of every selected gate and collects findings. Decides nothing: see decide(). */
export async function evaluate(policy: Policy, options: RunOptions): Promise<{ evaluations: GateEvaluation[]; packets: PacketStore; schemaFiles: string[] }> {
  const packets = new PacketStore(options.cwd, policy.settings.limits, policy.packets);
  const schemas = new SchemaStore(options.judgeRoot ?? options.cwd, policy.settings.limits, policy.settings.schemaMap);
  const scanner = lazyScanner(policy, options.fingerprintKey);
  const selected = selectGates(policy, options.gates, options.publish);
  const lastUse = new Map<string, number>();
  selected.forEach((gate, i) => gate.checks.forEach((def) => packetsUsed(def).forEach((id) => lastUse.set(id, i))));
  const evaluations: GateEvaluation[] = [];
  for (const [index, gate] of selected.entries()) {
    const findings: Finding[] = [];
    const reportedPackets = new Set<string>();
    const checks: CheckOutcome[] = [];
    for (const def of gate.checks) {
      const before = findings.length;
      const skipped = await runCheck(gate, def, { packets, schemas, scanner, policy, options, findings, reportedPackets });
      const incomplete = packetsUsed(def).some((id) => packets.get(id)!.instances.some((i) => !i.document));
      checks.push({ def, ...(skipped ? { skipped } : {}), ...(incomplete ? { incomplete } : {}), findings: findings.length - before });
    }
    evaluations.push({ gate, checks, findings });
    for (const [id, last] of lastUse) if (last === index) packets.release(id);
  }
  return { evaluations, packets, schemaFiles: [...schemas.filesRead].sort() };
}

interface RunState {
  packets: PacketStore;
  schemas: SchemaStore;
  scanner: () => Scanner;
  policy: Policy;
  options: RunOptions;
  findings: Finding[];
  reportedPackets: Set<string>;
}

async function runCheck(gate: GateDef, def: CheckDef, st: RunState): Promise<string | undefined> {
  const check = CHECKS.get(def.check)!;
  // A message about packets never quotes what those packets hold secretly (see checks/packet-secrets.ts).
  const packetDocs = () => packetsUsed(def).flatMap((id) => st.packets.get(id)?.instances.flatMap((i) => (i.document ? [i.document] : [])) ?? []);
  const push = (messageId: string, message: string, state: FindingState, location: Location | undefined, checkName = def.check) => {
    st.findings.push(withoutPacketSecrets({ gate: gate.id, check: checkName, checkId: def.id, messageId, message, state, ...(location ? { location } : {}) }, packetDocs(), st.policy.scan.rules));
  };

  // Evidence first: a required packet that is absent or unreadable decides before any check runs.
  const used = packetsUsed(def);
  for (const id of used) {
    const packet = st.packets.get(id)!;
    if (packet.missing) {
      if (!packet.def.required) return `optional packet "${id}" is absent`;
      if (!st.reportedPackets.has(id)) push('evidence-missing', `evidence missing: packet "${id}" (${describeSource(packet.def)}) matched no file`, 'blocked', originLocation(packet.def.origin, packet.def.file !== undefined ? '/file' : '/files'), 'packet');
    }
    if (!st.reportedPackets.has(id)) {
      for (const instance of packet.instances) {
        const f = instance.failure;
        if (f) push(`packet-${f.messageId}`, `packet "${id}": ${f.message}`, FAILURE_STATE[f.messageId], { file: f.file, ...(f.line !== undefined ? { line: f.line, column: f.column } : {}) }, 'packet');
        for (const issue of instance.issues) {
          const at = instance.document!.locate(issue.pointer, 'key');
          push(`packet-${issue.messageId}`, `packet "${id}": ${issue.message}`, 'blocked', { file: instance.file, line: at.line, column: at.column, pointer: issue.pointer }, 'packet');
        }
      }
    }
    st.reportedPackets.add(id);
    if (packet.missing) return undefined;
  }

  const subject = check.meta.subject === 'packet' ? (def.options.packet as string | undefined) : undefined;
  const docs = subject !== undefined ? st.packets.get(subject)!.instances.filter((i) => i.document).map((i) => i.document!) : [undefined];
  // Packets read beside the subject must be whole; their failures are already reported above.
  if (used.some((id) => id !== subject && st.packets.get(id)!.instances.some((i) => !i.document))) return undefined;
  for (const doc of docs) {
    const report = (r: Report) => {
      const rendered = render(check.meta.messages[r.messageId] ?? r.messageId, r.data);
      const message = def.message ? `${def.message} (${rendered})` : rendered;
      push(r.messageId, message, r.state ?? def.onFail, resolveAnchor(r.at, def));
    };
    try {
      await check.run({ options: def.options, prepared: def.prepared, def, cwd: st.options.cwd, now: st.options.now, ...(doc ? { doc } : {}), packets: st.packets, schemas: st.schemas, scanner: st.scanner, scanSettings: st.policy.scan, payloads: st.policy.payloads, ...(st.options.fingerprintKey ? { fingerprintKey: st.options.fingerprintKey } : {}), report });
    } catch (err) {
      // A check that throws has found a bug in us, not in the evidence: the gate cannot be decided.
      push('internal-error', `check failed to run: ${(err as Error).message ?? String(err)}`, 'unknown', doc ? { file: doc.file } : originLocation(def.origin, ''));
    }
  }
  return undefined;
}

function packetsUsed(def: CheckDef): string[] {
  const ids = new Set<string>();
  if (typeof def.options.packet === 'string') ids.add(def.options.packet);
  for (const id of (def.options.packets as string[] | undefined) ?? []) ids.add(id);
  return [...ids];
}

function describeSource(def: PacketDef): string {
  return def.file !== undefined ? def.file : (def.files ?? []).join(', ');
}

function originLocation(origin: Origin, pointer: string): Location {
  const at = origin.doc.locate(origin.pointer + pointer);
  return { file: origin.doc.file, line: at.line, column: at.column };
}

function resolveAnchor(at: Anchor | undefined, def: CheckDef): Location | undefined {
  if (!at) return undefined;
  if ('location' in at) return at.location;
  if ('option' in at) return originLocation(def.origin, at.option);
  const loc = at.doc.locate(at.pointer, at.which ?? 'value');
  return { file: at.doc.file, line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn, pointer: at.pointer };
}

export function render(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (data && key in data ? String(data[key]) : `{{${key}}}`));
}

/**
 * The public-safety scanner, built once on first use with the policy's scan settings. Packets are
 * the evidence a policy names: example content narrows nothing in them, wherever they are kept.
 */
function lazyScanner(policy: Policy, key: string | undefined): () => Scanner {
  let scanner: Scanner | undefined;
  return () =>
    (scanner ??= new Scanner({ rules: policy.scan.rules, thirdParty: policy.scan.thirdParty, testContent: policy.scan.testContent, ...(policy.scan.allowlist ? { allowlist: policy.scan.allowlist } : {}), ...(key ? { fingerprintKey: key } : {}) }));
}
