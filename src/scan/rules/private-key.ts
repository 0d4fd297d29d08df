import type { MatchContext, Rule } from '../types.js';
import { checkPrivateKey } from '../evidence/private-key.js';
import { regionAt } from './code-regions.js';
import { inDocCode, inDocCommentExample, inDocumentationExample } from './context.js';

export const privateKey: Rule = {
  id: 'private-key',
  description: 'PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted, PGP) with key material',
  severity: 'critical',
  category: 'private-key',
  keywords: ['private key'],
  // The header alone (in docs that explain the format) is not a leak: key material must follow,
  // on real lines or on \n-escaped ones inside a JSON string, after at most four armor headers
  // (`Proc-Type: 4,ENCRYPTED`, `DEK-Info: ...`, `Version: ...`). Every piece is told apart by its
  // first character: separators are whitespace or `\n`/`\r` escapes, a header starts with a letter
  // and holds a colon the key material never does, and a header's value (bounded) stops at the
  // first line break. So there is one way to read any text and the regex cannot backtrack
  // superlinearly (the old `(?:[...: -]+\s+){0,4}` could split a run of spaces every way). The
  // value runs over every line of key material, so two keys that share a first line are two
  // findings and a finding spans each line it covers (separators and material never overlap).
  pattern:
    /(?<secret>-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:\s|\\[nr])+(?:[A-Za-z][A-Za-z0-9-]{0,40}:[^\r\n\\]{0,256}(?:\r?\n|(?:\\r)?\\n)(?:\s|\\[nr])*){0,4}[A-Za-z0-9+/=]{40,}(?:(?:\s|\\[nr])+[A-Za-z0-9+/=]{16,})*)/g,
  // A key shown as a documented example (`@example "-----BEGIN ...`, "For example, `-----BEGIN ...`"),
  // or one whose body is elided ("MIIEpQ... ."), was written to be read, not used.
  validate: (value, ctx) => {
    if (inDocumentationExample(ctx) || inDocCommentExample(ctx)) return false;
    const tail = ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 8);
    if (/^[A-Za-z0-9+/=]*\s?\.{1,5}(?:\s|[A-Za-z0-9+/=]|$)/.test(tail)) return false;
    return !inDocumentation(ctx) || checkPrivateKey(value, ctx) !== 'placeholder';
  },
};

/**
 * Documentation inside code (a docstring, an Ansible module's EXAMPLES, a doc comment, man pages) or
 * code inside documentation (a fenced block): where a block whose body is no key is a stand-in for
 * one (`-----BEGIN RSA PRIVATE KEY-----` over base64 of some text). Elsewhere such a block is still
 * reported, at low, since a damaged or truncated copy of a real key is worth a look.
 */
function inDocumentation(ctx: MatchContext): boolean {
  return regionAt(ctx) === 'doc' || inDocCode(ctx);
}

/** The PEM text a base64 value decodes to: a private key header, up to four armor headers, and key material. */
const DECODED_KEY = /^-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----\r?\n(?:[A-Za-z][A-Za-z0-9-]{0,40}:[^\r\n]{0,256}\r?\n){0,4}\s{0,4}(?<body>[A-Za-z0-9+/=]{40,})/;

/**
 * A whole PEM private key, base64-encoded once more, as Kubernetes secrets (`tls.key:`), CI
 * variables and `.env` files hold it: "-----BEGIN" encodes as `LS0tLS1CRUdJTi`. The value is
 * decoded and must be a private key header followed by key material (a certificate, also
 * `LS0tLS1CRUdJTi...`, is public).
 */
export const privateKeyBase64: Rule = {
  id: 'private-key-base64',
  description: 'A PEM private key encoded in base64 as a whole (LS0tLS1CRUdJTi..., as in Kubernetes secrets and CI variables), with key material once decoded',
  severity: 'critical',
  category: 'private-key',
  keywords: ['ls0tls1crudjti'],
  // One run of base64, or lines of it as `base64` wraps them (76 characters): a continuation line
  // must end where the base64 does (the next YAML key is not part of it). Runs and line breaks are
  // disjoint classes: linear.
  pattern: /(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,65536}={0,2}(?:\r?\n[ \t]{0,16}[A-Za-z0-9+/]{4,256}={0,2}(?![^\s"',])){0,2048})/g,
  validate: (value, ctx) => {
    if (inDocumentationExample(ctx) || inDocCommentExample(ctx)) return false;
    const body = DECODED_KEY.exec(Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('latin1'))?.groups?.body;
    return body !== undefined && new Set(body).size >= 16;
  },
};
