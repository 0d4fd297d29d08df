import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ScanSettings } from '../defaults.js';
import { fingerprint, FINGERPRINT_KEY_ENV, mask } from '../mask.js';
import { scanSource, skip } from '../run-scan.js';
import { enterprisePathFindings, pathRuleFindings, scannerFor } from '../scan.js';
import { fileSource } from '../targets/directory.js';
import { GitError } from '../targets/git.js';
import { bufferSource, emptyStats, type ScanStats } from '../targets/source.js';
import type { HistoryOrigin, ScanFinding } from '../types.js';
import { attribute, iso, treeBlobs, type ValueSightings } from './attribute.js';
import { BlobReader, type BlobContent } from './blobs.js';
import { VersionComparer } from './versions.js';
import { gitText, objectIds, refTips } from './git-process.js';
import { walkHistory, type HistoryWalk } from './log.js';
import { annotatedTags, HistoryMessages, type AnnotatedTag } from './messages.js';
import { appendAll } from '../../util/append.js';
import { noteNarrowed } from '../narrowing.js';

export interface HistoryRequest {
  /** A revision range (`v1.0..main`) or one revision; absent: every ref (`--all`). */
  range?: string;
  /** Commits already scanned (`--since REF`): blobs they reach are not read again. Each must exist. */
  since?: string[];
  /** An earlier report's ref tips (`--since REPORT`): as since, but tips this clone lacks (force-pushed away) are dropped, so the scan reads more, never less. */
  sinceTips?: string[];
  /** Scan large versions by the lines they change (default); false reads every version whole (for tests and measuring). */
  compareVersions?: boolean;
}

export interface HistorySummary {
  /** What was walked: `--all` or the range, and the commits excluded as already scanned. */
  revisions: string;
  since?: string[];
  /** The commit whose tree is "the tip" (HEAD for --all, the range's end otherwise). */
  tip: string;
  /** Every ref tip when --all was walked: the next run's --since. */
  tips: string[];
  commits: number;
  /** Distinct blobs reached: each one read and scanned once, whatever the number of commits holding it. */
  blobs: number;
  /** Of those, large versions scanned by the lines they add to the next version of their file. */
  compared: number;
  /** Commit and annotated-tag messages scanned (for credentials only, as a pull request's are). */
  messages: number;
}

export interface HistoryScan {
  findings: ScanFinding[];
  stats: ScanStats;
  history: HistorySummary;
}

export class ShallowCloneError extends GitError {}

/** Contents up to this size are scanned in memory; larger blobs are spooled to a temporary file. */
const IN_MEMORY = 4 * 1024 * 1024;

/**
 * Scans every blob a history reaches, each distinct blob once: walk the commits (git log --raw),
 * read the blobs (git cat-file --batch) into the same scanner a directory scan uses, then say
 * for each value found which commit brought it in and whether the tip still holds it.
 */
