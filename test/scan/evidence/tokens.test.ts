import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { base62, bech32Holds, crc24, crc32 } from '../../../src/scan/evidence/crc.js';
import { checkAgeKey } from '../../../src/scan/evidence/age-key.js';
import { checkGithubToken, checkNpmToken } from '../../../src/scan/evidence/github-crc32.js';
import { checkJwt } from '../../../src/scan/evidence/jwt.js';
import { checkPypiToken } from '../../../src/scan/evidence/pypi-macaroon.js';
import { isBase64UserPassword } from '../../../src/scan/evidence/basic-auth.js';
import { fake, HEX } from '../../../src/scan/rules/fake.js';
import { ageKey, checksummed, macaroon, oneCharChanged } from './build.js';

describe('checksums', () => {
  it('CRC-32 agrees with zlib on texts of every length class', () => {
    for (const text of ['', 'a', fake('', 30), fake('', 1000, undefined, 3)]) expect(crc32(text)).toBe(zlibCrc32(text));
  });
  it('base62 pads to its width and uses 0-9A-Za-z', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 6)).toBe('00000z');
    expect(base62(62, 6)).toBe('000010');
    expect(base62(0xffffffff, 6)).toBe('4gfFC3');
  });
  it('CRC-24 of no bytes is its initial value (RFC 4880)', () => {
    expect(crc24(new Uint8Array())).toBe(0xb704ce);
  });
  it('Bech32 checksums of BIP-173 valid test vectors hold; one changed character fails', () => {
    for (const v of ['A12UEL5L', 'a12uel5l', 'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw', 'split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w']) expect(bech32Holds(v), v).toBe(true);
    for (const v of ['A12UEL5l', 'a12uel5m', 'split1checkupstagehandshakeupstreamerranterredcaperred2y9e3v', 'pzry9x0s0muk']) expect(bech32Holds(v), v).toBe(false);
  });
});

describe('GitHub and npm tokens: base62 CRC32 of the 30 random characters', () => {
  const table: [string, string, string][] = [];
  for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']) table.push([prefix, checksummed(prefix, 1), 'checksum']);
  it.each(table)('%s with its checksum: checksum', (_p, token, expected) => {
    expect(checkGithubToken(token)).toBe(expected);
  });
  it.each(table)('%s with one character changed: failed', (_p, token) => {
    expect(checkGithubToken(oneCharChanged(token, 10))).toBe('failed');
    expect(checkGithubToken(oneCharChanged(token, token.length - 1))).toBe('failed');
  });
  it('a random 36-character body fails; other lengths and fine-grained tokens are not checksum-checked', () => {
    expect(checkGithubToken(fake('ghp_', 36, undefined, 5))).toBe('failed');
    expect(checkGithubToken(fake('ghs_', 60, undefined, 5))).toBe('unchecked');
    expect(checkGithubToken(`github_pat_${fake('', 22)}_${fake('', 59)}`)).toBe('structure');
    expect(checkGithubToken(`github_pat_${fake('', 21)}_${fake('', 59)}`)).toBe('unchecked');
  });
  it('npm_ tokens', () => {
    const token = checksummed('npm_', 2);
    expect(checkNpmToken(token)).toBe('checksum');
    expect(checkNpmToken(oneCharChanged(token, 6))).toBe('failed');
    expect(checkNpmToken(fake('npm_', 36, undefined, 9))).toBe('failed');
    expect(checkNpmToken(fake('npm_', 30))).toBe('unchecked');
  });
});

describe('PyPI tokens: a libmacaroons v2 macaroon located at PyPI', () => {
  it.each([
    ['pypi.org, one caveat', macaroon({ location: 'pypi.org', caveats: ['{"version": 1, "permissions": "user"}'] }), 'structure'],
    ['test.pypi.org, no caveat', macaroon({ location: 'test.pypi.org', caveats: [] }), 'structure'],
    ['three caveats, one with a location and a vid', macaroon({ location: 'pypi.org', caveats: ['a', 'b', 'c'], thirdParty: true }), 'structure'],
    ['another location', macaroon({ location: 'example.org', caveats: ['x'] }), 'failed'],
    ['no signature', macaroon({ location: 'pypi.org', caveats: ['x'] }).slice(0, -43), 'failed'],
    ['a short signature', macaroon({ location: 'pypi.org', caveats: ['x'], signatureBytes: 20 }), 'failed'],
    ['bytes after the signature', macaroon({ location: 'pypi.org', caveats: ['x'] }) + 'AAAA', 'failed'],
    ['random text after the prefix', fake('pypi-AgEIcHlwaS5vcmc', 120, undefined, 4), 'failed'],
  ])('%s: %s', (_name, token, expected) => {
    expect(checkPypiToken(token)).toBe(expected);
  });
});

describe('JWTs: three base64url parts, a JSON header naming alg', () => {
  const b64 = (o: object | string) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');
  it.each([
    ['HS256', `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'svc' })}.${fake('', 43, HEX + 'xyzXYZ-_')}`, 'structure'],
    ['unsigned, alg none', `${b64({ alg: 'none' })}.${b64({ sub: 'svc' })}.`, 'structure'],
    ['typ only', `${b64({ typ: 'JWT' })}.${b64({ sub: 'svc' })}.${fake('', 43)}`, 'unchecked'],
    ['header not JSON', `eyJ${fake('', 20)}.${b64({ sub: 'svc' })}.${fake('', 43)}`, 'unchecked'],
    ['payload not JSON', `${b64({ alg: 'HS256' })}.eyJ${fake('', 20)}.${fake('', 43)}`, 'unchecked'],
    ['signed but no signature', `${b64({ alg: 'RS256' })}.${b64({ sub: 'svc' })}.`, 'unchecked'],
  ])('%s: %s', (_name, token, expected) => {
    expect(checkJwt(token)).toBe(expected);
  });
});

describe('base64 of user:password', () => {
  it.each([
    ['deploy:s3cret-Value', true],
    ['user@example.com:p', true],
    [':password', false],
    ['user:', false],
    ['no colon here', false],
  ])('%s: %s', (plain, expected) => {
    expect(isBase64UserPassword(Buffer.from(plain).toString('base64'))).toBe(expected);
  });
  it('binary or non-base64 text is not user:password', () => {
    expect(isBase64UserPassword(Buffer.from([0x75, 0x3a, 0x00, 0x01, 0x02]).toString('base64'))).toBe(false);
    expect(isBase64UserPassword('not base64!')).toBe(false);
  });
});

describe('age secret keys: Bech32 with the AGE-SECRET-KEY- prefix', () => {
  it('a key with its checksum holds; one changed character fails', () => {
    const key = ageKey(7);
    expect(checkAgeKey(key)).toBe('checksum');
    expect(checkAgeKey(oneCharChanged(key, 30))).toBe('failed');
    expect(checkAgeKey(key.toLowerCase())).toBe('unchecked');
  });
});
