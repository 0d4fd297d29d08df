export const id = 758;
export const ids = [758];
export const modules = {

/***/ 6758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BaselineError: () => (/* binding */ BaselineError),
/* harmony export */   applyBaseline: () => (/* binding */ applyBaseline),
/* harmony export */   createBaseline: () => (/* binding */ createBaseline),
/* harmony export */   readBaseline: () => (/* binding */ readBaseline)
/* harmony export */ });
/* harmony import */ var _util_safe_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7240);
/* harmony import */ var _document_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7490);
/* harmony import */ var _engine_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4964);



class BaselineError extends Error {
}
function createBaseline(findings) {
    const seen = new Set();
    const entries = [];
    for (const f of findings) {
        if (seen.has(f.fingerprint))
            continue;
        seen.add(f.fingerprint);
        entries.push({ fingerprint: f.fingerprint, rule: f.ruleId, file: f.file, masked: f.masked });
    }
    return { baselineVersion: 1, entries };
}
function readBaseline(path) {
    const read = (0,_util_safe_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegularFile */ .XF)(path);
    if (!read.ok)
        throw new BaselineError(`${path}: cannot read the baseline file: ${read.message}`);
    const text = read.bytes.toString('utf8');
    const loaded = (0,_document_load_js__WEBPACK_IMPORTED_MODULE_1__/* .parseText */ .r4)(text, path, _document_load_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LIMITS */ .dR, 'json');
    if (!loaded.ok)
        throw new BaselineError(`${path}:${loaded.failure.line ?? 1}:${loaded.failure.column ?? 1}: ${loaded.failure.message}`);
    const value = loaded.document.value;
    if (!value || value.baselineVersion !== 1 || !Array.isArray(value.entries)) {
        throw new BaselineError(`${path}: not a readiness-gate baseline (expected {"baselineVersion": 1, "entries": [...]}); write one with "readiness-gate baseline"`);
    }
    value.entries.forEach((e, i) => {
        const at = loaded.document.locate(`/entries/${i}`);
        if (!e || typeof e.fingerprint !== 'string')
            throw new BaselineError(`${path}:${at.line}:${at.column}: entry ${i} needs a "fingerprint"`);
        if (e.expires !== undefined && !(0,_engine_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .EH)(e.expires))
            throw new BaselineError(`${path}:${at.line}:${at.column}: "expires" must be a date such as 2027-01-31`);
    });
    return value;
}
/** Findings the baseline does not cover (or covers with an expired entry). */
function applyBaseline(findings, baseline, now) {
    const active = new Set();
    const stale = new Set();
    for (const e of baseline.entries) {
        const expires = e.expires ? (0,_engine_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .EH)(e.expires) : undefined;
        (expires && expires.getTime() <= now.getTime() ? stale : active).add(e.fingerprint);
    }
    const kept = findings.filter((f) => !active.has(f.fingerprint));
    return { kept, hidden: findings.length - kept.length, expired: kept.filter((f) => stale.has(f.fingerprint)).length };
}


/***/ })

};
