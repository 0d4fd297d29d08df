import type { MatchContext, Rule } from '../types.js';
import { isPlaceholder } from '../placeholders.js';
import { lineStartOf } from './context.js';

// What the credential-file rules share: how a value that stands for a password is told from a
// password, and how a key of an INI-like file (`name = value`, sections in brackets) is read.

/**
 * A value that stands for the secret rather than being one: a word for it, a variable, a template,
 * a mask, a secret-manager or vault reference. Credential files name their values, so a word-like
 * value is a password; these are the ones that are not.
 */
export function standsForSecret(value: string): boolean {
  const v = value.trim();
  return (
    v === '' ||
    isPlaceholder(v) ||
    /^(?:pass(?:word|wd)?|secret|token|changeme|change_me|x+|\*+|<[^>]*>|your[\w-]*|\.\.\.|null|none|nil|undefined|redacted|omitted|data\+omitted|empty|tbd|todo|fixme)$/i.test(v) ||
    // $VAR, ${VAR}, $(cmd), %(x)s, %VAR%, {{ x }}, {% x %}, <password>, !vault, @filtered@: the value is
    // elsewhere. Only these forms: a generated password may well start with `%` or `!`.
    /^(?:\$[A-Za-z_{(]|%\(\w+\)[sd]|%\w+%$|\{\{|\{%|<|!vault\b|@\w+@$|@[A-Z][A-Z0-9_]*$)/.test(v) ||
    /\$\{|\{\{|\{%|%\(\w+\)s|\$\(/.test(v) || // a template or substitution inside the value
    /^(?:ENC|enc|vault|env|secret)\(|^(?:op|vault|arn:aws:secretsmanager|projects\/[^/]+\/secrets):\/?\/?/i.test(v) ||
    (/^(?:enter|insert|put|add|replace|set)(?:[ _-]|your|the)/i.test(v) && /pass|token|secret|key/i.test(v)) || // enter-your-password
    VENDOR_DEFAULT.test(v) ||
    PLACEHOLDER_WORDS.test(v)
  );
}

/**
 * Made only of words that fixtures and examples put where a password goes (`testtest`, `proxypass`,
 * `test_password`, `foobar`, `dummy-secret`): no generated or chosen password is spelled so.
 */
const PLACEHOLDER_WORDS = /^(?:(?:test|pass|password|passwd|passphrase|phrase|pwd|pw|key|token|login|secret|user|username|proxy|dummy|foo|bar|baz|qux|sample|example|demo|fake|mock|my|your|some|the|admin|changeme|default|none|abc|xyz|xxx)[-_.]?){1,6}$/i;

/**
 * Published factory defaults (`admin`/`admin`, Vagrant's `vagrant`, Raspberry Pi OS's `raspberry`,
 * a database's own name): example inventories and playbooks use them; they open nothing that the
 * vendor's documentation does not already tell.
 */
const VENDOR_DEFAULT = /^(?:admin|administrator|root|toor|guest|vagrant|ubuntu|raspberry|default|user|username|demo|postgres|mysql|oracle|sa|cisco)$/i;

/** The line the value stands on, and the text of that line before the value. */
export function lineAround(ctx: MatchContext): { before: string; line: string } {
  const start = lineStartOf(ctx.text, ctx.index);
  let end = ctx.text.indexOf('\n', ctx.index);
  if (end === -1) end = ctx.text.length;
  return { before: ctx.text.slice(start, ctx.index), line: ctx.text.slice(start, end) };
}

/**
 * The first group of `header` on the nearest line above the value (its own line included) that
 * matches it; '' when none. Every header line of a text is found once, in one pass, and each value
 * looks its header up by binary search: reading back line by line for every value made a file of
 * many values take seconds per megabyte (and capped how far back a header could be).
 */
export function nearestHeader(ctx: MatchContext, header: RegExp): string {
  const found = headersOf(ctx.text, header);
  let lo = 0;
  let hi = found.starts.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (found.starts[mid]! <= ctx.index) (at = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return at === -1 ? '' : found.groups[at]!;
}

/** The header lines of the last text asked about, per header pattern. */
const headerMemo = new Map<string, { text: string; starts: number[]; groups: string[] }>();

function headersOf(text: string, header: RegExp): { starts: number[]; groups: string[] } {
  const known = headerMemo.get(header.source);
  if (known && known.text === text) return known;
  const lines = new RegExp(header.source, 'gm' + header.flags.replace(/[gmy]/g, ''));
  const starts: number[] = [];
  const groups: string[] = [];
  for (let m = lines.exec(text); m; m = lines.exec(text)) {
    if (m[0] === '') {
      lines.lastIndex++;
      continue;
    }
    starts.push(m.index);
    groups.push(m[1] ?? '');
  }
  const entry = { text, starts, groups };
  headerMemo.set(header.source, entry);
  return entry;
}

/** The `[section]` of an INI-like file the value sits in (lower case, '' before the first). */
export function iniSection(ctx: MatchContext): string {
  return nearestHeader(ctx, /^[ \t]*\[([^\]\r\n]{1,128})\]/).trim().toLowerCase();
}

/** An alternation of literal names, for a pattern. */
function alternation(names: readonly string[]): string {
  return names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/**
 * A value after `name =` (or `name:`) at the start of a line, as INI-like files write it: in
 * double or single quotes, or bare up to whitespace. The three forms start with disjoint
 * characters, so each position is read one way: linear time.
 */
export function keyValuePattern(names: readonly string[], operator = '[=:]', flags = 'gim'): RegExp {
  return new RegExp(
    `^[ \\t]*(?:${alternation(names)})[ \\t]*${operator}[ \\t]*(?:"(?<secret>[^"\\r\\n]{1,512})"|'(?<secret2>[^'\\r\\n]{1,512})'|(?<secret3>[^\\s"'#;]\\S{0,511}))`,
    flags,
  );
}

export interface KeyFileOptions {
  id: string;
  description: string;
  severity?: Rule['severity'];
  category: Rule['category'];
  /** The file names the format is read in. */
  files: RegExp;
  /** The keys whose values are secrets (matched case-insensitively at the start of a line). */
  keys: readonly string[];
  /** Only values in a section this accepts (lower case); all sections when absent. */
  section?: (section: string, file: string) => boolean;
  /** The shortest value that counts. */
  minLength?: number;
}

/** A rule that reports the values of some keys of an INI-like credential file, read by its name. */
export function keyFileRule(o: KeyFileOptions): Rule {
  return {
    id: o.id,
    description: o.description,
    severity: o.severity ?? 'critical',
    category: o.category,
    keywords: o.keys.map((k) => k.toLowerCase()),
    pattern: keyValuePattern(o.keys),
    onlyPaths: o.files,
    validate: (value, ctx) =>
      value.trim().length >= (o.minLength ?? 4) && !standsForSecret(value) && (o.section === undefined || o.section(iniSection(ctx), ctx.file)),
  };
}

/** Decodes standard or URL-safe base64; undefined when the text is not base64 at all. */
export function decodeBase64(text: string): string | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text) || text.length % 4 === 1) return undefined;
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}
