import type { Rule } from '../types.js';
import { inDocCommentExample, inDocumentationExample } from './context.js';

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
    return !/^[A-Za-z0-9+/=]*\s?\.{1,5}(?:\s|[A-Za-z0-9+/=]|$)/.test(tail);
  },
};
