import { isIPv6 } from 'node:net';
import type { MatchContext, Rule } from '../types.js';
import { inDataOfCode } from './code-regions.js';
import { inDocCode, inDocCommentExample, inDocumentationExample, lineStartOf, prefixAfter } from './context.js';

/** Documentation (RFC 5737), loopback, unspecified and broadcast IPv4 addresses identify nothing. */
function reservedV4(octets: number[]): boolean {
  const [a, b, c] = octets as [number, number, number, number];
  if (a === 192 && b === 0 && c === 2) return true; // TEST-NET-1
  if (a === 198 && b === 51 && c === 100) return true; // TEST-NET-2
  if (a === 203 && b === 0 && c === 113) return true; // TEST-NET-3
  if (a === 127) return true; // loopback
  if (a === 198 && (b === 18 || b === 19)) return true; // benchmarking (RFC 2544), never routed
  // Link-local (RFC 3927): never routed beyond the link; 169.254.169.254 and 169.254.170.2 are the
  // documented cloud metadata and container credential endpoints, the same in every account.
  if (a === 169 && b === 254) return true;
  if (octets.every((o) => o === 0) || octets.every((o) => o === 255)) return true;
  // Multicast groups (224/4, RFC 5771) and the reserved 240/4 name no host.
  if (a >= 224) return true;
  // A network's own number (10.29.0.0, 192.168.4.0): it names a range, not a host. A public x.y.z.0
  // can be a host of a wider network (52.14.88.0 in a /22), so only x.y.0.0 counts there.
  return octets[3] === 0 && (octets[2] === 0 || isPrivateV4(octets));
}

const MASK_OCTETS = new Set([0, 128, 192, 224, 240, 248, 252, 254, 255]);

/**
 * What stands around a dotted quad that makes it a version, a section number, an OID or a netmask,
 * not an address. Decided by context: the name it is the value of, the words before it, the line
 * it stands on.
 */
