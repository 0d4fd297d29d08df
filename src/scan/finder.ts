import type { Rule } from './types.js';

/**
 * Every match of a rule in a text: where the value starts, the value, and the whole match (RE2).
 * `present`, for a rule with start texts (startTexts): bit j set when texts[j] occurs in the text,
 * case-insensitively, as the scanner's keyword pass found; undefined when not known.
 */
export type FindMatches = (text: string, present?: number) => Iterable<{ start: number; value: string; match?: string }>;

/**
 * The texts every match of a rule starts at (or shortly after), when its finder searches for them:
 * the scanner's keyword pass then says which occur in a file, and the finder searches for those
 * only (none: the rule cannot match there). At most 30, so a set of them fits in one number.
 */
export function startTexts(rule: Rule): readonly string[] | undefined {
  if (!(rule.pattern instanceof RegExp) || rule.anchor) return undefined;
  const texts = (rule.starts ?? derivedStarts(rule.pattern))?.texts;
  return texts && texts.length <= MAX_START_TEXTS ? texts : undefined;
}

const MAX_START_TEXTS = 30;

/** How a rule's pattern is run: a JS regex with match indices, or an RE2 matcher. */
export function finder(rule: Rule): FindMatches {
  const pattern = rule.pattern;
  if (!(pattern instanceof RegExp)) {
    const named = pattern.source.includes('(?P<secret>') || pattern.source.includes('(?<secret>');
    return function* (text) {
      const m = pattern.re2.matcher(text);
      while (m.find()) {
        const group = pickGroup(m, pattern.group, named);
        const value = group === 'secret' ? m.group('secret') : m.group(group);
        if (value) yield { start: group === 'secret' ? m.start('secret') : m.start(group), value, match: m.group() ?? value };
      }
    };
  }
  const groups = (pattern.source.match(/\(\?<(secret\d*)>/g) ?? []).map((g) => g.slice(3, -1));
  const anchor = rule.anchor;
  if (anchor) {
    // Find each occurrence of the anchor, step back over the characters that may precede it,
    // and try the pattern there only: far cheaper than trying it at every position of the text.
    const sticky = new RegExp(pattern.source, pattern.flags.replace(/[gd]/g, '') + 'y');
    const locate = groupLocator(pattern);
    const lead = charTable(anchor.lead);
    const next = anchor.next ? charTable(anchor.next) : undefined;
    const width = anchor.text.length;
    return function* (text) {
      let after = 0;
      for (let at = text.indexOf(anchor.text); at !== -1; at = text.indexOf(anchor.text, at + 1)) {
        if (at < after) continue;
        if (next && next[text.charCodeAt(at + width)] !== 1) continue;
        let start = at;
        while (start > 0 && at - start < anchor.back && lead[text.charCodeAt(start - 1)] === 1) start--;
        sticky.lastIndex = start;
        const m = sticky.exec(text);
        if (!m) continue;
        after = m.index + m[0].length;
        const name = groups.find((g) => m.groups?.[g] !== undefined);
        yield name ? { start: locate(text, m, name), value: m.groups![name]! } : { start: m.index, value: m[0] };
      }
    };
  }
  const starts = rule.starts ?? derivedStarts(pattern);
  if (starts) return startsFinder(pattern, starts, groups);
  const re = new RegExp(pattern.source, pattern.flags.replace('d', ''));
  const locate = groupLocator(pattern);
  return function* (text) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const name = groups.find((g) => m!.groups?.[g] !== undefined);
      yield name ? { start: locate(text, m, name), value: m.groups![name]! } : { start: m.index, value: m[0] };
    }
  };
}

/**
 * The start of a provider's token is written in its pattern: `(?<![A-Za-z0-9_])(?<secret>pat...)`
 * starts every match at `pat` (one with alternatives, `(?<secret>ntn_...|secret_...)`, has no one start). V8 tries such a pattern at every position of a text (the lookbehind
 * in front hides the literal from its own quick search), so the literal is read off the source:
 * an optional leading lookbehind, then the `secret` group opening with at least three plain
 * characters that no quantifier touches, in a pattern with no alternative at its top level or at
 * the group's. Anything else derives nothing, and the pattern is searched whole.
 */
