import type { MatchContext, Rule, Verdict } from '../types.js';

// PuTTY's private key files (.ppk), from PuTTY's documentation of the format (appendix C):
//   PuTTY-User-Key-File-<2|3>: <algorithm>
//   Encryption: none | aes256-cbc
//   Comment: <text>
//   Public-Lines: <n>, then n lines of base64 (the SSH wire-format public key)
//   (format 3, encrypted: Key-Derivation, Argon2-Memory, -Passes, -Parallelism, -Salt)
//   Private-Lines: <n>, then n lines of base64 (the private key, encrypted or not)
//   Private-MAC: <hex>
// The public half is stored in clear in every file, so only Private-Lines is the secret.

/** The header of the file the value belongs to: the last `PuTTY-User-Key-File-` before it, within 16 KiB. */
function headerOf(ctx: MatchContext): string {
  const window = ctx.text.slice(Math.max(0, ctx.index - 16384), ctx.index);
  const at = window.lastIndexOf('PuTTY-User-Key-File-');
  return at === -1 ? '' : window.slice(at);
}

/** The SSH wire-format public key names its algorithm first (uint32 length, then the name). */
function publicKeyNames(header: string, algorithm: string): boolean {
  const m = /\nPublic-Lines: (\d{1,3})\r?\n((?:[A-Za-z0-9+/=]{1,128}\r?\n){1,64})/.exec(header);
  if (!m) return false;
  const blob = Buffer.from(m[2]!.replace(/\s+/g, ''), 'base64');
  if (blob.length < 4) return false;
  const length = blob.readUInt32BE(0);
  return length === algorithm.length && blob.subarray(4, 4 + length).toString('latin1') === algorithm;
}

/** Unencrypted: critical. Encrypted with a passphrase: high. The public half naming the header's algorithm: structure. */
function judgePutty(_value: string, ctx: MatchContext): Verdict {
  const header = headerOf(ctx);
  const m = /^PuTTY-User-Key-File-[23]: ([\w@.-]{1,64})\r?\nEncryption: ([\w-]{1,32})/.exec(header);
  const encrypted = m !== null && m[2] !== 'none';
  const evidence = m !== null && publicKeyNames(header, m[1]!) ? 'structure' : 'shape';
  return { evidence, severity: encrypted ? 'high' : 'critical' };
}

export const puttyPrivateKey: Rule = {
  id: 'putty-private-key',
  description: 'A PuTTY private key file (.ppk, PuTTY-User-Key-File-2/3 with Private-Lines): unencrypted (Encryption: none, critical) or passphrase-encrypted (aes256-cbc, high)',
  severity: 'critical',
  category: 'private-key',
  keywords: ['putty-user-key-file-'],
  // The header, then at most 80 lines of any text (comment, public key, key derivation) before
  // `Private-Lines: n` and the base64 lines after it. Each line is read once: the lazy line loop
  // stops at the first `Private-Lines`, its lines are bounded, and the base64 lines and the line
  // breaks between them are disjoint classes.
  pattern:
    /PuTTY-User-Key-File-[23]: [\w@.-]{1,64}\r?\nEncryption: [\w-]{1,32}\r?\n(?:[^\r\n]{0,512}\r?\n){0,80}?Private-Lines: \d{1,4}\r?\n(?<secret>[A-Za-z0-9+/=]{16,128}(?:\r?\n[A-Za-z0-9+/=]{1,128}){0,256})/g,
  validate: (value) => Buffer.from(value.replace(/\s+/g, ''), 'base64').length >= 16,
  judge: judgePutty,
};
