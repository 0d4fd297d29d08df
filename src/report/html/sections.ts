import type { Drift } from '../drift.js';
import type { Report, ReportGate } from '../model.js';
import type { ScanReport } from '../scan-report.js';
import { badge, esc, fileLink, plural, type LinkBase } from './markup.js';
import { byStrength } from '../../scan/evidence/rank.js';

const MAX_REASONS = 200;

/** The board: one card per gate, coloured by state, with its counts; each card links to its reasons. */
export function gateBoard(report: Report): string {
  const counts = (['ready', 'degraded', 'blocked', 'unknown'] as const).map((s) => `<li class="count ${s}">${badge(s)} <strong>${report.summary[s]}</strong></li>`).join('');
  const cards = report.gates.map((g) => {
    const ok = g.checks.filter((c) => c.state === 'ready').length;
    return `<li class="card ${g.state}"><a href="#gate-${esc(g.id)}"><span class="title">${esc(g.title)}</span> <code class="id">${esc(g.id)}</code></a>${badge(g.state)}<span class="meta">${ok}/${g.checks.length} checks pass · ${plural(g.findings.length, 'reason')}</span></li>`;
  });
  return `<ul class="counts" aria-label="Gates by state">${counts}</ul><ol class="board">${cards.join('') || '<li class="muted">No gates were selected.</li>'}</ol>`;
}

/** Each gate: what it requires (its checks) and why it is not ready (its findings, linked to lines). */
export function gateDetails(report: Report, links: LinkBase): string {
  // Worst first: the reader came for the gates that stop the release.
  const rank = { blocked: 0, unknown: 1, degraded: 2, ready: 3 } as const;
  return [...report.gates].sort((a, b) => rank[a.state] - rank[b.state]).map((g) => gateSection(g, links)).join('');
}

function gateSection(g: ReportGate, links: LinkBase): string {
  const checks = g.checks.map((c) => `<li>${badge(c.state)} ${esc(c.requires)}${c.skipped ? ` <span class="muted">(skipped: ${esc(c.skipped)})</span>` : ''}</li>`).join('');
  const shown = g.findings.slice(0, MAX_REASONS);
  const reasons = shown.map(
    (f) => `<tr class="finding" data-state="${f.state}"><td>${f.location ? fileLink(links, f.location.file, f.location.line, f.location.column) : '<span class="muted">policy</span>'}</td><td>${badge(f.state)}</td><td>${esc(f.message)}</td><td><code>${esc(f.check)}</code></td></tr>`,
  );
  const more = g.findings.length > shown.length ? `<p class="muted">… and ${g.findings.length - shown.length} more in the JSON report.</p>` : '';
  const body = g.findings.length
    ? `<table><thead><tr><th>Where</th><th>Pushes to</th><th>Reason</th><th>Check</th></tr></thead><tbody>${reasons.join('')}</tbody></table>${more}`
    : '';
  return `<section class="gate ${g.state}" id="gate-${esc(g.id)}"><h3>${badge(g.state)} ${esc(g.title)} <code class="id">${esc(g.id)}</code></h3>${g.description ? `<p>${esc(g.description)}</p>` : ''}<details${g.state === 'ready' ? '' : ' open'}><summary>What it requires (${plural(g.checks.length, 'check')}${g.findings.length ? '' : ', all passing'})</summary><ul class="checks">${checks}</ul></details>${body}</section>`;
}

