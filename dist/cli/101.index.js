export const id = 101;
export const ids = [101];
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
