import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { resolveClock, UsageError } from '../engine/clock.js';
import { parseShard } from '../scan/shard.js';
import { buildScanReport, renderScanJson, renderScanText, type ScanReport } from '../report/scan-report.js';
import { renderScanSarif } from '../report/scan-sarif.js';
import { repoRelative } from '../util/repo-path.js';
import type { Style } from '../report/style.js';
import { defaultScanSettings, type ScanSettings } from '../scan/defaults.js';
import { scanTarget, type ScanTarget } from '../scan/scan.js';
import { folderSplitter } from './scan-threads.js';
import { GitError } from '../scan/targets/git.js';
import { PackError } from '../scan/targets/npm-pack.js';
import { EXIT, type CliIo } from './io.js';
import { blockingSkips } from '../scan/skip-policy.js';
import { unscannedMessage } from '../report/unscanned.js';
import { policyRoot } from '../policy/policy-root.js';

export interface ScanArgs {
  path: string | undefined;
  diff?: string;
  ref?: string;
  policy?: string;
  format: string;
  gitignore: boolean;
  baseline?: string;
  shard?: string;
  now?: string;
  npmPack?: boolean;
  dockerContext?: string;
  dockerfile?: string;
  archive?: string;
  image?: string;
  history?: boolean;
  all?: boolean;
  /** scan: write the report here instead of standard output. */
  output?: string;
  /** --cwd: the repository scanned when no PATH is given (PATHs stay relative to where the command runs). */
  cwd?: string;
  since?: string;
}

/** `readiness-gate scan`: exit 1 when anything must not be published, 0 when nothing, 2 on error. */
export async function runScan(args: ScanArgs, io: CliIo, style: Style): Promise<number> {
  if (!['text', 'json', 'sarif'].includes(args.format)) throw new UsageError(`--format must be text, json or sarif, not "${args.format}"`);
  const { result, settings } = await scanFromArgs(args, io);
  let findings = result.findings;
  let baselined = 0;
  if (args.baseline) {
    const { applyBaseline } = await import('../scan/baseline.js');
    const applied = applyBaseline(findings, await readBaselineOrUsage(resolve(io.cwd, args.baseline)), resolveClock(args.now, undefined, new Date()));
    findings = applied.kept;
    baselined = applied.hidden;
  }
  const report = buildScanReport({ ...result, findings }, settings.rules, baselined);
  const text = args.format === 'json' ? renderScanJson(report) : args.format === 'sarif' ? renderScanSarif(inRepository(result.target) ? sarifPaths(report, args.cwd ?? io.cwd) : report, settings.rules) : renderScanText(report, style);
  if (args.output === undefined) io.stdout(text);
  else (await import('./report-output.js')).emit(io, text, args.output); // loaded only for -o: a plain scan starts without it
  // A diff scan judges what a change adds: a changed file it could not read fails it (scan.allow-skipped).
  const unread = args.diff ? blockingSkips(result.stats, settings) : [];
  if (unread.length > 0) io.stderr(unscannedMessage(unread, settings.rules));
  return report.findings.length > 0 || unread.length > 0 ? EXIT.gateFailed : EXIT.ok;
}

/** `readiness-gate baseline`: records today's findings so that only new ones fail a scan. */
export async function runBaseline(args: ScanArgs & { output: string }, io: CliIo): Promise<number> {
  const { result } = await scanFromArgs(args, io);
  const { createBaseline } = await import('../scan/baseline.js');
  const baseline = createBaseline(result.findings);
  const target = resolve(io.cwd, args.output);
  writeFileSync(target, JSON.stringify(baseline, null, 2) + '\n');
  io.stdout(`wrote ${baseline.entries.length} fingerprints to ${args.output}\nAdd "expires" (a date) and "reason" to an entry to make it temporary; scan with --baseline ${args.output}\n`);
  return EXIT.ok;
}

/** The baseline module (which parses with positions) is loaded only when a baseline is used. */
async function readBaselineOrUsage(path: string) {
  const { BaselineError, readBaseline } = await import('../scan/baseline.js');
  try {
    return readBaseline(path);
  } catch (err) {
    if (err instanceof BaselineError) throw new UsageError(err.message);
    throw err;
  }
}

