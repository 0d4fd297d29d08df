import type { RuleSamples } from '../types.js';
import { fake } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'github-token': {
    positive: [`GITHUB_TOKEN=${fake('gh' + 'p_', 36)}`, `token: "${fake('gh' + 's_', 36, undefined, 3)}"`, `auth ${fake('github' + '_pat_', 22)}_${fake('', 59)}`, `"refresh_token": "${fake('gh' + 'r_', 76, undefined, 5)}"`, `oauth_token: ${fake('gh' + 'o_', 36, undefined, 6)}`, `GH_APP_USER_TOKEN=${fake('gh' + 'u_', 36, undefined, 7)}`],
    negative: ['GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}', 'ghp_ prefix marks a classic token', `${fake('gh' + 'p_', 12)} is too short`, 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'github_pat_ tokens are fine-grained', `refresh with ${fake('gh' + 'r_', 20, undefined, 8)} (too short)`],
  },
};
