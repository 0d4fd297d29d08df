import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { decide } from '../../src/engine/decide.js';
import type { Finding } from '../../src/engine/finding.js';
import { evaluate } from '../../src/engine/run.js';
import { loadPolicy } from '../../src/policy/load.js';
import { makeRepo } from './repo.js';

export interface PacketSpec {
  id: string;
  file?: string;
  files?: string[];
  schema?: string;
  required?: boolean;
}

/** One row of a check's test table, in the manner of ESLint's RuleTester. */
export interface CheckCase {
  name: string;
  files: Record<string, string | Buffer>;
  packets?: PacketSpec[];
  payloads?: Record<string, unknown>[];
  options: Record<string, unknown>;
  now?: string;
  /** Expected findings in order; omit (or empty) for a valid case. */
  errors?: { messageId: string; line?: number; column?: number; state?: string; file?: string; message?: RegExp }[];
}

export async function runCase(check: string, c: CheckCase): Promise<{ findings: Finding[]; state: string }> {
  const policy = {
    version: 1,
    packets: c.packets ?? [{ id: 'p', file: 'packet.json' }],
    ...(c.payloads ? { payloads: c.payloads } : {}),
    gates: [{ id: 'g', checks: [{ check, ...c.options }] }],
  };
  const cwd = makeRepo({ '.readiness-gate.yml': stringify(policy), ...c.files });
  const loaded = loadPolicy({ cwd });
  const { evaluations } = await evaluate(loaded, { cwd, now: new Date(c.now ?? '2026-11-29T12:00:00Z'), publish: true });
  const decision = decide(evaluations, ['blocked', 'unknown']);
  return { findings: decision.gates[0]!.findings, state: decision.gates[0]!.state };
}

/** Runs a case and asserts its findings in order: message id, and line, column, state, file, message where given. */
export async function assertCase(check: string, c: CheckCase): Promise<void> {
  const { findings } = await runCase(check, c);
  const expected = c.errors ?? [];
  const listing = findings.map((f) => `${f.messageId} ${f.location?.file}:${f.location?.line}:${f.location?.column} [${f.state}] ${f.message}`).join('\n');
  expect(findings.length, `findings:\n${listing}`).toBe(expected.length);
  expected.forEach((e, i) => {
    const f = findings[i]!;
    expect(f.messageId, listing).toBe(e.messageId);
    if (e.line !== undefined) expect(f.location?.line, listing).toBe(e.line);
    if (e.column !== undefined) expect(f.location?.column, listing).toBe(e.column);
    if (e.state !== undefined) expect(f.state, listing).toBe(e.state);
    if (e.file !== undefined) expect(f.location?.file, listing).toBe(e.file);
    if (e.message !== undefined) expect(f.message, listing).toMatch(e.message);
  });
}

/** The valid/invalid tables of one check, as vitest suites. */
export function describeCheck(check: string, valid: CheckCase[], invalid: CheckCase[]): void {
  describe(`${check} check`, () => {
    describe('valid', () => {
      for (const c of valid) it(c.name, () => assertCase(check, c));
    });
    describe('invalid', () => {
      for (const c of invalid) it(c.name, () => assertCase(check, c));
    });
  });
}
