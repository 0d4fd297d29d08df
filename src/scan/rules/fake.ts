/**
 * Deterministic stand-ins for real credentials, assembled at run time so that no complete
 * token-shaped literal sits in this repository (where it would trip other scanners and push
 * protection) while each rule still keeps its samples beside it.
 */
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const B64 = ALNUM + '+/';
export const URLSAFE = ALNUM + '_-';
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';

export function fake(prefix: string, length: number, alphabet = ALNUM, seed = prefix.length * 7 + length): string {
  // xorshift32: cheap, deterministic, and every character position looks random.
  let state = (seed * 2654435761) >>> 0 || 1;
  let out = prefix;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}
