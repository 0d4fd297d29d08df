import type { Rule } from '../types.js';

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
};
