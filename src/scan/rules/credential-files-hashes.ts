import type { MatchContext, Rule } from '../types.js';

// Password hashes, which can be cracked offline once published: in Apache password files and
// /etc/shadow-style files (`user:HASH`), and in SQL dumps of user tables.

/**
 * The hash formats, as their specifications write them: crypt's `$id$[rounds=N$]salt$hash` for
 * MD5 ($1$, Apache $apr1$), SHA-256 ($5$) and SHA-512 ($6$); bcrypt `$2a$`/`$2b$`/`$2y$` (cost, 22
 * salt + 31 hash characters); yescrypt `$y$params$salt$hash`; Argon2's PHC string; Apache's
 * `{SHA}` (base64 of a SHA-1 digest: 28 characters). Every part is bounded; consecutive parts are
 * separated by `$`, which their classes exclude: one way to read any text.
 */
const CRYPT = String.raw`\$(?:1|5|6|apr1|md5)\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}`;
const BCRYPT = String.raw`\$2[abxy]\$\d{2}\$[./A-Za-z0-9]{53}`;
const YESCRYPT = String.raw`\$y\$[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{1,86}\$[./A-Za-z0-9]{43}`;
const ARGON2 = String.raw`\$argon2(?:id|i|d)\$(?:v=\d{1,3}\$)?m=\d{1,9},t=\d{1,9},p=\d{1,3}\$[A-Za-z0-9+/]{8,128}\$[A-Za-z0-9+/]{16,256}`;
const APACHE_SHA = String.raw`\{SHA\}[A-Za-z0-9+/]{27}=`;
/**
 * phpass (WordPress, phpBB, Drupal 7 imports): `$P$` or `$H$`, a cost character, 8 salt, 22 hash;
 * Drupal 7's own `$S$` (SHA-512: cost, 8 salt, 43 hash; DRUPAL_HASH_LENGTH 55); WordPress 6.8's
 * bcrypt, written `$wp` + a bcrypt hash (of an HMAC-SHA384 of the password). The `$wp` form was
 * missed: the bcrypt alternative may not follow a word character, and `p` is one.
 */
const PHPASS = String.raw`\$[PH]\$[./A-Za-z0-9]{31}|\$S\$[./A-Za-z0-9]{52}|\$wp${BCRYPT}`;
/** Django's `algorithm$iterations$salt$hash` (Django documentation, "Password management"). */
const DJANGO = String.raw`pbkdf2_sha(?:256|1)\$\d{1,7}\$[A-Za-z0-9./+=_-]{1,64}\$[A-Za-z0-9+/]{20,88}={0,2}|bcrypt_sha256\$${BCRYPT}|argon2${ARGON2}`;

/**
 * Database servers' own hashes, as dumps of their user tables and pg_dumpall's `CREATE ROLE ...
 * PASSWORD '...'` write them: MySQL's native password (`*` and 40 upper-case hex digits, MySQL
 * documentation "Native Pluggable Authentication"), PostgreSQL's `md5` + 32 hex and
 * `SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey` (PostgreSQL documentation, "Password Authentication").
 */
const DATABASE = String.raw`\*[0-9A-F]{40}|md5[0-9a-f]{32}|SCRAM-SHA-256\$\d{1,7}:[A-Za-z0-9+/]{16,64}={0,2}\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=`;

/** Traditional DES crypt: 13 characters; only in files named for passwords (anywhere else it is any word). */
const DES = String.raw`[./A-Za-z0-9]{13}`;

const SHADOW_FILE = /(?:^|\/)(?:shadow-?|gshadow-?|shadow\.(?:bak|old|orig|backup)|master\.passwd|passwd-?|passwd\.(?:bak|old))$/i;
const HTPASSWD_FILE = /(?:^|\/)(?:\.?htpasswd[\w.-]*|[\w.-]+\.htpasswd|\.?htdigest|[\w.-]*passwd[\w.-]*\.txt)$/i;

