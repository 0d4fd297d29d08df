import type { Rule } from '../types.js';
import { isPlaceholder } from '../placeholders.js';

/**
 * A Dockerfile `ARG` or `ENV` whose name says secret and whose default is a literal. Both forms
 * count: `ENV NAME=value` and the legacy `ENV NAME value`, which the generic assignment rule does
 * not see. Either way the value is baked into the image's history for anyone who pulls it.
 */
export const dockerfileSecret: Rule = {
  id: 'dockerfile-secret',
  description: 'A Dockerfile ARG or ENV named like a secret with a literal value, kept in the image history',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['arg ', 'env '],
  requires: ['password', 'passwd', 'secret', 'token', 'api_key', 'apikey', 'access_key', 'accesskey', 'private_key', 'privatekey', 'credential'],
  // Name parts are bounded ({0,64}) so a long name cannot make the regex backtrack for long.
  // At the start of the line whose blanks lead to ARG or ENV.
  starts: { texts: ['ARG', 'ENV'], back: Infinity, lead: /[ \t]/ },
  pattern:
    /^[ \t]*(?:ARG|ENV)[ \t]+[A-Za-z0-9_]{0,64}(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)[A-Za-z0-9_]{0,64}(?:[ \t]*=[ \t]*|[ \t]+)["']?(?<secret>[^\s"'$]{8,256})/gim,
  entropy: 2.8,
  validate: (value) => !isPlaceholder(value) && !/^[A-Z][A-Z0-9_]+$/.test(value) && !value.startsWith('/'),
};
