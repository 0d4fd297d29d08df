import type { GateChange } from '../../engine/horizon.js';
import type { GateState } from '../../engine/states.js';
import type { Report } from '../model.js';
import { badge, esc, STATE_ICON } from './markup.js';

const DAY = 24 * 60 * 60 * 1000;
/**
 * A label's width per character as a share of the bar, for a bar no narrower than 600 px (the
 * page's layout keeps it wider) at the labels' 11 px: generous, so estimates err towards a new lane.
 */
const LABEL_CHAR_PERCENT = 1.15;
const LABEL_GAP_PERCENT = 1.5;
const SEVERITY: Record<GateState, number> = { ready: 0, degraded: 1, unknown: 2, blocked: 3 };

function worst(states: GateState[]): GateState {
  return states.reduce((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a));
}

/**
 * What changes ahead, from `check --horizon`: a bar from today to the horizon's end with a marker on
 * each day a gate changes state, then the same changes as a list (the list is what prints and what
 * a screen reader reads; the bar is the glance). Positions are CSS percentages: no script.
 */
export function timeline(report: Report): string {
  const h = report.horizon;
  if (!h) {
    return '<p class="muted">This report looked at today only. Run <code>readiness-gate check --horizon P14D --format html</code> to see which evidence expires or which window closes in the next 14 days.</p>';
  }
  const start = Date.parse(report.evaluatedAt);
  const end = Date.parse(h.until);
  const span = Math.max(DAY, end - start);
  const at = (iso: number) => Math.min(100, Math.max(0, ((iso - start) / span) * 100)).toFixed(2);
  const intro = `<p>From ${esc(report.evaluatedAt.slice(0, 10))} to ${esc(h.until.slice(0, 10))} (${esc(h.duration)}), with nothing pushed, ${h.changes.length === 0 ? 'no gate changes state.' : `${h.changes.length === 1 ? 'one gate changes' : `${h.changes.length} gates change`} state as evidence expires:`}</p>`;
  // One mark per day (the worst state it reaches), its label on the first lane where it keeps clear
  // of the labels already placed: labels of near days stack instead of overlapping.
  const byDay = new Map<string, GateChange[]>();
  for (const c of h.changes) byDay.set(c.on, [...(byDay.get(c.on) ?? []), c]);
  const lanes: number[] = [];
  const marks = [...byDay].map(([on, changes]) => {
    const left = Number(at(Date.parse(`${on}T12:00:00Z`)));
    const label = `${changes.map((c) => c.gate).join(', ')} · ${on}`;
    const half = (label.length * LABEL_CHAR_PERCENT) / 2;
    let lane = lanes.findIndex((rightEdge) => rightEdge + LABEL_GAP_PERCENT <= left - half);
    if (lane === -1) lane = lanes.push(-Infinity) - 1;
    lanes[lane] = left + half;
    const to = worst(changes.map((c) => c.to));
    return `<li class="mark ${to}" style="left:${left.toFixed(2)}%;--lane:${lane}"><span aria-hidden="true">${STATE_ICON[to]}</span><span class="tip">${esc(label)}</span></li>`;
  });
  const ticks: string[] = [];
  const days = Math.round(span / DAY);
  const every = days <= 14 ? 1 : days <= 60 ? 7 : 30;
  for (let d = 0; d <= days; d += every) ticks.push(`<span class="tick" style="left:${at(start + d * DAY)}%">${new Date(start + d * DAY).toISOString().slice(5, 10)}</span>`);
  const bar = `<div class="timeline" aria-hidden="true" style="--lanes:${Math.max(1, lanes.length)}"><div class="track"></div><ol class="marks">${marks.join('')}</ol>${ticks.join('')}</div>`;
  const rows = h.changes.map(
    (c) => `<tr><td><time datetime="${esc(c.on)}">${esc(c.on)}</time></td><td><a href="#gate-${esc(c.gate)}">${esc(c.gate)}</a></td><td>${badge(c.from)} → ${badge(c.to)}</td><td>${esc(c.reason ?? '')}</td></tr>`,
  );
  const table = h.changes.length ? `<table><thead><tr><th>On</th><th>Gate</th><th>Change</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '';
  return `${intro}${h.changes.length ? bar : ''}${table}`;
}
