export const id = 518;
export const ids = [518];
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

/***/ 4518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildHistory: () => (/* binding */ buildHistory),
/* harmony export */   readReports: () => (/* binding */ readReports),
/* harmony export */   renderHistoryText: () => (/* binding */ renderHistoryText)
/* harmony export */ });
/* harmony import */ var _util_safe_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7240);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_states_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(758);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4031);





const MAX_FILES = 5000;
const MAX_BYTES = 50 * 1024 * 1024;
/** Reads every *.json under `dir` (sub-folders too, as artifact downloads nest them). */
function readReports(dir) {
    const reports = [];
    const skipped = [];
    const walk = (folder, depth) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
        }
        catch (err) {
            return void skipped.push({ file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, folder) || '.', reason: `cannot be read (${err.code ?? 'error'})` });
        }
        for (const entry of entries) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, entry.name);
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, path);
            if (entry.isDirectory() && depth < 4)
                walk(path, depth + 1);
            if (entry.isSymbolicLink() && entry.name.endsWith('.json'))
                skipped.push({ file, reason: 'a symbolic link (not followed)' });
            if (!entry.isFile() || !entry.name.endsWith('.json'))
                continue;
            if (reports.length + skipped.length >= MAX_FILES)
                return void skipped.push({ file, reason: `more than ${MAX_FILES} files; the rest were not read` });
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path).size > MAX_BYTES) {
                skipped.push({ file, reason: 'larger than 50 MB' });
                continue;
            }
            const read = (0,_util_safe_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegularFile */ .XF)(path, MAX_BYTES);
            if (!read.ok) {
                skipped.push({ file, reason: `cannot be read (${read.message})` });
                continue;
            }
            const text = read.bytes.toString('utf8');
            const report = asReport(text);
            if (typeof report === 'string')
                skipped.push({ file, reason: report });
            else
                reports.push({ file, report });
        }
    };
    walk(dir, 0);
    return { reports, skipped };
}
function asReport(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return 'not JSON';
    }
    const r = value;
    if (!r || typeof r !== 'object' || r.reportVersion === undefined || !Array.isArray(r.gates))
        return 'not a check report (scan reports and SARIF have no gates)';
    if (typeof r.evaluatedAt !== 'string' || Number.isNaN(Date.parse(r.evaluatedAt)))
        return 'has no valid evaluatedAt';
    return r;
}
/** The last report of each day stands for that day; gates are ordered as the newest report lists them. */
function buildHistory(found, skipped = []) {
    const byDay = new Map();
    for (const entry of [...found].sort((a, b) => a.report.evaluatedAt.localeCompare(b.report.evaluatedAt))) {
        byDay.set(new Date(entry.report.evaluatedAt).toISOString().slice(0, 10), entry);
    }
    const days = [...byDay.keys()].sort();
    const order = new Map();
    for (const day of [...days].reverse())
        for (const g of byDay.get(day).report.gates)
            if (!order.has(g.id))
                order.set(g.id, g.title);
    return {
        days,
        gates: [...order].map(([id, title]) => ({
            id,
            title,
            states: days.map((day) => {
                const state = byDay.get(day).report.gates.find((g) => g.id === id)?.state;
                return state && _engine_states_js__WEBPACK_IMPORTED_MODULE_3__/* .GATE_STATES */ .F_.includes(state) ? state : null;
            }),
        })),
        reports: days.map((day) => {
            const { file, report } = byDay.get(day);
            return { day, file, evaluatedAt: report.evaluatedAt, result: report.result };
        }),
        skipped,
    };
}
const LETTER = { ready: 'R', degraded: 'D', unknown: 'U', blocked: 'B' };
/** The trend as a grid for a terminal: a row per gate, a column per day, one letter per state. */
function renderHistoryText(unsafe, style) {
    const h = (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .textSafeDeep */ .rn)(unsafe);
    if (h.days.length === 0)
        return `no reports found${h.skipped.length ? ` (${h.skipped.length} files skipped)` : ''}\n`;
    const width = Math.max(4, ...h.gates.map((g) => g.id.length));
    const out = [style.dim(`${h.days.length} days, ${h.days[0]} to ${h.days.at(-1)}; R ready, D degraded, U unknown, B blocked, . no report of the gate`), ''];
    out.push(style.bold(`${'GATE'.padEnd(width)}  ${h.days.map((d) => d.slice(8)).join(' ')}`));
    for (const g of h.gates)
        out.push(`${g.id.padEnd(width)}  ${g.states.map((s) => (s ? ` ${style.state(s, LETTER[s])}` : ' .')).join(' ')}`);
    out.push(`${'pass'.padEnd(width)}  ${h.reports.map((r) => (r.result === 'pass' ? ' ✓' : ' ✗')).join(' ')}`);
    for (const s of h.skipped)
        out.push(style.dim(`skipped ${s.file}: ${s.reason}`));
    return out.join('\n') + '\n';
}


/***/ })

};
