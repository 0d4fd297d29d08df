import { describe, expect, it } from 'vitest';
import { shannonEntropy } from '../../src/scan/entropy.js';

/** The definition, written plainly: counts per code point, summed in order of first occurrence. */
function reference(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...value].length;
  let bits = 0;
  for (const c of counts.values()) bits -= (c / n) * Math.log2(c / n);
  return bits;
}

describe('shannonEntropy', () => {
  it('is the definition to the last bit, on ASCII and other text', () => {
    let s = 5;
    const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const alphabet = 'abcAB0123+/=_-é€😀';
    for (let i = 0; i < 2000; i++) {
      const value = Array.from({ length: Math.floor(next() * 40) }, () => [...alphabet][Math.floor(next() * [...alphabet].length)]).join('');
      expect([value, shannonEntropy(value)]).toEqual([value, reference(value)]);
    }
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });

  it('leaves nothing behind between calls', () => {
    expect(shannonEntropy('abab')).toBe(1);
    expect(shannonEntropy('cdcd')).toBe(1);
    expect(shannonEntropy('abab')).toBe(1);
  });
});
