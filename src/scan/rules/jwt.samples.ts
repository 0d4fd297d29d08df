import type { RuleSamples } from '../types.js';
import { fake } from './fake.js';

const b64url = (s: string) => Buffer.from(s).toString('base64url');

export const SAMPLES: Record<string, RuleSamples> = {
  'jwt': {
    positive: [`Authorization: Bearer ${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"sub":"operator-7","tenant":"acme"}')}.${fake('', 43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}`],
    negative: [`${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"sub":"1234567890","scp":"Actions.ExampleActions"}')}.${fake('', 43, undefined, 4)}`, 'tokens look like eyJhbGciOi...', `${b64url('{"not":"a header"}')}.${b64url('{"sub":"x"}')}.abc`],
  },
};
