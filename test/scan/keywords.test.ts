import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../../src/scan/keywords.js';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';

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

  it('indexes every built-in rule keyword and finds each in a text that holds it', () => {
    const keywords = [...new Set(PUBLIC_SAFETY_RULES.flatMap((r) => r.keywords.map((k) => k.toLowerCase())))];
    const index = new KeywordIndex(keywords);
    keywords.forEach((k, i) => expect([k, index.find(`xx ${k.toUpperCase()} yy`).includes(i)]).toEqual([k, true]));
  });

  it('refuses a keyword it cannot fold', () => {
    expect(() => new KeywordIndex(['clé'])).toThrow(/printable ASCII/);
  });
});
