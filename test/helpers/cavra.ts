import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { checkReadiness } from '../../src/engine/readiness.js';
import type { ReportGate } from '../../src/report/model.js';

/** The CAVRA fixture: a repository in the layout of CAVRA's public one, written from facts. */
export const CAVRA_FIXTURE = fileURLToPath(new URL('../fixtures/cavra-repo', import.meta.url));
export const BUNDLES = fileURLToPath(new URL('../../policies', import.meta.url));

export function copyCavra(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-cavra-'));
  cpSync(CAVRA_FIXTURE, dir, { recursive: true });
  return dir;
}

export async function cavraGates(dir: string): Promise<Map<string, ReportGate>> {
  const { report } = await checkReadiness({ cwd: dir, bundleDirs: [BUNDLES] });
  return new Map(report.gates.map((g) => [g.id, g]));
}

export const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
export const edit = (dir: string, file: string, change: (text: string) => string) => {
  const before = read(dir, file);
  const after = change(before);
  if (after === before) throw new Error(`mutation changed nothing in ${file}`);
  writeFileSync(join(dir, file), after);
};
export const editJson = (dir: string, file: string, change: (v: any) => void) =>
  edit(dir, file, (t) => {
    const v = JSON.parse(t);
    change(v);
    return JSON.stringify(v, null, 2) + '\n';
  });
export const remove = (dir: string, file: string) => rmSync(join(dir, file));

/** The 1-based line of the n-th line containing the needle (n counts from 1). */
export function lineOf(dir: string, file: string, needle: string, n = 1): number {
  const lines = read(dir, file).split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && ++seen === n) return i + 1;
  throw new Error(`"${needle}" not found ${n} time(s) in ${file}`);
}

export interface Expected {
  /** Every gate that leaves `ready`, with its new state; all others must stay ready. */
  gates: Record<string, string>;
  /** The gate whose finding is checked, and where it must point. */
  gate: string;
  file: string;
  line: number;
  messageId?: string;
}

/** Asserts which gates left ready and that one of them has a finding at exactly file:line. */
export async function expectOutcome(dir: string, want: Expected): Promise<void> {
  const all = await cavraGates(dir);
  const changed = Object.fromEntries([...all.values()].filter((g) => g.state !== 'ready').map((g) => [g.id, g.state]));
  const listing = [...all.values()].flatMap((g) => g.findings.map((f) => `${g.id}: ${f.messageId} ${f.location?.file}:${f.location?.line} ${f.message}`)).join('\n');
  expect(changed, listing).toEqual(want.gates);
  const findings = all.get(want.gate)!.findings;
  const hit = findings.find((f) => f.location?.file === want.file && f.location?.line === want.line && (want.messageId === undefined || f.messageId === want.messageId));
  expect(hit, `no ${want.messageId ?? ''} finding of ${want.gate} at ${want.file}:${want.line}\n${listing}`).toBeDefined();
}
