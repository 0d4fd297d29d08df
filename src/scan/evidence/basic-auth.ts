import type { MatchContext } from '../types.js';
import { checkNpmToken } from './github-crc32.js';
import { checkJwt } from './jwt.js';
import type { Outcome } from './judge.js';
import { strictBase64 } from './judge.js';

/**
 * `user:password` in base64, as HTTP Basic (RFC 7617) and Docker's config.json `auths.*.auth` and
 * npm's `_auth` write it: it decodes to printable text with a colon, and something on both sides.
 */
export function isBase64UserPassword(value: string): boolean {
  const bytes = strictBase64(value);
  if (!bytes || bytes.length < 3) return false;
  const text = bytes.toString('utf8');
  if (!/^[^\x00-\x1f\x7f\uFFFD]+$/.test(text)) return false;
  const colon = text.indexOf(':');
  return colon > 0 && colon < text.length - 1;
}

/**
 * authorization-header: after `Basic` the value is base64 of user:password (structure, or shape
 * when it does not decode so); a Bearer or bare value has no structure to check.
 */
export function checkAuthorizationHeader(value: string, ctx: MatchContext): Outcome {
  const before = ctx.text.slice(Math.max(0, ctx.index - 40), ctx.index);
  if (!/basic\s+$/i.test(before)) return 'unchecked';
  return isBase64UserPassword(value) ? 'structure' : 'unchecked';
}

/**
 * Docker's config.json / .dockercfg: `auths.<registry>.auth` is base64 of user:password; an
 * `identitytoken` or `registrytoken` may be a JWT (a registry's OAuth token), judged as one.
 */
export function checkDockerAuth(value: string): Outcome {
  if (isBase64UserPassword(value)) return 'structure';
  return value.startsWith('eyJ') ? checkJwt(value) : 'unchecked';
}

/**
 * npmrc-auth: `_authToken` holding an npm_ token has its checksum; `_auth` is base64 of
 * user:password. (`_password` is base64 of the password alone: nothing to check.)
 */
export function checkNpmrcAuth(value: string, ctx: MatchContext): Outcome {
  if (value.startsWith('npm_')) return checkNpmToken(value);
  const key = /_(authToken|auth|password)\s*=\s*$/.exec(ctx.text.slice(Math.max(0, ctx.index - 40), ctx.index));
  return key?.[1] === 'auth' && isBase64UserPassword(value) ? 'structure' : 'unchecked';
}