/** Findings grouped by the rule that raised them (check and message id): which kinds of problem dominate. */
export function findingsByRule(report: Report, links: LinkBase): string {
  const groups = new Map<string, { check: string; messageId: string; items: { gate: string; f: ReportGate['findings'][number] }[] }>();
  for (const g of report.gates) {
    for (const f of g.findings) {
      const key = `${f.check}/${f.messageId}`;
      if (!groups.has(key)) groups.set(key, { check: f.check, messageId: f.messageId, items: [] });
      groups.get(key)!.items.push({ gate: g.id, f });
    }
  }
  if (groups.size === 0) return '<p class="muted">No findings.</p>';
  const sorted = [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.check.localeCompare(b.check));
  const summary = `<table class="compact"><thead><tr><th>Rule</th><th>Findings</th></tr></thead><tbody>${sorted.map((g) => `<tr><td><a href="#rule-${esc(g.check)}-${esc(g.messageId)}"><code>${esc(g.check)}/${esc(g.messageId)}</code></a></td><td>${g.items.length}</td></tr>`).join('')}</tbody></table>`;
  const lists = sorted.map(
    (g) =>
      `<h3 id="rule-${esc(g.check)}-${esc(g.messageId)}"><code>${esc(g.check)}/${esc(g.messageId)}</code> (${g.items.length})</h3><ul class="rule">${g.items
        .slice(0, MAX_REASONS)
        .map(({ gate, f }) => `<li class="finding" data-state="${f.state}">${f.location ? fileLink(links, f.location.file, f.location.line, f.location.column) : ''} <a href="#gate-${esc(gate)}" class="muted">${esc(gate)}</a> ${esc(f.message)}</li>`)
        .join('')}</ul>`,
  );
  return summary + lists.join('');
}

/** Public-safety scan findings, when the run scanned too: only the masked value and fingerprint. */
export function scanFindings(scan: ScanReport, links: LinkBase): string {
  if (scan.findings.length === 0) return `<p>No public-safety finding in ${plural(scan.summary.scanned, 'file')} scanned.</p>`;
  // Strongest first: severity, then evidence (a checksum that holds, a structure that parses, a shape).
  const rows = [...scan.findings]
    .sort(byStrength)
    .slice(0, MAX_REASONS)
    .map((f) => `<tr class="finding" data-state="blocked"><td>${fileLink(links, f.file, f.line, f.column)}</td><td><code>${esc(f.ruleId)}</code></td><td>${esc(f.severity)}</td><td>${esc(f.evidence ?? '')}</td><td><code class="masked">${esc(f.masked)}</code></td><td><code>${esc(f.fingerprint)}</code></td></tr>`);
  return `<table><thead><tr><th>Where</th><th>Rule</th><th>Severity</th><th>Evidence</th><th>Value (masked)</th><th>Fingerprint</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** What changed since the previous report: gates first, then findings. */
export function driftSection(drift: Drift | undefined): string {
  if (!drift) return '<p class="muted">No previous report was given, so there is nothing to compare with. Pass <code>--compare last-night.json</code> (the Action: <code>compare-with: previous</code>).</p>';
  const head = `<p>Since the report of ${esc(drift.from.evaluatedAt)} (${esc(drift.from.result)}):${drift.policyChanged ? ' <strong>the policy changed</strong>,' : ''} ${plural(drift.gates.length, 'gate')} changed state, ${plural(drift.newFindings.length, 'new finding')}, ${plural(drift.resolvedFindings.length, 'resolved finding')}.</p>`;
  const gates = drift.gates.length ? `<table class="compact"><thead><tr><th>Gate</th><th>Was</th><th>Now</th></tr></thead><tbody>${drift.gates.map((g) => `<tr><td><a href="#gate-${esc(g.id)}">${esc(g.id)}</a></td><td>${badge(g.from)}</td><td>${badge(g.to)}</td></tr>`).join('')}</tbody></table>` : '';
  const list = (title: string, sign: string, items: Drift['newFindings']) =>
    items.length ? `<h3>${title}</h3><ul class="drift">${items.slice(0, MAX_REASONS).map((f) => `<li><span class="sign" aria-hidden="true">${sign}</span> <code>${esc(f.gate)}</code> ${f.where ? `<code>${esc(f.where)}</code> ` : ''}${esc(f.message)}</li>`).join('')}</ul>` : '';
  const packets = drift.packets.added.length || drift.packets.removed.length ? `<p>Packets added: ${esc(drift.packets.added.join(', ') || 'none')}; removed: ${esc(drift.packets.removed.join(', ') || 'none')}.</p>` : '';
  return head + gates + list('New findings', '+', drift.newFindings) + list('Resolved findings', '−', drift.resolvedFindings) + packets;
}
