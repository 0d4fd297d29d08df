import type { MatchContext } from '../types.js';
import type { Outcome } from './judge.js';
import { checkPrivateKey } from './private-key.js';

/**
 * A Google Cloud service-account key file (JSON: `type`, `project_id`, `private_key_id`,
 * `private_key` as a PEM string with `\n` escapes, `client_email`...). The rule reports the
 * private_key_id; the file's `private_key` says whether it is a key file or a fixture: a key that
 * loads is the key file's structure. A missing or made-up key leaves the shape (the private-key rule
 * reports a made-up key on its own, at low).
 */
export function checkGcpServiceAccountKey(_value: string, ctx: MatchContext): Outcome {
  const pem = jsonStringAfter(ctx.text, '"private_key"');
  if (pem === undefined) return 'unchecked';
  const end = pem.indexOf('-----END ');
  if (end < 0) return 'unchecked';
  return checkPrivateKey(pem.slice(0, end).replace(/(?:\\n|\s)+$/, ''), { text: pem, index: 0, file: ctx.file }) === 'structure' ? 'structure' : 'unchecked';
}

/** The raw (still escaped) JSON string value of the first `"key": "..."` in the text, at most 16 KiB. */
function jsonStringAfter(text: string, key: string): string | undefined {
  const at = text.indexOf(key);
  if (at < 0) return undefined;
  let i = at + key.length;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r' || text[i] === ':')) i++;
  if (text[i] !== '"') return undefined;
  const start = ++i;
  for (; i < text.length && i - start < 16_384; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return text.slice(start, i);
  }
  return undefined;
}