export async function scanHistory(root: string, settings: ScanSettings, env: NodeJS.ProcessEnv, request: HistoryRequest): Promise<HistoryScan> {
  requireFullHistory(root);
  const { revisions, exclude, tip } = resolveRevisions(root, request);
  const key = env[FINGERPRINT_KEY_ENV] || undefined;
  const values = new Map<ScanFinding, string>();
  const scanner = scannerFor(settings, key, true, values);
  const stats = emptyStats();
  const sightings: Sightings = new Map();
  const paths = new Map<string, string>();
  const sight = (blob: string, id: string, value: string | undefined, finding: ScanFinding) => {
    const seen = sightings.get(id) ?? { blobs: new Set<string>(), value, found: [] };
    seen.blobs.add(blob);
    seen.found.push({ blob, finding });
    sightings.set(id, seen);
    return { id, line: finding.line, column: finding.column };
  };
  /** Findings the scanner just made: their values become sightings (and are let go of). */
  const scanned = (blob: string, findings: ScanFinding[]) =>
    findings.map((finding) => {
      const value = values.get(finding);
      values.delete(finding);
      // Without its value (never expected) a finding stands alone, by its own fingerprint.
      return sight(blob, value === undefined ? `fingerprint:${finding.fingerprint}` : valueId(finding.ruleId, value), value, finding);
    });
  const comparer = new VersionComparer(scanner, (id) => {
    const seen = sightings.get(id);
    return seen?.value !== undefined ? { value: seen.value, template: seen.found[0]!.finding } : undefined;
  });
  // Messages: a scanner of their own, keeping no values (no message finding is merged with a file's).
  const messages = new HistoryMessages(scannerFor(settings, key, true), settings.limits, stats);
  // Blobs (and commit objects, for their messages) are read while the walk goes on: git reads objects while git log walks.
  const reader = new BlobReader(
    root,
    IN_MEMORY,
    (blob) => {
      if (blob.type !== 'blob') return messages.read(blob);
      const path = paths.get(blob.oid)!;
      paths.delete(blob.oid);
      const whole = request.compareVersions === false ? undefined : comparable(blob, path, settings);
      if (whole) {
        const versions = comparer.scan(path, whole.toString('utf8'));
        if (versions) {
          count(stats, blob.size);
          noteNarrowed(stats, scanner, path);
          const ids = [...scanned(blob.oid, versions.scanned), ...versions.carried.map((c) => sight(blob.oid, c.id, sightings.get(c.id)?.value, c.finding))];
          comparer.record(path, ids);
          return;
        }
      }
      const source = whole ? bufferSource(path, () => whole, () => blob.size) : 'bytes' in blob ? bufferSource(path, () => blob.bytes, () => blob.size) : fileSource(blob.file, path);
      const ids = scanned(blob.oid, scanSource(source, scanner, settings.limits, stats));
      if (whole) comparer.record(path, ids);
    },
    (oid) => skip(stats, paths.get(oid) ?? messages.nameOf(oid) ?? oid, 'unreadable'),
  );
  let walk: HistoryWalk;
  try {
    // Enterprise source paths and path-only rules judge every path a file ever had.
    const byPath = settings.enterprisePaths.length > 0 || settings.pathRules.length > 0;
    walk = await walkHistory(
      root,
      revisions,
      exclude,
      (oid, path) => {
        paths.set(oid, path);
        reader.request(oid);
      },
      byPath,
      (commit) => {
        messages.expectCommit(commit);
        reader.request(commit.oid);
      },
    );
    for (const tag of tagsToRead(root, request, walk)) if (messages.expectTag(tag)) reader.request(tag.oid);
  } finally {
    await reader.finish();
  }
  await readInnerTags(root, messages, stats);
  const tipTree = treeBlobs(root, tip);
  const origins = attribute(root, walk, tipTree, tip, sightings);
  const findings = shownFindings(sightings, origins, walk, tipTree, key);
  appendAll(findings, pathFindings(walk, settings, key, tipTree));
  messages.settle(root, tip);
  for (const f of messages.findings) findings.push(f);
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)));
  stats.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const tips = request.range ? [tip] : allTips(root);
  return { findings, stats, history: { revisions: request.range ?? '--all', ...(request.since?.length || request.sinceTips?.length ? { since: [...(request.since ?? []), ...(request.sinceTips ?? [])] } : {}), tip, tips, commits: walk.commits.length, blobs: walk.blobs.size, compared: comparer.compared, messages: messages.count } };
}

type Sightings = Map<string, ValueSightings & { value: string | undefined; found: { blob: string; finding: ScanFinding }[] }>;

/**
 * One finding per value: where the tip has it when it does (its path today, with the fingerprint
 * a directory scan gives), else where it came in. Oldest sighting first, then by path and line,
 * so the choice never depends on the order blobs were read in.
 */
function shownFindings(sightings: Sightings, origins: Map<string, HistoryOrigin>, walk: HistoryWalk, tipTree: Map<string, string[]>, key: string | undefined): ScanFinding[] {
  const introduced = (s: { blob: string }) => walk.commits[walk.blobs.get(s.blob)!.commit]!.time;
  const out: ScanFinding[] = [];
  for (const [id, seen] of sightings) {
    seen.found.sort((a, b) => introduced(a) - introduced(b) || (a.finding.file < b.finding.file ? -1 : a.finding.file > b.finding.file ? 1 : a.finding.line - b.finding.line));
    const inTip = seen.found.find((s) => tipTree.has(s.blob));
    const shown = inTip ?? seen.found[0]!;
    const file = inTip ? tipTree.get(inTip.blob)![0]! : shown.finding.file;
    const print = seen.value === undefined ? shown.finding.fingerprint : fingerprint(shown.finding.ruleId, file, seen.value, key);
    out.push({ ...shown.finding, file, fingerprint: print, history: origins.get(id)! });
  }
  return out;
}

/** The same value found by the same rule, wherever it is. (The value itself stays in memory only, to fingerprint it at the path it is shown at.) */
function valueId(ruleId: string, value: string): string {
  return createHash('sha256').update(`${ruleId}\0${value}`).digest('base64');
}

/**
 * A large text version that later versions of its file can be compared with (VersionComparer), read
 * whole; undefined for everything scanned the usual way (small, huge, binary, skipped as too large,
 * or JSON/YAML when the policy allows values by JSON pointer, which needs the whole document).
 */
function comparable(blob: BlobContent, path: string, settings: ScanSettings): Buffer | undefined {
  if (!VersionComparer.wants(blob.size)) return undefined;
  if (settings.allowlist?.pointers?.length && /\.(?:json|ya?ml)$/i.test(path)) return undefined;
  if (settings.limits.largeFiles === 'skip' && blob.size > settings.limits.maxFileBytes) return undefined;
  const bytes = 'bytes' in blob ? blob.bytes : readFileSync(blob.file);
  return bytes.indexOf(0) === -1 ? bytes : undefined;
}

