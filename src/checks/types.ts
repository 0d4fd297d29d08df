import type { Document } from '../document/document.js';
import type { Location } from '../engine/finding.js';
import type { PacketStore } from '../engine/packets.js';
import type { SchemaStore } from '../engine/schemas.js';
import type { ScanSettings } from '../scan/config.js';
import type { Scanner } from '../scan/scanner.js';
import type { FindingState } from '../engine/states.js';
import type { CheckDef, PacketDef, PayloadDef } from '../policy/types.js';

/** What a check declares about itself, beside its code (ESLint's `meta`). */
export interface CheckMeta {
  id: string;
  description: string;
  /** JSON Schema of the check's own options (common keys such as `id` and `on-fail` are added). */
  options: { type: 'object'; properties: Record<string, unknown>; required?: string[] };
  /** Message templates; `{{name}}` is replaced from the report's data. */
  messages: Record<string, string>;
  /** `packet`: runs once for each document of the packet named by its `packet` option. */
  subject: 'packet' | 'repository';
}

/** Given to prepare(): lets a check reject an option at policy load, pointing at it. */
export interface PrepareContext {
  packets: ReadonlyMap<string, PacketDef>;
  payloads: ReadonlyMap<string, PayloadDef>;
  /** Reports a problem with one option; `option` is a pointer below the check entry, e.g. "/rule". */
  problem(option: string, message: string): void;
}

export type Anchor =
  | { doc: Document; pointer: string; which?: 'value' | 'key' }
  | { location: Location }
  | { option: string };

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Defaults to the check entry's `on-fail` (blocked unless set). */
  state?: FindingState;
  at?: Anchor;
}

export interface RunContext<O> {
  options: O;
  prepared: unknown;
  def: CheckDef;
  cwd: string;
  now: Date;
  /** The packet document being checked, for `packet` checks. */
  doc?: Document;
  packets: PacketStore;
  schemas: SchemaStore;
  /** The public-safety scanner with the policy's scan settings. */
  scanner: () => Scanner;
  scanSettings: ScanSettings;
  payloads: ReadonlyMap<string, PayloadDef>;
  /** Keys fingerprints, for checks that run a whole scan. */
  fingerprintKey?: string;
  report(r: Report): void;
}

export interface Check<O = Record<string, unknown>> {
  meta: CheckMeta;
  /** Validates what a schema cannot (expressions, durations, packet names) and precomputes. */
  prepare?(options: O, ctx: PrepareContext): unknown;
  /** One sentence on what the check requires, for `explain`. */
  describe(options: O): string;
  run(ctx: RunContext<O>): void | Promise<void>;
}
