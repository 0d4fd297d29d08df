import type { MatchContext, Rule } from '../types.js';
import { contentName, inDataOfCode } from './code-regions.js';
import { inDocCode, inDocCommentExample, inDocumentationExample, lineStartOf } from './context.js';
import { nearestHeader } from './credential-files-common.js';

/** RFC 2606 / RFC 6761 names reserved for documentation and testing. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost|local)$/i;
/** Role and no-reply mailboxes identify no person. */
const ROLE_LOCAL = /^(?:no-?reply|do-?not-?reply|noreply\+[a-z0-9-]+|postmaster|abuse|hostmaster|webmaster|security|secure|support|privacy|legal|info|hello|admin|team|notifications?|git|opensource|open-source|opencode|oss|conduct|coc|maintainers?|community|licen[cs]e|licensing|callhome\d*|keepalive|[a-z0-9.-]*\[bot\])$/i;
/** Git hosts' no-reply addresses stand for an account, not a mailbox. */
const NOREPLY_DOMAIN = /(?:^|\.)users\.noreply\.(?:github\.com|gitlab\.com)$/i;
/**
 * Attribution is public by design: a copyright line, an `@author` tag, a package's author or
 * maintainer field, an AUTHORS or CODE_OF_CONDUCT file. An address there credits a person; it
 * does not leak one. The identity rule is about people in evidence (evaluators, recipients).
 */
const ATTRIBUTION_LINE = /(?:copyright|\(c\)|©|&copy;|&#169;|@author|(?:\b|_)authors?(?:\b|_)|maintainers?|contributors?|(?:written|created|submitted|updated|contributed|reported|patch(?:ed)?|translated|maintained|confirmed) by|(?:at (?:the )?)?request of|patch(?:es)? from|contact me\b|by registry|translators?\b|"email"\s*:|\bname\s*=|__email__|\b(?:s|spec|gem)\.email\s*=|Language-Team:|Report-Msgid-Bugs-To:|^\* (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d{4} |^ -- )/i;
/**
 * Files that credit people by design: license, notice and changelog files (also compressed, as
 * Debian ships them: changelog.Debian.gz), Debian's machine-readable `copyright`, package metadata
 * of each ecosystem (npm, Composer, Cargo, Python, Ruby, Maven, NuGet, Ansible Galaxy, PEAR and its
 * registry), gettext catalogues' translator credits are judged by line (see PO_CREDIT).
 */
const ATTRIBUTION_FILE = /(?:^|\/)(?:AUTHORS|CONTRIBUTORS|MAINTAINERS|CODEOWNERS|NOTICES?|[^/]*THIRD[-_ ]?PARTY[^/]*|CREDITS?|THANKS|ACKNOWLEDG(?:E?MENTS)|PATENTS|LICEN[CS]E|COPYING|COPYRIGHT|CODE_OF_CONDUCT|SECURITY|CHANGELOG|CHANGES|NEWS|HISTORY|\.mailmap|package\.json|composer\.json|Cargo\.toml|pyproject\.toml|setup\.(?:py|cfg)|PKG-INFO|METADATA|[^/]*\.gemspec|pom\.xml|[^/]*\.nuspec|galaxy\.ya?ml|MANIFEST\.json|[^/]*package2?\.xml|\.registry\/[^/]+\.reg|[^/]+\.spec|DESCRIPTION|public_suffix_list\.dat)(?:\.(?:md|markdown|txt|rst|adoc|html?|xml|gz|bz2|xz|zst|Debian|[0-9]))*$/i;
/** A gettext catalogue's comment lines and header fields credit its translators. */
const PO_FILE = /\.pot?$/i;
const PO_CREDIT = /^(?:#|"(?:Last-Translator|Language-Team|Report-Msgid-Bugs-To):)/;
/** Markdown sections that credit or give contacts: an address under such a heading is published on purpose. */
const CREDIT_HEADING = /^#{1,6}[ \t]+[^\n]{0,40}?\b(?:authors?|maintainers?|contributors?|contacts?|credits?|support|license|licensing|acknowledg\w*|team|about|owners?)\b/im;
/**
 * Not mailboxes: SSH algorithm and extension names (`umac-64@openssh.com`, RFC 4251 section 6),
 * OData and Redfish annotations (`Members@odata.count`), mailing lists and their robots.
 */
const PROTOCOL_DOMAIN = /^(?:openssh\.com|libssh\.org|ssh\.com|tinyssh\.org|putty\.projects\.tartarus\.org|lysator\.liu\.se)$/i;
const ANNOTATION_LABEL = /^(?:odata|redfish|message|swordfish)$/i;
const LIST_ADDRESS = /(?:-(?:alerts?|devel|dev|users?|announce|bugs?|discuss(?:ion)?|list|help|request|owner|commits?|packagers|i18n|l10n|translators?|general|patches|porters|maint(?:ainers)?)$)|^(?:owner-|majordomo$|listserv$|mailman$)/i;
const LIST_DOMAIN = /^lists?\.|\.lists\.|(?:^|\.)googlegroups\.com$|(?:^|\.)groups\.io$/i;

/**
 * Placeholders written where an address goes: a local part such as "xyz", "user" or "your.name",
 * or a domain such as "email.com" or "yourcompany.com". Documentation and SDK samples use them.
 */
const PLACEHOLDER_LOCAL = /^(?:xyz|abc|foo|bar|baz|foobar|user(?:name)?|test-?user|someone|somebody|src|dst|sender|recipient|your[._-]?(?:name|email|address)|name|me|you|email|first\.?last|firstname\.?lastname)$/i;
const PLACEHOLDER_DOMAIN = /^(?:(?:your|my|some|the)[-]?(?:domain|company|org|server|host|site)\.[a-z]{2,}|(?:email|domain|company|mail-?server|foo|bar|foobar|somewhere|test)\.com|acme\.(?:com|org|net))$/i;

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
    // user:password@host:port without its scheme (a URL's netloc): a login, not a mailbox.
    const netloc = /(?:^|[^\w.+-])([A-Za-z][\w.-]*):$/.exec(ctx.text.slice(Math.max(0, ctx.index - 40), ctx.index));
    if (netloc && !/^(?:sips?|mailto|xmpp|tel|im|pres)$/i.test(netloc[1]!) && /^:\d{1,5}(?:[/"'\s]|$)/.test(ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 8))) return false;
    if (RESERVED_DOMAIN.test(domain) || ROLE_LOCAL.test(local) || NOREPLY_DOMAIN.test(domain)) return false;
    if (!inDataOfCode(ctx) || inDocCode(ctx)) return false; // a comment, docstring or code of a source file; a docs example
    if (PROTOCOL_DOMAIN.test(domain) || ANNOTATION_LABEL.test(domain.split('.')[0]!)) return false;
    // A camel-cased label (navigationLink, AllowableValues) names a property; host names are not written so.
    if (/[a-z][A-Z]/.test(domain) || LIST_ADDRESS.test(local) || LIST_DOMAIN.test(domain)) return false;
    const inner = contentName(ctx.file);
    if (PO_FILE.test(inner) && PO_CREDIT.test(ctx.text.slice(lineStartOf(ctx.text, ctx.index), ctx.index))) return false;
    if (/\.(?:md|markdown|mdx)$/i.test(inner) && CREDIT_HEADING.test(nearestHeader(ctx, /^(#{1,6}[ \t][^\n]{0,120})/))) return false;
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
