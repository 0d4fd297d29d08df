import { fingerprint, mask } from '../mask.js';
import { skip } from '../run-scan.js';
import type { Scanner } from '../scanner.js';
import type { ScanStats } from '../targets/source.js';
import type { ScanFinding } from '../types.js';
import { CompressionError } from './compress.js';
import { TarError } from './tar.js';
import { ZipError } from './zip.js';

export interface ArchiveLimits {
  /** How deep archives inside archives are opened. */
  maxDepth: number;
  /** Largest entry held in memory whole; larger ones are streamed through the chunked scanner. */
  maxEntryBytes: number;
  maxEntries: number;
  /** Uncompressed bytes one archive may expand to, nested ones included. */
  maxTotalBytes: number;
  /** Largest allowed ratio of uncompressed to compressed bytes (a gzip bomb has thousands). */
  maxRatio: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxDepth: 3, maxEntryBytes: 16 * 1024 * 1024, maxEntries: 200_000, maxTotalBytes: 4 * 1024 ** 3, maxRatio: 1000 };

export interface ArchiveContext {
  scanner: Scanner;
  limits: ArchiveLimits;
  stats: ScanStats;
  key: string | undefined;
  findings: ScanFinding[];
  /** Uncompressed bytes read so far, across nesting. */
  total: number;
  /** Told of every entry of the archive being read (an image uses it for whiteouts). */
  onEntry?: (path: string) => void;
}

/** What stops a whole archive (a bomb, the total cap): never caught by an entry. */
export class ArchiveStop extends Error {
  constructor(
    readonly ruleId: ProblemRule,
    message: string,
  ) {
    super(message);
  }
}

export type ProblemRule = 'archive-bomb' | 'archive-path-traversal' | 'archive-too-deep' | 'archive-unreadable';

/** Problems that mean some bytes were not read: the payload gate cannot be `ready` with one. */
export const UNREAD_RULES: ReadonlySet<string> = new Set<ProblemRule>(['archive-bomb', 'archive-too-deep', 'archive-unreadable']);

const PROBLEMS: Record<ProblemRule, string> = {
  'archive-bomb': 'An archive that expands beyond the scan limits (decompression or size bomb)',
  'archive-path-traversal': 'An archive entry whose path leaves the extraction folder (absolute or ..)',
  'archive-too-deep': 'Archives nested deeper than the scan opens',
  'archive-unreadable': 'An archive that cannot be read (damaged or not an archive)',
};

/**
 * A finding about the archive itself. One that means bytes were left unread is also counted as
 * a skipped file with its reason, so every report (and the payload gate) sees what was not read.
 */
export function problem(ctx: ArchiveContext, ruleId: ProblemRule, where: string, message: string): void {
  ctx.findings.push({
    ruleId,
    category: 'archive',
    severity: ruleId === 'archive-too-deep' ? 'medium' : 'high',
    description: `${PROBLEMS[ruleId]}: ${message}`,
    file: where,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    masked: mask(where),
    fingerprint: fingerprint(ruleId, where, where, ctx.key),
  });
  if (ruleId === 'archive-unreadable') skip(ctx.stats, where, 'unreadable');
  else if (ruleId === 'archive-too-deep') skip(ctx.stats, where, 'too-deep');
  else if (ruleId !== 'archive-path-traversal') skip(ctx.stats, where, 'too-large');
}

/** Turns what stops an archive (or one entry) into its finding; false for anything else (a bug: rethrown). */
export function reportStop(err: unknown, ctx: ArchiveContext, where: string): boolean {
  if (err instanceof ArchiveStop) problem(ctx, err.ruleId, where, err.message);
  else if (err instanceof ZipError) problem(ctx, err.bomb ? 'archive-bomb' : 'archive-unreadable', where, `${where}: ${err.message}`);
  else if (err instanceof TarError || err instanceof CompressionError) problem(ctx, 'archive-unreadable', where, `${where}: ${err.message}`);
  else return false;
  return true;
}
