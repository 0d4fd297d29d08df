import { matchesAnyGlob } from '../util/glob.js';
import type { ScanSettings } from './defaults.js';
import { fingerprint, FINGERPRINT_KEY_ENV, mask } from './mask.js';
import { scanFiles } from './run-scan.js';
import { DirectoryArchives, openRepoArchives } from './archive/repo-archives.js';
import { Scanner, type Suppression } from './scanner.js';
import { inShard, type Shard } from './shard.js';
import { mergeParts, type Splitter } from './parallel.js';
import { claimed, type WorkQueue } from './work-queue.js';
import { directoryFiles } from './targets/directory.js';
import { blobSource, refFiles } from './targets/git.js';
import { pullRequestChanges } from './targets/pull-request.js';
import { scanCommits } from './scan-commits.js';
import { npmPackFiles } from './targets/npm-pack.js';
import { dockerContextFiles } from './targets/docker-context.js';
import { bufferSource, emptyStats, type ScanStats, type SourceFile } from './targets/source.js';
import { readRegularFile } from '../util/safe-read.js';
import { posix } from 'node:path';
import type { Category, ScanFinding } from './types.js';
import { CHOSEN_TEXT_CATEGORIES, type ThirdParty } from './third-party.js';
import { appendAll } from '../util/append.js';
import { BlobBatch } from './targets/blob-batch.js';

export type ScanTarget =
  /** `display`: the folder as the user named it, put before every path reported (sub/a.py, not a.py). */
  | { kind: 'directory'; root: string; display?: string }
  /** One file, reported under the name the user gave. */
  | { kind: 'file'; path: string; display: string }
  | { kind: 'ref'; root: string; ref: string }
  | { kind: 'diff'; root: string; range: string }
  | { kind: 'npm-pack'; root: string }
  | { kind: 'docker-context'; root: string; dockerfile?: string }
  | { kind: 'archive'; file: string; name: string; image?: boolean }
  | { kind: 'stdin'; text: Buffer; name: string }
  /**
   * Every blob the commits reach (all refs, or a range), each scanned once. `since`: a commit
   * already scanned (must exist); `sinceTips`: an earlier report's tips (those gone are dropped).
   */
  | { kind: 'history'; root: string; range?: string; since?: string[]; sinceTips?: string[] };

export interface ScanResult {
  target: ScanTarget;
  findings: ScanFinding[];
  /** Findings an inline marker allowed, with the marker's reason. */
  suppressed?: Suppression[];
  stats: ScanStats;
  shard?: Shard;
  history?: import('./history/scan-history.js').HistorySummary;
}

export interface ScanRunOptions {
  /** Scan only this deterministic share of the files (see shard.ts). */
  shard?: Shard;
  /** The scan judges a pull request: `inline-allow: not-on-pull-requests` then ignores markers. */
  pullRequest?: boolean;
  /** Folder scans: may share the files with other threads once they are listed (parallel.ts). */
  split?: Splitter;
  /** A worker thread's share of a folder scan: the main thread's listing, claimed from its queue. */
  queued?: { queue: WorkQueue; slot: number; files: SourceFile[] };
}

