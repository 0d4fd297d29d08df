/** ISO 8601 durations (P1Y2M3W4DT5H6M7.5S), added to instants with UTC calendar arithmetic. */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  text: string;
}

const DURATION_RE =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

export const DURATION_PATTERN = DURATION_RE.source;

export function parseDuration(text: string): Duration | undefined {
  const m = DURATION_RE.exec(text);
  if (!m) return undefined;
  const n = (i: number) => (m[i] ? Number(m[i]!.replace(',', '.')) : 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7), text };
}

export function addDuration(instant: Date, d: Duration, sign: 1 | -1 = 1): Date {
  const t = new Date(instant.getTime());
  if (d.years || d.months) {
    const day = t.getUTCDate();
    t.setUTCDate(1);
    t.setUTCMonth(t.getUTCMonth() + sign * (d.years * 12 + d.months));
    // Clamp to the month's last day: 31 Jan + P1M is 28/29 Feb, not 3 Mar.
    const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
    t.setUTCDate(Math.min(day, last));
  }
  const ms = ((d.weeks * 7 + d.days) * 86400 + d.hours * 3600 + d.minutes * 60 + d.seconds) * 1000;
  return new Date(t.getTime() + sign * ms);
}

/** A short human form of a millisecond span: "3d 4h", "45m", "12s". */
export function humanSpan(ms: number): string {
  const abs = Math.abs(ms);
  const d = Math.floor(abs / 86400000);
  const h = Math.floor((abs % 86400000) / 3600000);
  const m = Math.floor((abs % 3600000) / 60000);
  const s = Math.floor((abs % 60000) / 1000);
  if (d > 0) return h > 0 ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return m > 0 ? `${h}h ${m}m` : `${h}h`;
  if (m > 0) return `${m}m`;
  return `${s}s`;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2}))?$/;

/** Parses an RFC 3339 timestamp (or a plain date, taken as UTC midnight). Rejects anything looser. */
export function parseTimestamp(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = RFC3339.exec(value);
  if (!m) return undefined;
  const date = new Date(m[4] ? value.replace(' ', 'T') : `${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Reject impossible calendar dates that Date would roll over (2026-02-30).
  if (!m[8] || /[Zz]/.test(m[8])) {
    if (date.getUTCMonth() + 1 !== Number(m[2]) || date.getUTCDate() !== Number(m[3])) return undefined;
  }
  return date;
}
