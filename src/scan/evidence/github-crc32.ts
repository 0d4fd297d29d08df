import type { MatchContext } from '../types.js';
import { base62, crc32 } from './crc.js';
import type { Outcome } from './judge.js';

/**
 * GitHub's token formats (github.blog, "Behind GitHub's new authentication token formats", 2021):
 * a prefix (`ghp_` personal, `gho_` OAuth, `ghu_` user-to-server, `ghs_` server-to-server, `ghr_`
 * refresh), 30 random base62 characters, then the CRC32 of those 30 characters in base62
 * (0-9A-Za-z), left-padded with '0' to 6 characters. npm's tokens (npm_, 2021) use the same scheme.
 */
export function base62Crc32Holds(token: string, prefixLength: number): boolean {
  const body = token.slice(prefixLength);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

/**
 * A `gh?_` token of the documented 36 characters carries the checksum; longer ones (the rule allows
 * up to 255, for formats GitHub may lengthen) are not checked. Fine-grained `github_pat_` tokens
 * (`github_pat_` + 22 + `_` + 59 base62) have no documented checksum: their two-part structure,
 * which the rule's pattern already requires, is all that can be said.
 */
export function checkGithubToken(value: string, _ctx?: MatchContext): Outcome {
  if (value.startsWith('github_pat_')) return /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(value) ? 'structure' : 'unchecked';
  if (!/^gh[pousr]_[A-Za-z0-9]+$/.test(value) || value.length !== 40) return 'unchecked';
  return base62Crc32Holds(value, 4) ? 'checksum' : 'failed';
}

/** npm's `npm_` tokens: 36 characters after the prefix, the last 6 the base62 CRC32 of the first 30. */
export function checkNpmToken(value: string, _ctx?: MatchContext): Outcome {
  if (!/^npm_[A-Za-z0-9]{36}$/.test(value)) return 'unchecked';
  return base62Crc32Holds(value, 4) ? 'checksum' : 'failed';
}
