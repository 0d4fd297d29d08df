import type { Rule } from '../types.js';
import { isPlaceholder } from '../placeholders.js';
import { inPythonDocstring, linePrefix } from './context.js';
import { isLiteralValue } from './literal.js';

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
  // The user may be empty: Redis URLs carry only a password (`redis://:PASSWORD@host`).
  pattern: /:\/\/[^\s:@/"'<>`]{0,64}:(?<secret>[^\s@/"'<>`]{3,128})@[A-Za-z0-9.-]+/g,
  validate: (value, ctx) => {
    const before = ctx.text.slice(Math.max(0, ctx.index - 120), ctx.index);
    const scheme = /([a-z][a-z0-9+.-]{1,20}):\/\/[^\s:@/"'<>`]{0,64}:$/i.exec(before);
    if (!scheme || /^smtps?$/i.test(scheme[1]!)) return false; // smtp(s) URLs belong to smtp-credentials
    // No user: a password alone (`redis://:PASSWORD@`), never a CVS root (`cvs://:pserver:anoncvs@`).
    if (before.endsWith('://:') && value.includes(':')) return false;
    // Credentials for a host reserved for documentation (RFC 2606/6761) or for loopback open nothing
    // beyond the machine itself: `user:pass@example.com`, `user:pass@127.0.0.1:8080`.
    const hostPort = /@([A-Za-z0-9.-]+)(?::([A-Za-z]\w*))?/.exec(ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 256));
    if (RESERVED_HOST.test(hostPort?.[1] ?? '')) return false;
    // A port written as a word (`proxyuser:proxypass@proxyhost:port`) is a template of a URL.
    if (hostPort?.[2] !== undefined) return false;
    return !isPlaceholder(value) && !/^(?:\$|%|<|\{|\*)/.test(value) && !onlyPlaceholderWords(value);
  },
};

export const smtpCredentials: Rule = {
  id: 'smtp-credentials',
  description: 'SMTP credentials: an smtp(s) URL with a password, or a password assignment with a literal value',
  severity: 'critical',
  category: 'smtp-credentials',
  keywords: ['smtp'],
  // Bounded name between "smtp" and "pass": unbounded, each "smtp" of a long run of letters reads
  // to the run's end (quadratic time).
  pattern: /(?:smtps?:\/\/[^\s:@/"'<>]{1,64}:(?<secret>[^\s@/"'<>]{3,128})@|smtp[a-z_]{0,40}pass(?:word)?["']?[ \t]*[:=][ \t]*["']?(?<secret2>[^\s"',;]{6,128}))/gi,
  // The assignment form is code or a documentation example as often as configuration:
  // `smtp_password=dict(no_log=True)`, `module.params["smtp_password"]`, an Ansible EXAMPLES block.
  validate: (value, ctx) =>
    !isPlaceholder(value) &&
    !/_REF$/.test(value) &&
    !/^(?:\$|%|<|\{|\*)/.test(value) &&
    (/smtps?:\/\/[^\s:@/"'<>]{1,64}:$/i.test(linePrefix(ctx).slice(-80)) || isLiteralValue(value, ctx)) &&
    !inPythonDocstring(ctx),
};
