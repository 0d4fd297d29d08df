/** One file to scan, however it is obtained (a working tree, a git object, stdin). */
export interface SourceFile {
  /** Path as reports show it: repository-relative, forward slashes. */
  path: string;
  size: number;
  /** Reads the file in pieces of at most `chunk` bytes, in order. */
  read(chunk: number): Iterable<Buffer>;
  /** For diff scans: the only lines findings may be on (1-based, in this version of the file). */
  lines?: ReadonlySet<number>;
}

export interface ScanStats {
  files: number;
  scanned: number;
  bytes: number;
  skippedBinary: number;
  skippedLarge: number;
  skippedSymlinks: number;
  skippedUnreadable: number;
}

export function emptyStats(): ScanStats {
  return { files: 0, scanned: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0, skippedSymlinks: 0, skippedUnreadable: 0 };
}
