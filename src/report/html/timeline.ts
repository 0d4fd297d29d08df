import type { Report } from '../model.js';
import { badge, esc, STATE_ICON } from './markup.js';

const DAY = 24 * 60 * 60 * 1000;

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
  const marks = h.changes.map((c) => {
    const day = Date.parse(`${c.on}T12:00:00Z`);
    return `<li class="mark ${c.to}" style="left:${at(day)}%"><span aria-hidden="true">${STATE_ICON[c.to]}</span><span class="tip">${esc(c.gate)} · ${esc(c.on)}</span></li>`;
  });
  const ticks: string[] = [];
  const days = Math.round(span / DAY);
  const every = days <= 14 ? 1 : days <= 60 ? 7 : 30;
  for (let d = 0; d <= days; d += every) ticks.push(`<span class="tick" style="left:${at(start + d * DAY)}%">${new Date(start + d * DAY).toISOString().slice(5, 10)}</span>`);
  const bar = `<div class="timeline" aria-hidden="true"><div class="track"></div><ol class="marks">${marks.join('')}</ol>${ticks.join('')}</div>`;
  const rows = h.changes.map(
    (c) => `<tr><td><time datetime="${esc(c.on)}">${esc(c.on)}</time></td><td><a href="#gate-${esc(c.gate)}">${esc(c.gate)}</a></td><td>${badge(c.from)} → ${badge(c.to)}</td><td>${esc(c.reason ?? '')}</td></tr>`,
  );
  const table = h.changes.length ? `<table><thead><tr><th>On</th><th>Gate</th><th>Change</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '';
  return `${intro}${h.changes.length ? bar : ''}${table}`;
}
