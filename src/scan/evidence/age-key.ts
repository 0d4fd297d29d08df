import { bech32Holds } from './crc.js';
import type { Outcome } from './judge.js';

/**
 * age identities (the age format spec, C2SP age.md): an X25519 secret key is Bech32 (BIP-173) with
 * the human-readable part `AGE-SECRET-KEY-`, written in upper case: 32 bytes of key (52 characters)
 * and a 6-character checksum after the `1` separator.
 */
export function checkAgeKey(value: string): Outcome {
  if (!/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/.test(value)) return 'unchecked';
  return bech32Holds(value) ? 'checksum' : 'failed';
}
