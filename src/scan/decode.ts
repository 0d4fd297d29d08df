/**
 * Text that is not UTF-8: UTF-16 and UTF-32, little or big endian. Editors on Windows save such
 * files (PowerShell's `>` writes UTF-16LE with a BOM, .reg and .rc files, some .ini files), and
 * read as bytes they hold a NUL in every other byte: before this module they were taken for
 * binaries and never read, so a token saved as UTF-16 passed every scan.
 *
 * The encoding is decided by the byte order mark when there is one, else by the pattern of NUL
 * bytes in the first bytes (ASCII-range text in UTF-16LE is `X 00 X 00 ...`). Text outside that
 * range (CJK without a BOM) has no such pattern and stays undetected: it cannot be told from a
 * binary, and a binary's printable strings are still scanned (binary-strings.ts).
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export interface Sniffed {
  encoding: TextEncoding;
  /** Length of the byte order mark to drop (0 when there is none). */
  bom: number;
}

/** How many bytes the NUL pattern is judged on: a few KiB say as much as the whole file. */
const SNIFF_BYTES = 4096;
/** Share of code units that must have the pattern: text has a few non-ASCII characters, a binary far fewer hits. */
const PATTERN_SHARE = 0.9;
/** Shorter than this, a NUL pattern says nothing (two bytes `A 00` may be anything). */
const MIN_UNITS = 4;

export function sniffEncoding(bytes: Uint8Array): Sniffed {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  // UTF-32LE's BOM starts with UTF-16LE's: test the longer one first.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', bom: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', bom: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: byNulPattern(bytes.subarray(0, SNIFF_BYTES)), bom: 0 };
}

/**
 * UTF-32 first (its units also look like UTF-16 units with every other one NUL). A unit counts when
 * its low byte is a non-NUL ASCII character and every other byte of it is NUL; the share must be
 * high and the text long enough that chance (16-bit audio, tables of small integers) is unlikely.
 */
function byNulPattern(head: Uint8Array): TextEncoding {
  if (head.indexOf(0) === -1) return 'utf-8';
  const units32 = head.length >> 2;
  if (units32 >= MIN_UNITS) {
    let le = 0;
    let be = 0;
    for (let i = 0; i + 3 < head.length; i += 4) {
      const [x, y, z, w] = [head[i]!, head[i + 1]!, head[i + 2]!, head[i + 3]!];
      if (y === 0 && z === 0 && w === 0 && isTextByte(x)) le++;
      else if (x === 0 && y === 0 && z === 0 && isTextByte(w)) be++;
    }
    if (le >= units32 * PATTERN_SHARE) return 'utf-32le';
    if (be >= units32 * PATTERN_SHARE) return 'utf-32be';
  }
  const units16 = head.length >> 1;
  if (units16 < MIN_UNITS) return 'utf-8';
  let le = 0;
  let be = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    const x = head[i]!;
    const y = head[i + 1]!;
    if (y === 0 && isTextByte(x)) le++;
    else if (x === 0 && isTextByte(y)) be++;
  }
  if (le >= units16 * PATTERN_SHARE) return 'utf-16le';
  if (be >= units16 * PATTERN_SHARE) return 'utf-16be';
  return 'utf-8';
}

/** Printable ASCII and the whitespace text is made of. */
function isTextByte(x: number): boolean {
  return (x >= 0x20 && x < 0x7f) || x === 0x09 || x === 0x0a || x === 0x0d;
}

/** Decodes a non-UTF-8 text in pieces; a code unit or a surrogate pair cut by a piece boundary is joined. */
export interface StreamDecoder {
  decode(bytes: Uint8Array, more: boolean): string;
}

export function decoderFor(sniffed: Sniffed): StreamDecoder {
  let bom = sniffed.bom; // dropped from the first bytes decoded
  const inner = sniffed.encoding.startsWith('utf-32') ? new Utf32Decoder(sniffed.encoding === 'utf-32be') : new TextDecoder(sniffed.encoding, { ignoreBOM: true });
  return {
    decode(bytes, more) {
      let view = bytes;
      if (bom > 0) {
        const dropped = Math.min(bom, view.length);
        view = view.subarray(dropped);
        bom -= dropped;
      }
      return inner.decode(view, { stream: more });
    },
  };
}

/** Decodes a whole buffer. */
export function decodeText(bytes: Uint8Array, sniffed: Sniffed): string {
  return decoderFor(sniffed).decode(bytes, false);
}

/** WHATWG TextDecoder has no UTF-32: four bytes a code point, invalid ones (over U+10FFFF, surrogates) as U+FFFD. */
class Utf32Decoder {
  private rest = new Uint8Array(0);

  constructor(private readonly bigEndian: boolean) {}

  decode(input: Uint8Array, options: { stream: boolean }): string {
    let bytes = input;
    if (this.rest.length > 0) {
      const joined = new Uint8Array(this.rest.length + input.length);
      joined.set(this.rest);
      joined.set(input, this.rest.length);
      bytes = joined;
    }
    const whole = bytes.length - (bytes.length % 4);
    const parts: string[] = [];
    let codes: number[] = [];
    for (let i = 0; i < whole; i += 4) {
      const cp = this.bigEndian ? ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0 : ((bytes[i + 3]! << 24) | (bytes[i + 2]! << 16) | (bytes[i + 1]! << 8) | bytes[i]!) >>> 0;
      codes.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
      if (codes.length === 4096) {
        parts.push(String.fromCodePoint(...codes));
        codes = [];
      }
    }
    parts.push(String.fromCodePoint(...codes));
    this.rest = bytes.slice(whole);
    if (!options.stream && this.rest.length > 0) {
      this.rest = new Uint8Array(0);
      parts.push('\ufffd'); // a truncated last code point
    }
    return parts.join('');
  }
}
