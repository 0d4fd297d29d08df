import type { Rule } from '../types.js';

// Keystores are binary: a private key (and its certificate chain) under a store password. The
// scanner reads a binary only for its printable strings, and a keystore's are none of its secret;
// so run-scan.ts also shows each binary's first 32 bytes to the rules, as one line of hex,
// `binary-head:<hex>`, with any finding placed at the file's first byte. This rule recognises
// the formats by their documented magic numbers, in files named as keystores:
// - PKCS#12 (.p12, .pfx): a DER SEQUENCE (0x30, then a 1-4 byte length: 0x80 indefinite, 0x81-0x83
//   long form) whose first element is the version INTEGER 3 (02 01 03), RFC 7292 section 4 (with the
//   version: evidence structure; a DER start alone in a .p12/.pfx: shape);
// - JKS: magic 0xFEEDFEED, then version 1 or 2 as a big-endian int;
// - JCEKS: magic 0xCECECECE, then version 2.

export const BINARY_HEAD_PREFIX = 'binary-head:';

/** A PKCS#12 file's first element is its version, INTEGER 3: present, the DER says PFX (structure); absent, only the name and a DER start do. */
const PFX_VERSION = /^30(?:80|81[0-9a-f]{2}|82[0-9a-f]{4}|83[0-9a-f]{6})020103/;

export const keystoreFile: Rule = {
  id: 'keystore-file',
  description: 'A keystore file is being published (PKCS#12 .p12/.pfx, Java JKS or JCEKS .jks/.keystore): a private key under a store password',
  severity: 'high',
  category: 'private-key',
  keywords: [BINARY_HEAD_PREFIX],
  onlyPaths: /\.(?:p12|pfx|jks|jceks|keystore|ks|truststore)$/i,
  pattern:
    /^binary-head:(?<secret>(?:30(?:80|81[0-9a-f]{2}|82[0-9a-f]{4}|83[0-9a-f]{6})|feedfeed0000000[12]|cececece00000002)[0-9a-f]{0,56})$/g,
  // A PKCS#12 name needs a DER SEQUENCE at the start; JKS and JCEKS their magic numbers.
  validate: (value, ctx) => (value.startsWith('30') ? /\.(?:p12|pfx)$/i.test(ctx.file) : /\.(?:jks|jceks|keystore|ks|truststore)$/i.test(ctx.file)),
  judge: (value) => ({ evidence: value.startsWith('30') && !PFX_VERSION.test(value) ? 'shape' : 'structure' }),
};
