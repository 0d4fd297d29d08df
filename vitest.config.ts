import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The tests whose outcome depends on the Node runtime, run again on Node 24 (what GitHub runs the
 * Action on) by `npm run test:full`: the bundled Action under a simulated runner, container layers
 * compressed with zstd (Node 22.15+ reads them), worker threads, hostile files, and a smoke run of
 * the bundled CLI.
 */
const RUNTIME = [
  'test/action/action.test.ts',
  'test/action/event.test.ts',
  'test/action/events.test.ts',
  'test/action/artifact.test.ts',
  'test/action/publish.test.ts',
  'test/scan/image.test.ts',
  'test/scan/parallel.test.ts',
  'test/hostile/files.test.ts',
  'test/cli/cli.test.ts',
];

/** The files that time growth (test/scan/growth.ts): run in fresh processes, see below. */
const MEASURED = ['test/scan/redos.test.ts', 'test/hostile/stalls.test.ts', 'test/scan/long-lines.test.ts', 'test/scan/code-regions.test.ts', 'test/scan/scanner.test.ts'];

export default defineConfig({
  test: {
    // Safety nets, not measures: no test asserts how fast the machine is (a busy machine only
    // makes a run slower), so a test or hook is stopped only when it has plainly hung.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Every core: the files are independent (each works in its own temporary folders).
    maxWorkers: Math.max(2, availableParallelism()),
    // `npm test` runs `suite` and `measured` (scripts/test.mjs).
    projects: [
      // One module graph per worker, not per file: no test changes process-wide state it does not
      // restore (environment, working directory, module mocks; runActionInProcess restores its
      // own), so files need no fresh process each, and importing src/ once per worker instead of
      // once per file saves about a minute of CPU per run.
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...MEASURED], isolate: false } },
      // Files that compare the time of two sizes run each in a fresh process: in one that earlier
      // files used, their heap and its collector made a planted quadratic rule measure 8x per 4x
      // instead of 14x, and the ReDoS fuzz would miss it.
      { extends: true, test: { name: 'measured', include: MEASURED, isolate: true } },
      { extends: true, test: { name: 'runtime', include: RUNTIME } },
    ],
  },
});
