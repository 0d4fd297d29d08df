import type { Rule } from '../types.js';
import { fake, HEX } from './fake.js';

export const signedUrl: Rule = {
  id: 'signed-url',
  description: 'Pre-signed download URL: S3 X-Amz-Signature, GCS X-Goog-Signature or Azure SAS sig=',
  severity: 'high',
  category: 'signed-url',
  keywords: ['x-amz-signature=', 'x-goog-signature=', 'sig='],
  pattern: /(?:[?&]X-Amz-Signature=(?<secret>[0-9a-f]{64})|[?&]X-Goog-Signature=(?<secret2>[0-9a-f]{64,1024})|[?&](?:sv=[^&\s"']+&(?:[^&\s"']+&)*)?sig=(?<secret3>[A-Za-z0-9%+/]{30,}={0,2}))/g,
  validate: (value, ctx) => {
    // An Azure `sig=` counts only in a URL that also names a SAS version (sv=) or expiry (se=).
    // A URL on a host reserved for documentation (RFC 2606) signs nothing anyone can fetch.
    const urlStart = ctx.text.lastIndexOf('://', ctx.index);
    if (urlStart !== -1 && ctx.index - urlStart < 2048 && /^:\/\/(?:[^/?#\s]*\.)?(?:example\.(?:com|net|org)|[^/?#\s.]+\.(?:test|invalid|example)|localhost)(?:[:/?#]|$)/i.test(ctx.text.slice(urlStart, ctx.index))) return false;
    if (/^[0-9a-f]{64,}$/.test(value)) return true;
    const around = ctx.text.slice(Math.max(0, ctx.index - 400), ctx.index + 400);
    return /[?&]sv=\d{4}-\d{2}-\d{2}/.test(around) || /[?&]se=\d{4}-/.test(around);
  },
  samples: {
    positive: [
      `https://acme-reports.s3.amazonaws.com/board.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature=${fake('', 64, HEX)}`,
      `https://storage.googleapis.com/acme/r.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=${fake('', 256, HEX)}`,
      `https://acme.blob.core.windows.net/r/x.pdf?sv=2023-11-03&se=2026-12-01T00%3A00%3A00Z&sr=b&sp=r&sig=${fake('', 44)}%3D`,
    ],
    negative: ['https://example.com/?sig=short', `https://example.com/container/file.txt?sig=${fake('', 44, undefined, 3)}&se=2023-12-31`, 'signature in the ?X-Amz-Signature= parameter', 'https://forum.example.org/post?sig=abcdefghijklmnopqrstuvwxyz0123456789'],
  },
};
