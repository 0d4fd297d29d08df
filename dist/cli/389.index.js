export const id = 389;
export const ids = [389];
export const modules = {

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

/***/ 7389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderExplain: () => (/* binding */ renderExplain)
/* harmony export */ });
/* harmony import */ var _engine_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1247);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);


/** One gate in full: what it requires, how each requirement fares, and every reason. */
function renderExplain(unsafe, style) {
    const report = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .textSafeDeep */ .rn)(unsafe);
    const out = [];
    for (const gate of report.gates) {
        out.push(`${style.bold(gate.title)} (${gate.id}): ${style.state(gate.state, gate.state)}`);
        if (gate.description)
            out.push(gate.description);
        out.push('');
        out.push(style.bold('Requires:'));
        if (gate.checks.length === 0)
            out.push('  (no checks: the gate cannot be decided and stays unknown)');
        for (const check of gate.checks) {
            const note = check.skipped ? ` (skipped: ${check.skipped})` : '';
            out.push(`  ${style.state(check.state, check.state.padEnd(8))}  ${check.check} ${style.dim(`[${check.id}]`)}: ${check.requires}${note}`);
        }
        out.push('');
        if (gate.findings.length === 0) {
            out.push(`Why: every check passed, so the gate is ${gate.state}.`);
        }
        else {
            out.push(style.bold('Why:'));
            for (const f of gate.findings) {
                out.push(`  ${(0,_engine_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j)(f.location) || '(policy)'}  ${style.state(f.state, f.state)}  ${f.message}`);
            }
        }
        const fails = report.failOn.includes(gate.state);
        out.push('');
        out.push(fails ? `This gate fails the run (fail-on: ${report.failOn.join(', ')}).` : `This gate does not fail the run (fail-on: ${report.failOn.join(', ')}).`);
    }
    return out.join('\n') + '\n';
}


/***/ })

};
