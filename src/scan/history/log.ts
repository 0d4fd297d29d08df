import { gitPipe, NulTokens } from './git-process.js';

/** One commit of the history walked. */
export interface Commit {
  oid: string;
  /** Committer time, seconds since the epoch. */
  time: number;
}

/** A file version a commit brings in (or takes away), from `git log --raw`. */
interface Change {
  commit: number;
  path: string;
  /** The blob before and after; the zero id when the path was added or deleted. */
  before: string;
  after: string;
}

const ZERO_OID = /^0+$/;

/** A blob's origin: the oldest commit that brought it in; the path where the walk first saw it (its latest). */
export interface FirstSeen {
  commit: number;
  path: string;
}

export interface HistoryWalk {
  commits: Commit[];
  /** Every distinct regular-file blob the walked commits bring in, with where it first appeared. */
  blobs: Map<string, FirstSeen>;
  /**
   * Every change that replaced or deleted a file version, as parallel arrays (compact: a history
   * of millions of changes costs a few bytes each): the blob taken out, the one put in its place
   * (-1 for a deletion), the commit. Enough to say later which commit removed a value.
   */
  replaced: { before: number[]; after: number[]; commit: number[]; oids: string[] };
  /** When asked for: every path a file ever had, with the oldest commit that put a version there. */
  paths?: Map<string, number>;
}

/**
 * The arguments that make `git log` list, for every commit of `revisions`, the file versions it
 * brings in: raw (no content diffs), full ids, renames as delete + add, root commits against the
 * empty tree, merges against their first parent (a blob only a merge brings, such as a conflict
 * resolution, is still seen; blobs of the merged branch are seen in that branch's own commits).
 */
function logArgs(revisions: string[]): string[] {
  return ['-c', 'core.quotePath=false', 'log', '--raw', '--no-abbrev', '--no-renames', '--root', '--diff-merges=first-parent', '-z', '--format=%x01%H %ct', '--stdin', ...revisions, '--'];
}

/** Streams `git log --raw` and calls `onChange` for every regular file version (modes 100644/100755). */
async function walkChanges(cwd: string, revisions: string[], exclude: string[], onCommit: (c: Commit) => number, onChange: (c: Change) => void): Promise<void> {
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
  // Commits to leave out go on standard input (^<id> lines): a repository may have thousands of refs.
  const git = gitPipe(cwd, logArgs(revisions), (chunk) => tokens.push(chunk), true);
  git.stdin!.end(exclude.map((c) => `^${c}\n`).join(''));
  await git.done;
  tokens.end();
}

/**
 * Walks the history once, newest commit first: the commits, each distinct blob with the oldest
 * commit that brought it in (`onNewBlob` hears of a blob at its first sighting, so reading starts
 * while the walk goes on; `onCommit` of each commit, for its message), and every replacement, for
 * finding later which commit removed a value.
 * Newest first also suits git's packs, which keep recent versions whole and older ones as deltas
 * (reading the blobs in this order took 1.17 s against 1.44 s oldest first, 52,089 blobs).
 */
export async function walkHistory(cwd: string, revisions: string[], exclude: string[], onNewBlob: (oid: string, path: string) => void = () => undefined, trackPaths = false, onCommit: (c: Commit) => void = () => undefined): Promise<HistoryWalk> {
  const commits: Commit[] = [];
  const paths = trackPaths ? new Map<string, number>() : undefined;
  const blobs = new Map<string, FirstSeen>();
  const replaced: HistoryWalk['replaced'] = { before: [], after: [], commit: [], oids: [] };
  const ids = new Map<string, number>();
  const id = (oid: string) => {
    let n = ids.get(oid);
    if (n === undefined) ids.set(oid, (n = replaced.oids.push(oid) - 1));
    return n;
  };
  await walkChanges(
    cwd,
    revisions,
    exclude,
    (c) => {
      onCommit(c);
      return commits.push(c) - 1;
    },
    (change) => {
      const added = !ZERO_OID.test(change.after);
      if (!ZERO_OID.test(change.before)) {
        replaced.before.push(id(change.before));
        replaced.after.push(added ? id(change.after) : -1);
        replaced.commit.push(change.commit);
      }
      if (!added) return;
      // Walked from the newest: a later sighting of a path is an older one.
      if (paths) paths.set(change.path, change.commit);
      const seen = blobs.get(change.after);
      if (!seen) {
        blobs.set(change.after, { commit: change.commit, path: change.path });
        onNewBlob(change.after, change.path);
      } else if (commits[change.commit]!.time <= commits[seen.commit]!.time) seen.commit = change.commit; // walked from the newest: later is older
    },
  );
  return { commits, blobs, replaced, ...(paths ? { paths } : {}) };
}