function looksLikeVersion(ctx: MatchContext, value: string): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.index - 40), ctx.index);
  const after = ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 2);
  if (/[.\d]$/.test(before) || /^\.\d/.test(after)) return true; // part of a longer dotted number (OID)
  if (/(?:\bv|version|\bver\.?|release|build|\bmodule\s)\s*$/i.test(before)) return true; // not "server 10.0.0.5"
  // The tool that wrote a file, with its version: gettext's header (`"X-Generator: Poedit 1.8.7.1\n"`), HTML's meta generator.
  if (/\b(?:X-Generator:|generator["']?\s*(?:[:=]|content=)\s*["']?)\s*[A-Za-z][\w.+-]{0,30}(?: [A-Za-z][\w.+-]{0,30}){0,2} $/i.test(before)) return true;
  // Dotted identifiers routing protocols write as quads: OSPF areas, router, cluster and BGP ids.
  if (/(?:\barea|\b(?:router|cluster|originator|bgp|route)[-_ ]?id)["']?\s*[:=]?\s*["']?$/i.test(before)) return true;
  if (/^[-+~^][0-9A-Za-z]/.test(after) && !/^-\d/.test(after)) return true; // 1.2.3.4-beta
  // A version requirement: `typing-extensions (>=3.7.4.3)`, `pyVmomi==8.0.0.1`, `~> 6.1.7.3`, and
  // RubyGems' exact one as a gemspec writes it (`["= 6.1.7.10"]`, `, "!= 1.2.0.1"`). Not a comparison
  // (`ip.addr == 52.14.87.193`, `saddr != ...`): `==` only right after a package's name.
  if (/(?:[<>~]=\s*|~>\s*|\(\s*(?:[<>]=?|==)\s*|\^|[\w.-]==|[[,(]\s*["']!?=\s*)$/.test(before)) return true;
  // The value of a key that names a version ("v8": "12.9.202.28", "node_version": ...).
  if (/["']?[\w.-]*(?:version|\bv\d+|\bv8|\bver|build|release|chrome|electron|node|engine)[\w.-]*["']?\s*(?:[:=]|=>)\s*["'`]?$/i.test(before)) return true;
  // A field whose own name says version, declared on this line (dnac_version=dict(default="2.2.3.3")).
  if (/["']?\w*version\w*["']?\s*(?:[:=]|=>)/i.test(ctx.text.slice(lineStartOf(ctx.text, ctx.index, 200), ctx.index))) return true;
  // A specification section ("#sec-15.9.1.3", "§ 7.3.1.2", "Spec 11.8.6.1", "ECMA262: 15.2.1.1").
  if (/(?:#?sec[-.]?|§\s*|\$|\bsection[-_\s]+|\bper\s+|\bclause\s+|\bstep\s+|\bES\d{0,4}\s+|\bspec\s*:?\s*|\becma\w*\s*:?\s*|\brfc\s*\d+\s*)$/i.test(before)) return true;
  if (/^\s+(?:\d{4}\s+)?spec\b/i.test(ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 12))) return true; // "4.4.3.2 2004 spec"
  // An argument of a call about versions: compareVersions('1.10.2.1', '1.8.2.1.90').
  if (/version\w*\s*\([^)\n]*$/i.test(ctx.text.slice(Math.max(0, ctx.index - 80), ctx.index))) return true;
  // An object identifier ("OID 1.3.101.111", encodeObjectIdentifier("2.5.4.3")).
  if (/(?:\boid\s*|identifier\W{0,3})$/i.test(before)) return true;
  // Well-known OID arcs that fit in four parts (X.500 attribute types 2.5.4.x, certificate
  // extensions 2.5.29.x, Edwards curves 1.3.101.x, OIW 1.3.14.x): OID tables list them bare.
  if (/^(?:2\.5\.(?:4|6|29|13)\.|1\.3\.(?:6|14|36|101|132)\.|0\.9\.2342\.)/.test(value)) return true;
  // Versions named in the sentence ("versions above 8.1.3, except 8.3.1.3", "for 2.3.5.3 or higher").
  if (/\b(?:versions?|releases?|firmware|vers\.?)\b[^\n.;:]{0,40}(?:,\s*)?[^\n;:]{0,20}$/i.test(ctx.text.slice(Math.max(0, ctx.index - 70), ctx.index))) return true;
  // A product named before its version: "tested and supports Cisco DNA Center 2.3.5.3", "compatibility
  // with 2.3.5.3 DNA Center APIs" (capitalised words only: "tested against the box at" is no product).
  if (/\b(?:[Ss]upports|[Tt]ested (?:with|against|on)|[Cc]ompatib(?:le|ility) with|[Dd]ocumentation for)\s+(?:[A-Z][\w-]*\s+){0,4}$/.test(ctx.text.slice(Math.max(0, ctx.index - 70), ctx.index)) && /^\s*(?:[A-Z][\w-]*\s+){0,3}(?:APIs?\b(?![.\w-])|[.,;)]|$)/m.test(ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 40))) return true;
  if (/^\s+APIs?\b(?![.\w-])/.test(ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 8))) return true; // "for 2.3.5.3 API"
  if (inVersionColumn(ctx)) return true;
  // An OID table's key (`'2.23.42.1': ('set-msgExt')`) in a file that writes OIDs.
  if (/^[0-2]\./.test(value) && /["']$/.test(before) && /^["']\s*[:,)]/.test(after) && holdsObjectIdentifiers(ctx.text)) return true;
  if (/^\s+(?:or|and)\s+(?:higher|later|above|newer|greater|up)\b/i.test(ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 16))) return true;
  // A host name that starts with digits ("10.10.10.10.example.com"), or numbers in arithmetic or path data ("66.08-57.2.27.73").
  if (/^\.[A-Za-z]/.test(after) || /\d-$/.test(before)) return true;
  const octets = value.split('.').map(Number);
  if (octets.every((o) => MASK_OCTETS.has(o)) && octets.includes(255)) return true; // a netmask or wildcard mask
  // A comment that is only a dotted number of small parts ("// 7.3.1.2") numbers a section.
  const lineStart = lineStartOf(ctx.text, ctx.index);
  const lead = ctx.text.slice(lineStart, ctx.index);
  if (/^\s*(?:\/\/|\/?\*+|#|--|;)\s*(?:\[\s*)?$/.test(lead) && octets[0] !== 10 && octets.every((o) => o <= 30)) return true;
  // In a code comment, a private or link-local address illustrates; it identifies no host outside.
  return /^\s*(?:\/\/|\/?\*+|#)/.test(lead) && isPrivateV4(octets);
}

/**
 * A cell of a Markdown table whose column is headed as a version or release ("| Controller
 * version | Collection |" then "| 2.3.5.3 | 6.7.2 |"). Rows are read up to 40 lines up to the
 * header, each of at most 400 characters; what a row's walk learned is kept for the rows below it,
 * so a table of many addresses is read once, not once per address.
 */
function inVersionColumn(ctx: MatchContext): boolean {
  const start = lineStartOf(ctx.text, ctx.index, 400);
  const prefix = ctx.text.slice(start, ctx.index);
  if (!/^\s*\|/.test(prefix) || (start > 0 && ctx.text.charCodeAt(start - 1) !== 10)) return false;
  const header = tableHeaderAbove(ctx.text, start);
  if (header === undefined) return false;
  const column = (prefix.match(UNESCAPED_PIPE) ?? []).length;
  return /version|release|firmware/i.test(header[column] ?? '');
}

const UNESCAPED_PIPE = /(?<!\\)\|/g;

/** Per text: a table row's start -> its table's header cells (undefined: not under a table header). */
let tableMemo: { text: string; headers: Map<number, string[] | undefined> } | undefined;

function tableHeaderAbove(text: string, rowStart: number): string[] | undefined {
  if (tableMemo?.text !== text) tableMemo = { text, headers: new Map() };
  const { headers } = tableMemo;
  const walked: number[] = [];
  let found: string[] | undefined;
  let at = rowStart;
  for (let up = 0; up < 40 && at > 0; up++) {
    if (headers.has(at)) {
      found = headers.get(at);
      break;
    }
    walked.push(at);
    const lineStart = lineStartOf(text, at - 1, 400);
    if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) break; // a line longer than any table's
    const line = text.slice(lineStart, at - 1);
    if (!/^\s*\|/.test(line)) break;
    if (/^\s*\|?\s*:?-{3,}/.test(line)) {
      const headerStart = lineStart > 0 ? lineStartOf(text, lineStart - 1, 400) : 0;
      found = text.slice(headerStart, Math.max(headerStart, lineStart - 1)).split(UNESCAPED_PIPE);
      break;
    }
    at = lineStart;
  }
  for (const row of walked) headers.set(row, found);
  return found;
}

/** The last text asked about, and whether it lists object identifiers: asked once per file. */
let oidMemo: { text: string; holds: boolean } | undefined;

/**
 * A file that writes object identifiers of five or more arcs under the registration roots
 * (1.2.840..., 1.3.6.1..., 2.5.29...) lists OIDs: its four-arc dotted numbers under 0, 1 and 2
 * (`'2.23.42.1': ('set-msgExt')`) are OIDs too, not addresses.
 */
function holdsObjectIdentifiers(text: string): boolean {
  if (oidMemo?.text === text) return oidMemo.holds;
  const holds = /(?<![\d.])(?:1\.2\.840|1\.3\.6\.1|2\.5\.\d+|2\.16\.840|2\.23\.\d+)(?:\.\d+){2,}/.test(text);
  oidMemo = { text, holds };
  return holds;
}

/** `10.1.0.0 255.255.0.0`: a network written with its mask (routers, ACLs), host bits zero. */
function beforeNetmask(ctx: MatchContext, value: string, octets: number[]): boolean {
  const m = /^[ \t]+(255\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])/.exec(ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 20));
  if (!m) return false;
  const mask = m[1]!.split('.').map(Number);
  return octets.every((o, i) => (o & ~mask[i]! & 255) === 0);
}

/** Changelogs and release notes number releases in dotted quads (Rails 6.1.7.10, 2.2.6.4-1); Ansible keeps them as YAML (changelogs/changelog.yaml, changelogs/fragments/). */
const CHANGELOG_FILE = /(?:^|\/)(?:(?:CHANGE[-_]?LOGS?|CHANGES|HISTORY|NEWS|RELEASE[-_]?NOTES|changelog\.Debian)(?:\.(?:md|markdown|txt|rst|adoc|html?|gz|bz2|xz|zst|Debian))*|changelogs\/(?:changelog|fragments\/[^/]+)\.ya?ml)$/i;

/**
 * Written by hand as a placeholder: one or two distinct octet values (2.2.2.2, 100.1.1.1,
 * 20.20.20.20) or a count (1.2.3.4, 6.7.8.9). Real hosts are numbered by allocation, not so.
 */
function looksMadeUp(octets: number[]): boolean {
  if (new Set(octets).size <= 2) return true;
  return octets.every((o, i) => i === 0 || o === octets[i - 1]! + 1);
}

function isPrivateV4([a, b]: number[]): boolean {
  return a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168) || (a === 100 && b! >= 64 && b! <= 127) || (a === 169 && b === 254);
}

/** 100.64.0.0/10: a range, its host bits zero. A host with a prefix (192.168.1.5/24) is still an address. */
function isNetworkV4(octets: number[], prefix: number | undefined): boolean {
  if (prefix === undefined || prefix > 32) return false;
  const n = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  const host = prefix === 32 ? 0 : (2 ** (32 - prefix) - 1);
  return prefix < 32 && (n & host) === 0;
}

export const ipv4: Rule = {
  id: 'ipv4-address',
  description: 'IPv4 address (documentation ranges, loopback and unspecified addresses excepted)',
  severity: 'medium',
  category: 'ip-address',
  // SVG path data and view boxes are numbers that only look like addresses.
  allowlist: { paths: ['**/*.svg'] },
  // Every dotted quad holds a digit followed by a dot.
  keywords: ['0.', '1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.'],
  pattern: /(?<![0-9A-Za-z_])(?<secret>(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?![0-9A-Za-z_])/g,
  validate: (value, ctx) => {
    const octets = value.split('.').map(Number);
    if (!inDataOfCode(ctx) || CHANGELOG_FILE.test(ctx.file)) return false; // a comment, docstring or code of a source file; a release number
    return !reservedV4(octets) && !looksMadeUp(octets) && !beforeNetmask(ctx, value, octets) && !looksLikeVersion(ctx, value) && !isNetworkV4(octets, prefixAfter(ctx, value)) && !inDocumentationExample(ctx) && !inDocCommentExample(ctx) && !inDocCode(ctx);
  },
};

export const ipv6: Rule = {
  id: 'ipv6-address',
  description: 'IPv6 address (documentation prefix 2001:db8::/32, loopback and unspecified excepted)',
  severity: 'medium',
  category: 'ip-address',
  // SVG path data and view boxes are numbers that only look like addresses.
  allowlist: { paths: ['**/*.svg'] },
  // An address holds "::" or a hex digit, a colon and a hex digit ("1f18:4a3"); a YAML key
  // ("id: 1") never does, so most files are not even decoded for this rule.
  keywords: ['::', ...[...'0123456789abcdef'].flatMap((a) => [...'0123456789abcdef'].map((b) => `${a}:${b}`))],
  anchor: { text: ':', back: 4, lead: /[0-9A-Fa-f]/, next: /[0-9A-Fa-f:]/ },
  pattern: /(?<![0-9A-Fa-f:.\w])(?<secret>(?:[0-9A-Fa-f]{1,4}:){1,7}(?::[0-9A-Fa-f]{1,4}){0,6}(?:[0-9A-Fa-f]{1,4}|:)(?:%[0-9A-Za-z]+)?)(?![0-9A-Fa-f:\w])/g,
  validate: (value, ctx) => {
    const bare = value.replace(/%.*$/, '');
    if (prefixAfter(ctx, value) !== undefined || inDocumentationExample(ctx) || inDocCommentExample(ctx)) return false; // a prefix (fe80::/10), an example
    if (/^(?:ffff:){2,}/i.test(bare) && /^(?:ffff|0)(?::(?:ffff|0)?)*$/i.test(bare)) return false; // a netmask
    if (!isIPv6(bare) || bare.split(':').length < 3) return false;
    if (!inDataOfCode(ctx)) return false; // a comment, docstring or code (C::*, x[1::]) of a source file
    const groups = bare.split(':').filter(Boolean);
    // Two groups of letters only (DBD::Pg, B::CC, Foo::Bar in prose) name a module, not a host.
    if (groups.length <= 2 && !/\d/.test(groups[0] ?? '')) return false; // DBD::DB2 too
    // Eight groups of two hex digits: a Fibre Channel WWN or an EUI-64, not an address.
    if (groups.length === 8 && groups.every((g) => g.length === 2)) return false;
    if (/^(?:0*:)*:?0*1?$/.test(bare) || bare === '::') return false; // :: and ::1
    if (/^2001:0?db8:/i.test(bare)) return false; // RFC 3849 documentation prefix
    if (inDocCode(ctx)) return false; // an address in a documentation example
    // Times (12:30:45) and MAC addresses never pass isIPv6; a value of only decimal groups is a time.
    return !/^[\d:]+$/.test(bare) || bare.includes('::');
  },
};
