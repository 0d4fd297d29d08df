import { generateKeyPairSync } from 'node:crypto';
import { crc24 } from '../../../src/scan/evidence/crc.js';
import { B64, fake } from '../../../src/scan/rules/fake.js';

/**
 * Private keys for the evidence tests, generated at run time (never stored): PEM from node:crypto,
 * OpenSSH's format and an OpenPGP armor built here from their specifications.
 */
const BEGIN = (label: string) => `-----BEGIN ${label}-----`;
const END = (label: string) => `-----END ${label}-----`;

export const ecKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
export const edKeys = generateKeyPairSync('ed25519');

export const pem = {
  pkcs8: () => ecKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  sec1: () => ecKeys.privateKey.export({ type: 'sec1', format: 'pem' }).toString(),
  ed25519: () => edKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  encryptedPkcs8: () => ecKeys.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'made-up' }).toString(),
  legacyEncrypted: () => ecKeys.privateKey.export({ type: 'sec1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'made-up' }).toString(),
};

/** Base64 lines of 70 characters (OpenSSH wraps at 70, PEM at 64). */
const wrap = (bytes: Buffer, width: number) => (bytes.toString('base64').match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join('\n');

const sshString = (b: Buffer | string) => {
  const content = typeof b === 'string' ? Buffer.from(b) : b;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(content.length);
  return Buffer.concat([length, content]);
};
const uint32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** An unencrypted ed25519 key in OpenSSH's format (PROTOCOL.key), from node's raw key bytes. */
export function opensshBinary(o: { check2?: number; cipher?: string } = {}): Buffer {
  const pub = edKeys.publicKey.export({ format: 'jwk' }).x!;
  const priv = edKeys.privateKey.export({ format: 'jwk' }).d!;
  const pubRaw = Buffer.from(pub, 'base64url');
  const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pubRaw)]);
  const cipher = o.cipher ?? 'none';
  let section = Buffer.concat([uint32(0x1234abcd), uint32(o.check2 ?? 0x1234abcd), sshString('ssh-ed25519'), sshString(pubRaw), sshString(Buffer.concat([Buffer.from(priv, 'base64url'), pubRaw])), sshString('made-up@host')]);
  const pad = (8 - (section.length % 8)) % 8;
  section = Buffer.concat([section, Buffer.from(Array.from({ length: pad }, (_, i) => i + 1))]);
  const kdf = cipher === 'none' ? 'none' : 'bcrypt';
  const kdfOptions = cipher === 'none' ? Buffer.alloc(0) : Buffer.concat([sshString(Buffer.alloc(16, 3)), uint32(16)]);
  return Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), sshString(cipher), sshString(kdf), sshString(kdfOptions), uint32(1), sshString(publicBlob), sshString(section)]);
}

export function openssh(bytes: Buffer): string {
  return `${BEGIN('OPENSSH PRIVATE KEY')}\n${wrap(bytes, 70)}\n${END('OPENSSH PRIVATE KEY')}\n`;
}

/** An OpenPGP armored block whose first packet is a secret key (new-format tag 5), with its CRC-24 line. */
export function pgpBlock(o: { crc?: 'right' | 'wrong' | 'none'; tag?: number } = {}): string {
  const body = Buffer.concat([Buffer.from([0xc0 | (o.tag ?? 5), 0x58, 0x04]), Buffer.from(fake('', 87, B64, 77))]);
  const crc = crc24(body) ^ (o.crc === 'wrong' ? 1 : 0);
  const crcLine = o.crc === 'none' ? '' : `=${Buffer.from([crc >> 16, (crc >> 8) & 0xff, crc & 0xff]).toString('base64')}\n`;
  return `${BEGIN('PGP PRIVATE KEY BLOCK')}\nComment: made up for a test\n\n${wrap(body, 64)}\n${crcLine}${END('PGP PRIVATE KEY BLOCK')}\n`;
}

/** A block with the right label and a made-up body (what documentation and fixtures hold). */
export function madeUp(label: string, seed: number): string {
  const body = Array.from({ length: 5 }, (_, i) => fake('', 64, B64, seed + i)).join('\n');
  return `${BEGIN(label)}\n${body}\n${END(label)}\n`;
}
