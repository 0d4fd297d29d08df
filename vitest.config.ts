import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

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

export default defineConfig({
  test: {
    // Safety nets, not measures: no test asserts how fast the machine is (a busy machine only
    // makes a run slower), so a test or hook is stopped only when it has plainly hung.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // One module graph per worker, not per file: no test changes process-wide state it does not
    // restore (environment, working directory, module mocks; runActionInProcess restores its own),
    // so files need no fresh process each, and importing src/ once per worker instead of once per
    // file saves about a minute of CPU per run.
    isolate: false,
    // Every core: the files are independent (each works in its own temporary folders).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'] } },
      { extends: true, test: { name: 'runtime', include: RUNTIME } },
    ],
  },
});
