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
 * state; below, a row per gate with one cell per day. Every mark has a <title> (a tooltip on hover);
 * the chart as a whole is one labelled image for screen readers, and `history --format text|json`
 * gives the same data as text.
 */
export function historyChart(h: History): string {
  if (h.days.length === 0) return '<p class="muted">No past reports were found, so there is no trend yet.</p>';
  // Wide columns for a week, narrow ones for a quarter: the chart stays about 700 px wide.
  const cell = Math.max(6, Math.min(36, Math.floor(700 / h.days.length) - GAP));
  const step = cell + GAP;
  const top = BARS + 8;
  const rows = top + h.gates.length * (ROW + GAP);
  const width = h.days.length * step + 24;
  const height = rows + 20;
  const total = Math.max(1, ...h.days.map((_, d) => h.gates.filter((g) => g.states[d]).length));
  const every = Math.ceil(DAY_LABEL / step);
  const labels: string[] = [`<text class="axis" x="${LABEL - 8}" y="${BARS - 2}" text-anchor="end">gates by state</text>`];
  const parts: string[] = [];
  h.days.forEach((day, d) => {
    const x = d * step;
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
    labels.push(`<text class="gate" x="${LABEL - 8}" y="${y + ROW - 4}" text-anchor="end">${esc(clip(g.title, 28))}<title>${esc(g.id)}</title></text>`);
    g.states.forEach((state, d) => {
      const title = `${esc(g.id)} on ${h.days[d]}: ${state ?? 'not reported'}`;
      parts.push(`<rect class="s-${state ?? 'none'}" x="${d * step}" y="${y}" width="${cell}" height="${ROW}" rx="2"><title>${title}</title></rect>`);
    });
  });
  const label = `Gate states per day from ${h.days[0]} to ${h.days.at(-1)}`;
  // Gate names stay put; the days are drawn at their natural size and scroll sideways when there
  // are many, so labels stay readable. The scroller is right-to-left so it opens on the newest
  // days, with no script.
  const svg = (cls: string, w: number, body: string[], aria: string) => `<svg class="${cls}" ${aria} viewBox="0 0 ${w} ${height}" width="${w}" height="${height}" xmlns="http://www.w3.org/2000/svg">${body.join('')}</svg>`;
  return `<div class="chart" role="img" aria-label="${label}">${svg('labels', LABEL, labels, 'aria-hidden="true"')}<div class="chart-wrap">${svg('days', width, parts, 'aria-hidden="true"')}</div></div>`;
}

function clip(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