export const passwordFileHash: Rule = {
  id: 'password-file-hash',
  description: 'A password hash in an Apache password file (.htpasswd) or an /etc/shadow-style file (user:HASH: crypt $1$/$apr1$/$5$/$6$, bcrypt, yescrypt, Argon2, {SHA})',
  severity: 'high',
  category: 'generic-secret',
  keywords: [],
  // `user:HASH` then end of line or the next `:` field. A locked or disabled entry (`*`, `!`, `x`,
  // `!$6$...`) has no hash right after the colon and is not matched.
  pattern: new RegExp(String.raw`^[ \t]*[A-Za-z0-9_.@+-][^:\s]{0,63}:(?<secret>${CRYPT}|${BCRYPT}|${YESCRYPT}|${ARGON2}|${APACHE_SHA}|${DES})(?=:|\r?$)`, 'gm'),
  onlyPaths: { test: (path: string) => SHADOW_FILE.test(path) || HTPASSWD_FILE.test(path) },
  validate: (value, ctx) => !filledByHand(value) && (value.startsWith('$') || value.startsWith('{') ? true : isDesHash(value, ctx)),
};

/** `$2y$10$xxxxxxxx...`: a run of one character that a hash's random output does not have. */
function filledByHand(value: string): boolean {
  return /([^$])\1{7}/.test(value);
}

/** A 13-character DES hash counts in an .htpasswd only, and only when it is not a word. */
function isDesHash(value: string, ctx: MatchContext): boolean {
  return HTPASSWD_FILE.test(ctx.file) && /\d|[./]/.test(value) && /[A-Za-z]/.test(value);
}

/** Where PostgreSQL `COPY ... FROM stdin;` data blocks start and end in the last text read. */
let copyBlocks: { text: string; starts: number[]; ends: number[] } = { text: '', starts: [], ends: [] };

function positions(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** The last of the sorted positions before index, or -1. */
function lastBefore(sorted: number[], index: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < index) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : sorted[lo - 1]!;
}

/**
 * The character before a hash in a dump: a quote of an SQL string (`'$2y$10$...'`), or a tab or
 * line start of a PostgreSQL `COPY ... FROM stdin` data row (after the last `FROM stdin;`, before
 * its `\.` terminator). The blocks are found once per text, so many hashes in one dump stay linear.
 */
function inSqlData(ctx: MatchContext): boolean {
  const before = ctx.text.charAt(ctx.index - 1);
  // An escaped quote (`\'`) is inside a longer string: a manual's text quoting a hash, not a column value.
  if (before === "'" || before === '"') return ctx.text.charAt(ctx.index - 2) !== '\\';
  if (before !== '\t' && before !== '\n' && ctx.index !== 0) return false;
  if (copyBlocks.text !== ctx.text) copyBlocks = { text: ctx.text, starts: positions(ctx.text, 'FROM stdin;'), ends: positions(ctx.text, '\n\\.') };
  return lastBefore(copyBlocks.starts, ctx.index) > lastBefore(copyBlocks.ends, ctx.index);
}

export const sqlDumpPasswordHash: Rule = {
  id: 'sql-dump-password-hash',
  description: 'A password hash in the data of an SQL dump (INSERT/VALUES/COPY rows, CREATE ROLE/USER: bcrypt, crypt, phpass $P$/$H$, Drupal $S$, WordPress $wp$2y$, Django pbkdf2_sha256$, Argon2, MySQL *HEX, PostgreSQL md5/SCRAM-SHA-256)',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['$2', '$wp$', '$s$', '$1$', '$5$', '$6$', '$apr1$', '$p$', '$h$', 'pbkdf2_sha', '$argon2', '$y$', 'bcrypt_sha256$', "'*", "'md5", 'scram-sha-256$'],
  pattern: new RegExp(String.raw`(?<![\w$*])(?<secret>${DJANGO}|${CRYPT}|${BCRYPT}|${YESCRYPT}|${ARGON2}|${PHPASS}|${DATABASE})(?![./A-Za-z0-9$+=])`, 'g'),
  onlyPaths: /\.(?:sql|dump)(?:\.bak|\.old|\.txt)?$/i,
  validate: (value, ctx) => !filledByHand(value) && inSqlData(ctx),
};

export const HASH_FILE_RULES: readonly Rule[] = [passwordFileHash, sqlDumpPasswordHash];