async function scanFromArgs(args: ScanArgs, io: CliIo) {
  if (args.history) return historyFromArgs(args, io);
  if (args.all || args.since !== undefined) throw new UsageError(`${args.all ? '--all' : '--since'} goes with --history`);
  if (args.diff && args.ref) throw new UsageError('--diff and --ref cannot be combined');
  const packed = args.archive ?? args.image;
  if (packed) {
    const flag = args.archive ? '--archive' : '--image';
    if (args.archive && args.image) throw new UsageError('--archive and --image cannot be combined');
    if (args.path !== undefined || args.npmPack || args.diff || args.ref || args.dockerContext) throw new UsageError(`${flag} names what to scan: give no PATH or other target with it`);
    const file = resolve(io.cwd, packed);
    if (!existsSync(file) || (args.archive && !statSync(file).isFile())) throw new UsageError(`${flag}: no such file: ${packed}`);
    const settings = await scanSettings(io.cwd, args.policy ? resolve(io.cwd, args.policy) : undefined);
    const name = packed.replace(/\/+$/, '').split('/').pop()!;
    return { result: await scanTarget({ kind: 'archive', file, name, ...(args.image ? { image: true } : {}) }, settings, io.env), settings };
  }
  const stdin = args.path === '-';
  if (args.dockerContext && (args.path !== undefined || args.npmPack || args.diff || args.ref)) throw new UsageError('--docker-context names the folder to scan: give no PATH, --npm-pack, --diff or --ref with it');
  if (args.dockerfile && !args.dockerContext) throw new UsageError('--dockerfile goes with --docker-context');
  const root = stdin ? io.cwd : resolve(io.cwd, args.dockerContext ?? args.path ?? args.cwd ?? '.');
  const single = !stdin && args.path !== undefined && !args.dockerContext && existsSync(root) && statSync(root).isFile();
  if (!stdin && !single && (!existsSync(root) || !statSync(root).isDirectory())) throw new UsageError(`scan: no such file or directory: ${args.dockerContext ?? args.path}`);
  if (single && (args.npmPack || args.diff || args.ref)) throw new UsageError('scan FILE scans one file: it takes neither --npm-pack, --diff nor --ref');
  // Paths are reported as the user named them: "scan sub/" reports sub/a.py, not a.py.
  const display = args.path === undefined || stdin ? '' : posix.normalize(args.path.split('\\').join('/')).replace(/\/+$/, '').replace(/^\.$/, '');
  if (stdin && (args.diff || args.ref)) throw new UsageError('scan - (stdin) takes neither --diff nor --ref');
  const settings = await scanSettings(single ? dirname(root) : root, args.policy ? resolve(io.cwd, args.policy) : undefined);
  if (!args.gitignore) settings.gitignore = false;
  if (args.npmPack && (stdin || args.diff || args.ref)) throw new UsageError('--npm-pack scans a package folder: it takes neither -, --diff nor --ref');
  const target: ScanTarget = stdin
    ? { kind: 'stdin', text: io.readStdin?.() ?? Buffer.alloc(0), name: '<stdin>' }
    : args.dockerContext
      ? { kind: 'docker-context', root, ...(args.dockerfile ? { dockerfile: resolve(io.cwd, args.dockerfile) } : {}) }
      : args.npmPack
      ? { kind: 'npm-pack', root }
      : args.diff
      ? { kind: 'diff', root, range: args.diff }
      : args.ref
        ? { kind: 'ref', root, ref: args.ref }
        : single
          ? { kind: 'file', path: root, display: display || basename(root) }
          : { kind: 'directory', root, ...(display ? { display } : {}) };
  const shard = args.shard === undefined ? undefined : parseShard(args.shard);
  if (args.shard !== undefined && !shard) throw new UsageError(`--shard must be i/n with 1 <= i <= n, such as 2/4, not "${args.shard}"`);
  // A large folder is shared with worker threads (scan-threads.ts), when run as the CLI bundle.
  const split =
    target.kind === 'directory' && !shard && io.entry
      ? folderSplitter(io.entry, { root, ...(display ? { display } : {}), ...(args.policy ? { policy: resolve(io.cwd, args.policy) } : {}), gitignore: settings.gitignore, env: { ...io.env } })
      : undefined;
  try {
    return { result: await scanTarget(target, settings, io.env, shard ? { shard } : split ? { split } : {}), settings };
  } catch (err) {
    if (err instanceof GitError || err instanceof PackError) throw new UsageError(err.message);
    throw err;
  }
}

