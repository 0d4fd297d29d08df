/**
 * Rules whose matches are looked for only where they can start (Rule.starts, declared or read off
 * a provider's literal prefix) must find exactly what a search of the whole text finds: same
 * values at the same places. Compared on every such rule's own samples, on generated text built
 * from its start words, and on this repository's source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivedStarts, finder, startTexts } from '../../src/scan/finder.js';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';
import { RULE_SAMPLES } from '../../src/scan/rules/samples.js';
import type { Rule } from '../../src/scan/types.js';

/** The reference: the pattern searched over the whole text, the group's place from match indices. */
function wholeText(pattern: RegExp, text: string): { start: number; value: string }[] {
  const re = new RegExp(pattern.source, pattern.flags.replace(/[dy]/g, '').replace('g', '') + 'gd');
  const out: { start: number; value: string }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const name = Object.keys(m.groups ?? {}).find((g) => /^secret\d*$/.test(g) && m!.groups![g] !== undefined);
    out.push(name ? { start: m.indices!.groups![name]![0], value: m.groups![name]! } : { start: m.index, value: m[0] });
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const ANCHORED = PUBLIC_SAFETY_RULES.filter((r): r is Rule & { pattern: RegExp } => r.pattern instanceof RegExp && (r.starts !== undefined || derivedStarts(r.pattern) !== undefined));
const SOURCE = sourceFiles('src').map((f) => readFileSync(f, 'utf8'));

function sampleTexts(rule: Rule): string[] {
  const samples = RULE_SAMPLES[rule.id] ?? { positive: [], negative: [] };
  return [...samples.positive, ...samples.negative].map((s) => (typeof s === 'string' ? s : s.text));
}

/** Text made of the rule's start words, its samples cut at random places, blanks, quotes and operators. */
function generated(rule: Rule & { pattern: RegExp }, seed: number): string {
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const words = [...(rule.starts?.texts ?? derivedStarts(rule.pattern)!.texts)];
  const pieces = [...words, ...words.map((w) => w.toUpperCase()), ' ', '  ', '\t', '\n', '=', ': ', '"', "'", '-', '_', '.', 'x', '1', 'ab', '(', ',', '@', ...sampleTexts(rule).flatMap((t) => [t, t.slice(0, Math.floor(t.length / 2)), t.slice(Math.floor(t.length / 3))])];
  return Array.from({ length: 400 }, () => pieces[Math.floor(next() * pieces.length)]).join('');
}

describe('rules tried only where their matches start', () => {
  it('cover the rules that cost most on real code, and every provider prefix they can', () => {
    const ids = ANCHORED.map((r) => r.id);
    for (const id of ['password-assignment', 'generic-secret', 'password-argument', 'netrc-password', 'dockerfile-secret']) expect(ids).toContain(id);
    expect(ANCHORED.length).toBeGreaterThan(20);
  });

  it('reads a start off a pattern only when every match begins with it', () => {
    expect(derivedStarts(/(?<![A-Za-z0-9_])(?<secret>pat[A-Za-z0-9]{14})/g)).toEqual({ texts: ['pat'] });
    expect(derivedStarts(/(?<secret>ghp_?[A-Za-z0-9]{36})/g)).toEqual({ texts: ['ghp'] }); // the _ is optional
    expect(derivedStarts(/(?<secret>ntn_\d{11}|secret_[A-Za-z0-9]{43})/g)).toBeUndefined(); // an alternative in the group
    expect(derivedStarts(/(?<secret>abc\d+)|xyz/g)).toBeUndefined(); // an alternative at the top
    expect(derivedStarts(/(?<secret>abc(?:x|y)[|])/g)).toEqual({ texts: ['abc'] }); // alternatives inside a group or class are its own
    expect(derivedStarts(/(?<secret>ab\d)/g)).toBeUndefined(); // fewer than three plain characters
    expect(derivedStarts(/x(?<secret>abcd)/g)).toBeUndefined(); // the match starts before the group
  });

  for (const rule of ANCHORED) {
    it(`${rule.id}: the matches of a whole-text search, on samples, generated text and real source`, () => {
      const find = finder(rule);
      const texts = [...sampleTexts(rule), ...Array.from({ length: 12 }, (_, i) => generated(rule, i + 1)), ...SOURCE];
      let matches = 0;
      for (const text of texts) {
        const expected = wholeText(rule.pattern, text);
        matches += expected.length;
        expect([...find(text)].map(({ start, value }) => ({ start, value }))).toEqual(expected);
        // Told which start texts the text holds (as the scanner's keyword pass tells it), it
        // searches for those only, and finds the same.
        const texts = startTexts(rule)!;
        const lower = text.toLowerCase();
        const present = texts.reduce((mask, t, j) => (lower.includes(t.toLowerCase()) ? mask | (1 << j) : mask), 0);
        expect([...find(text, present)].map(({ start, value }) => ({ start, value }))).toEqual(expected);
      }
      expect(matches).toBeGreaterThan(0);
    });
  }
});