function count(stats: ScanStats, bytes: number): void {
  stats.files++;
  stats.scanned++;
  stats.bytes += bytes;
}

/** Files found by their path alone (Enterprise source paths, path-only imported rules), at any point of the history. */
function pathFindings(walk: HistoryWalk, settings: ScanSettings, key: string | undefined, tipTree: Map<string, string[]>): ScanFinding[] {
  const first = walk.paths;
  if (!first) return [];
  const tipPaths = new Set([...tipTree.values()].flat());
  const files = [...first.keys()].map((path) => bufferSource(path, () => Buffer.alloc(0), () => 0));
  return [...enterprisePathFindings(files, settings, key), ...pathRuleFindings(files, settings, key)].map((f) => {
    const c = walk.commits[first.get(f.file)!]!;
    return { ...f, masked: mask(f.file), history: { commit: c.oid, date: iso(c), status: tipPaths.has(f.file) ? 'present' : 'removed' } };
  });
}

/**
 * The annotated tags whose messages a history scan reads: every one when the whole history is
 * walked (even one on an old commit, or on a tree: a re-read costs little), else those that tag a
 * commit of the range.
 */
function tagsToRead(root: string, request: HistoryRequest, walk: HistoryWalk): AnnotatedTag[] {
  const tags = annotatedTags(root);
  if (request.range === undefined) return tags;
  const walked = new Set(walk.commits.map((c) => c.oid));
  return tags.filter((t) => t.commit !== undefined && walked.has(t.commit));
}

/** Tags of tags (rare), one more `git cat-file --batch` per level of nesting. */
async function readInnerTags(root: string, messages: HistoryMessages, stats: ScanStats): Promise<void> {
  for (let inner = messages.takeInner(); inner.length > 0; inner = messages.takeInner()) {
    const reader = new BlobReader(root, IN_MEMORY, (obj) => messages.read(obj), (oid) => skip(stats, messages.nameOf(oid) ?? oid, 'unreadable'));
    for (const tag of inner) reader.request(tag.oid);
    await reader.finish();
  }
}

/** A shallow clone lacks the history: say how to get it instead of scanning part of it. */
function requireFullHistory(root: string): void {
  let shallow: string;
  try {
    shallow = gitText(root, ['rev-parse', '--is-shallow-repository']).trim();
  } catch {
    throw new GitError(`${root} is not a git repository: --history reads a repository's commits (run it in a clone)`);
  }
  if (shallow === 'true') {
    throw new ShallowCloneError('this is a shallow clone: --history needs every commit. In GitHub Actions check out with `fetch-depth: 0` (actions/checkout); elsewhere run `git fetch --unshallow` first');
  }
}

/** What `git log` walks, and which commit's tree counts as the tip. */
function resolveRevisions(root: string, request: HistoryRequest): { revisions: string[]; exclude: string[]; tip: string } {
  const range = request.range;
  if (range !== undefined && (range.startsWith('-') || /\s/.test(range) || range === '')) throw new GitError(`--history takes a revision range such as v1.0..main or one revision, not "${range}"`);
  const end = range === undefined ? 'HEAD' : range.includes('..') ? range.slice(range.lastIndexOf('..') + 2).replace(/^\./, '') || 'HEAD' : range;
  let tip: string;
  try {
    tip = gitText(root, ['rev-parse', '--verify', '--quiet', `${end}^{commit}`]).trim();
  } catch {
    throw new GitError(range === undefined ? 'the repository has no commits yet: nothing to scan in its history' : `--history: "${end}" names no commit here`);
  }
  for (const since of request.since ?? []) if (since.startsWith('-') || /\s/.test(since)) throw new GitError(`--since takes a commit or a previous report, not "${since}"`);
  const given = objectIds(root, (request.since ?? []).map((r) => `${r}^{commit}`), 'commit');
  const missing = (request.since ?? []).find((_, i) => !given[i]);
  if (missing !== undefined) throw new GitError(`--since: "${missing}" names no commit here (and is not a report file)`);
  const tips = objectIds(root, (request.sinceTips ?? []).filter((t) => /^[0-9a-f]{40,64}$/.test(t)).map((t) => `${t}^{commit}`), 'commit');
  const exclude = [...given, ...tips].filter((c): c is string => Boolean(c));
  return { revisions: range === undefined ? ['--all'] : [range], exclude, tip };
}

/** Every ref tip --all walked (pull-request refs and notes included) and HEAD: the next run's --since. */
function allTips(root: string): string[] {
  return [...new Set([...refTips(root).map((t) => t.commit), gitText(root, ['rev-parse', 'HEAD']).trim()])].sort();
}
