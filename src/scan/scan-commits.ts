import type { ScanLimits } from './run-scan.js';
import { scanSource } from './run-scan.js';
import type { Scanner } from './scanner.js';
import { pullRequestCommits } from './targets/pull-request.js';
import { bufferSource, type ScanStats, type SourceFile } from './targets/source.js';
import type { Category, ScanFinding } from './types.js';
import { BlobBatch } from './targets/blob-batch.js';
import { CHOSEN_TEXT_CATEGORIES } from './third-party.js';

/**
 * The commits of a pull request, beyond its net diff: a value added in one commit and taken out
 * in a later one still reaches the repository's history when the pull request is merged. Each
 * version the head no longer holds is scanned once, limited to the lines its commit added, and
 * each commit message is scanned for credentials. A value also found in the head is reported
 * there only.
 */
export function scanCommits(cwd: string, from: string, head: string, headBlobs: ReadonlySet<string>, scanner: Scanner, limits: ScanLimits, stats: ScanStats, headFindings: readonly ScanFinding[]): ScanFinding[] {
  const { versions, messages } = pullRequestCommits(cwd, from, head, headBlobs);
  const seen = new Set(headFindings.map((f) => f.fingerprint));
  const out: ScanFinding[] = [];
  const keep = (f: ScanFinding, commit: string, date: string) => {
    if (seen.has(f.fingerprint)) return;
    seen.add(f.fingerprint);
    out.push({ ...f, history: { commit, date, status: 'removed' } });
  };
  const batch = new BlobBatch(cwd, versions);
  for (const v of versions) {
    const source = bufferSource(v.name, () => batch.read(v.blob), () => v.size, v.lines);
    for (const f of scanSource(source, scanner, limits, stats)) keep(f, v.commit, v.date);
  }
  for (const m of messages) {
    const source = bufferSource(commitMessageName(m.commit), () => m.text, () => m.text.length);
    for (const f of scanMessage(source, scanner, limits, stats)) keep(f, m.commit, m.date);
  }
  return out;
}

/**
 * One commit or tag message, named as commitMessageName() or tagMessageName() names it, scanned for what grants access
 * only (CREDENTIALS). Pull-request and history scans both judge messages through this.
 */
export function scanMessage(source: SourceFile, scanner: Scanner, limits: ScanLimits, stats: ScanStats): ScanFinding[] {
  return scanSource(source, scanner, limits, stats).filter((f) => CREDENTIALS.has(f.category));
}

/** How reports name a commit's message (not a path: nothing in a tree is called this). */
export function commitMessageName(commit: string): string {
  return `commit ${commit.slice(0, 12)} message`;
}

/** How reports name an annotated tag's message (the tag's name as pathName() spells its bytes). */
export function tagMessageName(tag: string): string {
  return `tag ${tag} message`;
}

/**
 * Messages are prose about people and machines: trailers name authors' addresses, logs quote
 * hosts. Only what grants access is looked for there.
 */
const CREDENTIALS: ReadonlySet<Category> = new Set(CHOSEN_TEXT_CATEGORIES);
