import { createHash } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import { CHECKS } from '../checks/registry.js';
import type { Check } from '../checks/types.js';
import { DEFAULT_LIMITS } from '../document/load.js';
import { parseTimestamp } from '../engine/duration.js';
import type { GateState } from '../engine/states.js';
import { policyAjv } from '../util/ajv.js';
import { explainAjvError, pruneAjvErrors } from '../util/ajv-errors.js';
import { builtInBundleDir } from './bundles.js';
import { ProblemList } from './errors.js';
import { extendRoots, layerPath, loadLayers, type Layer } from './load-layers.js';
import { checkOptionSchema } from './policy-schema.js';
import { OPTION_VALIDATORS as GENERATED_OPTION_VALIDATORS } from './policy-validator.generated.js';
import { importedConfigs, withImports } from './scan-import.js';
import { buildScanSettings, type RawScanSettings, type ScanSettings } from '../scan/config.js';
import type { CheckDef, GateDef, Origin, PacketDef, PayloadDef, Policy, Settings } from './types.js';

export interface LoadPolicyOptions {
  cwd: string;
  /** The policy file; defaults to .readiness-gate.yml in cwd. */
  policy?: string;
  /** Where bundles named in `extends` are found; defaults to the package's own `policies/`. */
  bundleDirs?: string[];
}

/**
 * Loads, validates and merges a policy. Throws PolicyError listing every problem (file:line:col
 * and what to do) when the policy cannot be used; never returns a half-valid policy.
 *
 * Merge order: for each file, the files it `extends` (in the order listed, each after its own
 * extends), then the file itself. Later layers win: settings merge key by key, packets and gates
 * with the same id merge field by field (a later `checks` list replaces the earlier one).
 */
export function loadPolicy(options: LoadPolicyOptions): Policy {
  const problems = new ProblemList();
  const bundleDirs = options.bundleDirs ?? [builtInBundleDir()];
  const entry = layerPath(options.cwd, options.policy);
  const { layers, complete } = loadLayers(entry, { cwd: options.cwd, roots: extendRoots(options.cwd, entry), bundleDirs, checkNames: [...CHECKS.keys()] }, problems);
  // Merging a partial set of layers would only add confusing follow-on errors.
  if (!complete) problems.throwIfAny();

  const settings = mergeSettings(layers, problems);
  const scan = withImports(mergeScan(layers, problems), importedConfigs(layers, options.cwd, problems), problems, layers[layers.length - 1]!.display);
  const packets = mergePackets(layers, problems);
  const payloads = mergePayloads(layers);
  const gates = mergeGates(layers, packets, payloads, problems);
  problems.throwIfAny();

  const digest = createHash('sha256');
  for (const layer of layers) digest.update(layer.display).update('\0').update(layer.doc.text).update('\0');
  return { files: layers.map((l) => l.display), digest: `sha256:${digest.digest('hex')}`, settings, scan, packets, payloads, gates };
}

function mergeSettings(layers: Layer[], problems: ProblemList): Settings {
  const merged: Record<string, unknown> = {};
  let clockOrigin: Layer | undefined;
  for (const layer of layers) {
    const s = layer.value.settings ?? {};
    for (const [key, value] of Object.entries(s)) {
      if (value && typeof value === 'object' && !Array.isArray(value)) merged[key] = { ...(merged[key] as object), ...value };
      else merged[key] = value;
    }
    if (s.clock !== undefined) clockOrigin = layer;
  }
  const clock = merged.clock as string | undefined;
  if (clock !== undefined && clock !== 'now' && !parseTimestamp(clock) && clockOrigin) {
    problems.at(clockOrigin.doc, '/settings/clock', 'settings.clock must be "now" or an RFC 3339 time such as 2026-11-29T12:00:00Z');
  }
  const limits = (merged.limits ?? {}) as Record<string, number>;
  return {
    failOn: (merged['fail-on'] as GateState[] | undefined) ?? ['blocked', 'unknown'],
    allowEmpty: merged['allow-empty'] === true,
    ...(clock !== undefined && clock !== 'now' ? { clock } : {}),
    limits: {
      maxFileBytes: limits['max-file-bytes'] ?? DEFAULT_LIMITS.maxFileBytes,
      maxDepth: limits['max-depth'] ?? DEFAULT_LIMITS.maxDepth,
      maxAliases: limits['max-aliases'] ?? DEFAULT_LIMITS.maxAliases,
    },
    schemaMap: (merged['schema-map'] as Record<string, string> | undefined) ?? {},
  };
}

/**
 * Scan settings merge across layers: lists (disabled rules, custom rules, markers, allowlist
 * entries) add up, single values take the later layer's. Each layer's regexes are compiled where
 * they are written, so an error points at the right file.
 */
function mergeScan(layers: Layer[], problems: ProblemList): ScanSettings {
  const merged: RawScanSettings = {};
  for (const layer of layers) {
    const raw = layer.value.scan;
    if (!raw) continue;
    buildScanSettings(raw, (pointer, message) => problems.at(layer.doc, pointer, message));
    for (const [key, value] of Object.entries(raw) as [keyof RawScanSettings, unknown][]) {
      if (key === 'allowlist') {
        const a = (merged.allowlist ??= {}) as Record<string, string[]>;
        for (const [k, v] of Object.entries(value as Record<string, string[]>)) a[k] = [...(a[k] ?? []), ...v];
      } else if (Array.isArray(value)) {
        (merged as Record<string, unknown[]>)[key] = [...(((merged as Record<string, unknown[]>)[key]) ?? []), ...value];
      } else {
        (merged as Record<string, unknown>)[key] = value;
      }
    }
  }
  return buildScanSettings(merged, () => undefined);
}

