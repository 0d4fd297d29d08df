import type { Rule } from '../types.js';
import { fake } from './fake.js';

const b64url = (s: string) => Buffer.from(s).toString('base64url');

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
      return typeof header === 'object' && header !== null && ('alg' in header || 'typ' in header);
    } catch {
      return false;
    }
  },
  samples: {
    positive: [`Authorization: Bearer ${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"sub":"operator-7","tenant":"acme"}')}.${fake('', 43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}`],
    negative: ['tokens look like eyJhbGciOi...', `${b64url('{"not":"a header"}')}.${b64url('{"sub":"x"}')}.abc`],
  },
};
