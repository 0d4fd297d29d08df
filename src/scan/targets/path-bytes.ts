/**
 * Paths are bytes. Git stores a file name as any bytes but NUL and `/`; a name that is not UTF-8
 * cannot be a JavaScript string without losing bytes, and two such names could decode to the same
 * string (each invalid byte would become U+FFFD). Reports therefore name a path by its UTF-8 text
 * where it is valid and spell every other byte as `\xNN` (a backslash itself as `\\` in such a
 * name, so the spelling stays reversible). A valid name whose text holds `\x` is spelt the escaped
 * way too: shown as is, it could read exactly like another name's escapes (`a\xff` typed out, and
 * `a` with the byte 0xff), so two files would share a name and a fingerprint. Files are read by
 * object id or by their byte path, never by this name.
 */
export function pathName(bytes: Uint8Array): string {
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (!text.includes('\\x')) return text;
  }
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      out += `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
      i++;
    } else {
      const text = Buffer.from(bytes.buffer, bytes.byteOffset + i, n).toString('utf8');
      out += text === '\\' ? '\\\\' : text;
      i += n;
    }
  }
  return out;
}

/** Whether bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF). */
export function isUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

/** The length of the well-formed UTF-8 sequence at i, or 0 when the byte there starts none. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
