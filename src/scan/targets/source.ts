/** One file to scan, however it is obtained (a working tree, a git object, stdin). */
export interface SourceFile {
  /** Path as reports show it: repository-relative, forward slashes. */
  path: string;
  /** Size in bytes, asked only when large files are to be skipped. */
  size(): number;
  /**
   * The file's bytes in pieces of at most `chunk` bytes (a git blob may come whole). A piece may
   * be a view of a shared buffer: use it before asking for the next.
   */
  read(chunk: number): Iterable<Buffer>;
  /** For diff scans: the only lines findings may be on (1-based, in this version of the file). */
  lines?: ReadonlySet<number>;
  /**
   * The fast path for small files: reads the whole file into `buffer` and returns its length, or
   * undefined when it does not fit (the caller then reads it in chunks).
   */
  readSmall?(buffer: Buffer): number | undefined;
  /** A file of a folder: its path on disk, as the listing had it (bytes), so another thread can open it too. */
  diskPath?: Buffer | string;
}

/**
 * Why a file was not scanned (or, for `binary`, read only for its printable strings), said so that
 * a reader knows what to do about it. A policy names these in `scan.allow-skipped`.
 */
export const SKIP_REASONS = ['binary', 'too-large', 'symbolic-link', 'unreadable', 'lfs-pointer', 'time-budget', 'too-deep'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface ScanStats {
  /** Every file passed over, with the reason (the counts below sum them up). */
  skipped: { file: string; reason: SkipReason }[];
  files: number;
  scanned: number;
  bytes: number;
  skippedBinary: number;
  skippedLarge: number;
  skippedSymlinks: number;
  skippedUnreadable: number;
  /** Git LFS pointers: their content lives outside the repository (present only when there were some). */
  skippedLfs?: number;
  /** Files scanned as third-party content, test content or documentation (narrowing.ts); absent when none were. */
  narrowed?: import('../narrowing.js').Narrowed;
}

export function emptyStats(): ScanStats {
  return { skipped: [], files: 0, scanned: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0, skippedSymlinks: 0, skippedUnreadable: 0 };
}

/** A file held in memory (stdin, a git blob). */
export function bufferSource(path: string, bytes: () => Buffer, size: () => number, lines?: ReadonlySet<number>): SourceFile {
  return {
    path,
    size,
    ...(lines ? { lines } : {}),
    *read() {
      yield bytes();
    },
  };
}
