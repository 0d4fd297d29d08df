import { gitStream, NulTokens } from './git-process.js';

/** One commit of the history walked. */
export interface Commit {
  oid: string;
  /** Committer time, seconds since the epoch. */
  time: number;
}

/** A file version a commit brings in (or takes away), from `git log --raw`. */
export interface Change {
  commit: number;
  path: string;
  /** The blob before and after; the zero id when the path was added or deleted. */
  before: string;
  after: string;
}

export const ZERO_OID = /^0+$/;

/** Where a blob first appeared: the oldest commit that brought it in, and at which path. */
export interface FirstSeen {
  commit: number;
  path: string;
}

export interface HistoryWalk {
  commits: Commit[];
  /** Every distinct regular-file blob the walked commits bring in, with where it first appeared. */
  blobs: Map<string, FirstSeen>;
}

/**
 * The arguments that make `git log` list, for every commit of `revisions`, the file versions it
 * brings in: raw (no content diffs), full ids, renames as delete + add, root commits against the
 * empty tree, merges against their first parent (a blob only a merge brings, such as a conflict
 * resolution, is still seen; blobs of the merged branch are seen in that branch's own commits).
 */
function logArgs(revisions: string[], paths: string[] = []): string[] {
  return ['-c', 'core.quotePath=false', 'log', '--raw', '--no-abbrev', '--no-renames', '--root', '--diff-merges=first-parent', '-z', '--format=%x01%H %ct', ...revisions, '--', ...paths.map((p) => `:(literal)${p}`)];
}

/** Streams `git log --raw` and calls `onChange` for every regular file version (modes 100644/100755). */
export async function walkChanges(cwd: string, revisions: string[], paths: string[], onCommit: (c: Commit) => number, onChange: (c: Change) => void): Promise<void> {
  let commit = -1;
  let pending: { before: string; after: string } | undefined;
  const tokens = new NulTokens((raw) => {
    const token = raw.startsWith('\n') ? raw.slice(1) : raw;
    if (token.startsWith('\x01')) {
      const [oid, time] = token.slice(1).split(' ');
      commit = onCommit({ oid: oid!, time: Number(time) });
      pending = undefined;
    } else if (token.startsWith(':')) {
      // ":100644 100755 <before> <after> M": a path follows in the next token.
      const [modeBefore, modeAfter, before, after] = token.slice(1).split(' ');
      // Symbolic links (120000) and submodules (160000) are not files: seen as absent.
      const regular = (m: string | undefined) => m === '100644' || m === '100755';
      pending = { before: regular(modeBefore) ? before! : '0', after: regular(modeAfter) ? after! : '0' };
    } else if (pending) {
      if (!ZERO_OID.test(pending.before) || !ZERO_OID.test(pending.after)) onChange({ commit, path: token, before: pending.before, after: pending.after });
      pending = undefined;
    }
  });
  await gitStream(cwd, logArgs(revisions, paths), (chunk) => tokens.push(chunk));
  tokens.end();
}

/** Walks the history once: the commits, and each distinct blob with the oldest commit that brought it in. */
export async function walkHistory(cwd: string, revisions: string[]): Promise<HistoryWalk> {
  const commits: Commit[] = [];
  const blobs = new Map<string, FirstSeen>();
  await walkChanges(
    cwd,
    revisions,
    [],
    (c) => commits.push(c) - 1,
    (change) => {
      if (ZERO_OID.test(change.after)) return;
      const seen = blobs.get(change.after);
      // Oldest wins; at equal times the later in git's output (walked from newest) is the older.
      if (!seen || commits[change.commit]!.time <= commits[seen.commit]!.time) blobs.set(change.after, { commit: change.commit, path: change.path });
    },
  );
  return { commits, blobs };
}

/** Every change to the given paths in the given history, for attributing findings (few paths). */
export async function changesTo(cwd: string, revisions: string[], paths: string[]): Promise<{ commits: Commit[]; changes: Change[] }> {
  const commits: Commit[] = [];
  const changes: Change[] = [];
  // Pathspecs travel on the command line: a few hundred at a time keeps it far below ARG_MAX.
  for (let i = 0; i < paths.length; i += 200) {
    await walkChanges(cwd, revisions, paths.slice(i, i + 200), (c) => commits.push(c) - 1, (c) => changes.push(c));
  }
  return { commits, changes };
}
