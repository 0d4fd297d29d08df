import type { MatchContext, Rule } from '../types.js';
import { shannonEntropy } from '../entropy.js';
import { isPlaceholder } from '../placeholders.js';
import { inPythonDocstring } from './context.js';
import { isLiteralValue } from './literal.js';

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

/** A value that stands for the secret instead of being it: a variable, a template, a word. */
function isReference(value: string): boolean {
  return isPlaceholder(value) || /^(?:\$|%|<|\{|\*|\[)/.test(value) || /\$(?:\{|\(|[A-Za-z_])/.test(value) || /^(?:pass(?:word)?|secret|token|bearer|x+|your[_-]?\w+)$/i.test(value);
}

/** How the header value was written: after `Basic`, after another scheme, bare, or in a named credential header. */
function headerForm(ctx: MatchContext): 'basic' | 'scheme' | 'bare' | 'named' {
  const before = ctx.text.slice(Math.max(0, ctx.index - 40), ctx.index);
  if (/basic\s+$/i.test(before)) return 'basic';
  if (/(?:bearer|token|api-?token|api-?key|key|sso-key)\s+$/i.test(before)) return 'scheme';
  return /authorization["']?\s*[:=,]\s*["'`]?\s*$/i.test(before) ? 'bare' : 'named';
}

export const authorizationHeader: Rule = {
  id: 'authorization-header',
  description: 'HTTP Authorization header (Basic, Bearer, Token or bare) or API key header with a literal value',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['authorization', '--header', '-h "', "-h '", '-h"', "-h'"],
  pattern:
    /(?:authorization["']?[ \t]*[:=,][ \t]*["'`]?[ \t]*(?:basic\s+(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})|(?:bearer|token|api-?token|api-?key|key|sso-key)\s+(?<secret2>[A-Za-z0-9._~+/-]{8,2048}=*)|(?<secret3>[A-Za-z0-9._~+/-]{16,2048}=*))|(?:-H|--header)\s*["']\s*(?:x-api-key|api-?key|x-auth-token|api-?token|x-access-token|private-token|x-token|token)\s*:\s*(?<secret4>[A-Za-z0-9._~+/-]{8,512}=*))(?![A-Za-z0-9._~+/=-])/gi,
  validate: (value, ctx) => {
    if (!endsLiteral(value, ctx) || isReference(value) || inPythonDocstring(ctx)) return false;
    const form = headerForm(ctx);
    // After a scheme or in a named header the value is inside the header's string; bare, it may be
    // code: `{% set aaa_authorization = os6_aaa.aaa_authorization %}`, `authorization = get_auth(...)`.
    if (form === 'bare' && !isLiteralValue(value, ctx)) return false;
    if (form === 'basic') return isBasicCredential(value);
    if (!/\d/.test(value) || /^[A-Z][A-Z0-9_]+$/.test(value) || /^[a-z]+(?:[._-][a-z]+)*$/i.test(value)) return false;
    // Bare: `Authorization: <value>` in code is often a variable; a literal credential has digits and entropy.
    if (form === 'bare') return shannonEntropy(value) >= 3 && !(/^[A-Za-z_$][\w$]*$/.test(value) && (value.match(/\d/g) ?? []).length < 3);
    return true;
  },
  entropy: 2.5,
};

export const curlUserPassword: Rule = {
  id: 'curl-user-password',
  description: 'A password given to curl on the command line (-u or --user with a user and password, or an API key as the user)',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['curl'],
  // The command may continue over lines ending in a backslash; the user and password may each be quoted.
  pattern:
    /\bcurl\b(?:[^\n\\]|\\[^\n]|\\\r?\n){0,1024}?\s(?:-u|--user)(?:\s+|=)(?:["']?(?<user>[^\s"':]{0,128})["']?:["']?(?<secret>[^\s"'()<>|;&`]{4,256})["']?|["']?(?<secret2>[^\s"':]{8,256}):["']?)(?=[\s)]|$)/g,
  validate: (value, ctx) => {
    // `-u name:password,` in prose: the comma ends the sentence, not the password.
    if (isReference(value) || isPlaceholder(value.replace(/[,.]+$/, ''))) return false;
    // `-u KEY:` (an API key as the user, no password): only a random-looking key counts.
    const keyAsUser = ctx.text.charAt(ctx.index + value.length) === ':';
    return !keyAsUser || (shannonEntropy(value) >= 3 && /\d/.test(value));
  },
  entropy: 2.5,
};

export const HTTP_CREDENTIAL_RULES: readonly Rule[] = [authorizationHeader, curlUserPassword];
