import { GATE_STATES } from '../../engine/states.js';
import type { History } from '../history.js';
import { esc } from './markup.js';

const GAP = 2;
const ROW = 16;
const LABEL = 190;
const BARS = 60;
/** About how wide a "07-15" day label is, so labels never overlap. */
const DAY_LABEL = 34;

/**
 * The trend as inline SVG, no script: on top, a column per day stacking how many gates were in each
 * state; below, a row per gate with one cell per day. Every mark has a <title> (a tooltip on hover,
 * read by screen readers), and the table after the chart lists the reports it was drawn from.
 */
export function historyChart(h: History): string {
  if (h.days.length === 0) return '<p class="muted">No past reports were found, so there is no trend yet.</p>';
  // Wide columns for a week, narrow ones for a quarter: the chart stays about 700 px wide.
  const cell = Math.max(6, Math.min(36, Math.floor(700 / h.days.length) - GAP));
  const step = cell + GAP;
  const top = BARS + 8;
  const rows = top + h.gates.length * (ROW + GAP);
  const width = LABEL + h.days.length * step + 24;
  const height = rows + 20;
  const total = Math.max(1, ...h.days.map((_, d) => h.gates.filter((g) => g.states[d]).length));
  const every = Math.ceil(DAY_LABEL / step);
  const parts: string[] = [`<text class="axis" x="${LABEL - 8}" y="${BARS - 2}" text-anchor="end">gates by state</text>`];
  h.days.forEach((day, d) => {
    const x = LABEL + d * step;
    let y = BARS;
    for (const state of [...GATE_STATES].reverse()) {
      const n = h.gates.filter((g) => g.states[d] === state).length;
      if (n === 0) continue;
      const bar = (n / total) * (BARS - 4);
      y -= bar;
      parts.push(`<rect class="s-${state}" x="${x}" y="${y.toFixed(1)}" width="${cell}" height="${bar.toFixed(1)}"><title>${day}: ${n} ${state}</title></rect>`);
    }
    const last = d === h.days.length - 1;
    if ((d % every === 0 && h.days.length - 1 - d >= every) || last) {
      parts.push(`<text class="day" x="${x + cell / 2}" y="${rows + 14}" text-anchor="middle">${day.slice(5)}</text>`);
    }
  });
  h.gates.forEach((g, r) => {
    const y = top + r * (ROW + GAP);
    parts.push(`<text class="gate" x="${LABEL - 8}" y="${y + ROW - 4}" text-anchor="end">${esc(clip(g.title, 28))}<title>${esc(g.id)}</title></text>`);
    g.states.forEach((state, d) => {
      const title = `${esc(g.id)} on ${h.days[d]}: ${state ?? 'not reported'}`;
      parts.push(`<rect class="s-${state ?? 'none'}" x="${LABEL + d * step}" y="${y}" width="${cell}" height="${ROW}" rx="2"><title>${title}</title></rect>`);
    });
  });
  const label = `Gate states per day from ${h.days[0]} to ${h.days.at(-1)}`;
  return `<svg class="chart" role="img" aria-label="${label}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

function clip(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
