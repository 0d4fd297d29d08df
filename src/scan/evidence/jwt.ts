import type { Outcome } from './judge.js';
import { strictBase64 } from './judge.js';

/**
 * A JSON Web Token (RFC 7519, RFC 7515 compact form): three base64url parts, the first a JSON
 * object naming its `alg`, the second a JSON object of claims. That is its structure; a header that
 * does not parse, or names no algorithm, leaves only the shape (prefix and dots). Nothing is
 * lowered: a JWT has no checksum that could fail.
 */
export function checkJwt(value: string): Outcome {
  const parts = value.split('.');
  if (parts.length !== 3) return 'unchecked';
  const header = jsonObject(parts[0]!);
  if (!header || typeof header.alg !== 'string' || header.alg.length === 0) return 'unchecked';
  if (!jsonObject(parts[1]!)) return 'unchecked';
  // `alg: none` carries no signature; any other algorithm has one, in base64url.
  const signature = strictBase64(parts[2]!);
  if (!signature || (header.alg.toLowerCase() !== 'none' && signature.length === 0)) return 'unchecked';
  return 'structure';
}

function jsonObject(part: string): Record<string, unknown> | undefined {
  const bytes = strictBase64(part);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
