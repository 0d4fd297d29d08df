export const id = 966;
export const ids = [966,101];
export const modules = {

/***/ 9966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkOutputOptions: () => (/* binding */ checkOutputOptions),
/* harmony export */   emit: () => (/* binding */ emit),
/* harmony export */   readHistoryDir: () => (/* binding */ readHistoryDir),
/* harmony export */   readReportFile: () => (/* binding */ readReportFile),
/* harmony export */   renderCheckReport: () => (/* binding */ renderCheckReport)
/* harmony export */ });
/* harmony import */ var _util_safe_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7240);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3124);
/* harmony import */ var _report_drift_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8101);





/** Reads a report file a user named; every failure names the file and what to give instead. */
function readReportFile(io, path) {
    const read = (0,_util_safe_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegularFile */ .XF)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, path));
    if (!read.ok)
        throw new _engine_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot read ${path}: ${read.message}`);
    const text = read.bytes.toString('utf8');
    try {
        return (0,_report_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReport */ .M)(text, path);
    }
    catch (err) {
        throw new _engine_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(err.message);
    }
}
/**
 * Refuses, before any gate is evaluated, options that this format would ignore or that cannot
 * work: a usage error should not wait for a full check.
 */
function checkOutputOptions(o) {
    if (o.format === 'json' && (o.compare || o.history))
        throw new _engine_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('--compare and --history add to the text and html reports; for JSON, use "readiness-gate diff" and "readiness-gate history --format json"');
    if (o.format !== 'html' && o.history)
        throw new _engine_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('--history draws a chart in --format html; in a terminal, use "readiness-gate history DIR"');
    if (o.format !== 'html' && o.linkBase)
        throw new _engine_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('--link-base sets the file links of --format html');
    if (o.linkBase && !/^https?:\/\//.test(o.linkBase))
        throw new _engine_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`--link-base must be an http(s) URL such as https://github.com/OWNER/REPO/blob/SHA/, not "${o.linkBase}"`);
}
/** A check report in the asked format (options already checked): text, json, or the html dashboard. */
async function renderCheckReport(io, report, o, style) {
    if (o.format === 'json')
        return (await __webpack_require__.e(/* import() */ 794).then(__webpack_require__.bind(__webpack_require__, 2794))).renderJson(report);
    if (o.format === 'text') {
        const text = (await __webpack_require__.e(/* import() */ 655).then(__webpack_require__.bind(__webpack_require__, 5655))).renderText(report, style);
        return o.compare ? `${text}\n${(0,_report_drift_js__WEBPACK_IMPORTED_MODULE_4__.renderDriftText)((0,_report_drift_js__WEBPACK_IMPORTED_MODULE_4__.diffReports)(readReportFile(io, o.compare), report), style)}` : text;
    }
    const { renderDashboard } = await __webpack_require__.e(/* import() */ 435).then(__webpack_require__.bind(__webpack_require__, 435));
    const history = o.history ? await historyWith(io, o.history, report) : undefined;
    return renderDashboard({
        report,
        links: linkBase(io, o),
        ...(o.compare ? { drift: (0,_report_drift_js__WEBPACK_IMPORTED_MODULE_4__.diffReports)(readReportFile(io, o.compare), report) } : {}),
        ...(history ? { history } : {}),
    });
}
/** The reports in DIR plus tonight's, which stands for today whether or not it was saved there yet. */
async function historyWith(io, dir, current) {
    const { buildHistory, readReports } = await __webpack_require__.e(/* import() */ 518).then(__webpack_require__.bind(__webpack_require__, 4518));
    const found = readHistoryDir(io, dir, readReports);
    return buildHistory([...found.reports, { file: '(this report)', report: current }], found.skipped);
}
function readHistoryDir(io, dir, read) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, dir);
    let isDir = false;
    try {
        isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).isDirectory();
    }
    catch {
        /* reported below */
    }
    if (!isDir)
        throw new _engine_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${dir} is not a folder; give the folder that holds past reports written by "readiness-gate check --format json"`);
    return read(path);
}
function linkBase(io, o) {
    if (o.linkBase)
        return { url: o.linkBase };
    return { root: o.root, pageDir: o.output ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, o.output)) : io.cwd };
}
/** Standard output, or the -o file (its folder made as needed). */
function emit(io, text, output) {
    if (!output)
        return io.stdout(text);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, output);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(path, text);
    }
    catch (err) {
        throw new _engine_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot write ${output}: ${err.code ?? err.message}`);
    }
    io.stderr(`wrote ${output} (${Buffer.byteLength(text).toLocaleString('en-US')} bytes)\n`);
}


/***/ }),

