import type { MatchContext, Rule } from '../types.js';
import { shannonEntropy } from '../entropy.js';
import { isPlaceholder } from '../placeholders.js';
import { inDocCode, inDocCommentExample, inDocumentationExample, inPythonDocstring, inSealedSecret, lineStartOf, linePrefix, nameBefore } from './context.js';
import { caseSwitches, isLiteralValue } from './literal.js';

/**
 * A secret is a literal: code that names a token (`questionToken = parseOptionalToken(58)`,
 * `PersonalAccessTokenHandler = PersonalAccessTokenHandler;`, `apiKeyPolicyName = "apiKeyPolicy"`)
 * is not (isLiteralValue: calls, indexes, member accesses, comparisons, variables, template
 * expressions). A value with no digit in it is a word or an identifier, which real keys and
 * passwords almost never are; and a path names where a secret is kept.
 */
function isLiteral(value: string, ctx: MatchContext): boolean {
  if (!isLiteralValue(value, ctx)) return false;
  if (!/[A-Za-z]/.test(value)) return false;
  // No digit: a word or an identifier, unless its letters switch case like a random string's
  // (one random 24-letter key in 60 has no digit at all).
  if (!/\d/.test(value) && !(/^[A-Za-z]{16,}$/.test(value) && caseSwitches(value) >= 0.3 && shannonEntropy(value) >= 3.8)) return false;
  return !looksLikePath(value);
}

/**
 * A path: relative to here or home (`./lib/v2/token.js`, `~/.config/acme/token2`), or segments of
 * words (`/var/lib/app/tokens/v2`, `secrets/prod2/db`, `tokenize2.js`). Base64 has a `/` too: a
 * random key's segments switch case at every other character, a path's words seldom do, so a
 * 40-character secret access key with a `/` in it is no path.
 */
