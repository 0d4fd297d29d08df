import { createHash, createHmac } from 'node:crypto';

/** The environment variable whose value keys fingerprints. */
export const FINGERPRINT_KEY_ENV = 'READINESS_GATE_FINGERPRINT_KEY';

/**
 * A short prefix and a fixed mask: enough to recognise which token it is, never enough to use it.
 * Short values (an IP address, an e-mail) show at most a quarter of their characters.
 */
export function mask(value: string): string {
  const shown = Math.min(4, Math.floor(value.length / 4));
  return `${value.slice(0, shown)}****`;
}

/**
 * A stable identifier of one value in one file for one rule, for baselines and deduplication.
 * With READINESS_GATE_FINGERPRINT_KEY set it is an HMAC, which reveals nothing without the key.
 * Without it, it is a plain SHA-256: anyone holding the report can test guesses, so a value from
 * a small space (an IP address, an e-mail at a known domain) can be recovered by enumeration.
 */
export function fingerprint(ruleId: string, file: string, value: string, key: string | undefined): string {
  const material = `${ruleId}\0${file}\0${value}`;
  const digest = key ? createHmac('sha256', key).update(material).digest('hex') : createHash('sha256').update(material).digest('hex');
  return `${key ? 'hmac' : 'sha256'}:${digest.slice(0, 32)}`;
}
