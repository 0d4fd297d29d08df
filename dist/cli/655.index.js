export const id = 655;
export const ids = [655];
export const modules = {

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _engine_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1247);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);


const MAX_REASONS_PER_GATE = 50;
/** The human report: a gate table, then each gate that is not ready with its reasons as file:line:col. */
function renderText(unsafe, style) {
    const report = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .textSafeDeep */ .rn)(unsafe);
    const out = [];
    out.push(style.dim(`readiness-gate ${report.tool.version} · policy ${report.policy.files.join(' + ')} · evaluated at ${report.evaluatedAt}`));
    out.push('');
    const rows = report.gates.map((g) => {
        const passed = g.checks.filter((c) => c.state === 'ready').length;
        return [g.state, g.id, g.title, `${passed}/${g.checks.length}`, String(g.findings.length)];
    });
    const header = ['STATE', 'GATE', 'TITLE', 'CHECKS OK', 'REASONS'];
    const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i].length))));
    const fit = (text, width) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
    out.push(style.bold(header.map((h, i) => fit(h, widths[i])).join('  ').trimEnd()));
    report.gates.forEach((g, r) => {
        const cells = rows[r].map((cell, i) => fit(cell, widths[i]));
        cells[0] = style.state(g.state, cells[0]);
        out.push(cells.join('  ').trimEnd());
    });
    if (report.gates.length === 0)
        out.push(style.dim('(no gates selected)'));
    for (const gate of report.gates) {
        if (gate.findings.length === 0)
            continue;
        out.push('');
        out.push(...gateReasons(gate, style));
    }
    if (report.horizon)
        out.push('', ...horizonLines(report.horizon, style));
    out.push('');
    out.push(verdict(report, style));
    return out.join('\n') + '\n';
}
/** One line per gate that changes: "release  ready today, blocked on 2026-12-03: <reason>". */
function horizonLines(horizon, style) {
    const head = style.bold(`Within ${horizon.duration} (until ${horizon.until.slice(0, 10)}):`);
    if (horizon.changes.length === 0)
        return [head, '  no gate changes state'];
    const width = Math.max(...horizon.changes.map((c) => c.gate.length));
    // Grouped by gate, first change first: "ready today, degraded on D1" then "then blocked on D2".
    const byGate = new Map();
    for (const c of horizon.changes)
        byGate.set(c.gate, [...(byGate.get(c.gate) ?? []), c]);
    return [
        head,
        ...[...byGate.values()].flatMap((list) => list.map((c, i) => `  ${(i === 0 ? c.gate : '').padEnd(width)}  ${i === 0 ? `${c.from} today, ` : 'then '}${style.state(c.to, c.to)} on ${c.on}${c.reason ? `: ${c.reason}` : ''}`)),
    ];
}
function gateReasons(gate, style) {
    const lines = [`${style.state(gate.state, gate.state.toUpperCase())} ${style.bold(gate.id)} — ${gate.title}`];
    const shown = gate.findings.slice(0, MAX_REASONS_PER_GATE);
    for (const f of shown) {
        const where = (0,_engine_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j)(f.location) || '(policy)';
        const tag = f.state === gate.state ? '' : ` [${f.state}]`;
        lines.push(`  ${where}  ${style.dim(f.check)}  ${f.message}${tag}`);
    }
    if (gate.findings.length > shown.length) {
        lines.push(style.dim(`  … ${gate.findings.length - shown.length} more reasons (see --format json)`));
    }
    return lines;
}
function verdict(report, style) {
    const s = report.summary;
    const counts = ['ready', 'degraded', 'blocked', 'unknown']
        .filter((k) => s[k] > 0)
        .map((k) => `${s[k]} ${k}`)
        .join(', ');
    const failOn = `fails on: ${report.failOn.join(', ')}`;
    if (report.result === 'pass')
        return `${style.state('ready', 'PASS')}  ${counts || 'no gates'} (${failOn})`;
    if (report.reason)
        return `${style.state('unknown', 'FAIL')}  ${report.reason}`;
    return `${style.state('blocked', 'FAIL')}  ${counts} (${failOn})`;
}


/***/ })

};