/** `scan --history [RANGE | --all] [--since REF|REPORT]`: the repository is the current folder (or --cwd). */
async function historyFromArgs(args: ScanArgs, io: CliIo) {
  const other = (['diff', 'ref', 'npmPack', 'dockerContext', 'archive', 'image', 'shard'] as const).find((k) => args[k] !== undefined);
  if (other) throw new UsageError(`--history scans the whole history: it takes no --${other.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  if (args.all && args.path !== undefined) throw new UsageError(`--history takes a RANGE or --all, not both ("${args.path}")`);
  const repo = args.cwd ?? io.cwd;
  const settings = await scanSettings(repo, args.policy ? resolve(io.cwd, args.policy) : undefined);
  const since = args.since === undefined ? undefined : sinceCommits(args.since, io.cwd);
  const target: ScanTarget = { kind: 'history', root: repo, ...(args.path !== undefined ? { range: args.path } : {}), ...since };
  try {
    return { result: await scanTarget(target, settings, io.env), settings };
  } catch (err) {
    if (err instanceof GitError) throw new UsageError(err.message);
    throw err;
  }
}

/**
 * --since: a commit (or ref), or the JSON report of an earlier history scan, whose recorded ref
 * tips are then left out. Tips this clone no longer has (force-pushed away) are dropped: the scan
 * then reads more, never less.
 */
function sinceCommits(since: string, cwd: string): { since: string[] } | { sinceTips: string[] } {
  const file = resolve(cwd, since);
  if (!existsSync(file) || !statSync(file).isFile()) return { since: [since] };
  let tips: unknown;
  try {
    tips = (JSON.parse(readFileSync(file, 'utf8')) as { history?: { tips?: unknown } }).history?.tips;
  } catch {
    throw new UsageError(`--since ${since}: not a JSON report; give a commit, or the --format json report of an earlier scan --history`);
  }
  if (!Array.isArray(tips) || !tips.every((t) => typeof t === 'string' && /^[0-9a-f]{40,64}$/.test(t))) {
    throw new UsageError(`--since ${since}: the report has no history.tips; write it with scan --history --format json`);
  }
  return { sinceTips: tips as string[] };
}

/**
 * The policy's scan settings when the repository has a policy; the built-in defaults otherwise.
 * The policy engine (YAML, JSON Schema, CEL) is loaded only in the first case: a plain scan
 * starts faster without it.
 */
export async function scanSettings(root: string, policy: string | undefined): Promise<ScanSettings> {
  // The policy of the repository holding the scanned folder: from here up to the repository root.
  const base = policy === undefined ? policyRoot(root) : root;
  const hasPolicy = policy !== undefined || existsSync(join(base, '.readiness-gate.yml')) || existsSync(join(base, '.readiness-gate.yaml'));
  if (!hasPolicy) return defaultScanSettings();
  const { loadPolicy } = await import('../policy/load.js');
  return loadPolicy({ cwd: base, ...(policy ? { policy } : {}) }).scan;
}

/** SARIF URIs resolve against the repository root (code scanning's %SRCROOT%), not where the scan ran. */
function sarifPaths(report: ScanReport, cwd: string): ScanReport {
  if (report.findings.length === 0) return report;
  const toRepo = repoRelative(cwd);
  return { ...report, findings: report.findings.map((f) => ({ ...f, file: toRepo(f.file) })) };
}

/**
 * Targets whose files are named from where the scan ran, inside the repository (not standard input
 * or an archive's entries; history paths come from git, already from the repository root).
 */
function inRepository(target: ScanTarget): boolean {
  return target.kind !== 'stdin' && target.kind !== 'archive' && target.kind !== 'history';
}
