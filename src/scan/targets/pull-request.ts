import { addedLinesOf, changes, commitId, commitsBetween, contentChanges, git, GitError, mergeBase, type Change } from './git-changes.js';
import { parseBatch } from './blob-batch.js';

/**
 * What a pull request adds, as git holds it. The net change (merge base -> head) is what a reviewer
 * sees and what annotations point at; but every commit of the range reaches the repository's
 * history when it is merged, so a value added in one commit and removed in the next is scanned
 * too, in the version that held it, and so is every commit message.
 */

/** One version of a file to scan: its object id, the name reports use, and the lines to judge (all when undefined). */
export interface ChangedVersion {
  blob: string;
  name: string;
  size: number;
  lines: Set<number> | undefined;
}

/** A version no longer in the head, with the commit that brought its lines in. */
export interface CommitVersion extends ChangedVersion {
  commit: string;
  date: string;
}

export interface CommitMessage {
  commit: string;
  date: string;
  text: Buffer;
}

/** Beyond this many commits a pull request is refused, not sampled: a history scan reads any number. */
export const MAX_PULL_REQUEST_COMMITS = 2000;

/** Parses `A...B` (against the merge base, as a pull request compares) or `A..B` into two commit ids. */
export function resolveRange(cwd: string, range: string): { from: string; head: string } {
  const m = /^(.+?)(\.\.\.?)(.+)$/.exec(range);
  if (!m) throw new GitError(`--diff needs a range such as main...HEAD, not "${range}"`);
  const a = commitId(cwd, m[1]!);
  const head = commitId(cwd, m[3]!);
  return { from: m[2] === '...' ? mergeBase(cwd, a, head) : a, head };
}

/** The net change of a range: each changed file's head version with the lines it adds. */
export function pullRequestChanges(cwd: string, range: string): { from: string; head: string; files: ChangedVersion[] } {
  const { from, head } = resolveRange(cwd, range);
  const list = contentChanges(changes(cwd, from, head));
  const added = addedLinesOf(cwd, from, head, list);
  const sizes = blobSizes(cwd, list.map((c) => c.newBlob));
  const files = list
    .map((c) => ({ blob: c.newBlob, name: c.name, size: sizes.get(c.newBlob) ?? 0, lines: added.get(c) }))
    .filter((f) => f.lines === undefined || f.lines.size > 0)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { from, head, files };
}

/**
 * Every version the range's commits brought in that the head no longer has (each blob once), with
 * the lines its commit added, and every commit's message. A merge commit adds only what is new
 * against all of its parents (a conflict resolution), not what it merges in.
 */
export function pullRequestCommits(cwd: string, from: string, head: string, headBlobs: ReadonlySet<string>): { versions: CommitVersion[]; messages: CommitMessage[] } {
  const commits = commitsBetween(cwd, from, head);
  if (commits.length > MAX_PULL_REQUEST_COMMITS) {
    throw new GitError(`the range ${from.slice(0, 12)}..${head.slice(0, 12)} has ${commits.length} commits, more than the ${MAX_PULL_REQUEST_COMMITS} a pull-request scan reads one by one: scan its history with \`scan --history ${from.slice(0, 12)}..${head.slice(0, 12)}\` (mode: history)`);
  }
  const dates = commitDates(cwd, commits.map((c) => c.id));
  const byBlob = new Map<string, CommitVersion>();
  for (const commit of commits) {
    for (const [change, lines] of commitAdds(cwd, commit.id, commit.parents)) {
      if (headBlobs.has(change.newBlob) || (lines && lines.size === 0)) continue;
      const seen = byBlob.get(change.newBlob);
      if (seen) {
        if (seen.lines && lines) for (const l of lines) seen.lines.add(l);
        else seen.lines = undefined;
        continue;
      }
      byBlob.set(change.newBlob, { blob: change.newBlob, name: change.name, size: 0, lines: lines ? new Set(lines) : undefined, commit: commit.id, date: dates.get(commit.id) ?? '' });
    }
  }
  const sizes = blobSizes(cwd, [...byBlob.keys()]);
  for (const v of byBlob.values()) v.size = sizes.get(v.blob) ?? 0;
  const objects = commits.length === 0 ? new Map<string, Buffer>() : parseBatch(git(cwd, ['cat-file', '--batch'], commits.map((c) => c.id).join('\n') + '\n'), 'commit');
  const messages = commits.map((c) => ({ commit: c.id, date: dates.get(c.id) ?? '', text: commitMessage(objects, c.id) }));
  return { versions: [...byBlob.values()], messages };
}

/** What one commit adds: against its only parent, or for a merge what none of its parents had. */
function commitAdds(cwd: string, commit: string, parents: string[]): Map<Change, Set<number> | undefined> {
  if (parents.length === 0) return new Map(contentChanges(changes(cwd, emptyTree(cwd), commit)).map((c) => [c, undefined]));
  const perParent = parents.map((p) => {
    const list = contentChanges(changes(cwd, p, commit));
    return new Map([...addedLinesOf(cwd, p, commit, list)].map(([c, lines]) => [c.newBlob + '\0' + c.name, { change: c, lines }]));
  });
  const result = new Map<Change, Set<number> | undefined>();
  for (const [key, first] of perParent[0]!) {
    let lines = first.lines;
    for (const other of perParent.slice(1)) {
      const there = other.get(key);
      if (!there) {
        lines = new Set(); // the same version is in this parent: the merge adds nothing to it
        break;
      }
      if (there.lines) lines = lines ? new Set([...lines].filter((l) => there.lines!.has(l))) : new Set(there.lines);
    }
    result.set(first.change, lines);
  }
  return result;
}

/** The empty tree's id in this repository's object format (a root commit is compared with it). */
function emptyTree(cwd: string): string {
  return git(cwd, ['hash-object', '-t', 'tree', '--stdin'], '').toString('latin1').trim();
}

/** Object sizes from one `git cat-file --batch-check`. */
function blobSizes(cwd: string, blobs: string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  if (blobs.length === 0) return sizes;
  const out = git(cwd, ['cat-file', '--batch-check'], blobs.join('\n') + '\n').toString('latin1');
  for (const line of out.split('\n')) {
    const m = /^([0-9a-f]+) \w+ (\d+)$/.exec(line);
    if (m) sizes.set(m[1]!, Number(m[2]));
  }
  return sizes;
}

/** Committer dates (ISO 8601) of commits, from one `git log --no-walk`. */
function commitDates(cwd: string, ids: string[]): Map<string, string> {
  const dates = new Map<string, string>();
  if (ids.length === 0) return dates;
  const out = git(cwd, ['log', '--no-walk=unsorted', '--stdin', '--format=%H %cI'], ids.join('\n') + '\n').toString('latin1');
  for (const line of out.split('\n')) {
    const [id, date] = line.split(' ');
    if (id && date) dates.set(id, date);
  }
  return dates;
}

/** A commit's message, as bytes (everything after the header's blank line); commits read in one batch. */
function commitMessage(objects: ReadonlyMap<string, Buffer>, id: string): Buffer {
  const raw = objects.get(id);
  if (!raw) throw new GitError(`git cat-file --batch did not return commit ${id}`);
  const gap = raw.indexOf('\n\n');
  return gap === -1 ? Buffer.alloc(0) : raw.subarray(gap + 2);
}
