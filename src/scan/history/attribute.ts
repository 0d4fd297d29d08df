import { gitText, objectIds, refTips } from './git-process.js';
import type { HistoryOrigin } from '../types.js';
import type { Commit, HistoryWalk } from './log.js';

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

/** The blobs each commit has at the given paths. */
function blobsAt(cwd: string, commits: string[], paths: string[]): Map<string, Set<string>> {
  const usable = paths.filter((p) => !p.includes('\n'));
  const out = new Map(commits.map((c) => [c, new Set<string>()]));
  const ids = objectIds(cwd, commits.flatMap((c) => usable.map((p) => `${c}:${p}`)), 'blob');
  ids.forEach((id, i) => {
    if (id) out.get(commits[Math.floor(i / usable.length)]!)!.add(id);
  });
  return out;
}

/** At most this many ref:path questions are put to git to say where a value not in the tip still is. */
const MAX_QUESTIONS = 200_000;

/**
 * Says, for each value, which commit first brought it in, and whether the tip still holds it,
 * other refs do, or it was removed (and by which commit). The walk's replacements say which
 * commit removed a value that no ref's tree holds any more.
 */
export function attribute(cwd: string, walk: HistoryWalk, tipTree: Map<string, string[]>, tip: string, values: Map<string, ValueSightings>): Map<string, HistoryOrigin> {
  const out = new Map<string, HistoryOrigin>();
  const gone: string[] = [];
  for (const [key, seen] of values) {
    const first = [...seen.blobs].map((b) => walk.commits[walk.blobs.get(b)!.commit]!).sort((a, b) => a.time - b.time)[0]!;
    const origin: HistoryOrigin = { commit: first.oid, date: iso(first), status: 'removed' };
    out.set(key, origin);
    if ([...seen.blobs].some((b) => tipTree.has(b))) origin.status = 'present';
    else gone.push(key);
  }
  if (gone.length === 0) return out;
  // Where the values not in the tip were seen: the other refs are asked about those paths only.
  const paths = [...new Set(gone.flatMap((k) => [...values.get(k)!.blobs].map((b) => walk.blobs.get(b)!.path)))];
  const others = refTips(cwd).filter((t) => t.commit !== tip).slice(0, Math.max(1, Math.floor(MAX_QUESTIONS / Math.max(1, paths.length))));
  const held = blobsAt(cwd, [...new Set(others.map((t) => t.commit))], paths);
  const removed: string[] = [];
  for (const key of gone) {
    const blobs = values.get(key)!.blobs;
    const holding = others.filter((t) => [...blobs].some((b) => held.get(t.commit)!.has(b)));
    if (holding.length > 0) Object.assign(out.get(key)!, { status: 'elsewhere', refs: holding.slice(0, 10).map((t) => t.ref) });
    else removed.push(key);
  }
  if (removed.length > 0) findRemovals(cwd, walk, tip, removed.map((k) => [out.get(k)!, values.get(k)!.blobs] as const));
  return out;
}

/**
 * The commit that took each removed value out: from the walk's replacements, the latest one that
 * put a version without the value in place of one with it, preferring commits on the tip's history.
 */
function findRemovals(cwd: string, walk: HistoryWalk, tip: string, removed: (readonly [HistoryOrigin, Set<string>])[]): void {
  const { before, after, commit, oids } = walk.replaced;
  const holders = new Map<string, number[]>();
  removed.forEach(([, blobs], i) => blobs.forEach((b) => holders.set(b, [...(holders.get(b) ?? []), i])));
  const candidates: Commit[][] = removed.map(() => []);
  for (let k = 0; k < before.length; k++) {
    const owners = holders.get(oids[before[k]!]!);
    if (!owners) continue;
    const put = after[k]! < 0 ? undefined : oids[after[k]!];
    for (const i of owners) if (!put || !removed[i]![1].has(put)) candidates[i]!.push(walk.commits[commit[k]!]!);
  }
  // One question to git for the whole tip history, instead of one per candidate.
  const onTip = new Set(gitText(cwd, ['rev-list', tip]).split('\n'));
  removed.forEach(([origin], i) => {
    const latest = candidates[i]!.sort((a, b) => b.time - a.time);
    const by = latest.find((c) => onTip.has(c.oid)) ?? latest[0];
    if (by) origin.removedIn = { commit: by.oid, date: iso(by) };
  });
}