function looksLikePath(value: string): boolean {
  if (/^(?:\.{1,2}|~)\//.test(value)) return true;
  const segments = value.split('/').filter(Boolean);
  const extension = /[A-Za-z0-9_-]\.[a-z][a-z0-9]{0,5}$/.test(value);
  return (segments.length >= 2 || extension) && segments.every((segment) => segment.split(/[-_.]/).every(isWordLike));
}

/** A part of a path: short, a word or words with an optional number (`v2`, `tokenize2`, `MyApp`), or seldom switching case. */
function isWordLike(part: string): boolean {
  return part.length <= 3 || /^[A-Za-z][a-z]*(?:[A-Z][a-z]+)*\d*$/.test(part) || (part.length <= 16 && caseSwitches(part) < 0.4);
}

/**
 * A value that only spells the name it is assigned to (`X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-
 * metadata-token"`), or an HTTP header name (`"X-Amz-Security-Token"`), names a thing; it is
 * not one.
 */
function namesItself(value: string, ctx: MatchContext): boolean {
  if (/^x-[a-z0-9]+(?:-[a-z0-9]+)+$/i.test(value)) return true;
  const spelled = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  return spelled.length >= 8 && nameBefore(ctx).includes(spelled);
}

/**
 * A query parameter of an image a page shows (`![build](https://codecov.io/.../badge.svg?token=...)`,
 * `<img src="...?token=...">`): badge and CDN image tokens are made to be published with the page.
 */
function inMarkdownImage(ctx: MatchContext): boolean {
  const lineStart = lineStartOf(ctx.text, ctx.index);
  const before = ctx.text.slice(Math.max(lineStart, ctx.index - 1024), ctx.index);
  return /!\[[^\]]*\]\(\s*https?:\/\/[^\s)]*$/.test(before) || /<img\b[^>]*\bsrc\s*=\s*["']https?:\/\/[^\s"']*$/i.test(before);
}

/** The name a value is assigned to: the last word before the operator on its line. */
function keyName(ctx: MatchContext): string {
  const lineStart = lineStartOf(ctx.text, ctx.index);
  const before = ctx.text
    .slice(Math.max(lineStart, ctx.index - 160), ctx.index)
    .replace(/[\s"'`:=>?|]*$/, '')
    .replace(/(?:\s+string|\s*:\s*&?(?:'static\s+)?(?:String|string|str)\??)$/, '')
    .replace(/[\s"'`:=>?|]*$/, '');
  return /([A-Za-z0-9_.-]+)$/.exec(before)?.[1] ?? '';
}

/** The word before `token` in the name of a token that pages, deduplicates or orders requests (no credential). */
export const ORDERING_TOKEN_WORDS = ['continuation', 'pagination', 'next', 'page', 'cursor', 'sync', 'idempotency', 'request', 'change', 'marker', 'resume'];
const ORDERING_TOKEN_NAME = new RegExp(`(?:${ORDERING_TOKEN_WORDS.join('|')})[-_]?token`, 'i');

/**
 * A name that says its value is not the secret: a public or publishable key (`NEXT_PUBLIC_API_KEY`,
 * `publicToken`), or something about a secret (`SECRET_NAME`, `UserSecretsId`, `tokenUrl`).
 */
function namesNoSecret(name: string): boolean {
  if (/public|publishable/i.test(name)) return true;
  // Tokens that page through results, deduplicate requests or order changes open nothing (S3
  // `NextContinuationToken`, WAF `ChangeToken`, a change stream's resume token). Not `client_token`:
  // Vault's is its login token.
  if (ORDERING_TOKEN_NAME.test(name)) return true;
  return /(?:name|names|id|ids|arn|ref|path|file|filename|url|uri|endpoint|header|param|label|type|mode|env|var|field|prefix|suffix|length|count|ttl|expiry|expires|location|dir|version)$/i.test(name.replace(/[-_.]/g, ''));
}

/**
 * The name is one segment of a colon-separated identifier, not a key: `secret` in an ARN
 * (`arn:aws:secretsmanager:us-east-1:123456789012:secret:db-creds-Ab12Cd`), `token` in a URN. A
 * key never follows a colon with nothing between them.
 */
function inColonIdentifier(ctx: MatchContext): boolean {
  return /:[A-Za-z0-9_.-]+:$/.test(linePrefix(ctx).slice(-256));
}

/**
 * `<password>value</password>`: an XML element holds the value only if it opens with the name and
 * closes right after the value. Any other `name>value` (`token>0`, generics, arrows) is code.
 */
function isXmlElementValue(value: string, ctx: MatchContext): boolean {
  if (ctx.text.charAt(ctx.index - 1) !== '>') return true;
  const lineStart = lineStartOf(ctx.text, ctx.index);
  const before = ctx.text.slice(lineStart, ctx.index - 1);
  const open = /<([A-Za-z_][\w.:-]*)$/.exec(before);
  return open !== null && ctx.text.startsWith(`</${open[1]}>`, ctx.index + value.length);
}

export const genericSecret: Rule = {
  id: 'generic-secret',
  description: 'A password, secret, token or API key assigned a literal, random-looking value',
  severity: 'high',
  category: 'generic-secret',
  keywords: ['password', 'passwd', 'secret', 'token', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'access-key', 'private_key', 'privatekey', 'client_secret'],
  // The match starts at the keyword, not the whole name, so the regex is only tried where a keyword
  // is. After the name: an optional closing quote and type (Go `string`, Kotlin/Rust/TS `: String`),
  // then the operator of the language (`=`, `:`, `:=`, `?=`, `||=`, `=>`), or `>` of an XML element;
  // then an optional opening quote or backtick and a value of 16 to 1,024 characters.
  // At the name's word: `password`, `passwd`, `secret`, `token`, or up to 8 letters before `key`
  // (`private_key`, `api-key`).
  starts: { texts: ['passw', 'secret', 'token', 'key'], backOf: { key: 8 }, lead: /[A-Za-z_-]/ },
  pattern:
    /(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key)[A-Za-z0-9_.-]{0,64}(?:["'`]?(?:[ \t]+string|[ \t]*:[ \t]*&?(?:'static[ \t]+)?(?:String|string|str)\??)?[ \t]*(?:[:?|]{0,2}=>?|:)[ \t]*|>)["'`]?(?<secret>[A-Za-z0-9!#%&*+/=?^_~.-]{16,1024})["'`]?(?![A-Za-z0-9])/gi,
  entropy: 3.5,
  // Source maps hold base64 VLQ mappings and embedded copies of sources scanned on their own.
  allowlist: { paths: ['**/*.{js,mjs,cjs,css,ts}.map'] },
  validate: (value, ctx) =>
    isLiteral(value, ctx) &&
    isXmlElementValue(value, ctx) &&
    !namesItself(value, ctx) &&
    !inDocCommentExample(ctx) &&
    !inDocumentationExample(ctx) &&
    !inDocCode(ctx) &&
    !inPythonDocstring(ctx) &&
    !inSealedSecret(ctx) &&
    !inColonIdentifier(ctx) &&
    !inMarkdownImage(ctx) &&
    !isPlaceholder(value) &&
    !/_REF$/.test(value) &&
    !/^[A-Z][A-Z0-9_]+$/.test(value) && // an environment variable's name
    !/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/.test(value) && // a name in capitals: NEXUS-GPT4-API-KEY
    !/^(?:[a-z]+[-_.])+[a-z]+$/.test(value) &&
    !/[-@]\d+\.\d+(?:\.\d+)?$/.test(value) && // a package and its version: jjwt-jackson-0.11.2
    !namesNoSecret(keyName(ctx)),
};
