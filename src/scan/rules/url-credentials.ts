import type { Rule } from '../types.js';
import { isPlaceholder } from '../placeholders.js';

const RESERVED_HOST = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)\.?$|^127\.\d+\.\d+\.\d+$/i;

/** "pass%20pass", "pass#pass": made of placeholder words only, once percent-decoded. */
function onlyPlaceholderWords(value: string): boolean {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // not percent-encoded: the value as written
  }
  return /^(?:pass(?:word)?|secret|user|test)(?:[\s#%_.:-]*(?:pass(?:word)?|secret|user|test))*$/i.test(decoded);
}

export const urlCredentials: Rule = {
  id: 'url-credentials',
  description: 'Credentials embedded in a URL (scheme://user:password@host)',
  severity: 'high',
  category: 'url-credentials',
  keywords: ['://'],
  // Matched from "://" (cheap to find); the scheme before it is checked in validate().
  pattern: /:\/\/[^\s:@/"'<>`]{1,64}:(?<secret>[^\s@/"'<>`]{3,128})@[A-Za-z0-9.-]+/g,
  validate: (value, ctx) => {
    const before = ctx.text.slice(Math.max(0, ctx.index - 120), ctx.index);
    const scheme = /([a-z][a-z0-9+.-]{1,20}):\/\/[^\s:@/"'<>`]{1,64}:$/i.exec(before);
    if (!scheme || /^smtps?$/i.test(scheme[1]!)) return false; // smtp(s) URLs belong to smtp-credentials
    // Credentials for a host reserved for documentation (RFC 2606/6761) or for loopback open nothing
    // beyond the machine itself: `user:pass@example.com`, `user:pass@127.0.0.1:8080`.
    const host = /@([A-Za-z0-9.-]+)/.exec(ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 256))?.[1] ?? '';
    if (RESERVED_HOST.test(host)) return false;
    return !isPlaceholder(value) && !/^(?:\$|%|<|\{|\*)/.test(value) && !onlyPlaceholderWords(value);
  },
  samples: {
    positive: ['DATABASE_URL=postgres://app:s3cr3t-Pa55@db.internal.acme.io:5432/app', 'git clone https://deploy:q8RtZ2vL9xK3@git.acme.io/acme/app.git'],
    negative: ['postgres://app:${DB_PASSWORD}@db:5432/app', 'https://user:<password>@host.example.com', 'mongodb://user:***@cluster0.example.net', 'see https://example.com/a:b@c', "new URL('https://abc:xyz@example.com')", 'uri://user:pass@example.com:123/one', 'http://user%40github.com:p%40ss-Word7@127.0.0.1:8080', 'https://user:p%40ss@host', "parse('postgres://someuser:somepassword@somehost:381/db')", "url: 'redis://alice:foobared@cache.acme.io:6380'", '"http://user:pass%20pass@complex.url.com/path?query=yes",'],
  },
};

export const smtpCredentials: Rule = {
  id: 'smtp-credentials',
  description: 'SMTP credentials: an smtp(s) URL with a password, or a password assignment with a literal value',
  severity: 'critical',
  category: 'smtp-credentials',
  keywords: ['smtp'],
  pattern: /(?:smtps?:\/\/[^\s:@/"'<>]{1,64}:(?<secret>[^\s@/"'<>]{3,128})@|smtp[a-z_]*pass(?:word)?["']?\s*[:=]\s*["']?(?<secret2>[^\s"',;]{6,128}))/gi,
  validate: (value) => !isPlaceholder(value) && !/_REF$/.test(value) && !/^(?:\$|%|<|\{|\*)/.test(value),
  samples: {
    positive: ['REPORT_SMTP_URL=smtps://reports:Xq7!vR2pLm@smtp.mail.acme.io:465', 'SMTP_PASSWORD=Xq7vR2pLm9Kd', '"smtp_password": "Xq7vR2pLm9Kd"'],
    negative: ['SMTP_PASSWORD=${SMTP_PASSWORD}', 'smtp_password: CAVRA_REPORT_SMTP_PASSWORD_REF', 'SMTP_PASSWORD=<redacted>', 'smtps://reports@smtp.mail.acme.io:465'],
  },
};