/** Scans a target with the policy's scan settings: files -> scanner -> masked findings. */
export async function scanTarget(target: ScanTarget, settings: ScanSettings, env: NodeJS.ProcessEnv, options: ScanRunOptions = {}): Promise<ScanResult> {
  if (target.kind === 'archive') return scanArchiveTarget(target, settings, env);
  if (target.kind === 'history') {
    const { scanHistory } = await import('./history/scan-history.js');
    const { range, since, sinceTips } = target;
    const scanned = await scanHistory(target.root, settings, env, { ...(range ? { range } : {}), ...(since ? { since } : {}), ...(sinceTips ? { sinceTips } : {}) });
    return { target, ...scanned };
  }
  const stats = emptyStats();
  const display = target.kind === 'directory' ? target.display : undefined;
  const repo = target.kind === 'diff' ? target.root : '';
  const pr = target.kind === 'diff' ? pullRequestChanges(repo, target.range) : undefined;
  const batch = pr ? new BlobBatch(repo, pr.files) : undefined;
  const queued = options.queued;
  const listed = queued ? queued.files : (pr ? pr.files.map((f) => blobSource(repo, f, batch)) : targetFiles(target, settings, stats)).map((f) => (display ? renamed(f, posix.join(display, f.path)) : f));
  if (display && !queued) stats.skipped = stats.skipped.map((s) => ({ ...s, file: posix.join(display, s.file) }));
  const plan = !options.shard && !queued && target.kind === 'directory' ? options.split?.(listed) : undefined;
  const shard = options.shard;
  const files = shard ? listed.filter((f) => inShard(f.path, shard)) : listed;
  // What the listing passed over (links) belongs to a shard too: counted once when shards merge.
  if (shard) keepShardSkips(stats, shard);
  const key = env[FINGERPRINT_KEY_ENV] || undefined;
  const inlineAllow = !(options.pullRequest && settings.inlineAllow === 'not-on-pull-requests');
  // The folder named on the command line (`scan examples`, `scan /tmp/app`, `scan ../app`) is not part
  // of the paths globs judge: a repository cloned as `examples` or `tests` is not example or test content.
  const named = display?.replace(/\/+$/, '').replace(/^\.\//, '');
  const outside = named && named !== '.' ? { outsideFolder: named } : {};
  const scanner = scannerFor(settings, key, inlineAllow, undefined, { addedLines: Boolean(pr), ...outside });
  // Archives committed to the repository are opened as --archive opens them (archive/repo-archives.ts).
  const archiveScanner = scannerFor(settings, key, inlineAllow, undefined, { archive: true, ...outside });
  const archiveScan = { scanner: archiveScanner, stats, key, ...(settings.limits.archiveDepth ? { depth: settings.limits.archiveDepth } : {}) };
  const packed = await openRepoArchives(target, files, archiveScan, (p) => !shard || inShard(p, shard));
  const inTree = target.kind === 'directory' ? new DirectoryArchives(target.root, target.display, archiveScan) : undefined;
  // A worker thread that joins too late has nothing to do: the main thread scanned every file.
  if (queued && !queued.queue.join(queued.slot)) return { target, findings: [], stats };
  // Files found by their path alone are the main thread's: a worker sees only the files it claims.
  const byPath = queued ? [] : [...enterprisePathFindings(files, settings, key), ...pathRuleFindings(files, settings, key)];
  const mine = new Set<number>();
  const toScan = queued ? claimed(queued.queue, files) : plan ? claimed(plan.queue, files, mine, (done) => plan.progress(done)) : packed.files;
  const findings = [...byPath, ...(await scanFiles(toScan, scanner, settings.limits, stats, inTree)), ...packed.findings, ...(inTree?.findings ?? [])];
  const others = plan ? await plan.finish() : [];
  // A worker failed: none of their parts counts, and what this thread did not scan is scanned here.
  if (plan && !others) {
    const opened = inTree?.findings.length ?? 0;
    appendAll(findings, await scanFiles(files.filter((_, i) => !mine.has(i)), scanner, settings.limits, stats, inTree));
    appendAll(findings, inTree?.findings.slice(opened) ?? []);
  }
  // A pull request's commits reach the history: what one added and a later one removed is scanned too.
  if (pr && !shard) appendAll(findings, scanCommits(repo, pr.from, pr.head, new Set(pr.files.map((f) => f.blob)), scanner, settings.limits, stats, findings));
  const merged = others?.length ? mergeParts({ findings, stats, suppressed: scanner.suppressed }, others) : { findings, stats, suppressed: scanner.suppressed };
  merged.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)));
  merged.stats.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Threads claim files in no fixed order, and listings come in the file system's: path order, as findings.
  const suppressed = [...(merged.suppressed ?? [])].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)));
  return { target, findings: merged.findings, stats: merged.stats, ...(suppressed.length ? { suppressed } : {}), ...(options.shard ? { shard: options.shard } : {}) };
}

/** Keeps the listing's skips of this shard's files only, and counts them again. */
function keepShardSkips(stats: ScanStats, shard: Shard): void {
  stats.skipped = stats.skipped.filter((s) => inShard(s.file, shard));
  stats.skippedSymlinks = stats.skipped.filter((s) => s.reason === 'symbolic-link').length;
  stats.skippedUnreadable = stats.skipped.filter((s) => s.reason === 'unreadable').length;
  stats.skippedLarge = stats.skipped.filter((s) => s.reason === 'too-large').length;
}

/** The same file under the name a report gives it (methods kept: a source may be a class instance). */
function renamed(f: SourceFile, path: string): SourceFile {
  return {
    path,
    size: () => f.size(),
    read: (chunk) => f.read(chunk),
    ...(f.lines ? { lines: f.lines } : {}),
    ...(f.readSmall ? { readSmall: (buffer: Buffer) => f.readSmall!(buffer) } : {}),
    ...(f.diskPath !== undefined ? { diskPath: f.diskPath } : {}),
  };
}

function targetFiles(target: ScanTarget, settings: ScanSettings, stats: ScanStats): SourceFile[] {
  switch (target.kind) {
    case 'directory':
      return directoryFiles(target.root, { gitignore: settings.gitignore }, stats);
    case 'ref':
      return refFiles(target.root, target.ref);
    case 'diff':
    case 'npm-pack':
      return npmPackFiles(target.root);
    case 'docker-context':
      return dockerContextFiles(target.root, target.dockerfile, stats);
    case 'archive':
    case 'diff':
    case 'history':
      return [];
    case 'stdin': {
      const text = target.text;
      return [bufferSource(target.name, () => text, () => text.length)];
    }
    case 'file': {
      const read = readRegularFile(target.path, settings.limits.maxFileBytes);
      if (!read.ok) {
        stats.files++;
        stats.skippedUnreadable++;
        stats.skipped.push({ file: target.display, reason: read.reason === 'too-large' ? 'too-large' : 'unreadable' });
        return [];
      }
      return [bufferSource(target.display, () => read.bytes, () => read.bytes.length)];
    }
  }
}

