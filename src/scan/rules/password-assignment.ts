import type { MatchContext, Rule, Verdict } from '../types.js';
import { shannonEntropy } from '../entropy.js';
import { ORDERING_TOKEN_WORDS } from './generic-secret.js';
import { inDocCode, inDocCommentExample, inDocumentationExample, inPythonDocstring, inSealedSecret, linePrefix } from './context.js';

// Issue 21, part 3: a literal assigned to a name that says "password" is a password, even when it
// looks like a word (`admin123`, `Summer2024!`): the name is the evidence, not the value's entropy.
// generic-secret judges random-looking values under many names; this rule judges the name, so it
// reads only names that END in a password word (`DB_PASSWORD`, `dbPass`, `SECRET_KEY_BASE`), never
// `password_confirmation` or `passwordField`.

/** Names, split into lower-case words, whose last word (or two) says the value is a credential. */
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'salt']);
const KEY_WORDS = ['app', 'api', 'io', 'access', 'private', 'master', 'signing', 'encryption', 'aes', 'hmac', 'crypto', 'admin', 'session'];
const PASSWORD_PAIRS = new Set(['secret key', 'key base', 'access token', 'auth token', 'api token', 'bot token', 'bind pw', 'bind credentials', 'cookie secret', ...KEY_WORDS.map((w) => `${w} key`)]);

/** `DB_PASSWORD`, `dbPassword`, `db.password`, `--db-password` -> ['db', 'password']. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The name before the operator (the last identifier on the line before the value), and what stands
 * between them (`" = "`, `: !!str `, `', '`).
 */
