/**
 * OpenSSH's own private key format (OpenSSH PROTOCOL.key), which node:crypto cannot load: the
 * base64 body of `-----BEGIN OPENSSH PRIVATE KEY-----` decodes to
 *   "openssh-key-v1\0"  string ciphername  string kdfname  string kdfoptions
 *   uint32 N  string publickey[N]  string private-section
 * where a string is a uint32 big-endian length and that many bytes. The private section of an
 * unencrypted key (cipher "none") starts with two equal uint32 check numbers, then the key type
 * again; an encrypted one is a whole number of cipher blocks, followed by the tag of an
 * authenticated cipher (at most 16 bytes).
 */
export function isOpensshKey(bytes: Buffer): boolean {
  const r = new SshReader(bytes);
  if (!r.magic('openssh-key-v1\0')) return false;
  const cipher = r.name();
  const kdf = r.name();
  const kdfOptions = r.string();
  const count = r.uint32();
  if (cipher === undefined || kdf === undefined || kdfOptions === undefined || count === undefined) return false;
  if ((cipher === 'none') !== (kdf === 'none') || count < 1 || count > 16) return false;
  const types: string[] = [];
  for (let i = 0; i < count; i++) {
    const blob = r.string();
    const type = blob ? new SshReader(blob).name() : undefined;
    if (!type) return false;
    types.push(type);
  }
  const section = r.string();
  if (!section || section.length < 8 || section.length % 8 !== 0) return false;
  if (cipher !== 'none') return bytes.length - r.at <= 16;
  if (r.at !== bytes.length) return false;
  const inner = new SshReader(section);
  const check1 = inner.uint32();
  return check1 !== undefined && check1 === inner.uint32() && inner.name() === types[0];
}

/** Reads SSH wire types (RFC 4251 section 5) from a buffer, never past its end. */
class SshReader {
  at = 0;
  constructor(private readonly bytes: Buffer) {}

  magic(text: string): boolean {
    if (this.bytes.toString('latin1', 0, text.length) !== text) return false;
    this.at = text.length;
    return true;
  }

  uint32(): number | undefined {
    if (this.at + 4 > this.bytes.length) return undefined;
    const n = this.bytes.readUInt32BE(this.at);
    this.at += 4;
    return n;
  }

  string(): Buffer | undefined {
    const length = this.uint32();
    if (length === undefined || this.at + length > this.bytes.length) return undefined;
    const out = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return out;
  }

  /** A string that is a name (a cipher, a KDF, a key type): 1-64 printable ASCII characters. */
  name(): string | undefined {
    const s = this.string();
    if (!s || s.length === 0 || s.length > 64) return undefined;
    const text = s.toString('latin1');
    return /^[\x21-\x7e]+$/.test(text) ? text : undefined;
  }
}
