import type { Document } from '../document/document.js';
import type { DocumentLimits } from '../document/load.js';
import type { FindingState, GateState } from '../engine/states.js';
import type { ScanSettings } from '../scan/config.js';

/** Where a policy element was written, so errors and findings can point at it. */
export interface Origin {
  doc: Document;
  pointer: string;
}

export interface PacketDef {
  id: string;
  title?: string;
  description?: string;
  /** One path (the packet is one document) or several globs (the packet is a list of documents). */
  file?: string;
  files?: string[];
  schema?: string;
  format?: 'json' | 'yaml';
  required: boolean;
  origin: Origin;
}

export interface CheckDef {
  check: string;
  /** The entry's `id`, or "<check>#<n>" from its position in the gate. */
  id: string;
  description?: string;
  onFail: Exclude<FindingState, 'unknown'>;
  message?: string;
  /** The options as written (common keys included), validated against the check's schema. */
  options: Record<string, unknown>;
  /** What the check's prepare() made of its options at load: a compiled expression, parsed durations... */
  prepared: unknown;
  origin: Origin;
}

export interface GateDef {
  id: string;
  title: string;
  description?: string;
  enabled: boolean;
  checks: CheckDef[];
  origin: Origin;
}

export interface Settings {
  failOn: GateState[];
  /** A run with no gate to decide passes only when the policy says so. */
  allowEmpty: boolean;
  clock?: string;
  limits: DocumentLimits;
  schemaMap: Record<string, string>;
}

export interface Policy {
  /** The policy files in merge order, relative to the repository root (bundles as "bundle:<name>"). */
  files: string[];
  /** sha256 over the merged files' bytes, in order: names the policy a report was made under. */
  digest: string;
  settings: Settings;
  scan: ScanSettings;
  packets: Map<string, PacketDef>;
  /** What releases publish (an npm package, a build context, an image, an archive), by id. */
  payloads: Map<string, PayloadDef>;
  gates: GateDef[];
}

export const PAYLOAD_KINDS = ['npm-pack', 'docker-context', 'image', 'archive', 'directory', 'git-history'] as const;

export interface PayloadDef {
  id: string;
  title?: string;
  kind: (typeof PAYLOAD_KINDS)[number];
  /** The package folder, build context or directory; the image or archive file. */
  path: string;
  /** docker-context only: the Dockerfile, when not `<path>/Dockerfile`. */
  dockerfile?: string;
  /** git-history only: a revision range (`v1.0..main`); absent: every branch and tag. */
  range?: string;
}
