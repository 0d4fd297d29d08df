import type { MatchContext, Rule } from '../types.js';
import { isPlaceholder } from '../placeholders.js';

export const npmrcAuth: Rule = {
  id: 'npmrc-auth',
  description: 'Registry credential in an .npmrc: _authToken, _auth or _password with a literal value',
  severity: 'critical',
  category: 'private-registry',
  keywords: ['_authtoken', '_auth', '_password'],
  pattern: /(?:^|[\s:])_(?:authToken|auth|password)\s*=\s*(?<secret>[^\s#;]{8,})/gm,
  // In code the same names hold expressions (Python's `_password = self.password.decode(...)`): a
  // call, an index or an attribute of self/this/os/process is not a literal credential.
  validate: (value) => !isPlaceholder(value) && !/^\$\{?/.test(value) && !/[([]/.test(value) && !/^(?:self|this|cls|os|process|env|config|settings)\./.test(value),
};

/** A word that names a package registry, in the host or path of a URL. */
const REGISTRY_WORD = /registry|packages?|pkg|npm|pypi|maven|nuget|artifactory|nexus|ghcr|docker/i;

/**
 * Whether the query parameter at ctx sits in an http(s) URL whose host or path names a registry.
 * Reads back over the URL (at most 2 KiB, never past whitespace, a quote or an angle bracket): the
 * regex matches only from the parameter, as two unbounded pieces of URL in one regex would read
 * the URL again from every registry word and every "http" in it (quadratic time).
 */
function inRegistryUrl(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.index - 2048), ctx.index);
  let start = before.length;
  while (start > 0 && !URL_END.has(before.charCodeAt(start - 1))) start--;
  const url = before.slice(start);
  const scheme = /https?:\/\//i.exec(url);
  return scheme !== null && REGISTRY_WORD.test(url.slice(scheme.index + scheme[0].length));
}

/** Characters a URL in text does not hold: whitespace, quotes, angle brackets. */
const URL_END = new Set([...' \t\n\r\f\v"\'<>'].map((c) => c.charCodeAt(0)));

export const registryUrlToken: Rule = {
  id: 'private-registry-url',
  description: 'Private package registry URL that carries a token or credential in its query',
  severity: 'critical',
  category: 'private-registry',
  keywords: ['token=', 'auth=', 'access_token='],
  // The token parameter of a query; validate() checks the URL around it.
  pattern: /[?&](?:token|access_token|auth|api_key|apikey)=(?<secret>[^\s&"'<>#]{8,})/gi,
  validate: (value, ctx) => inRegistryUrl(ctx) && !isPlaceholder(value) && !/^\$\{?/.test(value),
};
