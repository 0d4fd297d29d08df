import type { MatchContext, Rule } from '../types.js';
import { inDocCommentExample, inDocumentationExample, lineStartOf } from './context.js';

/** RFC 2606 / RFC 6761 names reserved for documentation and testing. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost|local)$/i;
/** Role and no-reply mailboxes identify no person. */
const ROLE_LOCAL = /^(?:no-?reply|do-?not-?reply|noreply\+[a-z0-9-]+|postmaster|abuse|hostmaster|webmaster|security|secure|support|privacy|legal|info|hello|admin|team|notifications?|git|opensource|open-source|opencode|oss|conduct|coc|maintainers?|community|[a-z0-9.-]*\[bot\])$/i;
/** Git hosts' no-reply addresses stand for an account, not a mailbox. */
const NOREPLY_DOMAIN = /(?:^|\.)users\.noreply\.(?:github\.com|gitlab\.com)$/i;
/**
 * Attribution is public by design: a copyright line, an `@author` tag, a package's author or
 * maintainer field, an AUTHORS or CODE_OF_CONDUCT file. An address there credits a person; it
 * does not leak one. The identity rule is about people in evidence (evaluators, recipients).
 */
const ATTRIBUTION_LINE = /(?:copyright|\(c\)|©|@author|\bauthors?\b|maintainers?|contributors?|written by|created by|"email"\s*:|\bname\s*=)/i;
const ATTRIBUTION_FILE = /(?:^|\/)(?:AUTHORS|CONTRIBUTORS|MAINTAINERS|CODEOWNERS|NOTICES?|[^/]*THIRD[-_ ]?PARTY[^/]*|CREDITS|ACKNOWLEDG(?:E?MENTS)|PATENTS|LICEN[CS]E|COPYING|CODE_OF_CONDUCT|SECURITY|CHANGELOG|HISTORY|\.mailmap|package\.json|composer\.json|Cargo\.toml|pyproject\.toml|setup\.(?:py|cfg)|[^/]*\.gemspec|pom\.xml|[^/]*\.nuspec)(?:\.[A-Za-z]+)?$/i;

/**
 * Placeholders written where an address goes: a local part such as "xyz", "user" or "your.name",
 * or a domain such as "email.com" or "yourcompany.com". Documentation and SDK samples use them.
 */
const PLACEHOLDER_LOCAL = /^(?:xyz|abc|foo|bar|baz|foobar|user(?:name)?|test-?user|someone|somebody|src|dst|sender|recipient|your[._-]?(?:name|email|address)|name|me|you|email|first\.?last|firstname\.?lastname)$/i;
const PLACEHOLDER_DOMAIN = /^(?:(?:your|my|some|the)[-]?(?:domain|company|org|server|host|site)\.[a-z]{2,}|(?:email|domain|company|mail-?server|foo|bar|foobar|somewhere|test)\.com)$/i;

/** Lines just before the match: an attribution block ("Author:" above a bare "<name@host>"). */
function attributionAbove(ctx: MatchContext): boolean {
  const lineStart = lineStartOf(ctx.text, ctx.index);
  let start = lineStart;
  for (let i = 0; i < 4 && start > 0; i++) start = lineStartOf(ctx.text, start - 1);
  const above = ctx.text.slice(start, lineStart);
  if (ATTRIBUTION_LINE.test(above)) return true;
  // The contact object of an OpenAPI or AsyncAPI description publishes an API's contact address.
  return /\bcontact["']?\s*:/.test(above) && /(?:openapi|swagger|asyncapi)["']?\s*:/.test(ctx.text.slice(0, 65536));
}

export const email: Rule = {
  id: 'email-address',
  description: 'E-mail address of a person (documentation domains and role mailboxes excepted)',
  severity: 'medium',
  category: 'identity',
  keywords: ['@'],
  anchor: { text: '@', back: 64, lead: /[A-Za-z0-9._%+-]/, next: /[A-Za-z0-9]/ },
  pattern: /(?<![A-Za-z0-9._%+-])(?<secret>[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-])/g,
  validate: (value, ctx) => {
    const [local, domain] = value.split('@') as [string, string];
    // scheme://user@host: the user of a URL, not a mailbox (url-credentials looks at those).
    if (/:\/\/[^\s/]*$/.test(ctx.text.slice(Math.max(0, ctx.index - 80), ctx.index))) return false;
    if (RESERVED_DOMAIN.test(domain) || ROLE_LOCAL.test(local) || NOREPLY_DOMAIN.test(domain)) return false;
    if (ATTRIBUTION_FILE.test(ctx.file) || inDocumentationExample(ctx) || inDocCommentExample(ctx)) return false;
    if (PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(domain)) return false;
    // A mailto: link is an address published on purpose, as a contact.
    if (/mailto:$/i.test(ctx.text.slice(Math.max(0, ctx.index - 7), ctx.index))) return false;
    if (local.length === 1 && domain.split('.')[0]!.length === 1) return false; // a@b.com: a placeholder
    const lineStart = lineStartOf(ctx.text, ctx.index);
    if (ATTRIBUTION_LINE.test(ctx.text.slice(lineStart, ctx.index)) || attributionAbove(ctx)) return false;
    // npm scopes and decorators (@types/node, x@1.2.3) are not addresses: a TLD is letters only,
    // and a file-like name (logo@2x.png) is an asset.
    return !/\.(?:png|jpe?g|gif|svg|webp|js|ts|css|json|md)$/i.test(domain);
  },
};
