import { readRegularFile } from '../util/safe-read.js';
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GATE_STATES, type GateState } from '../engine/states.js';
import type { Report } from './model.js';
import type { Style } from './style.js';
import { textSafeDeep } from './escape.js';

/** Gate states per UTC day, from a folder of past JSON reports: the trend the nightly audit shows. */
export interface History {
  /** YYYY-MM-DD, oldest first, one per day that has a report. */
  days: string[];
  gates: { id: string; title: string; states: (GateState | null)[] }[];
  /** Per day, the report that stands for it (the last of that day) and its result. */
  reports: { day: string; file: string; evaluatedAt: string; result: string }[];
  /** Files that were not reports, and why: a history never drops a file silently. */
  skipped: { file: string; reason: string }[];
}

const MAX_FILES = 5000;
const MAX_BYTES = 50 * 1024 * 1024;

/** Reads every *.json under `dir` (sub-folders too, as artifact downloads nest them). */
export function readReports(dir: string): { reports: { file: string; report: Report }[]; skipped: History['skipped'] } {
  const reports: { file: string; report: Report }[] = [];
  const skipped: History['skipped'] = [];
  const walk = (folder: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (err) {
      return void skipped.push({ file: relative(dir, folder) || '.', reason: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      const file = relative(dir, path);
      if (entry.isDirectory() && depth < 4) walk(path, depth + 1);
      if (entry.isSymbolicLink() && entry.name.endsWith('.json')) skipped.push({ file, reason: 'a symbolic link (not followed)' });
      if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
      if (reports.length + skipped.length >= MAX_FILES) return void skipped.push({ file, reason: `more than ${MAX_FILES} files; the rest were not read` });
      if (lstatSync(path).size > MAX_BYTES) {
        skipped.push({ file, reason: 'larger than 50 MB' });
        continue;
      }
      const read = readRegularFile(path, MAX_BYTES);
      if (!read.ok) {
        skipped.push({ file, reason: `cannot be read (${read.message})` });
        continue;
      }
      const text = read.bytes.toString('utf8');
      const report = asReport(text);
      if (typeof report === 'string') skipped.push({ file, reason: report });
      else reports.push({ file, report });
    }
  };
  walk(dir, 0);
  return { reports, skipped };
}

function asReport(text: string): Report | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const r = value as Partial<Report> | null;
  if (!r || typeof r !== 'object' || r.reportVersion === undefined || !Array.isArray(r.gates)) return 'not a check report (scan reports and SARIF have no gates)';
  if (typeof r.evaluatedAt !== 'string' || Number.isNaN(Date.parse(r.evaluatedAt))) return 'has no valid evaluatedAt';
  return r as Report;
}

/** The last report of each day stands for that day; gates are ordered as the newest report lists them. */
export function buildHistory(found: { file: string; report: Report }[], skipped: History['skipped'] = []): History {
  const byDay = new Map<string, { file: string; report: Report }>();
  for (const entry of [...found].sort((a, b) => a.report.evaluatedAt.localeCompare(b.report.evaluatedAt))) {
    byDay.set(new Date(entry.report.evaluatedAt).toISOString().slice(0, 10), entry);
  }
  const days = [...byDay.keys()].sort();
  const order = new Map<string, string>();
  for (const day of [...days].reverse()) for (const g of byDay.get(day)!.report.gates) if (!order.has(g.id)) order.set(g.id, g.title);
  return {
    days,
    gates: [...order].map(([id, title]) => ({
      id,
      title,
      states: days.map((day) => {
        const state = byDay.get(day)!.report.gates.find((g) => g.id === id)?.state;
        return state && (GATE_STATES as readonly string[]).includes(state) ? state : null;
      }),
    })),
    reports: days.map((day) => {
      const { file, report } = byDay.get(day)!;
      return { day, file, evaluatedAt: report.evaluatedAt, result: report.result };
    }),
    skipped,
  };
}

const LETTER: Record<GateState, string> = { ready: 'R', degraded: 'D', unknown: 'U', blocked: 'B' };

/** The trend as a grid for a terminal: a row per gate, a column per day, one letter per state. */
export function renderHistoryText(unsafe: History, style: Style): string {
  const h = textSafeDeep(unsafe);
  if (h.days.length === 0) return `no reports found${h.skipped.length ? ` (${h.skipped.length} files skipped)` : ''}\n`;
  const width = Math.max(4, ...h.gates.map((g) => g.id.length));
  const out = [style.dim(`${h.days.length} days, ${h.days[0]} to ${h.days.at(-1)}; R ready, D degraded, U unknown, B blocked, . no report of the gate`), ''];
  out.push(style.bold(`${'GATE'.padEnd(width)}  ${h.days.map((d) => d.slice(8)).join(' ')}`));
  for (const g of h.gates) out.push(`${g.id.padEnd(width)}  ${g.states.map((s) => (s ? ` ${style.state(s, LETTER[s])}` : ' .')).join(' ')}`);
  out.push(`${'pass'.padEnd(width)}  ${h.reports.map((r) => (r.result === 'pass' ? ' ✓' : ' ✗')).join(' ')}`);
  for (const s of h.skipped) out.push(style.dim(`skipped ${s.file}: ${s.reason}`));
  return out.join('\n') + '\n';
}
