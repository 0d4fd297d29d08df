/** Counts of ASCII characters, reused by every call (entropy is asked of every candidate value). */
const ascii = new Int32Array(128);

/** Shannon entropy in bits per character (code point): random tokens score high, words and placeholders low. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 128) return entropyOfCodePoints(value);
  for (let i = 0; i < value.length; i++) ascii[value.charCodeAt(i)]!++;
  // Summed in order of first occurrence, as entropyOfCodePoints sums: the same bits to the last place.
  let bits = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (ascii[c] === 0) continue;
    const p = ascii[c]! / value.length;
    bits -= p * Math.log2(p);
    ascii[c] = 0; // counted once, and the table is clean for the next call
  }
  return bits;
}

/** The general case: any code point, counted in a map. */
function entropyOfCodePoints(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  const n = [...value].length;
  for (const c of counts.values()) {
    const p = c / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}
