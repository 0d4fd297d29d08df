import { parseTimestamp } from './duration.js';

export class UsageError extends Error {}

/** The instant gates are decided at: --now, else settings.clock, else the run's start. */
export function resolveClock(flag: string | undefined, setting: string | undefined, fallback: Date): Date {
  const text = flag ?? setting;
  if (text === undefined || text === 'now') return fallback;
  const at = parseTimestamp(text);
  if (!at) throw new UsageError(`--now must be an RFC 3339 time such as 2026-11-29T12:00:00Z, not "${text}"`);
  return at;
}
