import type { Rule } from '../types.js';
import { isPlaceholder } from '../placeholders.js';
import { fake } from './fake.js';

/**
 * A secret is a literal: code that names a token (`questionToken = parseOptionalToken(58)`,
 * `PersonalAccessTokenHandler = PersonalAccessTokenHandler;`, `apiKeyPolicyName = "apiKeyPolicy"`)
 * is not. A value that runs on into a call, a member access or an index is code, and a value with no
 * digit in it is a word, an identifier or a path, which real keys and passwords almost never are.
 */
function isLiteral(value: string, ctx: { text: string; index: number }): boolean {
  const next = ctx.text.charAt(ctx.index + value.length);
  if (next === '(' || next === '[') return false;
  // `token===102&&...`: the "=" was the start of a comparison, and what follows is an expression.
  if (/^[=!]/.test(value) || /&&|\|\||\?\.|===|!==/.test(value)) return false;
  if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  // A dotted or slashed path of words with a version in it ("./lib/v2/token.js") is a path.
  return !/^\.{0,2}\/?(?:[\w-]+\/)+[\w.-]+$/.test(value);
}

export const genericSecret: Rule = {
  id: 'generic-secret',
  description: 'A password, secret, token or API key assigned a literal, random-looking value',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['password', 'passwd', 'secret', 'token', 'api_key', 'apikey', 'api-key', 'access_key', 'private_key', 'client_secret'],
  // The match starts at the keyword, not the whole name, so the regex is only tried where a keyword is.
  pattern: /(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key)[A-Za-z0-9_.-]*["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9!#%&*+/=?^_~.-]{16,128})["']?(?![A-Za-z0-9])/gi,
  entropy: 3.5,
  validate: (value, ctx) =>
    isLiteral(value, ctx) &&
    !isPlaceholder(value) &&
    !/_REF$/.test(value) &&
    !/^[A-Z][A-Z0-9_]+$/.test(value) && // an environment variable's name
    !/^(?:[a-z]+[-_.])+[a-z]+$/.test(value) &&
    !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value), // code: inputs.githubToken, config.auth.token
  samples: {
    positive: [`client_secret = "${fake('', 32, undefined, 21)}"`, `"api_key": "${fake('', 40, undefined, 5)}"`, `DB_PASSWORD=${fake('', 20, undefined, 13)}`],
    negative: ['isMetaProperty(N)&&N.keywordToken===102&&N.name.escapedText==="defer"', 'const questionToken = parseOptionalToken58(QuestionToken)', 'exports.PersonalAccessTokenCredentialHandler = PersonalAccessTokenCredentialHandler;', 'apiKeyAuthenticationPolicyName = "apiKeyAuthenticationPolicy"', 'token = findPrecedingMatchingToken(token, 18)', '"./lib/tokenize": "./lib/tokenize2.js"', 'password: CAVRA_REPORT_SMTP_PASSWORD_REF', 'token: ${{ secrets.DEPLOY_TOKEN }}', 'secret_name: report-delivery-credentials', '"secrets_included": false', 'api_key = "aaaaaaaaaaaaaaaaaaaa"', 'token_endpoint: https://auth.example.com/token', 'token: inputs.githubToken, baseUrl', 'password: config.database.password'],
  },
};
