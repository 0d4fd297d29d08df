import type { RuleSamples } from '../types.js';
import { fake } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'dockerfile-secret': {
    positive: [`ENV DB_PASSWORD ${fake('', 18, undefined, 31)}`, `ARG NPM_TOKEN=${fake('', 24, undefined, 32)}`, `  env api_key="${fake('', 20, undefined, 33)}"`],
    negative: ['ARG NPM_TOKEN', 'ENV DB_PASSWORD=${DB_PASSWORD}', 'ENV TOKEN_FILE /run/secrets/token', 'ENV SECRET_NAME CHANGEME', 'ENV PATH=/usr/local/bin:$PATH', 'ARG BUILD_SECRET_ID=SOME_VARIABLE'],
  },
};
