export const id = 961;
export const ids = [961,537,320];
export const modules = {

/***/ 3961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRules: () => (/* binding */ runRules)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1604);
/* harmony import */ var _scan_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5537);



/**
 * `readiness-gate rules`: the rules a scan in this repository runs (built-in ones the policy keeps,
 * its custom rules, imported gitleaks rules), so a user can see what is checked, and the bench can
 * give ripgrep the same patterns.
 */
async function runRules(cwd, policy, format, io) {
    const settings = await (0,_scan_command_js__WEBPACK_IMPORTED_MODULE_1__/* .scanSettings */ .F)(cwd, policy);
    const rows = listRules(settings);
    if (format === 'json') {
        io.stdout(JSON.stringify({ rules: rows }, null, 2) + '\n');
        return _io_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.ok;
    }
    const width = Math.max(...rows.map((r) => r.id.length));
    io.stdout(rows.map((r) => `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .textSafe */ .T_)(r.id).padEnd(width)}  ${r.severity.padEnd(8)}  ${r.category.padEnd(16)}  ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .textSafe */ .T_)(r.description)}`).join('\n') + `\n${rows.length} rules\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.ok;
}
function listRules(settings) {
    const content = settings.rules.map((r) => ({
        id: r.id,
        description: r.description,
        severity: r.severity,
        category: r.category,
        keywords: r.keywords,
        pattern: r.pattern instanceof RegExp ? { source: r.pattern.source, flags: r.pattern.flags, syntax: 'javascript' } : { source: r.pattern.source, flags: '', syntax: 're2' },
    }));
    const byPath = settings.pathRules.map((r) => ({ id: r.id, description: r.description, severity: r.severity, category: r.category, keywords: [], paths: 'path-only' }));
    return [...content, ...byPath];
}


/***/ }),

/***/ 5537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBaseline: () => (/* binding */ runBaseline),
  runScan: () => (/* binding */ runScan),
  F: () => (/* binding */ scanSettings)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/clock.ts
var clock = __webpack_require__(3124);
// EXTERNAL MODULE: ./src/scan/shard.ts
var scan_shard = __webpack_require__(2193);
// EXTERNAL MODULE: ./src/report/scan-report.ts
var scan_report = __webpack_require__(3320);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/sarif-run.ts

/**
 * The frame every SARIF run of ours shares: the tool and its rules, the category code scanning
 * keys alerts by, UTF-16 columns, and %SRCROOT% for relative URIs.
 */
function sarifRun(category, rules, results) {
    return {
        tool: { driver: { name: 'readiness-gate', version: version/* VERSION */.x, semanticVersion: version/* VERSION */.x, informationUri: INFORMATION_URI, rules: uniqueNames(rules) } },
        automationDetails: { id: `${category}/` },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository.' } } },
        results,
    };
}
/** Where the tool is documented (its package page, which carries the README). */
const INFORMATION_URI = 'https://www.npmjs.com/package/readiness-gate';
/** Rule names must be unique in a run: two ids that fold to one PascalCase name get a suffix. */
function uniqueNames(rules) {
    const seen = new Map();
    return rules.map((r) => {
        const n = (seen.get(r.name) ?? 0) + 1;
        seen.set(r.name, n);
        return n === 1 ? r : { ...r, name: `${r.name}${n}` };
    });
}
/** A rule id as a PascalCase name: github-token -> GithubToken. */
function ruleName(id) {
    return id.replace(/(^|[-/])(\w)/g, (_, __, c) => c.toUpperCase());
}
/** A relative URI reference: each path segment percent-encoded, never an absolute path. */
function toUri(path) {
    return path
        .replace(/^\/+/, '')
        .split('/')
        .map((s) => encodeURIComponent(s))
        .join('/');
}

;// CONCATENATED MODULE: ./src/report/scan-sarif.ts

const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** GitHub code scanning ranks security alerts by this number (0-10). */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
/**
 * SARIF 2.1.0 for code scanning: rule metadata, relative URIs against %SRCROOT%, UTF-16 columns,
 * and partialFingerprints so an alert keeps its identity as lines move. Messages carry the masked
 * value and fingerprint only.
 */
function renderScanSarif(report, rules, category = 'readiness-gate/scan') {
    return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [scanSarifRun(report, rules, category)] }, null, 2) + '\n';
}
/** The one SARIF run of a scan report. */
function scanSarifRun(report, rules, category = 'readiness-gate/scan') {
    const used = rules.filter((r) => report.findings.some((f) => f.ruleId === r.id) || report.rules.some((x) => x.id === r.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
    const index = new Map(used.map((r, i) => [r.id, i]));
    const sarifRules = used.map((r) => ({
        id: r.id,
        name: ruleName(r.id),
        shortDescription: { text: r.description },
        fullDescription: { text: `${r.description}. Public-safety category: ${r.category}.` },
        help: {
            text: `${r.description}. Remove the value from what is published; if it is a credential, rotate it, since history and copies keep it. A value that is not a secret can be allowlisted in the policy (scan.allowlist) or marked inline with readiness-gate:allow ${r.id} reason="...".`,
            markdown: `**${r.description}.** Remove the value from what is published; if it is a credential, **rotate it**: history and copies keep it. A value that is not a secret can be allowlisted in the policy (\`scan.allowlist\`) or marked inline with \`readiness-gate:allow ${r.id} reason="..."\`.`,
        },
        helpUri: `${INFORMATION_URI}#the-public-safety-scan`,
        defaultConfiguration: { level: LEVEL[r.severity] },
        properties: { tags: ['security', 'public-safety', r.category], 'security-severity': SECURITY_SEVERITY[r.severity] },
    }));
    return sarifRun(category, sarifRules, report.findings.map((f) => result(f, index.get(f.ruleId))));
}
function result(f, ruleIndex) {
    return {
        ruleId: f.ruleId,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: LEVEL[f.severity],
        message: { text: `${f.description}: ${f.masked} (fingerprint ${f.fingerprint}). Remove it from what is published, then rotate it if it is a credential.` },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: toUri(f.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.column + 1) },
                },
            },
        ],
        partialFingerprints: { 'readinessGate/v1': f.fingerprint },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/util/repo-path.ts


