import type { Rule } from './types.js';

/** Every match of a rule in a text: where the value starts, the value, and the whole match (RE2). */
export type FindMatches = (text: string) => Iterable<{ start: number; value: string; match?: string }>;

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
    const sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'yd');
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
        yield name ? { start: m.indices!.groups![name]![0], value: m.groups![name]! } : { start: m.index, value: m[0] };
      }
    };
  }
  const re = new RegExp(pattern.source, pattern.flags.includes('d') ? pattern.flags : pattern.flags + 'd');
  return function* (text) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const name = groups.find((g) => m!.groups?.[g] !== undefined);
      yield name ? { start: m.indices!.groups![name]![0], value: m.groups![name]! } : { start: m.index, value: m[0] };
    }
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
