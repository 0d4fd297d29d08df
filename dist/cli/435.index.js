export const id = 435;
export const ids = [435];
export const modules = {

/***/ 758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ GATE_STATES),
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   ZJ: () => (/* binding */ isGateState)
/* harmony export */ });
/** Gate states, from best to worst. A finding carries the state it pushes its gate to. */
const GATE_STATES = ['ready', 'degraded', 'unknown', 'blocked'];
/**
 * Severity order used to combine findings: a definite `blocked` outranks `unknown` (the gate is decided,
 * and decided badly); `unknown` outranks `degraded` because an undecidable gate must never look healthy.
 */
const RANK = { ready: 0, degraded: 1, unknown: 2, blocked: 3 };
function worst(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
function isGateState(value) {
    return typeof value === 'string' && GATE_STATES.includes(value);
}


/***/ }),

/***/ 435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderDashboard: () => (/* binding */ renderDashboard),
  renderHistoryPage: () => (/* binding */ renderHistoryPage)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/states.ts
var states = __webpack_require__(758);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/html/markup.ts

/** Text into HTML: every value that came from a packet, a policy or a report goes through this. */
function esc(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
const STATE_ICON = { ready: '✔', degraded: '▲', blocked: '✖', unknown: '?' };
/** A state as a badge: colour, a shape and the word, so it reads in grey print and for colour-blind eyes. */
function badge(state) {
    if (state === 'absent')
        return '<span class="badge absent">absent</span>';
    return `<span class="badge ${state}"><span aria-hidden="true">${STATE_ICON[state]}</span> ${state}</span>`;
}
function fileHref(links, file, line) {
    if (file.startsWith('bundle:') || file === '')
        return undefined;
    const anchor = line ? `#L${line}` : '';
    const encode = (path) => path.split('/').map(encodeURIComponent).join('/');
    if (links.url)
        return `${links.url.endsWith('/') ? links.url : `${links.url}/`}${encode(file)}${anchor}`;
    if (links.root === undefined || links.pageDir === undefined)
        return undefined;
    const rel = (0,external_node_path_.relative)(links.pageDir, (0,external_node_path_.resolve)(links.root, file)).split(external_node_path_.sep).join('/');
    return `${encode(rel)}${anchor}`;
}
/** file:line:col as a link when there is somewhere to link to, as code text otherwise. */
function fileLink(links, file, line, column) {
    const text = `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}`;
    const href = fileHref(links, file, line);
    return href ? `<a class="loc" href="${esc(href)}"><code>${esc(text)}</code></a>` : `<code>${esc(text)}</code>`;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

;// CONCATENATED MODULE: ./src/report/html/history-chart.ts


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
function historyChart(h) {
    if (h.days.length === 0)
        return '<p class="muted">No past reports were found, so there is no trend yet.</p>';
    // Wide columns for a week, narrow ones for a quarter: the chart stays about 700 px wide.
    const cell = Math.max(6, Math.min(36, Math.floor(700 / h.days.length) - GAP));
    const step = cell + GAP;
    const top = BARS + 8;
    const rows = top + h.gates.length * (ROW + GAP);
    const width = h.days.length * step + 24;
    const height = rows + 20;
    const total = Math.max(1, ...h.days.map((_, d) => h.gates.filter((g) => g.states[d]).length));
    const every = Math.ceil(DAY_LABEL / step);
    const labels = [`<text class="axis" x="${LABEL - 8}" y="${BARS - 2}" text-anchor="end">gates by state</text>`];
    const parts = [];
    h.days.forEach((day, d) => {
        const x = d * step;
        let y = BARS;
        for (const state of [...states/* GATE_STATES */.F_].reverse()) {
            const n = h.gates.filter((g) => g.states[d] === state).length;
            if (n === 0)
                continue;
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
    const svg = (cls, w, body, aria) => `<svg class="${cls}" ${aria} viewBox="0 0 ${w} ${height}" width="${w}" height="${height}" xmlns="http://www.w3.org/2000/svg">${body.join('')}</svg>`;
    return `<div class="chart" role="img" aria-label="${label}">${svg('labels', LABEL, labels, 'aria-hidden="true"')}<div class="chart-wrap">${svg('days', width, parts, 'aria-hidden="true"')}</div></div>`;
}
function clip(text, n) {
    return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/report/html/sections.ts

const MAX_REASONS = 200;
/** The board: one card per gate, coloured by state, with its counts; each card links to its reasons. */
function gateBoard(report) {
    const counts = ['ready', 'degraded', 'blocked', 'unknown'].map((s) => `<li class="count ${s}">${badge(s)} <strong>${report.summary[s]}</strong></li>`).join('');
    const cards = report.gates.map((g) => {
        const ok = g.checks.filter((c) => c.state === 'ready').length;
        return `<li class="card ${g.state}"><a href="#gate-${esc(g.id)}"><span class="title">${esc(g.title)}</span> <code class="id">${esc(g.id)}</code></a>${badge(g.state)}<span class="meta">${ok}/${g.checks.length} checks pass · ${plural(g.findings.length, 'reason')}</span></li>`;
    });
    return `<ul class="counts" aria-label="Gates by state">${counts}</ul><ol class="board">${cards.join('') || '<li class="muted">No gates were selected.</li>'}</ol>`;
}
/** Each gate: what it requires (its checks) and why it is not ready (its findings, linked to lines). */
function gateDetails(report, links) {
    // Worst first: the reader came for the gates that stop the release.
    const rank = { blocked: 0, unknown: 1, degraded: 2, ready: 3 };
    return [...report.gates].sort((a, b) => rank[a.state] - rank[b.state]).map((g) => gateSection(g, links)).join('');
}
function gateSection(g, links) {
    const checks = g.checks.map((c) => `<li>${badge(c.state)} ${esc(c.requires)}${c.skipped ? ` <span class="muted">(skipped: ${esc(c.skipped)})</span>` : ''}</li>`).join('');
    const shown = g.findings.slice(0, MAX_REASONS);
    const reasons = shown.map((f) => `<tr class="finding" data-state="${f.state}"><td>${f.location ? fileLink(links, f.location.file, f.location.line, f.location.column) : '<span class="muted">policy</span>'}</td><td>${badge(f.state)}</td><td>${esc(f.message)}</td><td><code>${esc(f.check)}</code></td></tr>`);
    const more = g.findings.length > shown.length ? `<p class="muted">… and ${g.findings.length - shown.length} more in the JSON report.</p>` : '';
    const body = g.findings.length
        ? `<table><thead><tr><th>Where</th><th>Pushes to</th><th>Reason</th><th>Check</th></tr></thead><tbody>${reasons.join('')}</tbody></table>${more}`
        : '';
    return `<section class="gate ${g.state}" id="gate-${esc(g.id)}"><h3>${badge(g.state)} ${esc(g.title)} <code class="id">${esc(g.id)}</code></h3>${g.description ? `<p>${esc(g.description)}</p>` : ''}<details${g.state === 'ready' ? '' : ' open'}><summary>What it requires (${plural(g.checks.length, 'check')}${g.findings.length ? '' : ', all passing'})</summary><ul class="checks">${checks}</ul></details>${body}</section>`;
}
/** Findings grouped by the rule that raised them (check and message id): which kinds of problem dominate. */
function findingsByRule(report, links) {
    const groups = new Map();
    for (const g of report.gates) {
        for (const f of g.findings) {
            const key = `${f.check}/${f.messageId}`;
            if (!groups.has(key))
                groups.set(key, { check: f.check, messageId: f.messageId, items: [] });
            groups.get(key).items.push({ gate: g.id, f });
        }
    }
    if (groups.size === 0)
        return '<p class="muted">No findings.</p>';
    const sorted = [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.check.localeCompare(b.check));
    const summary = `<table class="compact"><thead><tr><th>Rule</th><th>Findings</th></tr></thead><tbody>${sorted.map((g) => `<tr><td><a href="#rule-${esc(g.check)}-${esc(g.messageId)}"><code>${esc(g.check)}/${esc(g.messageId)}</code></a></td><td>${g.items.length}</td></tr>`).join('')}</tbody></table>`;
    const lists = sorted.map((g) => `<h3 id="rule-${esc(g.check)}-${esc(g.messageId)}"><code>${esc(g.check)}/${esc(g.messageId)}</code> (${g.items.length})</h3><ul class="rule">${g.items
        .slice(0, MAX_REASONS)
        .map(({ gate, f }) => `<li class="finding" data-state="${f.state}">${f.location ? fileLink(links, f.location.file, f.location.line, f.location.column) : ''} <a href="#gate-${esc(gate)}" class="muted">${esc(gate)}</a> ${esc(f.message)}</li>`)
        .join('')}</ul>`);
    return summary + lists.join('');
}
/** Public-safety scan findings, when the run scanned too: only the masked value and fingerprint. */
function scanFindings(scan, links) {
    if (scan.findings.length === 0)
        return `<p>No public-safety finding in ${plural(scan.summary.scanned, 'file')} scanned.</p>`;
    const rows = scan.findings
        .slice(0, MAX_REASONS)
        .map((f) => `<tr class="finding" data-state="blocked"><td>${fileLink(links, f.file, f.line, f.column)}</td><td><code>${esc(f.ruleId)}</code></td><td><code class="masked">${esc(f.masked)}</code></td><td><code>${esc(f.fingerprint)}</code></td></tr>`);
    return `<table><thead><tr><th>Where</th><th>Rule</th><th>Value (masked)</th><th>Fingerprint</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
/** What changed since the previous report: gates first, then findings. */
function driftSection(drift) {
    if (!drift)
        return '<p class="muted">No previous report was given, so there is nothing to compare with. Pass <code>--compare last-night.json</code> (the Action: <code>compare-with: previous</code>).</p>';
    const head = `<p>Since the report of ${esc(drift.from.evaluatedAt)} (${esc(drift.from.result)}):${drift.policyChanged ? ' <strong>the policy changed</strong>,' : ''} ${plural(drift.gates.length, 'gate')} changed state, ${plural(drift.newFindings.length, 'new finding')}, ${plural(drift.resolvedFindings.length, 'resolved finding')}.</p>`;
    const gates = drift.gates.length ? `<table class="compact"><thead><tr><th>Gate</th><th>Was</th><th>Now</th></tr></thead><tbody>${drift.gates.map((g) => `<tr><td><a href="#gate-${esc(g.id)}">${esc(g.id)}</a></td><td>${badge(g.from)}</td><td>${badge(g.to)}</td></tr>`).join('')}</tbody></table>` : '';
    const list = (title, sign, items) => items.length ? `<h3>${title}</h3><ul class="drift">${items.slice(0, MAX_REASONS).map((f) => `<li><span class="sign" aria-hidden="true">${sign}</span> <code>${esc(f.gate)}</code> ${f.where ? `<code>${esc(f.where)}</code> ` : ''}${esc(f.message)}</li>`).join('')}</ul>` : '';
    const packets = drift.packets.added.length || drift.packets.removed.length ? `<p>Packets added: ${esc(drift.packets.added.join(', ') || 'none')}; removed: ${esc(drift.packets.removed.join(', ') || 'none')}.</p>` : '';
    return head + gates + list('New findings', '+', drift.newFindings) + list('Resolved findings', '−', drift.resolvedFindings) + packets;
}

;// CONCATENATED MODULE: ./src/report/html/styles.ts
/**
 * The page's only stylesheet, inlined: system fonts (no web font is fetched), state colours that
 * keep WCAG AA contrast on white, and print rules (no shadows, cards kept whole, link targets shown).
 */
const CSS = `
:root{--ready:#1a7f37;--ready-bg:#dafbe1;--degraded:#8a5a00;--degraded-bg:#fff4d4;--blocked:#c21d2a;--blocked-bg:#ffe3e6;--unknown:#4b5563;--unknown-bg:#eceff3;--line:#d0d7de;--muted:#57606a;--fg:#1f2328}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:#f6f8fa}
main{max-width:1100px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:36px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}h3{font-size:16px;margin:18px 0 8px}
code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef1f4;padding:1px 4px;border-radius:4px;overflow-wrap:anywhere}
a{color:#0550ae}
.muted{color:var(--muted)}
.verdict{display:inline-block;font-weight:700;font-size:18px;padding:6px 14px;border-radius:6px;margin:10px 0}
.verdict.pass{background:var(--ready-bg);color:var(--ready);border:2px solid var(--ready)}.verdict.fail{background:var(--blocked-bg);color:var(--blocked);border:2px solid var(--blocked)}
.intro{max-width:75ch}
.badge{display:inline-block;font-size:12px;font-weight:700;padding:1px 8px;border-radius:10px;border:1px solid;white-space:nowrap;text-transform:uppercase;letter-spacing:.03em}
.badge.ready{color:var(--ready);background:var(--ready-bg)}.badge.degraded{color:var(--degraded);background:var(--degraded-bg)}.badge.blocked{color:var(--blocked);background:var(--blocked-bg)}.badge.unknown{color:var(--unknown);background:var(--unknown-bg)}.badge.absent{color:var(--muted);background:#fff;border-style:dashed}
.counts{list-style:none;display:flex;flex-wrap:wrap;gap:10px;padding:0;margin:8px 0 16px}.count{background:#fff;border:1px solid var(--line);border-radius:8px;padding:6px 12px}.count strong{font-size:18px;margin-left:4px}
.board{list-style:none;display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:12px;padding:0;margin:0}
.card{background:#fff;border:1px solid var(--line);border-left:8px solid;border-radius:8px;padding:10px 12px;display:flex;flex-direction:column;gap:6px;break-inside:avoid}
.card.ready{border-left-color:var(--ready)}.card.degraded{border-left-color:var(--degraded);background:var(--degraded-bg)}.card.blocked{border-left-color:var(--blocked);background:var(--blocked-bg)}.card.unknown{border-left-color:var(--unknown);background:var(--unknown-bg)}
.card a{color:inherit;text-decoration:none}.card a:hover .title{text-decoration:underline}.card .title{font-weight:600}.card .meta{font-size:13px;color:var(--muted)}.card .badge{align-self:flex-start}
.id{font-size:12px;color:var(--muted);background:none;padding:0}
section.gate{background:#fff;border:1px solid var(--line);border-left:6px solid;border-radius:8px;padding:4px 16px 12px;margin:12px 0;break-inside:avoid-page}
section.gate.ready{border-left-color:var(--ready)}section.gate.degraded{border-left-color:var(--degraded)}section.gate.blocked{border-left-color:var(--blocked)}section.gate.unknown{border-left-color:var(--unknown)}
table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0;font-size:14px}th,td{border:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}th{background:#f0f3f6}td time{white-space:nowrap}table.compact{width:auto}
ul.checks,ul.rule,ul.drift{margin:6px 0;padding-left:20px}ul.checks li,ul.rule li,ul.drift li{margin:3px 0}
.timeline{position:relative;height:64px;margin:16px 8px 8px}.timeline .track{position:absolute;left:0;right:0;top:24px;height:6px;background:linear-gradient(90deg,var(--ready-bg),#eef1f4);border:1px solid var(--line);border-radius:3px}
.marks{list-style:none;margin:0;padding:0}.mark{position:absolute;top:12px;transform:translateX(-50%);width:26px;height:26px;border-radius:50%;color:#fff;font-weight:700;text-align:center;line-height:26px;font-size:13px}.mark .tip{position:absolute;top:-20px;left:50%;transform:translateX(-50%);white-space:nowrap;color:var(--fg);font-size:11px;font-weight:400}
.mark.blocked{background:var(--blocked)}.mark.degraded{background:var(--degraded)}.mark.unknown{background:var(--unknown)}.mark.ready{background:var(--ready)}
.tick{position:absolute;top:44px;transform:translateX(-50%);font-size:11px;color:var(--muted);white-space:nowrap}
div.chart{display:flex;background:#fff;border:1px solid var(--line);border-radius:8px;padding:4px 0;max-width:100%}div.chart svg{flex:none}div.chart-wrap{overflow-x:auto;direction:rtl;min-width:0}div.chart-wrap svg{direction:ltr;display:block}div.chart text{font:11px system-ui,sans-serif;fill:var(--fg)}div.chart .day,div.chart .axis{fill:var(--muted)}
.s-ready{fill:var(--ready)}.s-degraded{fill:#d4a72c}.s-blocked{fill:var(--blocked)}.s-unknown{fill:#8c959f}.s-none{fill:#fff;stroke:var(--line)}
.legend{display:flex;flex-wrap:wrap;gap:8px 20px;padding:0;list-style:none}
.filter{margin:8px 0}.filter input{font:inherit;padding:4px 8px;border:1px solid var(--line);border-radius:6px;width:min(100%,360px)}
footer{margin-top:40px;font-size:13px;color:var(--muted)}
@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}.filter{display:none}details>summary{list-style:none}
 .card,section.gate,table,div.chart{box-shadow:none}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 a.loc::after{content:none}div.chart-wrap{overflow:hidden}h2{break-after:avoid}tr{break-inside:avoid}}
`;

;// CONCATENATED MODULE: ./src/report/html/timeline.ts

const DAY = 24 * 60 * 60 * 1000;
/**
 * What changes ahead, from `check --horizon`: a bar from today to the horizon's end with a marker on
 * each day a gate changes state, then the same changes as a list (the list is what prints and what
 * a screen reader reads; the bar is the glance). Positions are CSS percentages: no script.
 */
function timeline(report) {
    const h = report.horizon;
    if (!h) {
        return '<p class="muted">This report looked at today only. Run <code>readiness-gate check --horizon P14D --format html</code> to see which evidence expires or which window closes in the next 14 days.</p>';
    }
    const start = Date.parse(report.evaluatedAt);
    const end = Date.parse(h.until);
    const span = Math.max(DAY, end - start);
    const at = (iso) => Math.min(100, Math.max(0, ((iso - start) / span) * 100)).toFixed(2);
    const intro = `<p>From ${esc(report.evaluatedAt.slice(0, 10))} to ${esc(h.until.slice(0, 10))} (${esc(h.duration)}), with nothing pushed, ${h.changes.length === 0 ? 'no gate changes state.' : `${h.changes.length === 1 ? 'one gate changes' : `${h.changes.length} gates change`} state as evidence expires:`}</p>`;
    const marks = h.changes.map((c) => {
        const day = Date.parse(`${c.on}T12:00:00Z`);
        return `<li class="mark ${c.to}" style="left:${at(day)}%"><span aria-hidden="true">${STATE_ICON[c.to]}</span><span class="tip">${esc(c.gate)} · ${esc(c.on)}</span></li>`;
    });
    const ticks = [];
    const days = Math.round(span / DAY);
    const every = days <= 14 ? 1 : days <= 60 ? 7 : 30;
    for (let d = 0; d <= days; d += every)
        ticks.push(`<span class="tick" style="left:${at(start + d * DAY)}%">${new Date(start + d * DAY).toISOString().slice(5, 10)}</span>`);
    const bar = `<div class="timeline" aria-hidden="true"><div class="track"></div><ol class="marks">${marks.join('')}</ol>${ticks.join('')}</div>`;
    const rows = h.changes.map((c) => `<tr><td><time datetime="${esc(c.on)}">${esc(c.on)}</time></td><td><a href="#gate-${esc(c.gate)}">${esc(c.gate)}</a></td><td>${badge(c.from)} → ${badge(c.to)}</td><td>${esc(c.reason ?? '')}</td></tr>`);
    const table = h.changes.length ? `<table><thead><tr><th>On</th><th>Gate</th><th>Change</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '';
    return `${intro}${h.changes.length ? bar : ''}${table}`;
}

;// CONCATENATED MODULE: ./src/report/html/dashboard.ts






/**
 * Progressive enhancement only: a filter box over the findings. Without JavaScript the box stays
 * hidden and every finding is shown, so nothing on the page depends on the script.
 */
const SCRIPT = `(function(){var f=document.querySelector('.filter');if(!f)return;f.hidden=false;var i=f.querySelector('input');i.addEventListener('input',function(){var q=i.value.toLowerCase();document.querySelectorAll('.finding').forEach(function(e){e.hidden=q!==''&&e.textContent.toLowerCase().indexOf(q)<0});});})();`;
/** The dashboard: verdict, gate board, what expires ahead, drift, history, reasons, findings by rule. */
function renderDashboard(input) {
    const { report: r, links } = input;
    const findingCount = r.summary.findings + (input.scan?.findings.length ?? 0);
    const sections = [
        section('board', 'Gates', gateBoard(r)),
        section('ahead', 'Ahead: what expires', timeline(r)),
        section('drift', 'Since the previous report', driftSection(input.drift)),
        ...(input.history ? [section('history', 'History', historySection(input.history))] : []),
        section('gates', 'Why each gate is in its state', `<div class="filter" hidden><label>Filter findings <input type="search" placeholder="file, gate or words"></label></div>${gateDetails(r, links)}`),
        section('rules', 'Findings by rule', findingsByRule(r, links)),
        ...(input.scan ? [section('scan', 'Public-safety scan', scanFindings(input.scan, links))] : []),
    ];
    const header = `<header>
<h1>Release readiness</h1>
<div class="verdict ${r.result}" id="verdict">${r.result === 'pass' ? '✔ Ready to release' : '✖ Not ready to release'}</div>
<p class="intro">Each <strong>gate</strong> below is a named condition the release must meet, decided from evidence files kept in the repository. ${legend()} The release is blocked when any gate is ${r.failOn.map((s) => `<em>${esc(s)}</em>`).join(' or ')}. This report found ${plural(findingCount, 'reason')} in all.</p>
<p class="muted">Generated <time datetime="${esc(r.evaluatedAt)}">${esc(r.evaluatedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'))}</time> · policy ${r.policy.files.map((f) => `<code>${esc(f)}</code>`).join(' + ')} · digest <code title="${esc(r.policy.digest)}">${esc(r.policy.digest.slice(0, 23))}</code></p>
</header>`;
    const footer = `<footer>Written by readiness-gate ${esc(r.tool.version)} from report version ${r.reportVersion}. Policy digest <code>${esc(r.policy.digest)}</code>. The page fetches nothing; values found by the scanner appear only masked, with a fingerprint.</footer>`;
    return page(`Readiness: ${r.result === 'pass' ? 'pass' : 'FAIL'} · ${plural(r.summary.gates, 'gate')}`, r.tool.version, [header, ...sections, footer].join('\n'));
}
/** The history command's page: the trend alone, from a folder of past reports. */
function renderHistoryPage(h, version) {
    const span = h.days.length ? `${h.days[0]} to ${h.days.at(-1)}` : 'no reports';
    const body = `<header><h1>Readiness history</h1><p class="intro">How each readiness gate's state moved from day to day (${esc(span)}), read from past reports of <code>readiness-gate check --format json</code>. ${legend()}</p></header>${section('history', 'Gate states per day', historySection(h))}`;
    return page(`Readiness history · ${span}`, version, body);
}
/**
 * The shell of every page: inline CSS, inline SVG, one inline script allowed by its hash. The
 * Content-Security-Policy forbids every fetch (default-src 'none'), so a page that tried to load a
 * font, an image or a script from anywhere would show it, in the browser console, as refused.
 */
function page(title, version, body) {
    const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${(0,external_node_crypto_.createHash)('sha256').update(SCRIPT).digest('base64')}'; base-uri 'none'; form-action 'none'`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="readiness-gate ${esc(version)}">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
function section(id, title, body) {
    return `<section id="${id}"><h2>${esc(title)}</h2>${body}</section>`;
}
function legend() {
    return `A gate is ${badge('ready')} when every check passes, ${badge('degraded')} when it passes with a warning (evidence about to expire, say), ${badge('blocked')} when evidence is missing, invalid or says so, and ${badge('unknown')} when it could not be decided, which counts as not ready.`;
}
function historySection(h) {
    const rows = h.reports.map((r) => `<tr><td>${esc(r.day)}</td><td>${esc(r.result)}</td><td><code>${esc(r.file)}</code></td></tr>`).join('');
    const skipped = h.skipped.length ? `<p class="muted">Skipped: ${h.skipped.map((s) => `<code>${esc(s.file)}</code> (${esc(s.reason)})`).join(', ')}.</p>` : '';
    const key = `<ul class="legend">${['ready', 'degraded', 'blocked', 'unknown'].map((s) => `<li>${badge(s)}</li>`).join('')}<li><span class="badge absent">no report</span></li></ul>`;
    return `<p>Gate states on each day that has a report (the last report of a day stands for it).</p>${historyChart(h)}${key}<details><summary>The ${plural(h.reports.length, 'report')} behind the chart</summary><table class="compact"><thead><tr><th>Day</th><th>Result</th><th>File</th></tr></thead><tbody>${rows}</tbody></table></details>${skipped}`;
}


/***/ })

};
