import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../../src/scan/keywords.js';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';
import { RULE_SAMPLES } from '../../src/scan/rules/samples.js';
import { Scanner } from '../../src/scan/scanner.js';
import type { Rule } from '../../src/scan/types.js';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** What the index must answer: each keyword that occurs, case-insensitively (ASCII), found naively. */
function naive(keywords: readonly string[], text: string): number[] {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return keywords.map((k, i) => (lower.includes(k.toLowerCase()) ? i : -1)).filter((i) => i >= 0);
}

describe('KeywordIndex', () => {
  it('finds overlapping and nested keywords, each once', () => {
    const index = new KeywordIndex(['he', 'she', 'his', 'hers', '_password', 'password', 'pass']);
    expect(index.find('uSHErs').sort()).toEqual([0, 1, 3]);
    expect(index.find('DB_PASSWORD=x').sort()).toEqual([4, 5, 6]);
    expect(index.findInBytes(Buffer.from('ahishers')).sort()).toEqual([0, 1, 2, 3]);
    expect(index.find('nothing here at all'.replace('he', 'h e'))).toEqual([]);
  });

  it('agrees with a naive search on generated text, in strings and in UTF-8 bytes', () => {
    const next = random(3);
    const alphabet = 'abcdeKEYkey_-=:.0123456789 \né@';
    const keywords = ['key', 'ke', 'e_k', 'abc', 'cab', 'a', '0.', ':=', 'y_', 'keykey', 'dé'.normalize('NFD').replace(/[^\x20-\x7e]/g, '') + 'e'];
    const index = new KeywordIndex(keywords);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect([text, [...index.find(text)].sort((a, b) => a - b)]).toEqual([text, naive(keywords, text)]);
      expect([text, [...index.findInBytes(Buffer.from(text))].sort((a, b) => a - b)]).toEqual([text, naive(keywords, text)]);
    }
  });

  it('agrees with a naive search on long texts, read by its WebAssembly loop', () => {
    // From 256 bytes findInBytes runs the automaton in WebAssembly (keyword-wasm.ts), and memory
    // grows for a text longer than any before it.
    const next = random(5);
    // Characters past ASCII too: Latin-1, one whose low byte is 'k' (U+016B), halves of a surrogate pair.
    const alphabet = 'abcdeKEYkey_-=:.0123456789 \né@\u016b😀';
    const keywords = ['key', 'ke', 'e_k', 'abc', 'cab', '0.', ':=', 'y_', 'keykey', 'y@'];
    const index = new KeywordIndex(keywords);
    for (let i = 0; i < 300; i++) {
      const length = 256 + Math.floor(next() * (i === 299 ? 300_000 : 3000));
      const text = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      // Keywords placed last, so an early stop on "every keyword seen" cannot hide a wrong end.
      expect(index.findInBytes(Buffer.from(text)).sort((a, b) => a - b)).toEqual(naive(keywords, text));
      expect(index.find(text).sort((a, b) => a - b)).toEqual(naive(keywords, text));
      const sparse = 'z'.repeat(length) + keywords[i % keywords.length]!.toUpperCase();
      expect(index.findInBytes(Buffer.from(sparse)).sort((a, b) => a - b)).toEqual(naive(keywords, sparse));
      expect(index.find(sparse).sort((a, b) => a - b)).toEqual(naive(keywords, sparse));
    }
  });

  it('indexes every built-in rule keyword and finds each in a text that holds it', () => {
    const keywords = [...new Set(PUBLIC_SAFETY_RULES.flatMap((r) => r.keywords.map((k) => k.toLowerCase())))];
    const index = new KeywordIndex(keywords);
    keywords.forEach((k, i) => expect([k, index.find(`xx ${k.toUpperCase()} yy`).includes(i)]).toEqual([k, true]));
    const padding = 'x'.repeat(300);
    keywords.forEach((k, i) => expect([k, index.findInBytes(Buffer.from(`${padding} ${k.toUpperCase()} ${padding}`)).includes(i)]).toEqual([k, true]));
  });

  it('refuses a keyword it cannot fold', () => {
    expect(() => new KeywordIndex(['clé'])).toThrow(/printable ASCII/);
  });
});

describe('rules that require a word besides a keyword', () => {
  const requiring = PUBLIC_SAFETY_RULES.filter((r) => r.requires?.length);

  it('are the ones whose keywords are common in code', () => {
    expect(requiring.map((r) => r.id).sort()).toEqual(['dockerfile-secret', 'netrc-password']);
  });

  // A rule skipped for want of a required word must have had nothing to find: every match of its
  // pattern, over its own samples, holds one (case-insensitively, as the keyword pass reads).
  for (const rule of requiring) {
    it(`${rule.id}: every match of its pattern holds a required word`, () => {
      const samples = RULE_SAMPLES[rule.id]!;
      const texts = [...samples.positive, ...samples.negative].map((s) => (typeof s === 'string' ? s : s.text));
      const pattern = rule.pattern as RegExp;
      let matches = 0;
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
          matches++;
          expect([m[0], rule.requires!.some((w) => m[0].toLowerCase().includes(w))]).toEqual([m[0], true]);
        }
      }
      expect(matches).toBeGreaterThan(0);
    });
  }

  it('run only on files that hold one', () => {
    // A rule whose pattern would match without the word: skipped where none occurs, run where one does.
    const rule: Rule = { id: 'machine-name', description: 'x', severity: 'high', category: 'generic-secret', keywords: ['machine'], requires: ['password', 'token'], pattern: /machine (?<secret>[a-z]{8,})/g };
    const scanner = new Scanner({ rules: [rule] });
    expect(scanner.scanText('a.txt', 'machine qwertzuiop\n')).toEqual([]);
    expect(scanner.scanText('a.txt', 'machine qwertzuiop\nTOKEN\n').map((f) => f.ruleId)).toEqual(['machine-name']);
    expect(scanner.scanBytes('a.txt', Buffer.from('machine qwertzuiop\n'))).toEqual([]);
    expect(scanner.scanBytes('a.txt', Buffer.from('password\nmachine qwertzuiop\n')).map((f) => f.ruleId)).toEqual(['machine-name']);
  });
});
