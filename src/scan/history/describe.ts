import type { HistoryOrigin } from '../types.js';

/** Where a value found in history came from and where it is now, in one line. */
export function historyLine(h: HistoryOrigin): string {
  const since = `introduced in ${h.commit.slice(0, 12)} (${h.date.slice(0, 10)})`;
  if (h.status === 'present') return `${since}; still in the tip`;
  // No refs named: a commit message off the tip's history, past the number of commits asked about.
  if (h.status === 'elsewhere') return `${since}; not in the tip, still on ${h.refs?.length ? h.refs.join(', ') : 'other refs'}`;
  return `${since}; removed in ${h.removedIn ? `${h.removedIn.commit.slice(0, 12)} (${h.removedIn.date.slice(0, 10)})` : 'a commit outside the walked history'}, still published by every commit in between`;
}