export function derivedStarts(pattern: RegExp): Rule['starts'] | undefined {
  const m = /^(?:\(\?<![^()]*\))?\(\?<secret>([A-Za-z0-9_]{3,})(?![?*+{])/.exec(pattern.source);
  if (!m) return undefined;
  // The run ends before any character a quantifier follows (`ghp_?` gives `ghp`: the regex above
  // backs off one character when the next one is `?`, `*`, `+` or `{`).
  const text = m[1]!;
  if (hasOwnAlternative(pattern.source, 0) || hasOwnAlternative(pattern.source, m[0].length - m[1]!.length)) return undefined;
  return { texts: [text] };
}

/**
 * Whether the regex source from `from` has a `|` of its own: outside every group and class it
 * opens, before the `)` that closes the group `from` is in (or the source's end, from 0).
 */
function hasOwnAlternative(source: string, from: number): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) return false;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * A rule's matches found only where they can start (Rule.starts): each occurrence of a start text,
 * in order, and the `lead` characters before it, tried left to right with a sticky copy of the
 * pattern. The first position that matches is the leftmost match, as a whole-text search would
 * find it; the search goes on after its end. Each position is tried at most once (`tried`), so the
 * work stays linear however the windows of neighbouring occurrences overlap.
 */
function startsFinder(pattern: RegExp, starts: NonNullable<Rule['starts']>, groups: string[]): FindMatches {
  const sticky = new RegExp(pattern.source, pattern.flags.replace(/[gyd]/g, '') + 'y');
  const locate = groupLocator(pattern);
  const lead = starts.lead ? charTable(starts.lead) : undefined;
  const back = starts.back ?? 0;
  const backOf = starts.backOf ? new Map(Object.entries(starts.backOf)) : undefined;
  const all = occurrenceSearch(pattern, starts.texts);
  // Searches for the start texts a file holds, by set: a search for two literals is several times
  // cheaper than one for seventeen, and most files hold one or two of a rule's start texts.
  const bySubset = new Map<number, typeof all>();
  // A mask comes only for a rule startTexts accepts: at most MAX_START_TEXTS texts, one bit each.
  const everyText = 2 ** starts.texts.length - 1;
  const searchFor = (present: number | undefined): typeof all => {
    if (present === undefined || present === everyText) return all;
    let search = bySubset.get(present);
    if (!search) {
      search = occurrenceSearch(pattern, starts.texts.filter((_, j) => (present & (1 << j)) !== 0));
      if (bySubset.size < 256) bySubset.set(present, search);
    }
    return search;
  };
  return function* (text, present) {
    if (present === 0) return; // no start text occurs: no match can start anywhere
    const next = searchFor(present);
    let after = 0; // where the search goes on: the end of the last match
    let tried = -1; // the last position tried
    const found = { at: -1, word: '' };
    while (next(text, found)) {
      const at = found.at;
      const reach = backOf ? (backOf.get(found.word.toLowerCase()) ?? back) : back;
      let from = at;
      while (lead && from > 0 && at - from < reach && lead[text.charCodeAt(from - 1)] === 1) from--;
      for (let start = Math.max(from, after, tried + 1); start <= at; start++) {
        tried = start;
        sticky.lastIndex = start;
        const m = sticky.exec(text);
        if (!m || m[0] === '') continue;
        after = m.index + m[0].length;
        const name = groups.find((g) => m.groups?.[g] !== undefined);
        yield name ? { start: locate(text, m, name), value: m.groups![name]! } : { start: m.index, value: m[0] };
        break;
      }
    }
  };
}

/**
 * The next occurrence of a rule's start texts after `found.at` (set to -1 to begin), in order,
 * overlapping ones included; false once there is none. One literal of a case-sensitive pattern:
 * indexOf, V8's fastest search. Several, or a case-insensitive one: a regex of the texts. (One
 * automaton finding every rule's texts in a single pass was tried: a JavaScript loop over each
 * character cost as much as the rules' own searches it replaced.)
 */
function occurrenceSearch(pattern: RegExp, texts: readonly string[]): (text: string, found: { at: number; word: string }) => boolean {
  const [only] = texts;
  if (texts.length === 1 && !pattern.flags.includes('i')) {
    return (text, found) => {
      found.at = text.indexOf(only!, found.at + 1);
      found.word = only!;
      return found.at !== -1;
    };
  }
  const escaped = texts.map((t) => t.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  const search = new RegExp(escaped.join('|'), `g${pattern.flags.includes('i') ? 'i' : ''}${pattern.flags.includes('u') ? 'u' : ''}`);
  return (text, found) => {
    search.lastIndex = found.at + 1; // every occurrence, overlapping ones too
    const m = search.exec(text);
    if (!m) return false;
    found.at = m.index;
    found.word = m[0];
    return true;
  };
}

/**
 * Where a named group of a match starts. Matching with indices (the `d` flag) costs a third more on
 * every match; the group's text is part of the match, so when it occurs there once its place is
 * known without them. Only when it occurs more than once is the match run again, with indices, at
 * the same position (a match at a given position is always the same match).
 */
function groupLocator(pattern: RegExp): (text: string, m: RegExpExecArray, name: string) => number {
  const withIndices = new RegExp(pattern.source, pattern.flags.replace(/[gyd]/g, '') + 'yd');
  return (text, m, name) => {
    const value = m.groups![name]!;
    const first = m[0].indexOf(value);
    if (first === m[0].lastIndexOf(value)) return m.index + first;
    withIndices.lastIndex = m.index;
    return withIndices.exec(text)!.indices!.groups![name]![0];
  };
}

/** The capture group that holds the value of an RE2 match (see Re2Pattern.group). */
function pickGroup(m: import('re2js').Matcher, group: number | 'first' | undefined, named: boolean): number | 'secret' {
  if (typeof group === 'number') return group;
  if (group === 'first') {
    for (let i = 1; i <= m.groupCount(); i++) if (m.group(i)) return i;
    return 0;
  }
  return named ? 'secret' : 0;
}

/** Which ASCII characters a one-character class matches, as a lookup table. */
function charTable(re: RegExp): Uint8Array {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}