/**
 * Maps paths as a report names them (relative to where the command ran, as the user typed them)
 * to paths relative to the repository root, which is what GitHub code scanning, annotations and
 * check runs resolve. Outside a git repository, or for a path outside it, the path is kept.
 */
function repoRelative(cwd) {
    const r = (0,external_node_child_process_.spawnSync)('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', timeout: 10_000 });
    const top = r.status === 0 ? r.stdout.trim() : '';
    if (!top)
        return (file) => file;
    return (file) => {
        // Names that are not files of the working tree: bundle:..., <stdin>, archive!/entry.
        if (/^[a-z][a-z0-9+.-]*:/i.test(file) || file.startsWith('<') || file.includes('!/'))
            return file;
        const abs = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(cwd, file);
        const rel = (0,external_node_path_.relative)(top, abs).split('\\').join('/');
        return rel === '' || rel.startsWith('../') || (0,external_node_path_.isAbsolute)(rel) ? file : external_node_path_.posix.normalize(rel);
    };
}

// EXTERNAL MODULE: ./src/scan/rules/index.ts + 22 modules
var rules = __webpack_require__(2275);
// EXTERNAL MODULE: ./src/scan/run-scan.ts
var run_scan = __webpack_require__(8480);
// EXTERNAL MODULE: ./src/scan/third-party.ts
var third_party = __webpack_require__(4329);
;// CONCATENATED MODULE: ./src/scan/defaults.ts



/** The settings of a repository without a policy: every built-in rule, default limits. */
function defaultScanSettings() {
    return { rules: [...rules/* PUBLIC_SAFETY_RULES */.Rx], limits: { ...run_scan/* DEFAULT_SCAN_LIMITS */.H0 }, gitignore: true, enterprisePaths: [], inlineAllow: 'always', thirdParty: third_party/* DEFAULT_THIRD_PARTY */.FF, testContent: third_party/* DEFAULT_TEST_CONTENT */.zf, gitleaksAllow: false, pathRules: [] };
}

