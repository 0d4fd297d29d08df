import type { RuleSamples } from '../types.js';
import { fake } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'github-token': {
    positive: [`GITHUB_TOKEN=${fake('gh' + 'p_', 36)}`, `token: "${fake('gh' + 's_', 36, undefined, 3)}"`, `auth ${fake('github' + '_pat_', 22)}_${fake('', 59)}`],
    negative: ['GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}', 'ghp_ prefix marks a classic token', `${fake('gh' + 'p_', 12)} is too short`, 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
