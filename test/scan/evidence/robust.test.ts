import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/scan/evidence/index.js';
import { judgeOf } from '../../../src/scan/evidence/judge.js';
import { B64, fake, URLSAFE } from '../../../src/scan/rules/fake.js';

/** Values shaped like what each rule finds, with random bodies and random damage. */
function inputs(seed: number): string[] {
  const b = (n: number, alphabet = B64, s = seed) => fake('', n, alphabet, s);
  return [
    `gh${'pousr'[seed % 5]}_${b(36, URLSAFE)}`,
    `npm_${b(36)}`,
    `pypi-AgEIcHlwaS5vcmc${b(seed % 300, URLSAFE)}`,
    `pypi-${b(seed % 200, URLSAFE)}`,
    `eyJ${b(seed % 60, URLSAFE)}.eyJ${b(20, URLSAFE, seed + 1)}.${b(seed % 50, URLSAFE, seed + 2)}`,
    `-----BEGIN ${['RSA PRIVATE', 'OPENSSH PRIVATE', 'PGP PRIVATE', 'ENCRYPTED PRIVATE', 'PRIVATE'][seed % 5]} KEY${seed % 5 === 2 ? ' BLOCK' : ''}-----\n${seed % 3 ? 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,' + b(seed % 40, '0123456789ABCDEF') + '\n\n' : ''}${b(40 + (seed % 400))}`,
    `-----BEGIN ${'OPENSSH PRIVATE'} KEY-----\n${Buffer.concat([Buffer.from('openssh-key-v1\0'), Buffer.from(b(seed % 300), 'base64')]).toString('base64')}`,
    `-----BEGIN ${'PRIVATE'} KEY-----\n${Buffer.concat([Buffer.from([0x30, 0x82, seed % 256, (seed * 7) % 256]), Buffer.from(b(seed % 300), 'base64')]).toString('base64')}`,
    `LS0tLS1CRUdJTi${b(60 + (seed % 200))}`,
    `AGE-SECRET-KEY-1${b(58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L')}`,
    b(seed % 100),
    '=' .repeat(seed % 50) + b(8),
  ];
}

describe('evidence checks never throw, whatever the value', () => {
  it('500 random and damaged values through every check', () => {
    for (let seed = 1; seed <= 500; seed++) {
      for (const value of inputs(seed)) {
        const text = `x = "${value}"\n-----END ${'PRIVATE'} KEY-----\n"private_key": "${value}"`;
        // The checks themselves, without judgeOf's safety net: none may throw.
        for (const [id, { check }] of Object.entries(CHECKS)) {
          const outcome = check(value, { text, index: 5, file: seed % 2 ? '.npmrc' : 'config.json' });
          expect(['checksum', 'structure', 'unchecked', 'failed', 'placeholder'], id).toContain(outcome);
        }
      }
    }
  });
  it('a check that throws leaves the shape at the rule\'s severity', () => {
    const judge = judgeOf({ severity: 'critical' }, () => {
      throw new Error('bug');
    });
    expect(judge('v', { text: 'v', index: 0, file: 'f' })).toEqual({ evidence: 'shape' });
  });
});