/***/ 1247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ compareFindings),
/* harmony export */   j: () => (/* binding */ formatLocation)
/* harmony export */ });
function compareFindings(a, b) {
    const fa = a.location?.file ?? '';
    const fb = b.location?.file ?? '';
    if (fa !== fb)
        return fa < fb ? -1 : 1;
    const la = a.location?.line ?? 0;
    const lb = b.location?.line ?? 0;
    if (la !== lb)
        return la - lb;
    const ca = a.location?.column ?? 0;
    const cb = b.location?.column ?? 0;
    if (ca !== cb)
        return ca - cb;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
function formatLocation(location) {
    if (!location)
        return '';
    let s = location.file;
    if (location.line !== undefined) {
        s += `:${location.line}`;
        if (location.column !== undefined)
            s += `:${location.column}`;
    }
    return s;
}


/***/ }),

/***/ 8101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseReport),
/* harmony export */   diffReports: () => (/* binding */ diffReports),
/* harmony export */   renderDriftText: () => (/* binding */ renderDriftText)
/* harmony export */ });
/* unused harmony export findingFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1247);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);



/**
 * A finding is the same finding in both reports when its gate, check entry, message id, file and
 * JSON pointer match (or, without a pointer, its message: scan findings carry the value's
 * fingerprint there). Lines are left out, so an edit above a finding does not turn it into a
 * resolved one and a new one; and messages are left out where a pointer exists, because some
 * say how long ago something expired and change every night.
 */
function findingFingerprint(gate, f) {
    const key = [gate, f.checkId, f.messageId, f.location?.file ?? '', f.location?.pointer ?? f.message].join('\0');
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 16)}`;
}
function diffReports(before, after) {
    const states = (r) => new Map(r.gates.map((g) => [g.id, g.state]));
    const [was, now] = [states(before), states(after)];
    const gates = [];
    for (const id of new Set([...was.keys(), ...now.keys()])) {
        const from = was.get(id) ?? 'absent';
        const to = now.get(id) ?? 'absent';
        if (from !== to)
            gates.push({ id, from, to });
    }
    const [oldF, newF] = [findings(before), findings(after)];
    const packetIds = (r) => new Set(r.packets.map((p) => p.id));
    const [oldP, newP] = [packetIds(before), packetIds(after)];
    return {
        from: { evaluatedAt: before.evaluatedAt, policyDigest: before.policy.digest, result: before.result },
        to: { evaluatedAt: after.evaluatedAt, policyDigest: after.policy.digest, result: after.result },
        policyChanged: before.policy.digest !== after.policy.digest,
        gates,
        newFindings: [...newF.values()].filter((f) => !oldF.has(f.fingerprint)),
        resolvedFindings: [...oldF.values()].filter((f) => !newF.has(f.fingerprint)),
        packets: { added: [...newP].filter((p) => !oldP.has(p)).sort(), removed: [...oldP].filter((p) => !newP.has(p)).sort() },
    };
}
function findings(report) {
    const out = new Map();
    for (const gate of report.gates) {
        for (const f of gate.findings) {
            const fingerprint = findingFingerprint(gate.id, f);
            out.set(fingerprint, { gate: gate.id, fingerprint, where: (0,_engine_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j)(f.location), message: f.message });
        }
    }
    return out;
}
/** The drift as text: gate changes first (what an operator acts on), then findings, then packets. */
function renderDriftText(unsafe, style) {
    const d = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .textSafeDeep */ .rn)(unsafe);
    const out = [style.dim(`drift from ${d.from.evaluatedAt} (${d.from.result}) to ${d.to.evaluatedAt} (${d.to.result})`)];
    if (d.policyChanged)
        out.push(`policy changed: ${d.from.policyDigest} -> ${d.to.policyDigest}`);
    out.push('', style.bold(`Gates that changed (${d.gates.length})`));
    out.push(...(d.gates.length ? d.gates.map((g) => `  ${g.id}: ${g.from} -> ${g.to === 'absent' ? g.to : style.state(g.to, g.to)}`) : ['  none']));
    for (const [title, list, sign] of [['New findings', d.newFindings, '+'], ['Resolved findings', d.resolvedFindings, '-']]) {
        out.push('', style.bold(`${title} (${list.length})`));
        out.push(...(list.length ? list.map((f) => `  ${sign} ${f.gate}  ${f.where ? `${f.where}  ` : ''}${f.message}`) : ['  none']));
    }
    if (d.packets.added.length || d.packets.removed.length) {
        out.push('', style.bold('Packets'));
        out.push(...d.packets.added.map((p) => `  + ${p}`), ...d.packets.removed.map((p) => `  - ${p}`));
    }
    return out.join('\n') + '\n';
}
/** Reads a report written by `check --format json`; anything else is an error naming the file. */
function parseReport(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${file} is not JSON (${err.message}); give two reports written by "readiness-gate check --format json"`);
    }
    const r = value;
    if (!r || typeof r !== 'object' || r.reportVersion === undefined || !Array.isArray(r.gates) || !Array.isArray(r.packets) || !r.policy) {
        throw new Error(`${file} is not a readiness-gate report; give two reports written by "readiness-gate check --format json"`);
    }
    return r;
}


/***/ })

};
