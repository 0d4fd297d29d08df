export const id = 320;
export const ids = [320];
export const modules = {

/***/ 3320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildScanReport),
/* harmony export */   renderScanJson: () => (/* binding */ renderScanJson),
/* harmony export */   renderScanText: () => (/* binding */ renderScanText)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(649);
/* harmony import */ var _scan_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7916);




function buildScanReport(result, rules, baselined) {
    const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const f of result.findings)
        bySeverity[f.severity]++;
    const t = result.target;
    const used = new Set(result.findings.map((f) => f.ruleId));
    // A finding's file name can hold a token too: it is shown masked, like the value.
    const scanner = new _scan_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .Scanner */ .L({ rules: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactionRules */ .NY)(rules) });
    const findings = result.findings.map((f) => ({ ...f, file: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(scanner, f.file) }));
    return {
        scanVersion: 1,
        tool: { name: 'readiness-gate', version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x },
        target: { kind: t.kind, ...(t.kind === 'ref' ? { ref: t.ref } : {}), ...(t.kind === 'diff' ? { range: t.range } : {}), ...(t.kind === 'stdin' ? { name: t.name } : {}) },
        ...(result.shard ? { shard: `${result.shard.index + 1}/${result.shard.count}` } : {}),
        summary: { ...result.stats, findings: result.findings.length, bySeverity, ...(baselined ? { baselined } : {}) },
        rules: rules
            .filter((r) => used.has(r.id))
            .map((r) => ({ id: r.id, description: r.description, severity: r.severity, category: r.category }))
            .sort((a, b) => (a.id < b.id ? -1 : 1)),
        findings,
    };
}
function renderScanJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}
const SEVERITY_STATE = { critical: 'blocked', high: 'blocked', medium: 'degraded', low: 'ready' };
function renderScanText(unsafe, style) {
    const report = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .textSafeDeep */ .rn)(unsafe);
    const out = [];
    for (const f of report.findings) {
        out.push(`${f.file}:${f.line}:${f.column}  ${style.state(SEVERITY_STATE[f.severity], f.severity.padEnd(8))}  ${f.ruleId}  ${f.masked}  ${style.dim(f.fingerprint)}`);
    }
    if (report.findings.length > 0)
        out.push('');
    const s = report.summary;
    const skipped = [
        s.skippedBinary ? `${s.skippedBinary} binary` : '',
        s.skippedLarge ? `${s.skippedLarge} over the size limit` : '',
        s.skippedSymlinks ? `${s.skippedSymlinks} symbolic links` : '',
        s.skippedUnreadable ? `${s.skippedUnreadable} unreadable` : '',
    ].filter(Boolean);
    out.push(`${s.scanned} of ${s.files} files scanned${skipped.length ? ` (skipped: ${skipped.join(', ')})` : ''}, ${(s.bytes / 1024 / 1024).toFixed(1)} MiB${report.shard ? `, shard ${report.shard}` : ''}`);
    const REASON = { binary: 'binary (a NUL byte in its first 8,000 bytes)', 'too-large': 'over scan.max-file-bytes (large-files: skip)', 'symbolic-link': 'symbolic link, never followed', unreadable: 'could not be read' };
    for (const { file, reason } of s.skipped.slice(0, 10))
        out.push(style.dim(`  skipped ${file}: ${REASON[reason]}`));
    if (s.skipped.length > 10)
        out.push(style.dim(`  ... and ${s.skipped.length - 10} more (see --format json)`));
    if (s.baselined)
        out.push(`${s.baselined} findings hidden by the baseline`);
    const sev = Object.keys(s.bySeverity).filter((k) => s.bySeverity[k] > 0).map((k) => `${s.bySeverity[k]} ${k}`);
    out.push(report.findings.length === 0 ? style.state('ready', 'No public-safety findings.') : style.state('blocked', `${report.findings.length} public-safety findings: ${sev.join(', ')}`));
    return out.join('\n') + '\n';
}


/***/ })

};
