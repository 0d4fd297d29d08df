import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../policy/bundles.js';
import { readBaseline, type Baseline } from '../scan/baseline.js';
import { isRegularFileInside } from '../util/safe-read.js';
import { UnsafeOutputError } from '../util/safe-write.js';
import { changedSince, materializeBaseSnapshot, SnapshotError } from './base-snapshot.js';
import type { ActionInputs } from './inputs.js';

/** What judges a pull request, from its base commit. */
export interface Trusted {
  /** The base commit's policy; undefined when the base has none (the pull request adds it). */
  policy?: string;
  /** Where schemas and the baseline are read: the snapshot, when the base has a policy. */
  judgeRoot?: string;
  /** The snapshot itself, whatever the base holds. */
  snapshot: string;
  policyChanged: string[];
  /** Judging files read from the snapshot (schemas, the baseline), cwd-relative. */
  judged: { file: string; kind: string }[];
}

export class TrustError extends Error {}

export function resolveTrusted(cwd: string, base: string, inputs: ActionInputs, notes: string[]): Trusted {
  const policyPath = inputs.policy ?? '.readiness-gate.yml';
  let snap;
  try {
    snap = materializeBaseSnapshot(cwd, base, policyPath);
  } catch (err) {
    if (err instanceof SnapshotError || err instanceof UnsafeOutputError) throw new TrustError(err.message);
    throw err;
  }
  if (!snap.policy) {
    notes.push(`The base commit has no ${policyPath}: this pull request adds the policy, so its own version decides the gates this once; the public-safety scan uses the built-in settings, not the pull request's.`);
    return { snapshot: snap.judgeRoot, policyChanged: snap.policyChanged, judged: [] };
  }
  return { policy: snap.policy, judgeRoot: snap.judgeRoot, snapshot: snap.judgeRoot, policyChanged: snap.policyChanged, judged: [] };
}

/**
 * The baseline a pull request is judged by is the base commit's: a pull request cannot baseline
 * its own finding. One the pull request adds takes effect once merged.
 */
export function trustedBaseline(cwd: string, file: string, trusted: Trusted | undefined, notes: string[]): Baseline | undefined {
  if (!trusted) return readBaseline(join(cwd, file));
  trusted.judged.push({ file, kind: 'baseline' });
  if (!isRegularFileInside(trusted.snapshot, file)) {
    notes.push(`The base commit has no baseline ${file}: no finding is hidden by a baseline on this pull request.`);
    return undefined;
  }
  return readBaseline(join(trusted.snapshot, file));
}

/** The summary's word, file by file, on what the pull request changed among what judges it. */
export function judgingChangesNote(cwd: string, trusted: Trusted): string[] {
  const changed = [
    ...trusted.policyChanged.map((file) => `${file} (policy)`),
    ...changedSince(cwd, trusted.snapshot, trusted.judged.map((j) => j.file)).map((file) => `${file} (${trusted.judged.find((j) => j.file === file)!.kind})`),
  ];
  if (changed.length === 0 || !trusted.policy) return [];
  return [
    `This pull request changes what judges it: ${changed.join(', ')}. ` +
      'Gates, schemas, scan settings and the baseline were read from the base commit, so a pull request cannot weaken its own gate; the changes take effect once merged.',
  ];
}

/** Bounds on evaluating the pull request's own policy for the notice: it can never hold the step. */
export const HEAD_NOTICE_BOUNDS = { timeoutMs: 20_000, memoryMb: 512, outputBytes: 16 * 1024 * 1024 };

/**
 * The pull request's own policy, evaluated only to tell the author what it would decide: in a
 * child process with a time, memory and output limit, after the gates were decided, so whatever it
 * holds it can neither delay the result past its bound nor change it.
 */
export function headPolicyNotice(cwd: string, inputs: ActionInputs): string {
  const cli = join(packageRoot(), 'dist', 'cli', 'index.js');
  const args = [`--max-old-space-size=${HEAD_NOTICE_BOUNDS.memoryMb}`, cli, 'check', '--format', 'json', ...(inputs.policy ? ['--policy', inputs.policy] : [])];
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: HEAD_NOTICE_BOUNDS.timeoutMs, maxBuffer: HEAD_NOTICE_BOUNDS.outputBytes, env: { PATH: process.env.PATH ?? '' } });
  if (r.error || r.signal) return `The pull request's own policy could not be evaluated within ${HEAD_NOTICE_BOUNDS.timeoutMs / 1000} s and ${HEAD_NOTICE_BOUNDS.memoryMb} MB (a notice only; the result above stands).`;
  try {
    const report = JSON.parse(r.stdout) as { result: string; gates: { id: string; state: string }[] };
    const states = report.gates.map((g) => `${g.id}: ${g.state}`).join(', ');
    return `Under the pull request's own policy (a notice only) the result would be ${report.result}: ${states || 'no gates'}.`;
  } catch {
    return `The pull request's own policy cannot be used (a notice only): ${r.stderr.split('\n').slice(0, 3).join(' ').slice(0, 500)}`;
  }
}
