import { createPrivateKey } from 'node:crypto';
import type { MatchContext } from '../types.js';
import { crc24 } from './crc.js';
import { isDerSequence, isDerTree, isEncryptedPkcs8 } from './der.js';
import { type Outcome, withoutPadding } from './judge.js';
import { isOpensshKey } from './openssh-key.js';

/** A private key block as the rule found it: its label, armor headers and decoded body. */
interface KeyBlock {
  label: string;
  headers: Map<string, string>;
  body: Buffer;
}

/**
 * Whether a private key block is a key (`structure`) or only looks like one (`placeholder`: an
 * elided, made-up or damaged body, reported at low severity):
 * - unencrypted PEM (PKCS#1 RSA, SEC1 EC, PKCS#8, DSA...): node:crypto's createPrivateKey loads it;
 *   a body it refuses still counts when it is exact DER (an algorithm this OpenSSL build lacks);
 * - PKCS#8 `ENCRYPTED PRIVATE KEY`: createPrivateKey would need the passphrase (and with a wrong one
 *   fails the same way as on garbage), so the DER of EncryptedPrivateKeyInfo is framed here instead;
 * - legacy encrypted PEM (`Proc-Type: 4,ENCRYPTED`): the body is ciphertext, so its structure is
 *   the DEK-Info header (cipher, hex IV of one block) and a body of whole cipher blocks;
 * - OpenSSH: its binary format, read in openssh-key.ts;
 * - OpenPGP: the armor's CRC-24 line (`=XXXX` before the END line) when present (`checksum`), else
 *   a first packet that is a secret key (tag 5).
 */
export function checkPrivateKey(value: string, ctx: MatchContext): Outcome {
  const tail = blockTail(ctx.text, ctx.index + value.length);
  const block = parseBlock(tail ? `${value}\n${tail.body.join('\n')}` : value);
  if (!block) return 'placeholder';
  const { label, headers, body } = block;
  if (label === 'OPENSSH PRIVATE KEY') return isOpensshKey(body) ? 'structure' : 'placeholder';
  if (label === 'PGP PRIVATE KEY BLOCK') return checkPgp(body, tail?.crc);
  if (label === 'ENCRYPTED PRIVATE KEY') return isEncryptedPkcs8(body) ? 'structure' : 'placeholder';
  if (/ENCRYPTED/i.test(headers.get('proc-type') ?? '')) return legacyEncrypted(headers.get('dek-info'), body) ? 'structure' : 'placeholder';
  // OpenSSL is asked only about a body that frames as one DER SEQUENCE: a made-up body never
  // reaches it (its decoders cost far more than this check). One it refuses (an algorithm this
  // build lacks) is still a key's structure when every nested element frames too.
  if (!isDerSequence(body)) return 'placeholder';
  return loads(label, body) || isDerTree(body) ? 'structure' : 'placeholder';
}

/**
 * What the rule's value leaves out between it and the END line: a last line of key material
 * shorter than the 16 characters the rule requires of a continuation line (a quarter of real keys
 * end so), and an OpenPGP armor's CRC-24 line (`=` + 4 characters). Undefined when no END line
 * follows within 512 characters (a cut or elided block).
 */
function blockTail(text: string, from: number): { body: string[]; crc?: string } | undefined {
  const body: string[] = [];
  let crc: string | undefined;
  for (const token of text.slice(from, from + 512).split(/(?:\s|\\[nr])+/)) {
    if (token === '') continue;
    if (token.startsWith('-----END')) return { body, ...(crc ? { crc } : {}) };
    if (crc === undefined && /^=[A-Za-z0-9+/]{4}$/.test(token)) crc = token.slice(1);
    else if (crc === undefined && /^[A-Za-z0-9+/]+={0,2}$/.test(token)) body.push(token);
    else return undefined;
  }
  return undefined;
}

/**
 * A whole PEM key base64-encoded once more (`LS0tLS1CRUdJTi...`, as Kubernetes secrets hold it):
 * decoded, then judged as the block it holds.
 */
export function checkPrivateKeyBase64(value: string): Outcome {
  const text = Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('latin1');
  const end = text.indexOf('-----END ');
  // The block as the private-key rule would take it: up to the END line, less a PGP armor's CRC line.
  const block = (end > 0 ? text.slice(0, end) : text).trimEnd().replace(/\r?\n=[A-Za-z0-9+/]{4}$/, '');
  return checkPrivateKey(block, { text, index: 0, file: '' });
}

/** The label, headers and body of a block written on lines, on one line, or with `\n` escapes in a string. */
function parseBlock(value: string): KeyBlock | undefined {
  const text = value.replace(/\\r/g, '').replace(/\\n/g, '\n');
  const begin = /^-----BEGIN ([A-Z0-9 ]+)-----/.exec(text);
  if (!begin) return undefined;
  const headers = new Map<string, string>();
  const chunks: string[] = [];
  for (const line of text.slice(begin[0].length).split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    else chunks.push(...line.split(/\s+/).filter(Boolean));
  }
  const base64 = chunks.join('');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || withoutPadding(base64).length % 4 === 1) return undefined;
  return { label: begin[1]!, headers, body: Buffer.from(base64, 'base64') };
}

/** node:crypto (OpenSSL) loads the block, rebuilt as PEM with its END line. */
function loads(label: string, body: Buffer): boolean {
  const lines = body.toString('base64').match(/.{1,64}/g) ?? [];
  try {
    createPrivateKey(`-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`);
    return true;
  } catch {
    return false;
  }
}

/** RFC 1421 DEK-Info: `CIPHER,IV-IN-HEX`, one block of IV (8 bytes for DES, 16 for AES), and a body of whole blocks. */
function legacyEncrypted(dekInfo: string | undefined, body: Buffer): boolean {
  const m = /^([A-Z0-9-]{3,40}),([0-9A-Fa-f]+)$/.exec(dekInfo ?? '');
  if (!m) return false;
  const block = m[2]!.length / 2;
  return (block === 8 || block === 16) && body.length >= block && body.length % block === 0;
}

/** OpenPGP armor (RFC 4880 6.2): the CRC-24 of the body, when its line is there; else the first packet's tag. */
function checkPgp(body: Buffer, crc: string | undefined): Outcome {
  if (crc) return Buffer.from(crc, 'base64').readUIntBE(0, 3) === crc24(body) ? 'checksum' : 'failed';
  // Packet header (RFC 4880 4.2): bit 7 set; new format (bit 6) has the tag in bits 0-5, old format in bits 2-5.
  const first = body[0] ?? 0;
  if (!(first & 0x80)) return 'placeholder';
  const tag = first & 0x40 ? first & 0x3f : (first >> 2) & 0x0f;
  return tag === 5 ? 'structure' : 'placeholder';
}
