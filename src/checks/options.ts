import { isPatternValid } from '../document/select.js';
import { DURATION_PATTERN, parseDuration, type Duration } from '../engine/duration.js';
import { mask } from '../scan/mask.js';
import type { Scanner } from '../scan/scanner.js';
import type { Rule, ScanFinding } from '../scan/types.js';
import type { Document } from '../document/document.js';
import { isSecretPointer } from '../util/secret-keys.js';
import { flaggedAlone, hideSecrets, HIDDEN, hidePointer, packetSecrets } from './packet-secrets.js';
import type { Location } from '../engine/finding.js';
import { didYouMean } from '../util/suggest.js';
import type { PrepareContext } from './types.js';

/** Option schemas shared by several checks. */
export const PACKET_OPTION = { type: 'string', minLength: 1, description: 'The id of a packet declared under `packets`.' } as const;
export const PATH_OPTION = {
  type: 'string',
  pattern: '^(/.*)?$',
  description: 'A JSON pointer; segments may be `*`, `**` or `[key=value]`.',
} as const;
export const DURATION_OPTION = {
  type: 'string',
  pattern: DURATION_PATTERN,
  description: 'An ISO 8601 duration such as P7D, PT12H or P1M.',
} as const;

/** Confirms a packet option names a declared packet, suggesting the closest id otherwise. */
export function requirePacket(ctx: PrepareContext, id: string | undefined, option = '/packet'): void {
  if (id === undefined || ctx.packets.has(id)) return;
  const known = [...ctx.packets.keys()];
  ctx.problem(option, `unknown packet "${id}"${didYouMean(id, known)}; declared packets: ${known.join(', ') || '(none)'}`);
}

export function requirePattern(ctx: PrepareContext, pattern: string | undefined, option: string): void {
  if (pattern === undefined) return;
  const problem = isPatternValid(pattern);
  if (problem) ctx.problem(option, problem);
}

export function duration(text: string | undefined): Duration | undefined {
  return text === undefined ? undefined : parseDuration(text);
}

/** What quoting needs of a check's context: the document being checked and the policy's rules. */
export interface QuoteContext {
  scanner: () => Scanner;
  doc?: Document;
  scanSettings?: { rules: readonly Rule[] };
}

/**
 * A packet value fit to quote in a message: truncated, and hidden or masked when it must not be
 * printed. `pointer` says where the value sits in `ctx.doc`: below a secret-like key nothing of it
 * is shown. Then what a scan of the whole document found there (context rules included, which a
 * scan of the bare value would miss), then what the scanner flags in the value itself.
 */
export function quoteValue(ctx: QuoteContext, value: string, max = 60, pointer?: string): string {
  if (pointer !== undefined && isSecretPointer(pointer)) return HIDDEN;
  const rules = ctx.scanSettings?.rules;
  const secrets = ctx.doc && rules ? packetSecrets(ctx.doc, rules) : undefined;
  const known = secrets?.exact.get(value);
  if (known !== undefined) return known;
  if (rules ? flaggedAlone(value, rules) : ctx.scanner().scanText('', value).length > 0) return mask(value);
  const shown = secrets ? hideSecrets(value, [secrets]) : value;
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/** A JSON pointer fit for a message: each segment that is a secret of the document masked. */
export function quotePointer(ctx: QuoteContext, pointer: string): string {
  const rules = ctx.scanSettings?.rules;
  if (!ctx.doc || !rules) return pointer;
  const secrets = packetSecrets(ctx.doc, rules);
  return hidePointer(
    pointer
      .split('/')
      .map((segment, i) => (i > 0 && flaggedAlone(segment.replace(/~1/g, '/').replace(/~0/g, '~'), rules) ? mask(segment) : segment))
      .join('/'),
    [secrets],
  );
}

/** Where a public-safety finding points, as a check reports it. */
export function scanLocation(f: ScanFinding): { location: Location } {
  return { location: { file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn } };
}
