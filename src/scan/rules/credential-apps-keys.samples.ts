import type { RuleSamples } from '../types.js';
import { B64, fake, HEX } from './fake.js';

/** An SSH wire-format public key blob: the algorithm's name (uint32 length + bytes), then key bytes. */
function publicBlob(algorithm: string, seed: number): string {
  const name = Buffer.from(algorithm, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(name.length);
  const key = Buffer.from(fake('', 48, B64, seed), 'base64');
  return Buffer.concat([length, name, key]).toString('base64');
}

/** Base64 split into PuTTY's 64-character lines. */
const lines = (b64: string) => b64.match(/.{1,64}/g)!.join('\n');

function ppk(version: 2 | 3, algorithm: string, encryption: string, seed: number, kdf = ''): string {
  const pub = lines(publicBlob(algorithm, seed));
  const priv = lines(fake('', 128, B64, seed + 1));
  return `PuTTY-User-Key-File-${version}: ${algorithm}\nEncryption: ${encryption}\nComment: ${algorithm}-key-20240312\nPublic-Lines: ${pub.split('\n').length}\n${pub}\n${kdf}Private-Lines: ${priv.split('\n').length}\n${priv}\nPrivate-MAC: ${fake('', 64, HEX, seed + 2)}\n`;
}

const ARGON = `Key-Derivation: Argon2id\nArgon2-Memory: 8192\nArgon2-Passes: 13\nArgon2-Parallelism: 1\nArgon2-Salt: ${fake('', 32, HEX, 409)}\n`;

export const SAMPLES: Record<string, RuleSamples> = {
  'putty-private-key': {
    positive: [
      { file: 'keys/deploy.ppk', text: ppk(3, 'ssh-ed25519', 'none', 401), severity: 'critical', evidence: 'structure' },
      { file: 'id_rsa.ppk', text: ppk(2, 'ssh-rsa', 'none', 403).replace(/\n/g, '\r\n'), severity: 'critical', evidence: 'structure' },
      { file: 'keys/ops.ppk', text: ppk(3, 'ecdsa-sha2-nistp256', 'aes256-cbc', 405, ARGON), severity: 'high', evidence: 'structure' },
      // Pasted into a text file: the header says what it is, whatever the file's name.
      { file: 'notes/server-access.txt', text: `prod box key (ask Dana before use):\n\n${ppk(2, 'ssh-rsa', 'none', 407)}` },
    ],
    negative: [
      // Documentation of the format: the header without a key's lines.
      'A PPK file starts with "PuTTY-User-Key-File-3: ssh-ed25519", then "Encryption: none" and "Private-Lines: N".',
      'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: example\nPublic-Lines: 2\n...\nPrivate-Lines: 1\n...\n',
      `-----BEGIN ${'SSH2 PUBLIC'} KEY-----\nComment: "rsa-key-20240312"\n${lines(publicBlob('ssh-rsa', 411))}\n-----END SSH2 PUBLIC KEY-----\n`,
    ],
  },
  'keystore-file': {
    // How run-scan.ts shows a binary's first 32 bytes to the rules (see credential-apps-keystore.ts).
    positive: [
      { file: 'android/app/release.keystore', text: `binary-head:feedfeed00000002000000010000000100077570${fake('', 24, HEX, 421)}` },
      { file: 'certs/client.p12', text: `binary-head:30820a5b02010330820a1706092a864886f70d010701a0820a0804820a04${fake('', 4, HEX, 422)}`, evidence: 'structure' },
      // A DER SEQUENCE in a .p12 without the version where PKCS#12 has it: the name and the start only.
      { file: 'certs/legacy.p12', text: `binary-head:308209f4${fake('', 56, HEX, 429)}`, severity: 'high', evidence: 'shape' },
      { file: 'secrets/server.pfx', text: `binary-head:3082${fake('', 4, HEX, 423)}020103${fake('', 50, HEX, 424)}` },
      { file: 'conf/keys.jceks', text: `binary-head:cececece00000002${fake('', 48, HEX, 425)}` },
    ],
    negative: [
      // A DER certificate under a certificate's name, a PNG named as a keystore, a JKS magic in a .p12, a text file.
      { file: 'certs/ca.der', text: `binary-head:30820122300d06092a864886f70d01010105000382010f${fake('', 18, HEX, 426)}` },
      { file: 'certs/client.p12', text: `binary-head:feedfeed00000002${fake('', 48, HEX, 430)}` },
      { file: 'icons/app.keystore', text: `binary-head:89504e470d0a1a0a0000000d49484452${fake('', 32, HEX, 427)}` },
      { file: 'android/debug.keystore', text: 'Generate with keytool -genkey -v -keystore debug.keystore -storepass android\n' },
      { file: 'notes.txt', text: `binary-head:feedfeed00000002${fake('', 48, HEX, 428)}` },
    ],
  },
};
