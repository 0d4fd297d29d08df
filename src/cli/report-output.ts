import { readRegularFile } from '../util/safe-read.js';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../engine/clock.js';
import { diffReports, parseReport, renderDriftText } from '../report/drift.js';
import type { Report } from '../report/model.js';
import type { Style } from '../report/style.js';
import type { CliIo } from './io.js';

export interface OutputOptions {
  format: string;
  /** -o: write the output here instead of standard output. */
  output?: string;
  /** --compare OLD.json: the drift since that report, in the html page. */
  compare?: string;
  /** --history DIR: past reports, for the trend chart. */
  history?: string;
  /** --link-base URL: file links point there (https://github.com/o/r/blob/<sha>/). */
  linkBase?: string;
  /** The repository root, for links relative to the page. */
  root: string;
}

/** Reads a report file a user named; every failure names the file and what to give instead. */
export function readReportFile(io: CliIo, path: string): Report {
  const read = readRegularFile(resolve(io.cwd, path));
  if (!read.ok) throw new UsageError(`cannot read ${path}: ${read.message}`);
  const text = read.bytes.toString('utf8');
  try {
    return parseReport(text, path);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/**
 * Refuses, before any gate is evaluated, options that this format would ignore or that cannot
 * work: a usage error should not wait for a full check.
 */
export function checkOutputOptions(o: OutputOptions): void {
  if (o.format === 'json' && (o.compare || o.history)) throw new UsageError('--compare and --history add to the text and html reports; for JSON, use "readiness-gate diff" and "readiness-gate history --format json"');
  if (o.format !== 'html' && o.history) throw new UsageError('--history draws a chart in --format html; in a terminal, use "readiness-gate history DIR"');
  if (o.format !== 'html' && o.linkBase) throw new UsageError('--link-base sets the file links of --format html');
  if (o.linkBase && !/^https?:\/\//.test(o.linkBase)) throw new UsageError(`--link-base must be an http(s) URL such as https://github.com/OWNER/REPO/blob/SHA/, not "${o.linkBase}"`);
}

/** A check report in the asked format (options already checked): text, json, or the html dashboard. */
export async function renderCheckReport(io: CliIo, report: Report, o: OutputOptions, style: Style): Promise<string> {
  if (o.format === 'json') return (await import('../report/json.js')).renderJson(report);
  if (o.format === 'text') {
    const text = (await import('../report/text.js')).renderText(report, style);
    return o.compare ? `${text}\n${renderDriftText(diffReports(readReportFile(io, o.compare), report), style)}` : text;
  }
  const { renderDashboard } = await import('../report/html/dashboard.js');
  const history = o.history ? await historyWith(io, o.history, report) : undefined;
  return renderDashboard({
    report,
    links: linkBase(io, o),
    ...(o.compare ? { drift: diffReports(readReportFile(io, o.compare), report) } : {}),
    ...(history ? { history } : {}),
  });
}

/** The reports in DIR plus tonight's, which stands for today whether or not it was saved there yet. */
async function historyWith(io: CliIo, dir: string, current: Report) {
  const { buildHistory, readReports } = await import('../report/history.js');
  const found = readHistoryDir(io, dir, readReports);
  return buildHistory([...found.reports, { file: '(this report)', report: current }], found.skipped);
}

export function readHistoryDir<T>(io: CliIo, dir: string, read: (dir: string) => T): T {
  const path = resolve(io.cwd, dir);
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    /* reported below */
  }
  if (!isDir) throw new UsageError(`${dir} is not a folder; give the folder that holds past reports written by "readiness-gate check --format json"`);
  return read(path);
}

function linkBase(io: CliIo, o: OutputOptions) {
  if (o.linkBase) return { url: o.linkBase };
  return { root: o.root, pageDir: o.output ? dirname(resolve(io.cwd, o.output)) : io.cwd };
}

/** Standard output, or the -o file (its folder made as needed). */
export function emit(io: CliIo, text: string, output: string | undefined): void {
  if (!output) return io.stdout(text);
  const path = resolve(io.cwd, output);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (err) {
    throw new UsageError(`cannot write ${output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  io.stderr(`wrote ${output} (${Buffer.byteLength(text).toLocaleString('en-US')} bytes)\n`);
}
