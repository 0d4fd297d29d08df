import type { MatchContext, Rule } from '../types.js';
import { isPlaceholder } from '../placeholders.js';
import { fake, URLSAFE } from './fake.js';

// Credentials written into an HTTP request: an Authorization header with a literal value, or
// curl's -u/--user with a password. The value has no provider shape, so these are generic
// secrets: third-party content (a dependency's docs and tests) is not scanned for them by default.

/** Basic credentials are base64 of "user:password", both parts literal. */
function isBasicCredential(value: string): boolean {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  if (Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') !== value.replace(/=+$/, '')) return false;
  const colon = decoded.indexOf(':');
  if (colon < 1 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  const password = decoded.slice(colon + 1);
  return password.length >= 4 && !isPlaceholder(password) && !/^(?:pass(?:word)?|secret|user(?:name)?|x+)$/i.test(password);
}

/** What follows the value: a bearer value that runs on into code (`+ token`, `${`) is built, not written. */
function endsLiteral(value: string, ctx: MatchContext): boolean {
  const next = ctx.text.charAt(ctx.index + value.length);
  return next !== '$' && next !== '{' && next !== '(' && next !== '+';
}

export const authorizationHeader: Rule = {
  id: 'authorization-header',
  description: 'HTTP Authorization header with a literal Basic credential or Bearer token',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['basic ', 'bearer '],
  pattern: /authorization["']?\s*[:=,]\s*["'`]?\s*(?:(?<basic>basic)\s+(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})|bearer\s+(?<secret2>[A-Za-z0-9._~+/-]{20,2048}=*))(?![A-Za-z0-9._~+/=-])/gi,
  validate: (value, ctx) => {
    if (!endsLiteral(value, ctx)) return false;
    const basic = /basic\s+$/i.test(ctx.text.slice(Math.max(0, ctx.index - 12), ctx.index));
    if (basic) return isBasicCredential(value);
    return !/^(?:token|bearer|access[_-]?token|your[_-]?token)$/i.test(value) && !/^[A-Z][A-Z0-9_]+$/.test(value) && !/^[a-z]+(?:[._-][a-z]+)*$/i.test(value) && /\d/.test(value);
  },
  entropy: 3,
  samples: {
    positive: [
      `curl -H "Authorization: Bearer ${fake('', 40, URLSAFE)}" https://api.acme.io/v1/jobs`,
      `Authorization: Basic ${Buffer.from('deploy:' + fake('', 16, undefined, 3)).toString('base64')}`,
      `headers = {"Authorization": "Bearer ${fake('', 32, undefined, 5)}"}`,
    ],
    negative: [
      'Authorization: Bearer ${TOKEN}',
      "headers: { Authorization: 'Bearer ' + token }",
      'Authorization: Bearer <token>',
      'Authorization: Basic dXNlcjpwYXNzd29yZA==',
      '-H "Authorization: Bearer $GITHUB_TOKEN"',
      'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
    ],
  },
};

export const curlUserPassword: Rule = {
  id: 'curl-user-password',
  description: 'A password given to curl on the command line (-u / --user user:password)',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['curl'],
  pattern: /\bcurl\b[^\n]{0,512}?\s(?:-u|--user)(?:\s+|=)["']?[^\s"':$]{1,128}:(?<secret>[^\s"'$()<>|;&`]{4,256})["']?(?=[\s)]|$)/g,
  validate: (value) => !isPlaceholder(value) && !/^(?:\$|%|<|\{|\*|\[)/.test(value) && !/^(?:pass(?:word)?|secret|token|x+)$/i.test(value),
  entropy: 2.5,
  samples: {
    positive: [`curl -u deploy:${fake('', 14, undefined, 7)} https://nexus.acme.io/repository/releases/app.jar`, `curl --fail --user "ci-bot:${fake('', 20, undefined, 9)}" -X POST https://jenkins.acme.io/job/x/build`],
    negative: ['curl -u "$USER:$PASSWORD" https://nexus.acme.io', 'curl -u admin:password http://localhost:8080', 'curl -u user:<password> https://host', 'curl --user "${{ secrets.U }}:${{ secrets.P }}" https://x', 'curl -u "$API_KEY:" https://api.stripe.com', 'curl on the command line (-u / --user user:password)'],
  },
};

export const HTTP_CREDENTIAL_RULES: readonly Rule[] = [authorizationHeader, curlUserPassword];
