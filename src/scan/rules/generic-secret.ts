import type { MatchContext, Rule } from '../types.js';
import { shannonEntropy } from '../entropy.js';
import { isPlaceholder } from '../placeholders.js';
import { inDocCommentExample, inSealedSecret, lineStartOf, nameBefore } from './context.js';

/**
 * A secret is a literal: code that names a token (`questionToken = parseOptionalToken(58)`,
 * `PersonalAccessTokenHandler = PersonalAccessTokenHandler;`, `apiKeyPolicyName = "apiKeyPolicy"`)
 * is not. A value that runs on into a call, a member access or an index is code, and a value with no
 * digit in it is a word, an identifier or a path, which real keys and passwords almost never are.
 */
function isLiteral(value: string, ctx: MatchContext): boolean {
  const next = ctx.text.charAt(ctx.index + value.length);
  // In code, an unquoted word is a reference to a variable (`cancelToken: defaultToConfig2,`);
  // in configuration (YAML, .env, properties) it is the value itself.
  const quoted = /["'`>]/.test(ctx.text.charAt(ctx.index - 1));
  if (!quoted && CODE_FILE.test(ctx.file) && /^[A-Za-z_$][\w$]*$/.test(value)) return false;
  if (next === '(' || next === '[') return false;
  // `token===102&&...`: the "=" was the start of a comparison, and what follows is an expression.
  if (/^[=!>]/.test(value) || /&&|\|\||\?\.|===|!==/.test(value)) return false;
  if (!/[A-Za-z]/.test(value)) return false;
  // No digit: a word or an identifier, unless its letters switch case like a random string's
  // (one random 24-letter key in 60 has no digit at all).
  if (!/\d/.test(value) && !(/^[A-Za-z]{16,}$/.test(value) && caseSwitches(value) >= 0.3 && shannonEntropy(value) >= 3.8)) return false;
  // A dotted or slashed path of words with a version in it ("./lib/v2/token.js") is a path.
  return !/^\.{0,2}\/?(?:[\w-]+\/)+[\w.-]+$/.test(value);
}

const CODE_FILE = /\.(?:[cm]?[jt]sx?|java|kt|kts|go|rs|py|rb|php|cs|swift|scala|c|cc|cpp|h|hpp|m|dart|lua|groovy)$/i;

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
 * A random string switches between lower case, upper case and digits at about every other
 * character; an identifier (`PersonalAccessTokenCredentialHandler`, `XMLHttpRequest`) at one in four.
 */
function looksRandom(segment: string): boolean {
  return segment.length >= 16 && caseSwitches(segment) >= 0.4;
}

/** How often, per character, the text switches between lower case, upper case, digits and the rest. */
function caseSwitches(text: string): number {
  const kind = (c: string) => (c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 3);
  let switches = 0;
  for (let i = 1; i < text.length; i++) if (kind(text[i]!) !== kind(text[i - 1]!)) switches++;
  return switches / text.length;
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

/**
 * A name that says its value is not the secret: a public or publishable key (`NEXT_PUBLIC_API_KEY`,
 * `publicToken`), or something about a secret (`SECRET_NAME`, `UserSecretsId`, `tokenUrl`).
 */
function namesNoSecret(name: string): boolean {
  if (/public|publishable/i.test(name)) return true;
  // Tokens that page through results or deduplicate requests open nothing.
  if (/(?:continuation|pagination|next|page|cursor|sync|idempotency|request)[-_]?token/i.test(name)) return true;
  return /(?:name|names|id|ids|arn|ref|path|file|filename|url|uri|endpoint|header|param|label|type|mode|env|var|field|prefix|suffix|length|count|ttl|expiry|expires|location|dir|version)$/i.test(name.replace(/[-_.]/g, ''));
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
    !inSealedSecret(ctx) &&
    !inMarkdownImage(ctx) &&
    !isPlaceholder(value) &&
    !/_REF$/.test(value) &&
    !/^[A-Z][A-Z0-9_]+$/.test(value) && // an environment variable's name
    !/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/.test(value) && // a name in capitals: NEXUS-GPT4-API-KEY
    !/^(?:[a-z]+[-_.])+[a-z]+$/.test(value) &&
    !/[-@]\d+\.\d+(?:\.\d+)?$/.test(value) && // a package and its version: jjwt-jackson-0.11.2
    // code: inputs.githubToken, config.auth.token (a random-looking segment is not code: s.ZC9Ecf4M5g9o34Q6Rk)
    !(/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) && !value.split('.').some(looksRandom)) &&
    !namesNoSecret(keyName(ctx)),
};
