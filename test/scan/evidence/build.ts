import { base62, crc32 } from '../../../src/scan/evidence/crc.js';
import { fake } from '../../../src/scan/rules/fake.js';

/**
 * Values built the way providers build them (checksums computed here), for the evidence tests.
 * Every value is made up at run time from a seed: none is, or was, a real credential.
 */

/** A GitHub/npm-style token: prefix, 30 base62 characters, their CRC32 in 6 base62 characters. */
export function checksummed(prefix: string, seed: number): string {
  const random = fake('', 30, undefined, seed * 31 + prefix.length);
  return prefix + random + base62(crc32(random), 6);
}

/** The same text with the character at `at` replaced by another of the same class. */
export function oneCharChanged(text: string, at: number): string {
  const c = text[at]!;
  const swap = /[0-9]/.test(c) ? (c === '7' ? '3' : '7') : /[a-z]/.test(c) ? (c === 'q' ? 'w' : 'q') : c === 'Q' ? 'W' : 'Q';
  return text.slice(0, at) + swap + text.slice(at + 1);
}

/** A libmacaroons v2 binary macaroon as PyPI issues them, base64url after `pypi-`. */
export function macaroon(o: { location: string; caveats: string[]; thirdParty?: boolean; signatureBytes?: number }): string {
  const bytes: number[] = [2];
  const field = (type: number, content: Buffer) => bytes.push(type, ...varint(content.length), ...content);
  field(1, Buffer.from(o.location));
  field(2, Buffer.from(fake('', 24, undefined, 3)));
  bytes.push(0);
  o.caveats.forEach((c, i) => {
    if (o.thirdParty && i === 1) field(1, Buffer.from('auth.example'));
    field(2, Buffer.from(c));
    if (o.thirdParty && i === 1) field(4, Buffer.alloc(48, 7));
    bytes.push(0);
  });
  bytes.push(0);
  field(6, Buffer.alloc(o.signatureBytes ?? 32, 0x5a));
  return 'pypi-' + Buffer.from(bytes).toString('base64url');
}

function varint(n: number): number[] {
  const out: number[] = [];
  for (let v = n; ; v >>>= 7) {
    if (v < 0x80) return [...out, v];
    out.push((v & 0x7f) | 0x80);
  }
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

/** An age identity: Bech32 (BIP-173) of 32 made-up bytes, HRP age-secret-key-, upper case. */
export function ageKey(seed: number): string {
  const hrp = 'age-secret-key-';
  const data = fake('', 52, BECH32, seed).split('').map((c) => BECH32.indexOf(c));
  const values = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data, 0, 0, 0, 0, 0, 0];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  const mod = chk ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => BECH32[(mod >>> (5 * (5 - i))) & 31]);
  return `${hrp}1${data.map((d) => BECH32[d]).join('')}${checksum.join('')}`.toUpperCase();
}
