// Shared pieces of the recall corpus: a seeded PRNG, alphabets, checksums providers build into
// their tokens, word-like passwords, and Doc, a file written line by line with labels.
// Every secret-shaped value is assembled at run time: none sits whole in this source.

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const LOWER_ALNUM = LOWER + '0123456789';
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const B64 = ALNUM + '+/';
export const URLSAFE = ALNUM + '-_';
export const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

/** xorshift32 with helpers; one per generated file, seeded from the corpus seed and the file's index. */
export function prng(seed) {
  let state = (Math.imul(seed >>> 0 || 1, 2654435761) >>> 0) || 1;
  const rnd = () => {
    state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
  const int = (n) => Math.floor(rnd() * n);
  const pick = (list) => list[int(list.length)];
  const str = (n, alphabet = ALNUM) => Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join('');
  const bytes = (n) => Buffer.from(Array.from({ length: n }, () => int(256)));
  const uuid = () => `${str(8, HEX)}-${str(4, HEX)}-4${str(3, HEX)}-${pick(['8', '9', 'a', 'b'])}${str(3, HEX)}-${str(12, HEX)}`;
  return { rnd, int, pick, str, bytes, uuid };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(text) {
  let c = 0xffffffff;
  for (const b of Buffer.from(text)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let out = '';
  do { out = BASE62[n % 62] + out; n = Math.floor(n / 62); } while (n > 0);
  return out.padStart(width, '0');
}

/**
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens: prefix, 30 random base62
 * characters, then the CRC32 of those 30 characters in base62, left-padded to 6 (GitHub's
 * "Behind GitHub's new authentication token formats", 2021; npm adopted the same layout).
 */
export function checksummedToken(g, prefix) {
  const body = g.str(30);
  return prefix + body + base62(crc32(body), 6);
}

/** The same layout with the checksum broken: a value a scanner may report only as shape. */
export function badChecksumToken(g, prefix) {
  const body = g.str(30);
  const good = base62(crc32(body), 6);
  return prefix + body + (good[0] === 'z' ? 'y' : 'z') + good.slice(1);
}

const WORDS = ['summer', 'winter', 'dragon', 'monkey', 'sunshine', 'football', 'princess', 'welcome', 'shadow', 'master',
  'hunter', 'letmein', 'admin', 'qwerty', 'tigger', 'charlie', 'soccer', 'freedom', 'orange', 'pepper', 'banana', 'london',
  'secret', 'company', 'spring', 'autumn', 'ranger', 'mustang', 'falcon', 'phoenix', 'matrix', 'database', 'server', 'oracle'];

/** A password people choose: a word with digits, a capital and a year, or a symbol. */
export function wordPassword(g) {
  const w = g.pick(WORDS);
  const cap = w[0].toUpperCase() + w.slice(1);
  switch (g.int(6)) {
    case 0: return `${w}${g.int(900) + 100}`;
    case 1: return `${cap}${2015 + g.int(11)}!`;
    case 2: return `${w}${g.int(90) + 10}`;
    case 3: return `${cap}@${g.int(9000) + 1000}`;
    case 4: return `${w.replace('a', '@').replace('o', '0')}${g.int(99) + 1}`;
    default: return `${cap}${g.pick(['#', '$', '!', '.'])}${g.str(2, DIGITS)}${g.pick(WORDS)}`;
  }
}

/** A password a generator made: mixed case, digits, some symbols. */
export function randomPassword(g, n = 16) {
  return g.str(n, ALNUM + '!#%+-.=@^_');
}

/** The placeholders people leave where a secret would go: none of them is a credential. */
export const PLACEHOLDERS = ['changeme', '<password>', 'your-password-here', 'xxxxxxxxxxxx', '********', 'CHANGE_ME', 'REPLACE_ME', '<your-token>', 'TODO', 'example'];

/** Masked form for reports: the first 4 characters and the length, never the value. */
export function mask(value) {
  return `${value.slice(0, 4)}…(${value.length})`;
}

/**
 * One generated file. Lines are added in order; pos() and neg() label the line that holds
 * `value` (a block of several lines may be labelled as a span: a finding on any of its lines
 * counts). The file's family and format are the defaults of its labels.
 */
export class Doc {
  constructor(path, family, format) {
    this.path = path;
    this.family = family;
    this.format = format;
    this.lines = [];
    this.labels = [];
  }
  text(...blocks) {
    for (const b of blocks) this.lines.push(...String(b).split('\n'));
    return this;
  }
  pos(block, value, opts = {}) { return this.#label(true, block, value, opts); }
  neg(block, value, opts = {}) { return this.#label(false, block, value, opts); }
  #label(positive, block, value, { family = this.family, format = this.format, span = false } = {}) {
    const parts = String(block).split('\n');
    const at = parts.findIndex((p) => p.includes(value));
    if (!value || at < 0) throw new Error(`${this.path}: label value not on its line (${family})`);
    const first = this.lines.length + 1;
    this.lines.push(...parts);
    this.labels.push({ file: this.path, line: first + at, family, format, positive, value, ...(span ? { span: [first, first + parts.length - 1] } : {}) });
    return this;
  }
  /** A binary file (a keystore) found by its name: labelled at line 1, its value the file name. */
  binary(bytes, positive = true) {
    this.bytes = bytes;
    this.labels.push({ file: this.path, line: 1, family: this.family, format: this.format, positive, value: this.path.split('/').pop(), binary: true });
    return this;
  }
  content() {
    return this.bytes ?? this.lines.join('\n') + '\n';
  }
}
