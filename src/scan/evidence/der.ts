/**
 * ASN.1 DER framing (X.690): tag, length (short form, or long form of 1-4 bytes), content. Used for
 * keys node:crypto cannot load without a passphrase (PKCS#8 `ENCRYPTED PRIVATE KEY`) or at all
 * (an algorithm this OpenSSL build lacks): a random or elided body almost never frames exactly.
 */
export interface DerElement {
  tag: number;
  content: Buffer;
  /** Where the element ends in the buffer it was read from. */
  end: number;
}

/** One element at `at`, or undefined when its header or length does not fit the buffer. */
export function readDer(bytes: Buffer, at = 0): DerElement | undefined {
  const tag = bytes[at];
  const lengthByte = bytes[at + 1];
  if (tag === undefined || lengthByte === undefined || (tag & 0x1f) === 0x1f) return undefined;
  let offset = at + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const size = lengthByte & 0x7f;
    if (size === 0 || size > 4 || offset + size > bytes.length) return undefined;
    length = 0;
    for (let i = 0; i < size; i++) length = length * 256 + bytes[offset + i]!;
    offset += size;
    // DER uses the long form only for lengths of 128 and more.
    if (length < 128) return undefined;
  }
  if (offset + length > bytes.length) return undefined;
  return { tag, content: bytes.subarray(offset, offset + length), end: offset + length };
}

/** The elements a constructed element's content holds, when they fill it exactly. */
export function derChildren(content: Buffer): DerElement[] | undefined {
  const out: DerElement[] = [];
  for (let at = 0; at < content.length; ) {
    const el = readDer(content, at);
    if (!el) return undefined;
    out.push(el);
    at = el.end;
  }
  return out;
}

const SEQUENCE = 0x30;
const OCTET_STRING = 0x04;
const OID = 0x06;

/** The whole buffer is one SEQUENCE whose children frame exactly (any private key structure). */
export function isDerSequence(bytes: Buffer): boolean {
  const top = readDer(bytes);
  return top !== undefined && top.tag === SEQUENCE && top.end === bytes.length && (derChildren(top.content)?.length ?? 0) >= 2;
}

/**
 * PKCS#8 EncryptedPrivateKeyInfo (RFC 5958): SEQUENCE { AlgorithmIdentifier SEQUENCE { OID, ... },
 * encryptedData OCTET STRING }, filling the buffer exactly.
 */
export function isEncryptedPkcs8(bytes: Buffer): boolean {
  const top = readDer(bytes);
  if (!top || top.tag !== SEQUENCE || top.end !== bytes.length) return false;
  const [algorithm, data, ...rest] = derChildren(top.content) ?? [];
  if (!algorithm || !data || rest.length > 0 || algorithm.tag !== SEQUENCE || data.tag !== OCTET_STRING || data.content.length === 0) return false;
  return derChildren(algorithm.content)?.[0]?.tag === OID;
}

/** Every constructed element, to a depth of 8, holds elements that fill it exactly. */
export function isDerTree(bytes: Buffer, depth = 0): boolean {
  if (depth > 8) return false;
  const children = derChildren(bytes);
  return children !== undefined && children.every((c) => !(c.tag & 0x20) || (c.content.length > 0 && isDerTree(c.content, depth + 1)));
}