function mergePackets(layers: Layer[], problems: ProblemList): Map<string, PacketDef> {
  const merged = new Map<string, { fields: Record<string, unknown>; origin: Origin }>();
  for (const layer of layers) {
    (layer.value.packets ?? []).forEach((raw, i) => {
      const id = String(raw.id);
      const prev = merged.get(id);
      const fields = { ...(prev?.fields ?? {}), ...raw };
      // A later `file` replaces an earlier `files` and the other way round.
      if ('file' in raw) delete fields.files;
      if ('files' in raw) delete fields.file;
      merged.set(id, { fields, origin: { doc: layer.doc, pointer: `/packets/${i}` } });
    });
  }
  const packets = new Map<string, PacketDef>();
  for (const [id, { fields, origin }] of merged) {
    if (fields.file === undefined && fields.files === undefined) {
      problems.at(origin.doc, origin.pointer, `packet "${id}" needs "file" (one document) or "files" (globs)`);
      continue;
    }
    packets.set(id, { ...(fields as Omit<PacketDef, 'required' | 'origin'>), id, required: fields.required !== false, origin });
  }
  return packets;
}

/** Payloads merge by id, a later layer's fields over an earlier one's. */
function mergePayloads(layers: Layer[]): Map<string, PayloadDef> {
  const payloads = new Map<string, PayloadDef>();
  for (const layer of layers) {
    for (const raw of layer.value.payloads ?? []) payloads.set(String(raw.id), { ...payloads.get(String(raw.id)), ...(raw as unknown as PayloadDef) });
  }
  return payloads;
}

function mergeGates(layers: Layer[], packets: Map<string, PacketDef>, payloads: Map<string, PayloadDef>, problems: ProblemList): GateDef[] {
  // Every check entry is validated where it is written, even one a later layer replaces.
  const merged = new Map<string, { fields: Record<string, unknown>; origin: Origin; checks: (CheckDef | undefined)[] }>();
  for (const layer of layers) {
    (layer.value.gates ?? []).forEach((raw, i) => {
      const id = String(raw.id);
      const prev = merged.get(id);
      const origin = { doc: layer.doc, pointer: `/gates/${i}` };
      const rawChecks = (raw.checks as Record<string, unknown>[] | undefined) ?? [];
      const checks = 'checks' in raw
        ? rawChecks.map((c, j) => buildCheck(c, j, { doc: layer.doc, pointer: `/gates/${i}/checks/${j}` }, packets, payloads, problems))
        : (prev?.checks ?? []);
      merged.set(id, { fields: { ...(prev?.fields ?? {}), ...raw }, origin, checks });
    });
  }
  const gates: GateDef[] = [];
  for (const [id, { fields, origin, checks }] of merged) {
    reportDuplicateCheckIds(checks, problems);
    gates.push({
      id,
      title: (fields.title as string | undefined) ?? id,
      ...(fields.description !== undefined ? { description: fields.description as string } : {}),
      enabled: fields.enabled !== false,
      checks: checks.filter((c): c is CheckDef => c !== undefined),
      origin,
    });
  }
  return gates;
}

const optionValidators = new Map<string, ValidateFunction>();

/** A check's options validator: generated ahead for the built-in checks (validator-code.ts), else compiled once. */
function optionValidator(check: Check): ValidateFunction {
  let validate = optionValidators.get(check.meta.id);
  if (!validate) {
    const generated = CHECKS.get(check.meta.id) === check ? (GENERATED_OPTION_VALIDATORS as Record<string, unknown>)[check.meta.id] : undefined;
    validate = (generated as ValidateFunction | undefined) ?? policyAjv().compile(checkOptionSchema(check));
    optionValidators.set(check.meta.id, validate);
  }
  return validate;
}

function buildCheck(raw: Record<string, unknown>, index: number, origin: Origin, packets: Map<string, PacketDef>, payloads: Map<string, PayloadDef>, problems: ProblemList): CheckDef | undefined {
  const check = CHECKS.get(String(raw.check))!;
  const validate = optionValidator(check);
  if (!validate(raw)) {
    for (const err of pruneAjvErrors(validate.errors ?? [])) {
      const explained = explainAjvError(err, err.data);
      const option = explained.pointer ? `option ${explained.pointer.slice(1)}: ` : '';
      problems.at(origin.doc, origin.pointer + explained.pointer, `${check.meta.id} check: ${option}${explained.message}`, explained.which);
    }
    return undefined;
  }
  let ok = true;
  const prepared = check.prepare?.(raw, {
    packets,
    payloads,
    problem(option, message) {
      ok = false;
      problems.at(origin.doc, origin.pointer + option, `${check.meta.id} check: ${message}`);
    },
  });
  if (!ok) return undefined;
  return {
    check: check.meta.id,
    id: (raw.id as string | undefined) ?? `${check.meta.id}#${index + 1}`,
    ...(raw.description !== undefined ? { description: raw.description as string } : {}),
    onFail: (raw['on-fail'] as 'blocked' | 'degraded' | undefined) ?? 'blocked',
    ...(raw.message !== undefined ? { message: raw.message as string } : {}),
    options: raw,
    prepared,
    origin,
  };
}

function reportDuplicateCheckIds(checks: (CheckDef | undefined)[], problems: ProblemList): void {
  const seen = new Map<string, CheckDef>();
  for (const check of checks) {
    if (!check) continue;
    const first = seen.get(check.id);
    if (first) {
      const line = first.origin.doc.locate(first.origin.pointer).line;
      problems.at(check.origin.doc, `${check.origin.pointer}/id`, `check id "${check.id}" is used twice in this gate (first at line ${line}); ids must be unique`);
    } else seen.set(check.id, check);
  }
}
