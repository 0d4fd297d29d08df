import { describe, expect, it } from 'vitest';
import { checkPrivateKey, checkPrivateKeyBase64 } from '../../../src/scan/evidence/private-key.js';
import { privateKey } from '../../../src/scan/rules/private-key.js';
import { Scanner } from '../../../src/scan/scanner.js';
import { madeUp, openssh, opensshBinary, pem, pgpBlock } from './keys.js';

// Only the rule under test: the evidence is the subject here, not which rule wins (rules.test.ts).
const scanner = new Scanner({ rules: [privateKey] });

/** The private-key finding of a text, as the scanner reports it. */
function judged(text: string) {
  const found = scanner.scanText('deploy/key.txt', text).filter((f) => f.ruleId === 'private-key');
  expect(found).toHaveLength(1);
  return { evidence: found[0]!.evidence, severity: found[0]!.severity };
}

describe('private keys: parsed, not only matched', () => {
  it.each([
    ['PKCS#8 EC', pem.pkcs8()],
    ['SEC1 EC', pem.sec1()],
    ['PKCS#8 Ed25519', pem.ed25519()],
    ['PKCS#8 encrypted (DER framed, no passphrase needed)', pem.encryptedPkcs8()],
    ['legacy encrypted PEM (Proc-Type, DEK-Info, whole blocks)', pem.legacyEncrypted()],
    ['OpenSSH, unencrypted', openssh(opensshBinary())],
    ['OpenSSH, encrypted', openssh(Buffer.concat([opensshBinary({ cipher: 'aes256-ctr' })]))],
    ['OpenPGP, armor without CRC line, secret-key packet', pgpBlock({ crc: 'none' })],
  ])('%s: structure, critical', (_name, key) => {
    expect(judged(key)).toEqual({ evidence: 'structure', severity: 'critical' });
  });

  it('a key in a JSON string with \\n escapes, or on one line, parses the same', () => {
    const key = pem.pkcs8();
    expect(judged(JSON.stringify({ private_key: key }))).toEqual({ evidence: 'structure', severity: 'critical' });
    expect(judged(`PRIVATE_KEY="${key.trim().replace(/\n/g, ' ')}"`)).toEqual({ evidence: 'structure', severity: 'critical' });
  });

  it('OpenPGP armor with its CRC-24 line: checksum; a wrong CRC: shape, one step lower', () => {
    expect(judged(pgpBlock({ crc: 'right' }))).toEqual({ evidence: 'checksum', severity: 'critical' });
    expect(judged(pgpBlock({ crc: 'wrong' }))).toEqual({ evidence: 'shape', severity: 'high' });
  });

  it.each([
    ['RSA PRIVATE KEY'],
    ['PRIVATE KEY'],
    ['EC PRIVATE KEY'],
    ['ENCRYPTED PRIVATE KEY'],
    ['OPENSSH PRIVATE KEY'],
  ])('a made-up body under %s is a placeholder: shape, low', (label) => {
    expect(judged(madeUp(label, label.length))).toEqual({ evidence: 'shape', severity: 'low' });
  });

  it('damaged keys are placeholders: a changed OpenSSH check number, a PGP block of another packet, a cut PEM body', () => {
    expect(judged(openssh(opensshBinary({ check2: 7 })))).toEqual({ evidence: 'shape', severity: 'low' });
    expect(judged(pgpBlock({ crc: 'none', tag: 6 }))).toEqual({ evidence: 'shape', severity: 'low' });
    const lines = pem.pkcs8().split('\n');
    expect(judged([lines[0], lines[1], lines[2], ''].join('\n'))).toEqual({ evidence: 'shape', severity: 'low' });
  });

  it('a legacy encrypted key whose body is not whole cipher blocks is a placeholder', () => {
    const lines = pem.legacyEncrypted().split('\n');
    const first = lines.findIndex((l) => /^[A-Za-z0-9+/]{64}$/.test(l));
    // Three bytes (four base64 characters) fewer: never a whole number of 16-byte AES blocks.
    lines[first] = lines[first]!.slice(4);
    const cut = lines.join('\n');
    expect(checkPrivateKey(cut.slice(0, cut.indexOf('-----END')).trim(), { text: cut, index: 0, file: 'k' })).toBe('placeholder');
  });
});

