import { stringify } from 'yaml';
import type { FakeGitHub } from './api-server.js';
import { gitRepo } from './git.js';

/**
 * The repository a nightly audit runs on: `docs` is blocked until docs/guide.md exists, `policy`
 * is always ready. `guide` says whether the guide is there to begin with.
 */
export function nightlyRepo(guide: boolean) {
  return gitRepo({
    '.readiness-gate.yml': stringify({
      gates: [
        { id: 'docs', checks: [{ check: 'exists', paths: ['docs/guide.md'] }] },
        { id: 'policy', checks: [{ check: 'exists', paths: ['.readiness-gate.yml'] }] },
      ],
    }),
    ...(guide ? { 'docs/guide.md': '# Guide\n' } : {}),
  });
}

/** What a scheduled run of .github/workflows/nightly.yml on main gives a step, API on the loopback server. */
export function nightlyEnv(server: FakeGitHub, runId: string) {
  return {
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_RUN_ID: runId,
    GITHUB_REF_NAME: 'main',
    GITHUB_WORKFLOW_REF: 'acme/widget/.github/workflows/nightly.yml@refs/heads/main',
  };
}