/** What a scanner reads: a pull request's added lines, or archive entries named `outer!inner`. */
export interface ScannerContext {
  /**
   * Lines a pull request adds: the pull request chose where to put them, so under test and
   * third-party paths every credential rule judges them, generic assignments included (an allow
   * marker or the baseline handles a real fixture). Whole-tree scans keep the precision defaults.
   */
  addedLines?: boolean;
  /** See ScannerOptions.outsideFolder. */
  outsideFolder?: string;
  /** File names are archive entries (`outer.tgz!inner/path`): the inner path decides what content it is. */
  archive?: boolean;
}

function contentRules(tp: ThirdParty, context: ScannerContext): ThirdParty {
  const categories = context.addedLines ? [...new Set([...tp.categories, ...CHOSEN_TEXT_CATEGORIES])] : tp.categories;
  return { ...tp, categories, ...(context.archive ? { archiveEntries: true } : {}) };
}

/** The scanner a scan runs with: the settings' rules, allowlist, third-party and test content, markers. */
export function scannerFor(settings: ScanSettings, key: string | undefined, inlineAllow: boolean, values?: Map<ScanFinding, string>, context: ScannerContext = {}): Scanner {
  return new Scanner({
    rules: settings.rules,
    inlineAllow,
    gitleaksAllow: settings.gitleaksAllow,
    thirdParty: contentRules(settings.thirdParty, context),
    testContent: contentRules(settings.testContent, context),
    exampleContent: contentRules(settings.exampleContent, context),
    ...(context.outsideFolder ? { outsideFolder: context.outsideFolder } : {}),
    ...(settings.allowlist ? { allowlist: settings.allowlist } : {}),
    ...(key ? { fingerprintKey: key } : {}),
    ...(values ? { values } : {}),
  });
}

/** An archive scanned in place, streaming, archives inside it opened to a bounded depth. */
async function scanArchiveTarget(target: { kind: 'archive'; file: string; name: string; image?: boolean }, settings: ScanSettings, env: NodeJS.ProcessEnv): Promise<ScanResult> {
  const { DEFAULT_ARCHIVE_LIMITS, scanArchive } = await import('./archive/scan-archive.js');
  const key = env[FINGERPRINT_KEY_ENV] || undefined;
  const scanner = scannerFor(settings, key, true, undefined, { archive: true });
  const ctx = { scanner, limits: { ...DEFAULT_ARCHIVE_LIMITS, maxDepth: settings.limits.archiveDepth ?? DEFAULT_ARCHIVE_LIMITS.maxDepth }, stats: emptyStats(), key, findings: [] as ScanFinding[], total: 0 };
  await scanArchive(target.file, target.name, ctx, target.image === true);
  ctx.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return { target, findings: ctx.findings, stats: ctx.stats };
}

/** A finding about a file as a whole (where it is, not what it holds), at its first line. */
function fileFinding(rule: Pick<ScanFinding, 'ruleId' | 'category' | 'severity' | 'description'>, file: string, key: string | undefined): ScanFinding {
  return { ...rule, file, line: 1, column: 1, endLine: 1, endColumn: 1, masked: mask(file), fingerprint: fingerprint(rule.ruleId, file, file, key) };
}

const ENTERPRISE_PATH = { ruleId: 'enterprise-source', category: 'source-code', severity: 'critical', description: 'Enterprise source code: a file under a configured Enterprise source path' } as const;

/** A file under an Enterprise source path is a finding by where it is, whatever it holds. */
export function enterprisePathFindings(files: SourceFile[], settings: ScanSettings, key: string | undefined): ScanFinding[] {
  if (settings.enterprisePaths.length === 0) return [];
  return files.filter((f) => matchesAnyGlob(f.path, settings.enterprisePaths)).map((f) => fileFinding(ENTERPRISE_PATH, f.path, key));
}

/** Rules that find a file by its path alone (imported gitleaks rules with `path` and no `regex`). */
export function pathRuleFindings(files: SourceFile[], settings: ScanSettings, key: string | undefined): ScanFinding[] {
  if (settings.pathRules.length === 0) return [];
  const globallyAllowed = (path: string) => settings.allowlist?.predicates?.some((allowed) => allowed(path, { text: '', index: 0, file: path })) ?? false;
  return settings.pathRules.flatMap((rule) =>
    files
      .filter((f) => rule.test(f.path) && !rule.allowed(f.path) && !globallyAllowed(f.path))
      .map((f) => fileFinding({ ruleId: rule.id, category: rule.category, severity: rule.severity, description: rule.description }, f.path, key)),
  );
}
