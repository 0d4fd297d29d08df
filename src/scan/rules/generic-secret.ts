import type { Rule } from '../types.js';
import { isPlaceholder } from '../placeholders.js';
import { fake } from './fake.js';

export const genericSecret: Rule = {
  id: 'generic-secret',
  description: 'A password, secret, token or API key assigned a literal, random-looking value',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['password', 'passwd', 'secret', 'token', 'api_key', 'apikey', 'api-key', 'access_key', 'private_key', 'client_secret'],
  // The match starts at the keyword, not the whole name, so the regex is only tried where a keyword is.
  pattern: /(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key)[A-Za-z0-9_.-]*["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9!#%&*+/=?^_~.-]{16,128})["']?(?![A-Za-z0-9])/gi,
  entropy: 3.5,
  validate: (value) =>
    !isPlaceholder(value) &&
    !/_REF$/.test(value) &&
    !/^[A-Z][A-Z0-9_]+$/.test(value) && // an environment variable's name
    !/^(?:[a-z]+[-_.])+[a-z]+$/.test(value) &&
    !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value), // code: inputs.githubToken, config.auth.token
  samples: {
    positive: [`client_secret = "${fake('', 32, undefined, 21)}"`, `"api_key": "${fake('', 40, undefined, 5)}"`, `DB_PASSWORD=${fake('', 20, undefined, 13)}`],
    negative: ['password: CAVRA_REPORT_SMTP_PASSWORD_REF', 'token: ${{ secrets.DEPLOY_TOKEN }}', 'secret_name: report-delivery-credentials', '"secrets_included": false', 'api_key = "aaaaaaaaaaaaaaaaaaaa"', 'token_endpoint: https://auth.example.com/token', 'token: inputs.githubToken, baseUrl', 'password: config.database.password'],
  },
};