function assignment(ctx: MatchContext): { name: string; operator: string } {
  // A backward walk, not a regex anchored at `$` (which V8 retries at every position of the line):
  // skip the value's opening quote, YAML tags and anchors, the operator and blanks, then read the name.
  const before = linePrefix(ctx).slice(-200);
  let end = before.length;
  const skip = (chars: string) => {
    while (end > 0 && chars.includes(before[end - 1]!)) end--;
  };
  skip('"\'` \t');
  for (let tags = 0; tags < 2; tags++) {
    const space = Math.max(before.lastIndexOf(' ', end - 1), before.lastIndexOf('\t', end - 1));
    if (!/^[&!]/.test(before.slice(space + 1, end))) break;
    end = space + 1;
    skip(' \t');
  }
  skip(' \t:=>,)]"\'`');
  // A type between name and operator (`password: String =`, `PASSWORD: &'static str =`, Go's
  // `password string =`), or an XML key/value pair (`<add key="SmtpPassword" value="...">`).
  const typed = /(?:(?:[ \t]*:[ \t]*&?(?:'static[ \t]+)?|[ \t]+)(?:String|string|str)\??|["'][ \t]+value)$/.exec(before.slice(0, end));
  if (typed) {
    end -= typed[0].length;
    skip(' \t"\'');
  }
  let start = end;
  while (start > 0 && /[\w$.@-]/.test(before[start - 1]!)) start--;
  return { name: before.slice(start, end), operator: before.slice(end) };
}

/** Names that are about a password, not one: rules, prompts, fields, lengths, hashes of it. */
const ABOUT_A_PASSWORD = /(?:^|[^a-z])(?:min|max|length|len|policy|pattern|regex|rule|rules|hint|label|prompt|field|input|placeholder|confirm|confirmation|reset|forgot|strength|encoder|validator|column|attr|attribute|error|message|msg|text|title|type|name|id|file|path|url|env|var|prefix|suffix|format|hash|hashed|digest|mode|enabled|required|expiry|expires|ttl|count|char|chars|header|param|key[_-]?id|id[_-]?key|public)$/i;

function namesACredential(name: string): boolean {
  const words = wordsOf(name);
  // Public by design: Pusher's app key (its secret is PUSHER_APP_SECRET), publishable keys.
  if (words.length === 0 || /public|publishable|pusher[\w.-]*app[\w.-]*key/i.test(name)) return false;
  const last = words[words.length - 1]!;
  const pair = words.slice(-2).join(' ');
  if (PASSWORD_WORDS.has(last) || PASSWORD_PAIRS.has(pair) || (words.length >= 3 && words.slice(-3).join(' ') === 'secret key base')) return !ABOUT_A_PASSWORD.test(name.replace(/[^A-Za-z]/g, '_').toLowerCase().replace(/_+(password|passwd|pwd|pass|secret|salt)$/, ''));
  return last === 'token' || last === 'pat';
}

/** Files whose values are written bare (`password=admin123`, `password: admin123`): configuration. */
const BARE_VALUE_FILE = /(?:^|\/)(?:\.env[\w.-]*|[^/]*\.(?:env|ini|cfg|conf|cnf|properties|ya?ml|toml|sh|bash|zsh|envrc)|[^/]*_history|Dockerfile[^/]*|Procfile)$/i;

/**
 * The value is a literal password, not code or a stand-in: not a variable, a call, a path or a
 * format string; and like a password: letters with digits or symbols, or digits only (`123456`).
 * A bare lower-case word (`password: required`) is a setting, not a password. Placeholders
 * (placeholders.ts) the scanner drops before any rule's validation runs.
 */
export function looksLikePassword(value: string, quoted: boolean, bare = false): boolean {
  if (/\*{3}|x{4}|X{4}|#\{|^[$@:{[(<*&!]|^%\w*%$|[({]$|\$\{|\{\{|%\(|%s|\{\d*\}|^\*+$|^\.\.?\/|\.(?:txt|pem|key|json|ya?ml|crt|p12|pfx|gpg)$/i.test(value)) return false;
  if (!quoted && value.startsWith('-')) return false; // a command line's next flag
  if (/^-?anonymous@?/i.test(value)) return false; // anonymous FTP's conventional password
  if (/^v?\d+(?:\.\d+)+$/.test(value)) return false; // a version
  // Encrypted (SOPS `ENC[AES256_GCM,...]`) or a secret manager's reference (`vault:secret/db#pw`, `op://...`, `arn:aws:...`).
  if (/^ENC\[|^(?:vault|op|sm|ssm|arn|secret|secrets|ref|keyvault|awssm|gcpsm|azurekv|bws|doppler|infisical)[:+]/i.test(value)) return false;
  if (/^[\w:,.-]+(?:\|[\w:,.-]+)+$/.test(value)) return false; // validation rules: required|string|min:8
  if (/^(?:true|false|null|none|nil|undefined|yes|no|on|off|required|optional|string|int|bool)$/i.test(value)) return false;
  if (/^(?:your|my|some|enter|insert|put|set|change|replace|example|sample|dummy|fake|test|demo|default)[\w-]*(?:pass|pwd|password|secret|here|me)\w*$/i.test(value)) return false;
  if (/^\/|^[A-Za-z]:\\|^\w+:\/\//.test(value)) return false;
  // A subscript is code (`hostvars[host]["api_password"] | default(omit)` in a Jinja expression).
  if (!quoted && /^[A-Za-z_][\w.]*\[/.test(value)) return false;
  // Letters of any script: a translated label (`'Contraseña'`) is a word, not a word with a symbol.
  const letters = /[\p{L}\p{M}]/u.test(value);
  const digits = /\d/.test(value);
  const symbols = /[^\p{L}\p{M}\p{N}]/u.test(value);
  // Unquoted in code, a word is a variable; in a configuration file it is the value itself.
  if (!quoted && !bare && /^[A-Za-z_][\w.]*$/.test(value) && !digits) return false;
  // Code, not a value: a call or block in a bare value (`str(x)`, `function(e`), a comparison or a
  // conditional (`d===t?a:b`), a camelCase identifier (`'allPass': 'overEvery'`).
  if ((!quoted && /[(){}]/.test(value)) || /[=!]==?|&&|\|\||\?.*:/.test(value) || /^\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(value)) return false;
  if (letters && (digits || symbols)) return !/^[a-z]+(?:[-_.][a-z]+)+$/i.test(value) && !/^[A-Z][A-Z0-9_]+$/.test(value);
  return (!letters && digits && value.length >= 6) || (letters && value.length >= 8 && /\p{Ll}/u.test(value) && /\p{Lu}/u.test(value) && !/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u.test(value));
}

/** The words before `token` of a token that pages through results or orders requests (generic-secret's list). */
const ORDERING_TOKEN_BEFORE = new RegExp(`(?:${ORDERING_TOKEN_WORDS.join('|')})$`, 'i');

/** Typed, not generated: counting up (`1234`, `abcd`, `ABC-DEF`), or a run of one filler character. */
const TYPED = /0123|1234|2345|3456|4567|5678|6789|abcd|bcde|cdef|abc-def|(.)\1\1\1/i;

/** Medium for a guessable password, high for one with the length and spread of a generated one. */
export function judgePassword(value: string): Verdict {
  return { evidence: 'shape', severity: value.length >= 12 && shannonEntropy(value) >= 3.5 ? 'high' : 'medium' };
}

/** A value that spells its own name (`X_METADATA_TOKEN = "x-metadata-token"`) or an HTTP header's. */
function namesItself(value: string, name: string): boolean {
  const spelled = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  return /^x-[a-z0-9]+(?:-[a-z0-9]+)+$/i.test(value) || (spelled.length >= 6 && name.toLowerCase().replace(/[^a-z0-9]/g, '').includes(spelled));
}

/**
 * A `key=value` pair of a connection string inside a code or JSON string: ADO.NET and JDBC
 * (`Server=db;User Id=sa;Password=...;`) or libpq (`host=db user=app password=... dbname=app`).
 */
function inConnectionString(ctx: MatchContext, value: string): boolean {
  const prefix = linePrefix(ctx);
  if (!prefix.endsWith('=')) return false;
  // Inside a quoted string that holds only key=value pairs up to here: minified code (`;a.setKey=`)
  // has pairs too, but never inside one string.
  const open = Math.max(prefix.lastIndexOf('"'), prefix.lastIndexOf("'"));
  if (open === -1) return false;
  const pairs = prefix.slice(open + 1);
  const after = ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 24);
  if (/^(?:[A-Za-z][\w .]{0,40}=[^;=\s"']{0,256};[ \t]*){1,20}[A-Za-z][\w .]{0,40}=$/.test(pairs)) return true;
  if (after.startsWith(';') && /^[ \t]*[A-Za-z][\w .]{0,40}=$/.test(pairs)) return true;
  return /^(?:\w{1,40}=[^\s"']{1,256}[ \t]+){1,10}\w{1,40}=$/.test(pairs) || (/^[ \t]+(?:dbname|host|port|user|sslmode)=/.test(after) && /^[ \t]*\w{1,40}=$/.test(pairs));
}

function accept(value: string, ctx: MatchContext): boolean {
  // The value's own checks first: they are cheap, and most matches (`token: null`, `key: id`) fail them.
  const quote = ctx.text.charAt(ctx.index - 1);
  const quoted = quote === '"' || quote === "'" || quote === '`';
  if (!looksLikePassword(value, quoted, BARE_VALUE_FILE.test(ctx.file))) return false;
  // Cut where a placeholder goes on (`pat-na1-<token>`, `pw-${SUFFIX}`, `x{{ n }}`): a template.
  if (/[<{$%]/.test(ctx.text.charAt(ctx.index + value.length)) && !ctx.text.startsWith('</', ctx.index + value.length)) return false;
  const { name, operator } = assignment(ctx);
  if (!namesACredential(name) || namesItself(value, name)) return false;
  if (quoted && ctx.text.charAt(ctx.index + value.length) !== quote) return false;
  if (!quoted && quote === '>' && !ctx.text.startsWith('</', ctx.index + value.length)) return false;
  if (!quoted && quote !== '>' && !BARE_VALUE_FILE.test(ctx.file) && !/^\s*(?:export\s+)?[A-Z][A-Z0-9_]*=$/.test(linePrefix(ctx)) && !inConnectionString(ctx, value)) return false;
  // A name and value apart by blanks only is a command line's flag (`--password hunter22`), or
  // prose ("pass 'x' to it").
  if (!/[:=>,]/.test(operator) && !/(?:^|\s)--?[\w-]+[ \t]+["'`]?$/.test(linePrefix(ctx))) return false;
  // `define('DB_PASSWORD', 'x')` is PHP's assignment; any other `name, value` is a list.
  if (/,\s*["'`]?$/.test(linePrefix(ctx)) && !/\bdefine\s*\(\s*["'][\w.-]*["']\s*,\s*["']?$/i.test(linePrefix(ctx))) return false;
  // A password may be typed; a secret, salt, key or token is generated: one that is short, has no
  // digit, counts up ("1234", "ABC-DEF") or pages through results is a stand-in or no credential.
  const words = wordsOf(name);
  const typedName = PASSWORD_WORDS.has(words[words.length - 1]!) && !/^(?:secret|salt)$/.test(words[words.length - 1]!);
  if (typedName && value.length < 6) return false;
  if (!typedName && (value.length < 8 || !/\d/.test(value) || !/[A-Za-z]/.test(value) || TYPED.test(value) || ORDERING_TOKEN_BEFORE.test(words.slice(0, -1).join('')))) return false;
  // Code in documentation shows how to set a password; its values are examples.
  return !inDocumentationExample(ctx) && !inDocCommentExample(ctx) && !inDocCode(ctx) && !inPythonDocstring(ctx) && !inSealedSecret(ctx);
}

export const passwordAssignment: Rule = {
  id: 'password-assignment',
  description: 'A literal password assigned to a password-like name (password, passwd, pwd, passphrase, secret, *_SALT, SECRET_KEY_BASE...), word-like ones included',
  severity: 'medium',
  category: 'generic-secret',
  // `key` alone is in nearly every file; the names this rule reads end in one of these pairs.
  keywords: ['pass', 'pwd', 'secret', 'salt', 'token', '_pat', '-pat', '_pw', 'credentials', ...KEY_WORDS.flatMap((w) => [`${w}_key`, `${w}-key`, `${w}key`, `${w}.key`])],
  // The name's last word, an optional closing quote or `]`, the operator of the syntax (`=`, `:`,
  // `:=`, `=>`, `>` of an XML element, a `, ` after a PHP define's name) or, for a command line's
  // flag (`--password`, `-db-password`: a `-` before the word), blanks; then YAML anchors or tags,
  // (no lookbehinds: V8 runs an alternation of literals three times faster without them),
  // an optional quote, and the value: 4-256 characters with no space or quote, not starting with
  // `$` (a variable or `${...}`, never a literal). Name, operator and value use disjoint classes,
  // so the match is linear.
  // Every match starts at the name's last word, or (a `-pass` flag, `_pw`) one `-`, `_` or `.`
  // before it; the key names (`api_key`, `encryption-key`) start at most 11 letters before `key`.
  starts: { texts: ['pass', 'pwd', 'pw', 'secret', 'salt', 'token', 'pat', 'credentials', 'key'], back: 1, backOf: { key: 11 }, lead: /[A-Za-z_.-]/ },
  pattern:
    /(?:(?:pass(?:word|wd|phrase)?|pwd|secret(?:[_.-]?key(?:[_-]?base)?)?|salt|(?:app|api|io|access|private|master|signing|encryption|aes|hmac|crypto|admin|session)[_.-]?key|token|pat|[_.-]pw|credentials)["'`]?\]?(?:[ \t]*:[ \t]*&?(?:'static[ \t]+)?(?:String|string|str)\??|[ \t]+string|["'][ \t]+value)?(?:[ \t]*(?::=|=>|=(?!=)|:(?!:))[ \t]*|>|["']?[ \t]*,[ \t]*)|-(?:pass(?:word|wd)?|pwd|secret|token)[ \t]+)(?:(?:&|!!?)[\w-]{1,32}[ \t]+){0,2}["'`]?(?<secret>[^\s"'`\\<>,;$][^\s"'`\\<>,;]{3,255})/gi,
  validate: accept,
  judge: judgePassword,
};
