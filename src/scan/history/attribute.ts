import { gitOk, gitText } from './git-process.js';
import type { HistoryOrigin } from '../types.js';
import { walkChanges, ZERO_OID, type Commit, type HistoryWalk } from './log.js';

/** One value found in one or more blobs: the blobs that hold it and where each one has it. */
export interface ValueSightings {
  blobs: Set<string>;
}

export const iso = (c: Commit) => new Date(c.time * 1000).toISOString().replace('.000Z', 'Z');

/** The blobs of a tree, each with the paths it sits at (regular files only). */
export function treeBlobs(cwd: string, commit: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const entry of gitText(cwd, ['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--full-tree', commit]).split('\0')) {
    const m = /^(100644|100755) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (!m) continue;
    const paths = out.get(m[2]!);
    if (paths) paths.push(m[3]!);
    else out.set(m[2]!, [m[3]!]);
  }
  return out;
}

/** The tips of every branch, tag and remote-tracking branch (tags peeled to their commits). */
function refTips(cwd: string): { ref: string; commit: string }[] {
  return gitText(cwd, ['for-each-ref', '--format=%(refname) %(objectname) %(*objectname)', 'refs/heads', 'refs/tags', 'refs/remotes'])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [ref, oid, peeled] = line.split(' ');
      return { ref: ref!, commit: peeled || oid! };
    })
    .filter((t) => gitOk(cwd, ['cat-file', '-e', `${t.commit}^{commit}`]));
}

/** At most this many other refs' trees are read to say where a value not in the tip still is. */
const MAX_REFS = 50;

/**
 * Says, for each value, which commit first brought it in, and whether the tip still holds it,
 * other refs do, or it was removed (and by which commit). One more walk of the history happens
 * only when some value is in no ref's tree, to find the commits that removed it.
 */
export async function attribute(cwd: string, walk: HistoryWalk, revisions: string[], tip: Map<string, string[]>, tipRef: string, values: Map<string, ValueSightings>): Promise<Map<string, HistoryOrigin>> {
  const out = new Map<string, HistoryOrigin>();
  const gone: string[] = [];
  for (const [key, seen] of values) {
    const first = [...seen.blobs].map((b) => walk.commits[walk.blobs.get(b)!.commit]!).sort((a, b) => a.time - b.time)[0]!;
    const origin: HistoryOrigin = { commit: first.oid, date: iso(first), status: 'removed' };
    out.set(key, origin);
    if ([...seen.blobs].some((b) => tip.has(b))) origin.status = 'present';
    else gone.push(key);
  }
  if (gone.length === 0) return out;
  const others = refTips(cwd).filter((t) => t.ref !== tipRef);
  const trees = new Map<string, Map<string, string[]>>();
  for (const t of others.slice(0, MAX_REFS)) if (!trees.has(t.commit)) trees.set(t.commit, treeBlobs(cwd, t.commit));
  const removed: string[] = [];
  for (const key of gone) {
    const blobs = values.get(key)!.blobs;
    const holding = others.slice(0, MAX_REFS).filter((t) => [...blobs].some((b) => trees.get(t.commit)!.has(b)));
    if (holding.length > 0) Object.assign(out.get(key)!, { status: 'elsewhere', refs: holding.slice(0, 10).map((t) => t.ref) });
    else removed.push(key);
  }
  if (removed.length > 0) await findRemovals(cwd, revisions, tipRef, removed.map((k) => [out.get(k)!, values.get(k)!.blobs] as const));
  return out;
}

/** The commit that took each removed value out: the latest on the tip's history, else the latest anywhere. */
async function findRemovals(cwd: string, revisions: string[], tipRef: string, removed: (readonly [HistoryOrigin, Set<string>])[]): Promise<void> {
  const holders = new Map<string, number[]>();
  removed.forEach(([, blobs], i) => blobs.forEach((b) => holders.set(b, [...(holders.get(b) ?? []), i])));
  const candidates: Commit[][] = removed.map(() => []);
  const commits: Commit[] = [];
  await walkChanges(
    cwd,
    revisions,
    [],
    (c) => commits.push(c) - 1,
    (change) => {
      if (ZERO_OID.test(change.before)) return;
      for (const i of holders.get(change.before) ?? []) if (!removed[i]![1].has(change.after)) candidates[i]!.push(commits[change.commit]!);
    },
  );
  removed.forEach(([origin], i) => {
    const latest = candidates[i]!.sort((a, b) => b.time - a.time);
    const onTip = latest.find((c) => gitOk(cwd, ['merge-base', '--is-ancestor', c.oid, tipRef]));
    const by = onTip ?? latest[0];
    if (by) origin.removedIn = { commit: by.oid, date: iso(by) };
  });
}
