import { isPatternValid } from '../document/select.js';
import { DURATION_PATTERN, parseDuration, type Duration } from '../engine/duration.js';
import { mask } from '../scan/mask.js';
import type { Scanner } from '../scan/scanner.js';
import type { ScanFinding } from '../scan/types.js';
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

/**
 * A packet value fit to quote in a message: truncated, and masked when the public-safety scanner
 * sees anything in it, so a finding never repeats a secret it happens to sit next to.
 */
export function quoteValue(ctx: { scanner: () => Scanner }, value: string, max = 60): string {
  if (ctx.scanner().scanText('', value).length > 0) return mask(value);
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** Where a public-safety finding points, as a check reports it. */
export function scanLocation(f: ScanFinding): { location: Location } {
  return { location: { file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn } };
}
