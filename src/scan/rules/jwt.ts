import type { Rule } from '../types.js';
import { hasTypedRun } from '../placeholders.js';

/**
 * A token made up for documentation or tests says so in its claims: a typed subject
 * ("1234567890"), "John Doe", an "example" scope or issuer. Such a token grants nothing.
 */
function isSampleToken(payload: string): boolean {
  let claims: unknown;
  try {
    claims = JSON.parse(payload);
  } catch {
    return false;
  }
  if (typeof claims !== 'object' || claims === null) return false;
  const strings = Object.values(claims as Record<string, unknown>).filter((v): v is string => typeof v === 'string');
  return strings.some((s) => hasTypedRun(s) || /\b(?:john|jane) doe\b|example/i.test(s));
}

export const jwt: Rule = {
  id: 'jwt',
  description: 'JSON Web Token (signed or unsigned) with a payload',
  severity: 'high',
  category: 'jwt',
  keywords: ['eyj'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{0,512})(?![A-Za-z0-9_-])/g,
  validate: (value) => {
    try {
      const header = JSON.parse(Buffer.from(value.split('.')[0]!, 'base64url').toString('utf8'));
      if (typeof header !== 'object' || header === null || !('alg' in header || 'typ' in header)) return false;
      return !isSampleToken(Buffer.from(value.split('.')[1]!, 'base64url').toString('utf8'));
    } catch {
      return false;
    }
  },
};