// EXTERNAL MODULE: ./src/scan/scan.ts + 2 modules
var scan = __webpack_require__(4163);
// EXTERNAL MODULE: ./src/scan/targets/git.ts
var git = __webpack_require__(4704);
// EXTERNAL MODULE: ./src/scan/targets/npm-pack.ts
var npm_pack = __webpack_require__(3419);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/scan-command.ts












/** `readiness-gate scan`: exit 1 when anything must not be published, 0 when nothing, 2 on error. */
async function runScan(args, io, style) {
    if (!['text', 'json', 'sarif'].includes(args.format))
        throw new clock/* UsageError */.e(`--format must be text, json or sarif, not "${args.format}"`);
    const { result, settings } = await scanFromArgs(args, io);
    let findings = result.findings;
    let baselined = 0;
    if (args.baseline) {
        const { applyBaseline } = await __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 6758));
        const applied = applyBaseline(findings, await readBaselineOrUsage((0,external_node_path_.resolve)(io.cwd, args.baseline)), (0,clock/* resolveClock */.T)(args.now, undefined, new Date()));
        findings = applied.kept;
        baselined = applied.hidden;
    }
    const report = (0,scan_report/* buildScanReport */.G)({ ...result, findings }, settings.rules, baselined);
    io.stdout(args.format === 'json' ? (0,scan_report.renderScanJson)(report) : args.format === 'sarif' ? renderScanSarif(inRepository(result.target) ? sarifPaths(report, io.cwd) : report, settings.rules) : (0,scan_report.renderScanText)(report, style));
    return report.findings.length > 0 ? cli_io/* EXIT */.d.gateFailed : cli_io/* EXIT */.d.ok;
}
/** `readiness-gate baseline`: records today's findings so that only new ones fail a scan. */
async function runBaseline(args, io) {
    const { result } = await scanFromArgs(args, io);
    const { createBaseline } = await __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 6758));
    const baseline = createBaseline(result.findings);
    const target = (0,external_node_path_.resolve)(io.cwd, args.output);
    (0,external_node_fs_.writeFileSync)(target, JSON.stringify(baseline, null, 2) + '\n');
    io.stdout(`wrote ${baseline.entries.length} fingerprints to ${args.output}\nAdd "expires" (a date) and "reason" to an entry to make it temporary; scan with --baseline ${args.output}\n`);
    return cli_io/* EXIT */.d.ok;
}
/** The baseline module (which parses with positions) is loaded only when a baseline is used. */
async function readBaselineOrUsage(path) {
    const { BaselineError, readBaseline } = await __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 6758));
    try {
        return readBaseline(path);
    }
    catch (err) {
        if (err instanceof BaselineError)
            throw new clock/* UsageError */.e(err.message);
        throw err;
    }
}
async function scanFromArgs(args, io) {
    if (args.diff && args.ref)
        throw new clock/* UsageError */.e('--diff and --ref cannot be combined');
    const packed = args.archive ?? args.image;
    if (packed) {
        const flag = args.archive ? '--archive' : '--image';
        if (args.archive && args.image)
            throw new clock/* UsageError */.e('--archive and --image cannot be combined');
        if (args.path !== undefined || args.npmPack || args.diff || args.ref || args.dockerContext)
            throw new clock/* UsageError */.e(`${flag} names what to scan: give no PATH or other target with it`);
        const file = (0,external_node_path_.resolve)(io.cwd, packed);
        if (!(0,external_node_fs_.existsSync)(file) || (args.archive && !(0,external_node_fs_.statSync)(file).isFile()))
            throw new clock/* UsageError */.e(`${flag}: no such file: ${packed}`);
        const settings = await scanSettings(io.cwd, args.policy ? (0,external_node_path_.resolve)(io.cwd, args.policy) : undefined);
        const name = packed.replace(/\/+$/, '').split('/').pop();
        return { result: await (0,scan/* scanTarget */.r)({ kind: 'archive', file, name, ...(args.image ? { image: true } : {}) }, settings, io.env), settings };
    }
    const stdin = args.path === '-';
    if (args.dockerContext && (args.path !== undefined || args.npmPack || args.diff || args.ref))
        throw new clock/* UsageError */.e('--docker-context names the folder to scan: give no PATH, --npm-pack, --diff or --ref with it');
    if (args.dockerfile && !args.dockerContext)
        throw new clock/* UsageError */.e('--dockerfile goes with --docker-context');
    const root = stdin ? io.cwd : (0,external_node_path_.resolve)(io.cwd, args.dockerContext ?? args.path ?? '.');
    const single = !stdin && args.path !== undefined && !args.dockerContext && (0,external_node_fs_.existsSync)(root) && (0,external_node_fs_.statSync)(root).isFile();
    if (!stdin && !single && (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()))
        throw new clock/* UsageError */.e(`scan: no such file or directory: ${args.dockerContext ?? args.path}`);
    if (single && (args.npmPack || args.diff || args.ref))
        throw new clock/* UsageError */.e('scan FILE scans one file: it takes neither --npm-pack, --diff nor --ref');
    // Paths are reported as the user named them: "scan sub/" reports sub/a.py, not a.py.
    const display = args.path === undefined || stdin ? '' : external_node_path_.posix.normalize(args.path.split('\\').join('/')).replace(/\/+$/, '').replace(/^\.$/, '');
    if (stdin && (args.diff || args.ref))
        throw new clock/* UsageError */.e('scan - (stdin) takes neither --diff nor --ref');
    const settings = await scanSettings(single ? (0,external_node_path_.dirname)(root) : root, args.policy ? (0,external_node_path_.resolve)(io.cwd, args.policy) : undefined);
    if (!args.gitignore)
        settings.gitignore = false;
    if (args.npmPack && (stdin || args.diff || args.ref))
        throw new clock/* UsageError */.e('--npm-pack scans a package folder: it takes neither -, --diff nor --ref');
    const target = stdin
        ? { kind: 'stdin', text: io.readStdin?.() ?? Buffer.alloc(0), name: '<stdin>' }
        : args.dockerContext
            ? { kind: 'docker-context', root, ...(args.dockerfile ? { dockerfile: (0,external_node_path_.resolve)(io.cwd, args.dockerfile) } : {}) }
            : args.npmPack
                ? { kind: 'npm-pack', root }
                : args.diff
                    ? { kind: 'diff', root, range: args.diff }
                    : args.ref
                        ? { kind: 'ref', root, ref: args.ref }
                        : single
                            ? { kind: 'file', path: root, display: display || (0,external_node_path_.basename)(root) }
                            : { kind: 'directory', root, ...(display ? { display } : {}) };
    const shard = args.shard === undefined ? undefined : (0,scan_shard/* parseShard */.u)(args.shard);
    if (args.shard !== undefined && !shard)
        throw new clock/* UsageError */.e(`--shard must be i/n with 1 <= i <= n, such as 2/4, not "${args.shard}"`);
    try {
        return { result: await (0,scan/* scanTarget */.r)(target, settings, io.env, shard ? { shard } : {}), settings };
    }
    catch (err) {
        if (err instanceof git/* GitError */.XS || err instanceof npm_pack/* PackError */.q)
            throw new clock/* UsageError */.e(err.message);
        throw err;
    }
}
/**
 * The policy's scan settings when the repository has a policy; the built-in defaults otherwise.
 * The policy engine (YAML, JSON Schema, CEL) is loaded only in the first case: a plain scan
 * starts faster without it.
 */
async function scanSettings(root, policy) {
    const hasPolicy = policy !== undefined || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, '.readiness-gate.yml')) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, '.readiness-gate.yaml'));
    if (!hasPolicy)
        return defaultScanSettings();
    const { loadPolicy } = await Promise.all(/* import() */[__webpack_require__.e(53), __webpack_require__.e(783)]).then(__webpack_require__.bind(__webpack_require__, 4783));
    return loadPolicy({ cwd: root, ...(policy ? { policy } : {}) }).scan;
}
/** SARIF URIs resolve against the repository root (code scanning's %SRCROOT%), not where the scan ran. */
function sarifPaths(report, cwd) {
    if (report.findings.length === 0)
        return report;
    const toRepo = repoRelative(cwd);
    return { ...report, findings: report.findings.map((f) => ({ ...f, file: toRepo(f.file) })) };
}
/** Targets whose files are files of the repository (not standard input or an archive's entries). */
function inRepository(target) {
    return target.kind !== 'stdin' && target.kind !== 'archive';
}


/***/ }),

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
