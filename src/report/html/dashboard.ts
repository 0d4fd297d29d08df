import { createHash } from 'node:crypto';
import type { Drift } from '../drift.js';
import type { History } from '../history.js';
import type { Report } from '../model.js';
import type { ScanReport } from '../scan-report.js';
import { historyChart } from './history-chart.js';
import { badge, esc, plural, type LinkBase } from './markup.js';
import { driftSection, findingsByRule, gateBoard, gateDetails, scanFindings } from './sections.js';
import { CSS } from './styles.js';
import { timeline } from './timeline.js';

export interface DashboardInput {
  report: Report;
  links: LinkBase;
  drift?: Drift;
  history?: History;
  scan?: ScanReport;
}

/**
 * Progressive enhancement only: a filter box over the findings. Without JavaScript the box stays
 * hidden and every finding is shown, so nothing on the page depends on the script.
 */
const SCRIPT = `(function(){var f=document.querySelector('.filter');if(!f)return;f.hidden=false;var i=f.querySelector('input');i.addEventListener('input',function(){var q=i.value.toLowerCase();document.querySelectorAll('.finding').forEach(function(e){e.hidden=q!==''&&e.textContent.toLowerCase().indexOf(q)<0});});})();`;

/** The dashboard: verdict, gate board, what expires ahead, drift, history, reasons, findings by rule. */
export function renderDashboard(input: DashboardInput): string {
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
export function renderHistoryPage(h: History, version: string): string {
  const span = h.days.length ? `${h.days[0]} to ${h.days.at(-1)}` : 'no reports';
  const body = `<header><h1>Readiness history</h1><p class="intro">How each readiness gate's state moved from day to day (${esc(span)}), read from past reports of <code>readiness-gate check --format json</code>. ${legend()}</p></header>${section('history', 'Gate states per day', historySection(h))}`;
  return page(`Readiness history · ${span}`, version, body);
}

/**
 * The shell of every page: inline CSS, inline SVG, one inline script allowed by its hash. The
 * Content-Security-Policy forbids every fetch (default-src 'none'), so a page that tried to load a
 * font, an image or a script from anywhere would show it, in the browser console, as refused.
 */
function page(title: string, version: string, body: string): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'; base-uri 'none'; form-action 'none'`;
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

function section(id: string, title: string, body: string): string {
  return `<section id="${id}"><h2>${esc(title)}</h2>${body}</section>`;
}

function legend(): string {
  return `A gate is ${badge('ready')} when every check passes, ${badge('degraded')} when it passes with a warning (evidence about to expire, say), ${badge('blocked')} when evidence is missing, invalid or says so, and ${badge('unknown')} when it could not be decided, which counts as not ready.`;
}

function historySection(h: History): string {
  const rows = h.reports.map((r) => `<tr><td>${esc(r.day)}</td><td>${esc(r.result)}</td><td><code>${esc(r.file)}</code></td></tr>`).join('');
  const skipped = h.skipped.length ? `<p class="muted">Skipped: ${h.skipped.map((s) => `<code>${esc(s.file)}</code> (${esc(s.reason)})`).join(', ')}.</p>` : '';
  const key = `<ul class="legend">${(['ready', 'degraded', 'blocked', 'unknown'] as const).map((s) => `<li>${badge(s)}</li>`).join('')}<li><span class="badge absent">no report</span></li></ul>`;
  return `<p>Gate states on each day that has a report (the last report of a day stands for it).</p>${historyChart(h)}${key}<details><summary>The ${plural(h.reports.length, 'report')} behind the chart</summary><table class="compact"><thead><tr><th>Day</th><th>Result</th><th>File</th></tr></thead><tbody>${rows}</tbody></table></details>${skipped}`;
}
