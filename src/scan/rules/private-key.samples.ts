import type { RuleSamples } from '../types.js';
import { B64, fake } from './fake.js';

const body = (seed: number) => Array.from({ length: 4 }, (_, i) => fake('', 64, B64, seed + i)).join('\n');

export const SAMPLES: Record<string, RuleSamples> = {
  'private-key': {
    positive: [
      `-----BEGIN ${'RSA PRIVATE'} KEY-----\n${body(1)}\n-----END RSA PRIVATE KEY-----`,
      `{"private_key": "-----BEGIN ${'PRIVATE'} KEY-----\\n${fake('', 64, B64, 7)}\\n-----END PRIVATE KEY-----\\n"}`,
      `-----BEGIN ${'OPENSSH PRIVATE'} KEY-----\n${body(11)}\n`,
    ],
    negative: [
      `/** @example "-----BEGIN ${'RSA PRIVATE'} KEY-----\\n${fake('', 64, B64, 21)}\\n-----END RSA PRIVATE KEY-----" */`,
      `/** For example, \`-----BEGIN ${'RSA PRIVATE'} KEY----- ${fake('', 60, B64, 22)}. -----END RSA PRIVATE KEY-----\` */`,
      'A key file starts with -----BEGIN PRIVATE KEY----- and must never be committed.', '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n'],
  },
};