describe('a PEM key base64-encoded as a whole (Kubernetes secrets)', () => {
  it('a real key inside: structure; a made-up body inside: placeholder', () => {
    const wrapped = (pemText: string) => Buffer.from(pemText).toString('base64');
    expect(checkPrivateKeyBase64(wrapped(pem.pkcs8()))).toBe('structure');
    expect(checkPrivateKeyBase64(wrapped(pgpBlock({ crc: 'right' })))).toBe('checksum');
    expect(checkPrivateKeyBase64(wrapped(madeUp('RSA PRIVATE KEY', 9)))).toBe('placeholder');
    // `base64` wraps its output at 76 characters.
    expect(checkPrivateKeyBase64((wrapped(pem.sec1()).match(/.{1,76}/g) ?? []).join('\n  '))).toBe('structure');
  });
});

describe('a key node:crypto cannot load', () => {
  it('still has a key\'s structure when it frames as DER all the way down (an algorithm this build lacks)', () => {
    const tlv = (tag: number, content: Buffer) => Buffer.concat([Buffer.from([tag, content.length]), content]);
    // PKCS#8 PrivateKeyInfo { version 0, AlgorithmIdentifier { OID 1.3.9999.1 }, OCTET STRING }.
    const der = tlv(0x30, Buffer.concat([tlv(0x02, Buffer.from([0])), tlv(0x30, tlv(0x06, Buffer.from([0x2b, 0xce, 0x0f, 0x01]))), tlv(0x04, Buffer.alloc(32, 9))]));
    const text = `-----BEGIN ${'PRIVATE'} KEY-----\n${der.toString('base64')}\n-----END PRIVATE KEY-----\n`;
    expect(checkPrivateKey(text.slice(0, text.indexOf('\n-----END')), { text, index: 0, file: 'k' })).toBe('structure');
    const broken = Buffer.from(der);
    broken[3] = 0x7f; // the version INTEGER now claims more bytes than its SEQUENCE holds
    const text2 = `-----BEGIN ${'PRIVATE'} KEY-----\n${broken.toString('base64')}\n-----END PRIVATE KEY-----\n`;
    expect(checkPrivateKey(text2.slice(0, text2.indexOf('\n-----END')), { text: text2, index: 0, file: 'k' })).toBe('placeholder');
  });
});

describe('a last line shorter than the rule takes (16 characters)', () => {
  /** The same block re-wrapped at a width that leaves a last line of 1-15 characters. */
  function shortLast(text: string): string {
    const lines = text.trim().split('\n');
    const headers = lines.slice(1, -1).filter((l) => l.includes(':') || l === '');
    const body = lines.slice(1, -1).filter((l) => !l.includes(':') && l !== '').join('');
    const width = [...Array(25).keys()].map((i) => 40 + i).find((w) => body.length % w >= 1 && body.length % w <= 15)!;
    return [lines[0], ...headers, ...(body.match(new RegExp(`.{1,${width}}`, 'g')) ?? []), lines[lines.length - 1], ''].join('\n');
  }
  it.each([
    ['PKCS#8 EC', () => pem.pkcs8()],
    ['legacy encrypted', () => pem.legacyEncrypted()],
    ['OpenSSH', () => openssh(opensshBinary())],
    ['OpenSSH encrypted', () => openssh(opensshBinary({ cipher: 'aes256-ctr' }))],
  ])('%s: the short line before END is read, the key still parses', (_name, make) => {
    const text = shortLast(make());
    expect(text.split('\n').at(-3)!.length).toBeLessThan(16);
    expect(judged(text)).toEqual({ evidence: 'structure', severity: 'critical' });
  });
  it('OpenPGP: a short last line, then the CRC line', () => {
    const block = pgpBlock({ crc: 'right' });
    const lines = block.trim().split('\n');
    const crcLine = lines[lines.length - 2]!;
    const body = lines.slice(4, -2).join('');
    const width = [...Array(25).keys()].map((i) => 40 + i).find((w) => body.length % w >= 1 && body.length % w <= 15)!;
    const text = [...lines.slice(0, 4), ...(body.match(new RegExp(`.{1,${width}}`, 'g')) ?? []), crcLine, lines[lines.length - 1]].join('\n');
    expect(judged(text)).toEqual({ evidence: 'checksum', severity: 'critical' });
  });
});
