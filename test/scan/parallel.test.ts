/**
 * Large folder scans share their files with worker threads (src/scan/parallel.ts, cli/scan-threads.ts).
 * Run through the real bundle: the result with threads must be the result without them, finding for
 * finding and count for count, links, binaries and archives included.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/scan/rules/fake.js';
import { jobsFor, mergeParts, worthWorkers, type Splitter } from '../../src/scan/parallel.js';
import { WorkQueue } from '../../src/scan/work-queue.js';
import { scanTarget } from '../../src/scan/scan.js';
import { defaultScanSettings } from '../../src/scan/defaults.js';
import { emptyStats } from '../../src/scan/targets/source.js';
import { cliBundle } from '../helpers/cli.js';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-parallel-'));
  for (let i = 0; i < 300; i++) {
    const sub = join(dir, `pkg${i % 7}`, `mod${i % 13}`);
    mkdirSync(sub, { recursive: true });
    const lines = [`export const name${i} = 'module ${i}';`];
    if (i % 17 === 0) lines.push(`const token = "ghp_${fake('', 36, undefined, 300 + i)}";`);
    if (i % 29 === 0) lines.push(`DB_PASSWORD=winter${i}pw`);
    writeFileSync(join(sub, i % 29 === 0 ? `service${i}.env` : `file${i}.ts`), lines.join('\n') + '\n');
  }
  writeFileSync(join(dir, 'pkg1', 'logo.bin'), Buffer.from([0, 1, 2, 3, 0, 0x41, 0x42]));
  writeFileSync(join(dir, 'pkg2', 'bundle.gz'), gzipSync(`NPM_TOKEN=npm_${fake('', 36, undefined, 77)}\n`));
  symlinkSync('/etc/hostname', join(dir, 'pkg3', 'link'));
  return dir;
}

describe('folder scans on worker threads', () => {
  it('give the same report as one thread: findings, counts, skipped files', () => {
    const dir = folder();
    const one = cliBundle(['scan', '.', '--no-gitignore', '--format', 'json'], dir, { READINESS_GATE_JOBS: '1' });
    const three = cliBundle(['scan', '.', '--no-gitignore', '--format', 'json'], dir, { READINESS_GATE_JOBS: '3', READINESS_GATE_PARALLEL_MIN_FILES: '50', READINESS_GATE_THREADS_TRACE: '1' });
    expect(one.code).toBe(1);
    expect(three.code).toBe(1);
    const a = JSON.parse(one.stdout);
    const b = JSON.parse(three.stdout);
    expect(a.findings.length).toBeGreaterThan(20);
    expect(b.findings).toEqual(a.findings);
    expect(b.summary).toEqual(a.summary);
    // Both workers joined before the first claim and took files of their own.
    const shares = /worker threads scanned (\d+), (\d+) files/.exec(three.stderr);
    expect(shares).not.toBeNull();
    expect(Number(shares![1]) + Number(shares![2])).toBeGreaterThan(0);
    expect(a.summary.skippedSymlinks).toBe(1);
    expect(a.findings.map((f: { file: string }) => f.file)).toContain('pkg2/bundle.gz');
  });

  it('scans again what a failed worker claimed: the result is one thread\'s', async () => {
    const dir = folder();
    const settings = defaultScanSettings();
    const target = { kind: 'directory' as const, root: dir };
    const alone = await scanTarget(target, settings, {});
    let claimedByWorker = 0;
    const failing: Splitter = (files) => {
      const queue = WorkQueue.create(files.length, 1, 16);
      // A worker that claimed the first files, then died.
      for (let i = 0; i < 3; i++) {
        const [start, end] = queue.claim()!;
        claimedByWorker += end - start;
      }
      return { queue, progress: () => undefined, finish: async () => undefined };
    };
    const rescued = await scanTarget(target, settings, {}, { split: failing });
    expect(claimedByWorker).toBe(48);
    expect(rescued.findings).toEqual(alone.findings);
    expect(rescued.stats).toEqual(alone.stats);
  });

  it('uses one thread for a small folder, and as many as asked for a large one', () => {
    expect(jobsFor(100, {})).toBe(1);
    expect(jobsFor(50_000, {})).toBe(Math.min(availableParallelism(), 4));
    expect(jobsFor(50_000, { READINESS_GATE_JOBS: 'auto' })).toBe(Math.min(availableParallelism(), 4));
    expect(jobsFor(50_000, { READINESS_GATE_JOBS: '1' })).toBe(1);
    expect(jobsFor(50_000, { READINESS_GATE_JOBS: '3' })).toBe(3);
    expect(jobsFor(2_500, { READINESS_GATE_JOBS: '8' })).toBe(5);
  });

  it('starts workers only when the files left would take long on one thread', () => {
    expect(worthWorkers(1000, 20_000, 300)).toBe(false); // too early to tell
    expect(worthWorkers(5000, 20_000, 600)).toBe(false); // 1.8 s left: a worker's start would not pay
    expect(worthWorkers(800, 35_000, 600)).toBe(true); // 25 s left
    expect(worthWorkers(0, 35_000, 5000)).toBe(false);
  });

  it('merges counts and lists of the shards', () => {
    const a = { findings: [], stats: { ...emptyStats(), files: 2, scanned: 1, skipped: [{ file: 'x', reason: 'binary' as const }], skippedBinary: 1 } };
    const b = { findings: [], stats: { ...emptyStats(), files: 3, scanned: 3, bytes: 10, skippedLfs: 1 } };
    const merged = mergeParts(a, [b]);
    expect(merged.stats).toMatchObject({ files: 5, scanned: 4, bytes: 10, skippedBinary: 1, skippedLfs: 1 });
    expect(merged.stats.skipped).toHaveLength(1);
  });
});
