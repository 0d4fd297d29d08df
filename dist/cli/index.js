#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8650);
/* harmony import */ var _util_safe_read_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7240);
/* harmony import */ var _engine_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3124);



// The CLI entry: everything else lives in cli/main.ts, which tests run in-process.
// A reader that stops early (`| head`) closes the pipe: that ends the output, not in a stack trace.
process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw err;
});
const code = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    cwd: process.cwd(),
    readStdin: () => {
        const read = (0,_util_safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readStdin */ .vJ)();
        if (!read.ok)
            throw new _engine_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${read.message}; scan a file instead (readiness-gate scan PATH)`);
        return read.bytes;
    },
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
const EXIT = { ok: 0, gateFailed: 1, usage: 2 };


/***/ }),

/***/ 8650:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/engine/clock.ts
var clock = __nccwpck_require__(3124);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __nccwpck_require__(4795);
// EXTERNAL MODULE: ./src/scan/mask.ts
var mask = __nccwpck_require__(9345);
;// CONCATENATED MODULE: ./src/report/style.ts
const CODES = { ready: '32', degraded: '33', unknown: '35', blocked: '31' };
const plain = { state: (_s, t) => t, bold: (t) => t, dim: (t) => t };
const ansi = {
    state: (s, t) => `\u001b[${CODES[s]}m${t}\u001b[0m`,
    bold: (t) => `\u001b[1m${t}\u001b[0m`,
    dim: (t) => `\u001b[2m${t}\u001b[0m`,
};
function useColor(stream, env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0')
        return true;
    return stream.isTTY === true && env.TERM !== 'dumb';
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli/help.ts
const HELP = `readiness-gate: decide release readiness gates from committed evidence packets

Usage:
  readiness-gate check [--policy F] [--gate ID]... [--publish] [--horizon P14D] [--format text|json|html] [--now ISO] [--cwd DIR]
                       [-o FILE] [--compare OLD.json] [--history DIR] [--link-base URL]
  readiness-gate explain GATE [--policy F] [--now ISO] [--cwd DIR]
  readiness-gate scan [PATH | -] [--diff BASE...HEAD | --ref REF | --npm-pack] [--format text|json|sarif]
  readiness-gate scan --docker-context DIR [--dockerfile F]
  readiness-gate scan --archive FILE          (.tar, .tgz: in place, streaming, nested archives too)
  readiness-gate scan --image FILE|DIR        (docker save tarball or OCI layout: every layer)
                      [--baseline F] [--shard i/n] [--no-gitignore]
  readiness-gate baseline [PATH] [--output F]
  readiness-gate rules [--policy F] [--format text|json]
  readiness-gate diff OLD.json NEW.json [--format text|json]
  readiness-gate history DIR [--format text|json|html] [-o FILE]
  readiness-gate merge REPORT... [--format text|json]
  readiness-gate init [--cwd DIR] [--force]
  readiness-gate --help | --version

Commands:
  check     Evaluate every gate (or those named with --gate) and print the gate table with reasons
            as file:line:col. Exit 0 when no gate is in a fail-on state, 1 when one is.
  explain   Show what one gate requires, its state now, and why.
  scan      Look for what must never be published (tokens, keys, credentials, license keys,
            identities, IP addresses, payloads) in a folder (default .), the files of a git ref,
            the lines a diff range adds, exactly the files npm pack would publish (--npm-pack)
            or docker build would send (--docker-context, honouring .dockerignore),
            or standard input (-). Exit 1 when anything is found.
            Values are never printed: only a masked form and a fingerprint.
  baseline  Write the fingerprints of today's findings (default .readiness-gate-baseline.json);
            scan --baseline F then fails only on new ones. Entries may carry "expires".
  rules     List the scan rules this repository's policy runs: built-in, custom and imported.
  diff      What changed between two check reports: gate states, new and resolved findings, packets.
  history   Gate states per day from a folder of past check reports (JSON): a grid, or a chart (html).
  merge     Combine the JSON reports (or SARIF logs) of --shard runs into one.
  init      Write a commented starter policy, .readiness-gate.yml, in the repository.

Options:
  --policy F     Policy file (default: .readiness-gate.yml in the repository root, --cwd)
  --gate ID      Only this gate; repeat for several
  --publish      Decide publish gates too (gates with payload checks: run after the build)
  --horizon D    Also show which gates change state within D (ISO 8601: P7D, P2W), and on which day
  --format F     text (default), json (schema: docs/report.schema.json), or html for check and history:
                 one self-contained page (the dashboard) that fetches nothing
  -o, --output F Write to F instead of standard output (baseline: the baseline file)
  --compare F    check: show what changed since the report F (text: appended; html: a section)
  --history DIR  check --format html: add the trend of the past reports in DIR
  --link-base U  html: link file lines to U (https://github.com/OWNER/REPO/blob/SHA/); by default
                 links are relative to the page, for reading it inside the checkout
  --now ISO      Evaluate as of this RFC 3339 time instead of the clock (or settings.clock)
  --cwd DIR      Repository root (default: the current directory)
  --force        init: overwrite an existing policy
  --shard i/n    scan: only the i-th of n deterministic shares of the files (for a CI matrix)
  --baseline F   scan: hide findings whose fingerprints F lists (until an entry's "expires")

Exit codes: 0 pass, 1 a gate is in a fail-on state (default: blocked, unknown), 2 usage or policy error.
Colour: on for a terminal; NO_COLOR turns it off, FORCE_COLOR on.
`;

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(1604);
;// CONCATENATED MODULE: ./src/cli/starter-policy.ts
/** What `readiness-gate init` writes: a small, valid policy that explains itself. */
const STARTER_POLICY = `# Readiness Gate policy: which evidence a release needs, and which gates it must pass.
# Reference: https://github.com/ (see docs/policy.md in the readiness-gate package)
version: 1

# Reuse other policy files or built-in bundles; they merge before this file, which wins.
# extends:
#   - ./policies/shared.yml

settings:
  # Gate states that fail the run (exit code 1).
  fail-on: [blocked, unknown]
  # Evaluate as of a fixed time instead of the clock (useful for reproducible reports).
  # clock: "2026-11-29T12:00:00Z"

# Evidence packets: JSON or YAML documents committed to the repository.
packets:
  - id: release-readiness
    title: Release readiness summary
    file: release/readiness.json          # one document; use "files: [globs]" for several
    # schema: release/readiness.schema.json
    required: true                        # absent evidence blocks the gates that use it

# Gates: each is ready only when every check passes.
gates:
  - id: release-readiness
    title: Release readiness
    description: The release summary says ready and is less than a week old.
    checks:
      - check: status                     # the packet's own state decides the gate
        packet: release-readiness
        field: /status
      - check: fresh                      # stale evidence blocks; warn two days ahead
        packet: release-readiness
        field: /generated_at
        max-age: P7D
        warn-within: P2D
      - check: expr                       # any condition, in CEL
        packet: release-readiness
        rule: "packet.blockers.size() == 0"
        message: Open blockers must be resolved before release
        at: /blockers
`;

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __nccwpck_require__(649);
;// CONCATENATED MODULE: ./src/cli/main.ts













const OPTIONS = {
    policy: { type: 'string' },
    gate: { type: 'string', multiple: true },
    publish: { type: 'boolean' },
    horizon: { type: 'string' },
    format: { type: 'string' },
    now: { type: 'string' },
    cwd: { type: 'string' },
    force: { type: 'boolean' },
    diff: { type: 'string' },
    ref: { type: 'string' },
    'no-gitignore': { type: 'boolean' },
    'npm-pack': { type: 'boolean' },
    'docker-context': { type: 'string' },
    dockerfile: { type: 'string' },
    archive: { type: 'string' },
    image: { type: 'string' },
    baseline: { type: 'string' },
    shard: { type: 'string' },
    output: { type: 'string', short: 'o' },
    compare: { type: 'string' },
    history: { type: 'string' },
    'link-base': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
/** The formats each command writes; text is everyone's default. */
const FORMATS = {
    check: ['text', 'json', 'html'],
    history: ['text', 'json', 'html'],
    scan: ['text', 'json', 'sarif'],
    baseline: ['text', 'json', 'sarif'],
};
/** The CLI, as a function of its arguments and streams; returns the exit code. */
async function runCli(argv, unsafeIo) {
    // Whatever the data holds, no line the CLI prints starts a workflow command.
    // Error messages quote policy text and paths: they pass the built-in rules like reports do.
    const io = { ...unsafeIo, stdout: (t) => unsafeIo.stdout((0,report_escape/* noWorkflowCommands */.L1)(t)), stderr: (t) => unsafeIo.stderr((0,report_escape/* noWorkflowCommands */.L1)((0,redact/* redactWithDefaults */.sA)((0,report_escape/* textSafeLines */.QS)(t)))) };
    try {
        return await dispatch(argv, io);
    }
    catch (err) {
        if (err instanceof errors/* PolicyError */.pn) {
            io.stderr(`readiness-gate: the policy cannot be used:\n${err.message.split('\n').map((l) => `  ${l}`).join('\n')}\n`);
            return cli_io/* EXIT */.d.usage;
        }
        if (err instanceof clock/* UsageError */.e || err.code?.startsWith('ERR_PARSE_ARGS')) {
            io.stderr(`readiness-gate: ${err.message}\nRun "readiness-gate --help" for usage.\n`);
            return cli_io/* EXIT */.d.usage;
        }
        // A bug of ours: say so plainly, without a stack trace unless asked for.
        const detail = io.env.READINESS_GATE_DEBUG ? `\n${err.stack}` : '';
        io.stderr(`readiness-gate: internal error: ${err.message}${detail}\nPlease report this; set READINESS_GATE_DEBUG=1 for details.\n`);
        return cli_io/* EXIT */.d.usage;
    }
}
/** The engine is loaded on demand: `scan` and `--version` need none of the policy machinery. */
async function checkReadiness(options) {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(53), __nccwpck_require__.e(163), __nccwpck_require__.e(783), __nccwpck_require__.e(538)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4538))).checkReadiness(options);
}
async function dispatch(argv, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    if (values.version) {
        io.stdout(`${version/* VERSION */.x}\n`);
        return cli_io/* EXIT */.d.ok;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
        io.stdout(HELP);
        return command === undefined && !values.help ? cli_io/* EXIT */.d.usage : cli_io/* EXIT */.d.ok;
    }
    const cwd = (0,external_node_path_.resolve)(io.cwd, values.cwd ?? '.');
    if (values.cwd !== undefined && !(0,external_node_fs_.existsSync)(cwd))
        throw new clock/* UsageError */.e(`--cwd: no such directory: ${values.cwd}`);
    const format = values.format ?? 'text';
    const formats = FORMATS[command] ?? ['text', 'json'];
    if (!formats.includes(format))
        throw new clock/* UsageError */.e(`--format for ${command} must be ${formats.join(', ').replace(/, (\w+)$/, ' or $1')}, not "${format}"`);
    const output = {
        format,
        root: cwd,
        ...(values.output !== undefined ? { output: values.output } : {}),
        ...(values.compare !== undefined ? { compare: values.compare } : {}),
        ...(values.history !== undefined ? { history: values.history } : {}),
        ...(values['link-base'] !== undefined ? { linkBase: values['link-base'] } : {}),
    };
    // Paths on the command line are relative to where the command runs, as everywhere in Unix.
    const key = io.env[mask/* FINGERPRINT_KEY_ENV */.$I];
    const common = {
        cwd,
        ...(values.policy ? { policy: (0,external_node_path_.resolve)(io.cwd, values.policy) } : {}),
        ...(values.now ? { now: values.now } : {}),
        ...(key ? { fingerprintKey: key } : {}),
    };
    const style = useColor({ isTTY: io.stdoutIsTTY }, io.env) ? ansi : plain;
    switch (command) {
        case 'check': {
            if (rest.length > 0)
                throw new clock/* UsageError */.e(`check takes no arguments (got "${rest[0]}"); name gates with --gate`);
            const { checkOutputOptions, emit, renderCheckReport } = await __nccwpck_require__.e(/* import() */ 966).then(__nccwpck_require__.bind(__nccwpck_require__, 9966));
            checkOutputOptions(output);
            const result = await checkReadiness({ ...common, ...(values.gate ? { gates: values.gate } : {}), ...(values.publish ? { publish: true } : {}), ...(values.horizon !== undefined ? { horizon: values.horizon } : {}) });
            if (result.deferred.length > 0) {
                const { deferredNote } = await Promise.all(/* import() */[__nccwpck_require__.e(53), __nccwpck_require__.e(163), __nccwpck_require__.e(783), __nccwpck_require__.e(538)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4538));
                io.stderr(`readiness-gate: ${deferredNote(result.deferred)}; run check --publish after the build\n`);
            }
            emit(io, await renderCheckReport(io, result.report, output, style), values.output);
            return result.decision.passed ? cli_io/* EXIT */.d.ok : cli_io/* EXIT */.d.gateFailed;
        }
        case 'explain': {
            const [gate, extra] = rest;
            if (!gate || extra !== undefined)
                throw new clock/* UsageError */.e('explain takes exactly one gate id');
            const result = await checkReadiness({ ...common, gates: [gate] });
            const { renderJson } = await __nccwpck_require__.e(/* import() */ 794).then(__nccwpck_require__.bind(__nccwpck_require__, 2794));
            const { renderExplain } = await __nccwpck_require__.e(/* import() */ 389).then(__nccwpck_require__.bind(__nccwpck_require__, 7389));
            io.stdout(format === 'json' ? renderJson(result.report) : renderExplain(result.report, style));
            return result.decision.passed ? cli_io/* EXIT */.d.ok : cli_io/* EXIT */.d.gateFailed;
        }
        case 'scan':
        case 'baseline': {
            if (rest.length > 1)
                throw new clock/* UsageError */.e(`${command} takes at most one path`);
            const args = {
                path: rest[0],
                format,
                gitignore: !values['no-gitignore'],
                ...(values.diff ? { diff: values.diff } : {}),
                ...(values.ref ? { ref: values.ref } : {}),
                ...(values.policy ? { policy: values.policy } : {}),
                ...(values.baseline ? { baseline: values.baseline } : {}),
                ...(values.shard ? { shard: values.shard } : {}),
                ...(values.now ? { now: values.now } : {}),
                ...(values['npm-pack'] ? { npmPack: true } : {}),
                ...(values['docker-context'] ? { dockerContext: values['docker-context'] } : {}),
                ...(values.dockerfile ? { dockerfile: values.dockerfile } : {}),
                ...(values.archive ? { archive: values.archive } : {}),
                ...(values.image ? { image: values.image } : {}),
            };
            const { runBaseline, runScan } = await Promise.all(/* import() */[__nccwpck_require__.e(163), __nccwpck_require__.e(537)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5537));
            return command === 'scan' ? runScan(args, io, style) : runBaseline({ ...args, output: values.output ?? '.readiness-gate-baseline.json' }, io);
        }
        case 'rules': {
            if (rest.length > 0)
                throw new clock/* UsageError */.e(`rules takes no arguments (got "${rest[0]}")`);
            const { runRules } = await Promise.all(/* import() */[__nccwpck_require__.e(163), __nccwpck_require__.e(961)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3961));
            return runRules(cwd, values.policy ? (0,external_node_path_.resolve)(io.cwd, values.policy) : undefined, format, io);
        }
        case 'diff': {
            if (rest.length !== 2)
                throw new clock/* UsageError */.e('diff takes two JSON reports: OLD NEW (from check --format json)');
            const { emit, readReportFile } = await __nccwpck_require__.e(/* import() */ 966).then(__nccwpck_require__.bind(__nccwpck_require__, 9966));
            const { diffReports, renderDriftText } = await __nccwpck_require__.e(/* import() */ 101).then(__nccwpck_require__.bind(__nccwpck_require__, 8101));
            const drift = diffReports(readReportFile(io, rest[0]), readReportFile(io, rest[1]));
            emit(io, format === 'json' ? JSON.stringify(drift, null, 2) + '\n' : renderDriftText(drift, style), values.output);
            return cli_io/* EXIT */.d.ok;
        }
        case 'history': {
            if (rest.length !== 1)
                throw new clock/* UsageError */.e('history takes one folder of past JSON reports (from check --format json)');
            const { emit, readHistoryDir } = await __nccwpck_require__.e(/* import() */ 966).then(__nccwpck_require__.bind(__nccwpck_require__, 9966));
            const { buildHistory, readReports, renderHistoryText } = await __nccwpck_require__.e(/* import() */ 518).then(__nccwpck_require__.bind(__nccwpck_require__, 4518));
            const found = readHistoryDir(io, rest[0], readReports);
            const history = buildHistory(found.reports, found.skipped);
            if (format === 'html')
                emit(io, (await __nccwpck_require__.e(/* import() */ 435).then(__nccwpck_require__.bind(__nccwpck_require__, 435))).renderHistoryPage(history, version/* VERSION */.x), values.output);
            else
                emit(io, format === 'json' ? JSON.stringify(history, null, 2) + '\n' : renderHistoryText(history, style), values.output);
            return history.days.length > 0 ? cli_io/* EXIT */.d.ok : cli_io/* EXIT */.d.gateFailed;
        }
        case 'merge': {
            if (rest.length === 0)
                throw new clock/* UsageError */.e('merge needs the report files to merge');
            const { MergeError, mergeReportFiles } = await __nccwpck_require__.e(/* import() */ 564).then(__nccwpck_require__.bind(__nccwpck_require__, 9564));
            const { renderScanJson, renderScanText } = await __nccwpck_require__.e(/* import() */ 320).then(__nccwpck_require__.bind(__nccwpck_require__, 3320));
            let merged;
            try {
                merged = mergeReportFiles(rest.map((p) => (0,external_node_path_.resolve)(io.cwd, p)));
            }
            catch (err) {
                if (err instanceof MergeError)
                    throw new clock/* UsageError */.e(err.message);
                throw err;
            }
            if (merged.kind === 'sarif')
                io.stdout(JSON.stringify(merged.log, null, 2) + '\n');
            else
                io.stdout(format === 'json' ? renderScanJson(merged.report) : renderScanText(merged.report, style));
            const count = merged.kind === 'sarif' ? merged.log.runs[0].results.length : merged.report.findings.length;
            return count > 0 ? cli_io/* EXIT */.d.gateFailed : cli_io/* EXIT */.d.ok;
        }
        case 'init': {
            const target = (0,external_node_path_.join)(cwd, '.readiness-gate.yml');
            if ((0,external_node_fs_.existsSync)(target) && !values.force)
                throw new clock/* UsageError */.e(`${target} already exists; pass --force to overwrite it`);
            (0,external_node_fs_.writeFileSync)(target, STARTER_POLICY);
            io.stdout(`wrote ${target}\nEdit its packets and gates, then run: readiness-gate check\n`);
            return cli_io/* EXIT */.d.ok;
        }
        default:
            throw new clock/* UsageError */.e(`unknown command "${command}"; commands: check, explain, diff, history, scan, baseline, rules, merge, init`);
    }
}


/***/ }),

/***/ 498:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    /** Built on first use: most documents never need a position. */
    lineStarts() {
        if (this.starts)
            return this.starts;
        const starts = [0];
        const text = this.text;
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                starts.push(i + 1);
        }
        this.starts = starts;
        return starts;
    }
    position(offset) {
        const starts = this.lineStarts();
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - starts[lo] + 1 };
    }
    /** The character offset of a 1-based line and column (the inverse of position). */
    offset(line, column) {
        const starts = this.lineStarts();
        const start = starts[Math.max(0, Math.min(line, starts.length) - 1)] ?? 0;
        return Math.min(this.text.length, start + column - 1);
    }
    /** The text of a 1-based line, without its line break. */
    lineText(line) {
        const starts = this.lineStarts();
        const start = starts[line - 1];
        if (start === undefined)
            return '';
        const next = starts[line];
        const end = next === undefined ? this.text.length : next - 1;
        return this.text.slice(start, end).replace(/\r$/, '');
    }
}


/***/ }),

/***/ 7490:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dR: () => (/* binding */ DEFAULT_LIMITS),
  Bm: () => (/* binding */ formatFor),
  Az: () => (/* binding */ loadDocument),
  r4: () => (/* binding */ parseText)
});

// UNUSED EXPORTS: formatBytes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/document/lines.ts
var lines = __nccwpck_require__(498);
// EXTERNAL MODULE: ./src/document/pointer.ts
var document_pointer = __nccwpck_require__(2840);
;// CONCATENATED MODULE: ./src/document/document.ts


/**
 * A parsed packet or policy: its value plus a map from JSON pointer to source range.
 * Positions are computed on first request, since most documents never need one.
 */
class Document {
    file;
    text;
    value;
    format;
    buildPositions;
    lines;
    positions;
    constructor(
    /** Path relative to the repository root, with forward slashes. */
    file, text, value, format, buildPositions) {
        this.file = file;
        this.text = text;
        this.value = value;
        this.format = format;
        this.buildPositions = buildPositions;
        this.lines = new lines/* LineIndex */.r(text);
    }
    /** The range of the value at `pointer`, or of its nearest existing ancestor. */
    locate(pointer, which = 'value') {
        this.positions ??= this.buildPositions() ?? { start: 0, end: this.text.length };
        let node = this.positions;
        const found = [];
        let tokens;
        try {
            tokens = (0,document_pointer/* parsePointer */.vp)(pointer);
        }
        catch {
            tokens = [];
        }
        let complete = true;
        for (const token of tokens) {
            const children = node.children;
            let next;
            if (Array.isArray(children))
                next = /^\d+$/.test(token) ? children[Number(token)] : undefined;
            else if (children)
                next = children.get(token);
            if (!next) {
                complete = false;
                break;
            }
            node = next;
            found.push(token);
        }
        const start = which === 'key' && complete && node.keyStart !== undefined ? node.keyStart : node.start;
        const end = Math.max(start, node.end);
        const a = this.lines.position(start);
        const b = this.lines.position(end);
        const resolved = found.map((t) => '/' + t.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, pointer: resolved };
    }
    position(offset) {
        const a = this.lines.position(offset);
        return { line: a.line, column: a.column, endLine: a.line, endColumn: a.column };
    }
    lineText(line) {
        return this.lines.lineText(line);
    }
}

;// CONCATENATED MODULE: ./src/document/json-fast.ts
/**
 * The fast path for JSON packets: the engine's native JSON.parse builds the value, and one cheap
 * scan proves the text has no duplicate key and no nesting beyond the limit. Every ':' outside a
 * string introduces one object member, so the text holds duplicates exactly when it has more
 * colons than the parsed value has keys. Anything unusual returns undefined and the caller falls
 * back to the full parser, which reports the exact position.
 */
function fastParseJson(text, maxDepth) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const colons = countMemberColons(text);
    const tally = { keys: 0, tooDeep: false };
    countKeys(value, 0, maxDepth, tally);
    if (tally.tooDeep || colons !== tally.keys)
        return undefined;
    return { value };
}
function countMemberColons(text) {
    let colons = 0;
    let i = 0;
    for (;;) {
        const quote = text.indexOf('"', i);
        const end = quote === -1 ? text.length : quote;
        for (let c = text.indexOf(':', i); c !== -1 && c < end; c = text.indexOf(':', c + 1))
            colons++;
        if (quote === -1)
            return colons;
        // Skip the string: find its closing quote, one not escaped by an odd run of backslashes.
        let close = text.indexOf('"', quote + 1);
        while (close !== -1) {
            let slashes = 0;
            while (text.charCodeAt(close - 1 - slashes) === 0x5c)
                slashes++;
            if (slashes % 2 === 0)
                break;
            close = text.indexOf('"', close + 1);
        }
        if (close === -1)
            return -1;
        i = close + 1;
    }
}
function countKeys(value, depth, maxDepth, tally) {
    if (value === null || typeof value !== 'object')
        return;
    if (depth >= maxDepth) {
        tally.tooDeep = true;
        return;
    }
    if (Array.isArray(value)) {
        for (const item of value)
            countKeys(item, depth + 1, maxDepth, tally);
        return;
    }
    for (const key in value) {
        tally.keys++;
        countKeys(value[key], depth + 1, maxDepth, tally);
    }
}

// EXTERNAL MODULE: ./src/document/positions.ts
var document_positions = __nccwpck_require__(2497);
;// CONCATENATED MODULE: ./src/document/json-parser.ts


const WS = new Uint8Array(128);
WS[0x20] = WS[0x09] = WS[0x0a] = WS[0x0d] = 1;
/**
 * A strict RFC 8259 parser that, unlike JSON.parse, reports duplicate keys, bounds nesting depth
 * and can record where every value is written. Recursion is bounded by maxDepth.
 */
function parseJson(text, options) {
    const parser = new JsonParser(text, options);
    return parser.parseDocument();
}
/** A run of string characters that need no attention: no quote, backslash or control character. */
const PLAIN = /[^"\\\u0000-\u001f]*/y;
class JsonParser {
    text;
    options;
    pos = 0;
    issues = [];
    /** Keys and indexes from the root to the value being parsed; a pointer is built only when needed. */
    path = [];
    constructor(text, options) {
        this.text = text;
        this.options = options;
    }
    parseDocument() {
        // A UTF-8 byte order mark is tolerated, as most editors write it.
        if (this.text.charCodeAt(0) === 0xfeff)
            this.pos = 1;
        this.skipWs();
        if (this.pos >= this.text.length)
            this.fail('the file is empty: expected a JSON value');
        const holder = { value: undefined, node: undefined };
        this.parseValue(0, holder);
        this.skipWs();
        if (this.pos < this.text.length)
            this.fail(`found ${this.describeHere()} after the end of the JSON value`);
        return { value: holder.value, positions: holder.node, issues: this.issues };
    }
    fail(message, offset = this.pos) {
        throw new document_positions/* ParseFailure */.I('syntax', message, offset);
    }
    describeHere() {
        if (this.pos >= this.text.length)
            return 'end of file';
        const ch = this.text[this.pos];
        if (ch === '"')
            return 'a string';
        return /\s/.test(ch) ? `whitespace character U+${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : `"${ch}"`;
    }
    skipWs() {
        const text = this.text;
        let p = this.pos;
        while (p < text.length) {
            const c = text.charCodeAt(p);
            if (c < 128 && WS[c] === 1)
                p++;
            else
                break;
        }
        this.pos = p;
    }
    parseValue(depth, out) {
        const start = this.pos;
        const c = this.text.charCodeAt(start);
        let children;
        if (c === 0x7b)
            children = this.parseObject(depth + 1, out);
        else if (c === 0x5b)
            children = this.parseArray(depth + 1, out);
        else if (c === 0x22)
            out.value = this.parseString();
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39))
            out.value = this.parseNumber();
        else if (this.text.startsWith('true', start)) {
            this.pos += 4;
            out.value = true;
        }
        else if (this.text.startsWith('false', start)) {
            this.pos += 5;
            out.value = false;
        }
        else if (this.text.startsWith('null', start)) {
            this.pos += 4;
            out.value = null;
        }
        else if (start >= this.text.length)
            this.fail('unexpected end of file: expected a value');
        else
            this.fail(`expected a value (object, array, string, number, true, false or null), found ${this.describeHere()}`);
        if (this.options.positions)
            out.node = children ? { start, end: this.pos, children } : { start, end: this.pos };
    }
    checkDepth(depth) {
        if (depth > this.options.maxDepth) {
            throw new document_positions/* ParseFailure */.I('too-deep', `nesting deeper than the limit of ${this.options.maxDepth} levels`, this.pos);
        }
    }
    parseObject(depth, out) {
        this.checkDepth(depth);
        this.pos++;
        const obj = {};
        const children = this.options.positions ? new Map() : undefined;
        out.value = obj;
        this.skipWs();
        if (this.text.charCodeAt(this.pos) === 0x7d) {
            this.pos++;
            return children;
        }
        const member = { value: undefined, node: undefined };
        for (;;) {
            if (this.text.charCodeAt(this.pos) !== 0x22) {
                this.fail(`expected a property name in double quotes, found ${this.describeHere()}`);
            }
            const keyStart = this.pos;
            const key = this.parseString();
            this.skipWs();
            if (this.text.charCodeAt(this.pos) !== 0x3a)
                this.fail(`expected ":" after property name, found ${this.describeHere()}`);
            this.pos++;
            this.skipWs();
            this.path.push(key);
            this.parseValue(depth, member);
            if (Object.prototype.hasOwnProperty.call(obj, key)) {
                this.issues.push({
                    messageId: 'duplicate-key',
                    message: `duplicate key "${key}": JSON.parse and most tools silently keep only the last one`,
                    offset: keyStart,
                    pointer: (0,document_pointer/* joinPointer */.Kn)(this.path),
                });
            }
            this.path.pop();
            (0,document_positions/* setOwn */.P)(obj, key, member.value);
            if (children && member.node) {
                member.node.keyStart = keyStart;
                children.set(key, member.node);
            }
            this.skipWs();
            const c = this.text.charCodeAt(this.pos);
            if (c === 0x2c) {
                const comma = this.pos++;
                this.skipWs();
                if (this.text.charCodeAt(this.pos) === 0x7d)
                    this.fail('trailing comma before "}" is not allowed in JSON', comma);
                continue;
            }
            if (c === 0x7d) {
                this.pos++;
                return children;
            }
            this.fail(`expected "," or "}" after a property value, found ${this.describeHere()}`);
        }
    }
    parseArray(depth, out) {
        this.checkDepth(depth);
        this.pos++;
        const arr = [];
        const children = this.options.positions ? [] : undefined;
        out.value = arr;
        this.skipWs();
        if (this.text.charCodeAt(this.pos) === 0x5d) {
            this.pos++;
            return children;
        }
        const item = { value: undefined, node: undefined };
        for (;;) {
            this.path.push(arr.length);
            this.parseValue(depth, item);
            this.path.pop();
            arr.push(item.value);
            if (children && item.node)
                children.push(item.node);
            this.skipWs();
            const c = this.text.charCodeAt(this.pos);
            if (c === 0x2c) {
                const comma = this.pos++;
                this.skipWs();
                if (this.text.charCodeAt(this.pos) === 0x5d)
                    this.fail('trailing comma before "]" is not allowed in JSON', comma);
                continue;
            }
            if (c === 0x5d) {
                this.pos++;
                return children;
            }
            this.fail(`expected "," or "]" after an array element, found ${this.describeHere()}`);
        }
    }
    parseString() {
        const text = this.text;
        const start = ++this.pos;
        PLAIN.lastIndex = start;
        PLAIN.test(text);
        let p = PLAIN.lastIndex;
        if (text.charCodeAt(p) === 0x22) {
            this.pos = p + 1;
            return text.slice(start, p);
        }
        let result = text.slice(start, p);
        for (;;) {
            const c = text.charCodeAt(p);
            if (c === 0x22) {
                this.pos = p + 1;
                return result;
            }
            if (p >= text.length)
                this.fail('unterminated string: missing closing double quote', start - 1);
            if (c < 0x20)
                this.fail('control character in string: escape it (for example \\n or \\t)', p);
            if (c !== 0x5c) {
                PLAIN.lastIndex = p;
                PLAIN.test(text);
                result += text.slice(p, PLAIN.lastIndex);
                p = PLAIN.lastIndex;
                continue;
            }
            const e = text[p + 1];
            switch (e) {
                case '"':
                    result += '"';
                    break;
                case '\\':
                    result += '\\';
                    break;
                case '/':
                    result += '/';
                    break;
                case 'b':
                    result += '\b';
                    break;
                case 'f':
                    result += '\f';
                    break;
                case 'n':
                    result += '\n';
                    break;
                case 'r':
                    result += '\r';
                    break;
                case 't':
                    result += '\t';
                    break;
                case 'u': {
                    const hex = text.slice(p + 2, p + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        this.fail('invalid \\u escape: expected four hex digits', p);
                    result += String.fromCharCode(parseInt(hex, 16));
                    p += 4;
                    break;
                }
                default:
                    this.fail(`invalid escape "\\${e ?? ''}" in string`, p);
            }
            p += 2;
        }
    }
    parseNumber() {
        const text = this.text;
        const start = this.pos;
        let p = start;
        if (text.charCodeAt(p) === 0x2d)
            p++;
        const first = text.charCodeAt(p);
        if (first === 0x30)
            p++;
        else if (first >= 0x31 && first <= 0x39)
            while (isDigit(text.charCodeAt(p)))
                p++;
        else
            this.fail('invalid number: expected a digit', p);
        if (text.charCodeAt(p) === 0x2e) {
            p++;
            if (!isDigit(text.charCodeAt(p)))
                this.fail('invalid number: expected a digit after "."', p);
            while (isDigit(text.charCodeAt(p)))
                p++;
        }
        const e = text.charCodeAt(p);
        if (e === 0x65 || e === 0x45) {
            p++;
            const s = text.charCodeAt(p);
            if (s === 0x2b || s === 0x2d)
                p++;
            if (!isDigit(text.charCodeAt(p)))
                this.fail('invalid number: expected a digit in the exponent', p);
            while (isDigit(text.charCodeAt(p)))
                p++;
        }
        if (isDigit(text.charCodeAt(p)))
            this.fail('invalid number: leading zeros are not allowed', start);
        this.pos = p;
        return Number(text.slice(start, p));
    }
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/document/yaml-parser.ts



/** Parses one YAML document (YAML 1.2 core schema, so dates and "yes" stay strings) with source ranges. */
function parseYaml(text, options) {
    let docs;
    try {
        docs = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: true, prettyErrors: false, strict: true, merge: true });
    }
    catch (err) {
        throw tooDeepOr(err);
    }
    if (!Array.isArray(docs)) {
        throw new document_positions/* ParseFailure */.I('syntax', 'the file holds no YAML document', 0);
    }
    if (docs.length === 0)
        throw new document_positions/* ParseFailure */.I('syntax', 'the file is empty: expected a YAML document', 0);
    const second = docs[1];
    if (second) {
        throw new document_positions/* ParseFailure */.I('multiple-documents', 'the file holds more than one YAML document ("---"); a packet or policy must be a single document', second.range[0]);
    }
    const doc = docs[0];
    const issues = [];
    for (const err of doc.errors) {
        const offset = err.pos[0];
        if (err.code === 'DUPLICATE_KEY') {
            issues.push({ messageId: 'duplicate-key', message: 'duplicate key: YAML tools keep only one of them', offset, pointer: '' });
            continue;
        }
        if (/call stack/i.test(err.message))
            throw new document_positions/* ParseFailure */.I('too-deep', 'nesting too deep to parse', offset);
        throw new document_positions/* ParseFailure */.I('syntax', cleanMessage(err.message), offset);
    }
    const positions = doc.contents ? walk(doc.contents, 0, '', options, issues) : undefined;
    let value;
    try {
        value = doc.toJS({ maxAliasCount: options.maxAliases });
    }
    catch (err) {
        if (err instanceof ReferenceError || /alias/i.test(String(err.message))) {
            throw new document_positions/* ParseFailure */.I('alias-limit', `YAML aliases expand beyond the limit of ${options.maxAliases} (an alias bomb?); raise settings.limits.max-aliases only if the file is trusted`, 0);
        }
        throw tooDeepOr(err);
    }
    return { value, positions, issues };
}
function walk(node, depth, pointer, options, issues) {
    if (depth > options.maxDepth) {
        throw new document_positions/* ParseFailure */.I('too-deep', `nesting deeper than the limit of ${options.maxDepth} levels`, node.range?.[0] ?? 0);
    }
    const [start, end] = node.range ?? [0, 0];
    if ((0,dist/* isMap */.jh)(node)) {
        const children = new Map();
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const key = pair.key;
            const name = (0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key);
            const keyStart = (0,dist/* isScalar */.jn)(key) && key.range ? key.range[0] : start;
            const memberPointer = (0,document_pointer/* childPointer */.Y2)(pointer, name);
            const child = pair.value
                ? walk(pair.value, depth + 1, memberPointer, options, issues)
                : { start: keyStart, end: keyStart };
            child.keyStart = keyStart;
            const dup = issues.find((i) => i.messageId === 'duplicate-key' && i.pointer === '' && i.offset === keyStart);
            if (dup)
                dup.pointer = memberPointer;
            children.set(name, child);
        }
        return { start, end, children };
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        const children = [];
        node.items.forEach((item, i) => {
            children.push(walk(item, depth + 1, (0,document_pointer/* childPointer */.Y2)(pointer, i), options, issues));
        });
        return { start, end, children };
    }
    // Scalars and aliases: an alias keeps its own position and no children, so walking stays linear.
    if ((0,dist/* isAlias */.Vj)(node) || (0,dist/* isScalar */.jn)(node))
        return { start, end };
    return { start, end };
}
function cleanMessage(message) {
    // The yaml library appends " at line N, column M" and a code frame; we print our own position.
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}
function tooDeepOr(err) {
    if (err instanceof RangeError)
        return new document_positions/* ParseFailure */.I('too-deep', 'nesting too deep to parse', 0);
    return err instanceof Error ? err : new Error(String(err));
}

// EXTERNAL MODULE: ./src/util/safe-read.ts
var safe_read = __nccwpck_require__(7240);
;// CONCATENATED MODULE: ./src/document/load.ts








const DEFAULT_LIMITS = {
    maxFileBytes: 10 * 1024 * 1024,
    maxDepth: 64,
    maxAliases: 100,
};
const decoder = new TextDecoder('utf-8', { fatal: true });
function formatFor(file, text) {
    const ext = (0,external_node_path_.extname)(file).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    const first = text?.trimStart()[0];
    return first === '{' || first === '[' ? 'json' : 'yaml';
}
/** Reads and parses one file within the limits. Never throws for bad input. */
/**
 * Reads and parses one document. With `root`, the path must stay inside root once symbolic links
 * are resolved: a packet or schema that links out of the repository is refused, never read.
 */
function loadDocument(absPath, file, limits, format, root) {
    if (root !== undefined) {
        const where = (0,safe_read/* resolveInside */.LI)(root, absPath);
        if ('reason' in where && where.reason === 'outside') {
            return { ok: false, failure: { file, messageId: 'outside-root', message: 'resolves outside the repository through a symbolic link; only files inside it are read' } };
        }
    }
    const read = readBounded(absPath, file, limits.maxFileBytes);
    if ('failure' in read)
        return { ok: false, failure: read.failure };
    return parseText(read.text, file, limits, format ?? formatFor(file, read.text));
}
function parseText(text, file, limits, format) {
    try {
        if (format === 'json') {
            const positions = () => parseJson(text, { maxDepth: limits.maxDepth, positions: true }).positions;
            const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
            const fast = fastParseJson(body, limits.maxDepth);
            if (fast)
                return { ok: true, document: new Document(file, text, fast.value, 'json', positions), issues: [] };
            const parsed = parseJson(text, { maxDepth: limits.maxDepth, positions: false });
            return { ok: true, document: new Document(file, text, parsed.value, 'json', positions), issues: parsed.issues };
        }
        const parsed = parseYaml(text, limits);
        return { ok: true, document: new Document(file, text, parsed.value, 'yaml', () => parsed.positions), issues: parsed.issues };
    }
    catch (err) {
        if (err instanceof document_positions/* ParseFailure */.I) {
            const doc = new Document(file, text, undefined, format, () => undefined);
            const at = doc.position(err.offset);
            return { ok: false, failure: { file, messageId: err.messageId, message: err.message, line: at.line, column: at.column } };
        }
        throw err;
    }
}
function readBounded(absPath, file, maxBytes) {
    let fd;
    try {
        // O_NONBLOCK: a FIFO would otherwise block the open until some writer appears.
        fd = (0,external_node_fs_.openSync)(absPath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (err) {
        return { failure: ioFailure(file, err) };
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile()) {
            return { failure: { file, messageId: 'not-a-file', message: 'not a regular file (a FIFO, socket, device or directory); only regular files are read' } };
        }
        if (stat.size > maxBytes) {
            return {
                failure: {
                    file,
                    messageId: 'too-large',
                    message: `file is ${formatBytes(stat.size)}, over the limit of ${formatBytes(maxBytes)}; raise settings.limits.max-file-bytes if it really is evidence`,
                },
            };
        }
        const bytes = scratch(stat.size);
        let got = 0;
        while (got < stat.size) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, got, stat.size - got, got);
            if (n === 0)
                break;
            got += n;
        }
        return decode(bytes.subarray(0, got), file);
    }
    catch (err) {
        return { failure: ioFailure(file, err) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * One read buffer reused for every file: thousands of small packets would otherwise each allocate
 * an external buffer, and external memory is what makes V8 run its costliest collections.
 */
let shared = Buffer.allocUnsafe(256 * 1024);
function scratch(size) {
    if (size > shared.length)
        shared = Buffer.allocUnsafe(Math.max(size, shared.length * 2));
    return shared;
}
function decode(bytes, file) {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        return { failure: { file, messageId: 'binary', message: `binary file (NUL byte at offset ${nul}); evidence must be UTF-8 text` } };
    }
    try {
        return { text: decoder.decode(bytes) };
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        const before = bytes.subarray(0, offset);
        let line = 1;
        let lastNl = -1;
        for (let i = 0; i < before.length; i++)
            if (before[i] === 10)
                (line++, (lastNl = i));
        return {
            failure: {
                file,
                messageId: 'not-utf8',
                message: `not valid UTF-8 (byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at offset ${offset}); re-save the file as UTF-8`,
                line,
                column: offset - lastNl,
            },
        };
    }
}
function firstInvalidUtf8(bytes) {
    // Walks the sequences one by one; only reached on the error path, so linear cost is fine.
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
        if (len === 0 || i + len > bytes.length)
            return i;
        try {
            decoder.decode(bytes.subarray(i, i + len));
        }
        catch {
            return i;
        }
        i += len;
    }
    return i;
}
function ioFailure(file, err) {
    const code = err.code;
    if (code === 'ENOENT')
        return { file, messageId: 'not-found', message: 'file not found' };
    if (code === 'EISDIR')
        return { file, messageId: 'not-a-file', message: 'is a directory, not a file' };
    if (code === 'EACCES' || code === 'EPERM')
        return { file, messageId: 'unreadable', message: 'permission denied: the file cannot be read' };
    return { file, messageId: 'unreadable', message: `cannot read the file (${code ?? err.message})` };
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
    return `${n} bytes`;
}


/***/ }),

/***/ 2840:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ joinPointer),
/* harmony export */   Y2: () => (/* binding */ childPointer),
/* harmony export */   ko: () => (/* binding */ unescapeToken),
/* harmony export */   sM: () => (/* binding */ getAt),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
/* unused harmony export escapeToken */
/** RFC 6901 JSON pointers. */
function escapeToken(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
function unescapeToken(token) {
    return token.replace(/~1/g, '/').replace(/~0/g, '~');
}
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new Error(`JSON pointer "${pointer}" must start with "/"`);
    return pointer.slice(1).split('/').map(unescapeToken);
}
function joinPointer(tokens) {
    return tokens.map((t) => '/' + escapeToken(String(t))).join('');
}
function childPointer(parent, token) {
    return parent + '/' + escapeToken(String(token));
}
/** Reads the value a pointer designates, or undefined when any step is absent. */
function getAt(value, pointer) {
    let current = value;
    for (const token of parsePointer(pointer)) {
        if (Array.isArray(current)) {
            if (!/^(0|[1-9][0-9]*)$/.test(token))
                return undefined;
            current = current[Number(token)];
        }
        else if (current !== null && typeof current === 'object') {
            if (!Object.prototype.hasOwnProperty.call(current, token))
                return undefined;
            current = current[token];
        }
        else {
            return undefined;
        }
    }
    return current;
}


/***/ }),

/***/ 2497:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ ParseFailure),
/* harmony export */   P: () => (/* binding */ setOwn)
/* harmony export */ });
/** A problem that stops the parse: the document has no value. */
class ParseFailure extends Error {
    messageId;
    offset;
    constructor(messageId, message, offset) {
        super(message);
        this.messageId = messageId;
        this.offset = offset;
    }
}
/** Sets a property, even one named `__proto__`, as a plain own data property. */
function setOwn(target, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    }
    else {
        target[key] = value;
    }
}


/***/ }),

/***/ 7081:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   GG: () => (/* binding */ childOf),
/* harmony export */   Lt: () => (/* binding */ select),
/* harmony export */   hu: () => (/* binding */ isPatternValid)
/* harmony export */ });
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2840);

const WHERE = /^\[([^=\]]+)=([^\]]*)\]$/;
function parsePattern(pattern) {
    if (pattern === '' || pattern === '/')
        return [];
    if (!pattern.startsWith('/'))
        throw new Error(`path "${pattern}" must start with "/"`);
    return pattern
        .slice(1)
        .split('/')
        .map((raw) => {
        if (raw === '*')
            return { kind: 'any' };
        if (raw === '**')
            return { kind: 'deep' };
        const where = WHERE.exec(raw);
        if (where)
            return { kind: 'where', key: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapeToken */ .ko)(where[1]), value: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapeToken */ .ko)(where[2]) };
        return { kind: 'key', key: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapeToken */ .ko)(raw) };
    });
}
function isPatternValid(pattern) {
    try {
        parsePattern(pattern);
        return undefined;
    }
    catch (err) {
        return err.message;
    }
}
/** Every value the pattern selects, with its concrete pointer, in document order. */
function select(root, pattern) {
    const segments = typeof pattern === 'string' ? parsePattern(pattern) : pattern;
    const out = [];
    const seen = new Set();
    const emit = (pointer, value) => {
        if (!seen.has(pointer)) {
            seen.add(pointer);
            out.push({ pointer, value });
        }
    };
    const step = (value, pointer, i) => {
        if (i === segments.length) {
            emit(pointer, value);
            return;
        }
        const seg = segments[i];
        if (seg.kind === 'deep') {
            step(value, pointer, i + 1);
            for (const [k, v] of entries(value))
                step(v, (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(pointer, k), i);
            return;
        }
        if (seg.kind === 'key') {
            const child = childOf(value, seg.key);
            if (child !== undefined)
                step(child, (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(pointer, seg.key), i + 1);
            return;
        }
        if (seg.kind === 'any') {
            for (const [k, v] of entries(value))
                step(v, (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(pointer, k), i + 1);
            return;
        }
        if (Array.isArray(value)) {
            value.forEach((v, k) => {
                if (v && typeof v === 'object' && String(v[seg.key]) === seg.value) {
                    step(v, (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(pointer, k), i + 1);
                }
            });
        }
    };
    step(root, '', 0);
    return out;
}
function entries(value) {
    if (Array.isArray(value))
        return value.map((v, i) => [i, v]);
    if (value && typeof value === 'object')
        return Object.entries(value);
    return [];
}
/** The child of an object or array at a pointer token, or undefined. */
function childOf(value, key) {
    if (Array.isArray(value))
        return /^\d+$/.test(key) ? value[Number(key)] : undefined;
    if (value && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key)) {
        return value[key];
    }
    return undefined;
}


/***/ }),

/***/ 3124:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ resolveClock),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4964);

class UsageError extends Error {
}
/** The instant gates are decided at: --now, else settings.clock, else the run's start. */
function resolveClock(flag, setting, fallback) {
    const text = flag ?? setting;
    if (text === undefined || text === 'now')
        return fallback;
    const at = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .EH)(text);
    if (!at)
        throw new UsageError(`--now must be an RFC 3339 time such as 2026-11-29T12:00:00Z, not "${text}"`);
    return at;
}


/***/ }),

/***/ 4964:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   Gf: () => (/* binding */ humanSpan),
/* harmony export */   Gw: () => (/* binding */ addDuration)
/* harmony export */ });
const DURATION_RE = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;
const DURATION_PATTERN = DURATION_RE.source;
function parseDuration(text) {
    const m = DURATION_RE.exec(text);
    if (!m)
        return undefined;
    const n = (i) => (m[i] ? Number(m[i].replace(',', '.')) : 0);
    return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7), text };
}
function addDuration(instant, d, sign = 1) {
    const t = new Date(instant.getTime());
    if (d.years || d.months) {
        const day = t.getUTCDate();
        t.setUTCDate(1);
        t.setUTCMonth(t.getUTCMonth() + sign * (d.years * 12 + d.months));
        // Clamp to the month's last day: 31 Jan + P1M is 28/29 Feb, not 3 Mar.
        const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
        t.setUTCDate(Math.min(day, last));
    }
    const ms = ((d.weeks * 7 + d.days) * 86400 + d.hours * 3600 + d.minutes * 60 + d.seconds) * 1000;
    return new Date(t.getTime() + sign * ms);
}
/** A short human form of a millisecond span: "3d 4h", "45m", "12s". */
function humanSpan(ms) {
    const abs = Math.abs(ms);
    const d = Math.floor(abs / 86400000);
    const h = Math.floor((abs % 86400000) / 3600000);
    const m = Math.floor((abs % 3600000) / 60000);
    const s = Math.floor((abs % 60000) / 1000);
    if (d > 0)
        return h > 0 ? `${d}d ${h}h` : `${d}d`;
    if (h > 0)
        return m > 0 ? `${h}h ${m}m` : `${h}h`;
    if (m > 0)
        return `${m}m`;
    return `${s}s`;
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2}))?$/;
/** Parses an RFC 3339 timestamp (or a plain date, taken as UTC midnight). Rejects anything looser. */
function parseTimestamp(value) {
    if (typeof value !== 'string')
        return undefined;
    const m = RFC3339.exec(value);
    if (!m)
        return undefined;
    const date = new Date(m[4] ? value.replace(' ', 'T') : `${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()))
        return undefined;
    // Reject impossible calendar dates that Date would roll over (2026-02-30).
    if (!m[8] || /[Zz]/.test(m[8])) {
        if (date.getUTCMonth() + 1 !== Number(m[2]) || date.getUTCDate() !== Number(m[3]))
            return undefined;
    }
    return date;
}


/***/ }),

/***/ 4795:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ ProblemList),
/* harmony export */   pn: () => (/* binding */ PolicyError)
/* harmony export */ });
/* unused harmony export formatProblem */
/** The policy cannot be used. Carries every problem found, each with file, line and column. */
class PolicyError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.problems = problems;
    }
}
function formatProblem(p) {
    const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
    return `${where}: ${p.message}`;
}
/** Collects problems while loading, each placed at a JSON pointer of a policy document. */
class ProblemList {
    problems = [];
    at(doc, pointer, message, which = 'value') {
        const loc = doc.locate(pointer, which);
        this.problems.push({ file: doc.file, line: loc.line, column: loc.column, message });
    }
    add(problem) {
        this.problems.push(problem);
    }
    throwIfAny() {
        if (this.problems.length === 0)
            return;
        const sorted = [...this.problems].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) : a.file < b.file ? -1 : 1));
        throw new PolicyError(sorted);
    }
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ noWorkflowCommands),
/* harmony export */   QS: () => (/* binding */ textSafeLines),
/* harmony export */   T_: () => (/* binding */ textSafe),
/* harmony export */   rn: () => (/* binding */ textSafeDeep)
/* harmony export */ });
/* unused harmony exports mdText, mdCode */
/**
 * Escaping by output context. Data (messages, file names, ids, titles) comes from the checkout and
 * the policy, so it is escaped where it is written: plain text cannot carry a newline, a carriage
 * return or a terminal escape (a line starting `::` would be a workflow command when the CLI runs
 * in a step), and Markdown cannot open a heading, link, image, table cell or HTML. JSON and SARIF
 * are written by JSON.stringify and stay exact.
 */
// C0 and C1 controls, DEL, line and paragraph separators, bidirectional overrides and isolates.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function visible(c) {
    if (c === '\n')
        return '\\n';
    if (c === '\r')
        return '\\r';
    if (c === '\t')
        return '\\t';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** One line of plain text: every control character shown as an escape, never acted on. */
function textSafe(text) {
    return text.replace(CONTROL, visible);
}
/**
 * A whole text output, last line of defence: no line may start a workflow command. A line that
 * would begin with `::` (only data could put it there) is indented.
 */
function noWorkflowCommands(output) {
    return output.replace(/^(\s*)::/gm, '$1 ::');
}
/** Multi-line text: each line made safe, the line breaks kept (for error messages written line by line). */
function textSafeLines(text) {
    return text.split('\n').map(textSafe).join('\n');
}
/**
 * Markdown text: inline, with every character that could open a construct escaped: emphasis,
 * code, links and images (`[`, `]`), HTML and entities (`<`, `&`), headings (`#`), tables (`|`),
 * strikethrough (`~`), and a list or quote marker at its start. URLs are kept from autolinking.
 */
function mdText(text) {
    return textSafe(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
        .replace(/:\/\//g, '\\://')
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
        .replace(/^([-+=]|\d+[.)])/, '\\$1');
}
/** Markdown inline code: a fence longer than any backtick run inside, newlines and controls escaped. */
function mdCode(text) {
    const safe = textSafe(text).replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = safe.startsWith('`') || safe.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${safe}${pad}${fence}`;
}
/** A copy of a report with every string made safe for plain text (for the text renderers). */
function textSafeDeep(value) {
    if (typeof value === 'string')
        return textSafe(value);
    if (Array.isArray(value))
        return value.map((v) => textSafeDeep(v));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = textSafeDeep(v);
        return out;
    }
    return value;
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   NY: () => (/* binding */ redactionRules),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   sA: () => (/* binding */ redactWithDefaults)
/* harmony export */ });
/* harmony import */ var _document_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(498);
/* harmony import */ var _scan_mask_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9345);
/* harmony import */ var _scan_rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2275);
/* harmony import */ var _scan_scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7916);




/**
 * The last word on "never print a value": every string a report carries (messages, file names,
 * pointers, titles, what a check requires) passes the public-safety scanner, and whatever it
 * would flag is replaced by its masked form. Checks already mask the values they quote; this
 * catches what they cannot foresee: a token as a JSON key, in a file name, in a CEL error, in a
 * policy's own constants.
 */
function redactText(scanner, text) {
    if (text.length === 0)
        return text;
    const found = scanner.scanText('', text);
    if (found.length === 0)
        return text;
    const lines = new _document_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .LineIndex */ .r(text);
    const spans = found
        .map((f) => ({ start: lines.offset(f.line, f.column), end: lines.offset(f.endLine, f.endColumn) }))
        .sort((a, b) => b.start - a.start);
    let out = text;
    let floor = Infinity;
    for (const s of spans) {
        if (s.end > floor)
            continue; // overlapping spans: the later one already covers it
        out = out.slice(0, s.start) + (0,_scan_mask_js__WEBPACK_IMPORTED_MODULE_0__/* .mask */ .dK)(out.slice(s.start, s.end)) + out.slice(s.end);
        floor = s.start;
    }
    return out;
}
/**
 * The rules redaction uses: the policy's, plus every built-in one a policy may have disabled for
 * scanning: switching a rule off for findings does not make its values fit to print.
 */
function redactionRules(policyRules) {
    const ids = new Set(policyRules.map((r) => r.id));
    return [...policyRules, ..._scan_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PUBLIC_SAFETY_RULES */ .Rx.filter((r) => !ids.has(r.id))];
}
/** Keys whose values are ours and fixed-format (hashes, times), never data to redact. */
const KEEP = new Set(['fingerprint', 'digest', 'evaluatedAt', 'reportVersion', 'scanVersion', 'state', 'severity', 'masked']);
/** A copy of a report with every data string redacted. */
function redactDeep(scanner, value, key = '') {
    if (typeof value === 'string')
        return (KEEP.has(key) ? value : redactText(scanner, value));
    if (Array.isArray(value))
        return value.map((v) => redactDeep(scanner, v, key));
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = redactDeep(scanner, v, k);
        return out;
    }
    return value;
}
let defaultScanner;
/** Redacts with the built-in rules alone: for error messages written before (or without) a policy. */
function redactWithDefaults(text) {
    defaultScanner ??= new _scan_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .Scanner */ .L({ rules: _scan_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PUBLIC_SAFETY_RULES */ .Rx });
    return redactText(defaultScanner, text);
}


/***/ }),

/***/ 4264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ shannonEntropy)
/* harmony export */ });
/** Shannon entropy in bits per character: random tokens score high, words and placeholders low. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    const n = [...value].length;
    for (const c of counts.values()) {
        const p = c / n;
        bits -= p * Math.log2(p);
    }
    return bits;
}


/***/ }),

/***/ 9345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ FINGERPRINT_KEY_ENV),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   dK: () => (/* binding */ mask)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** The environment variable whose value keys fingerprints. */
const FINGERPRINT_KEY_ENV = 'READINESS_GATE_FINGERPRINT_KEY';
/**
 * A short prefix and a fixed mask: enough to recognise which token it is, never enough to use it.
 * Short values (an IP address, an e-mail) show at most a quarter of their characters.
 */
function mask(value) {
    const shown = Math.min(4, Math.floor(value.length / 4));
    return `${value.slice(0, shown)}****`;
}
/**
 * A stable identifier of one value in one file for one rule, for baselines and deduplication.
 * With READINESS_GATE_FINGERPRINT_KEY set it is an HMAC, which reveals nothing without the key.
 * Without it, it is a plain SHA-256: anyone holding the report can test guesses, so a value from
 * a small space (an IP address, an e-mail at a known domain) can be recovered by enumeration.
 */
function fingerprint(ruleId, file, value, key) {
    const material = `${ruleId}\0${file}\0${value}`;
    const digest = key ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(material).digest('hex') : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(material).digest('hex');
    return `${key ? 'hmac' : 'sha256'}:${digest.slice(0, 32)}`;
}


/***/ }),

/***/ 5298:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M: () => (/* binding */ hasTypedRun),
  w: () => (/* binding */ isPlaceholder)
});

;// CONCATENATED MODULE: ./src/scan/known-non-secrets.ts
const KNOWN_NON_SECRETS = [
    { value: 'AKIAIOSFODNN7EXAMPLE', what: 'AWS example access key id', source: 'AWS documentation, "Understanding and getting your AWS credentials"' },
    { value: 'ASIAIOSFODNN7EXAMPLE', what: 'AWS example temporary access key id', source: 'AWS STS documentation' },
    { value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', what: 'AWS example secret access key', source: 'AWS documentation' },
    { value: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', what: 'AWS example secret access key (STS)', source: 'AWS STS documentation' },
    {
        value: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
        what: 'Azurite / Azure Storage Emulator account key (devstoreaccount1)',
        source: 'Microsoft Learn, "Use the Azurite emulator for local Azure Storage development"',
    },
    {
        value: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
        what: 'the jwt.io sample token (John Doe, secret "your-256-bit-secret")',
        source: 'jwt.io debugger and introduction',
    },
    // Well-known public service addresses identify no person or host of the project.
    { value: /^(?:8\.8\.8\.8|8\.8\.4\.4|1\.1\.1\.1|1\.0\.0\.1|9\.9\.9\.9|149\.112\.112\.112|208\.67\.222\.222|208\.67\.220\.220|4\.4\.4\.4)$/, what: 'public DNS resolvers (Google, Cloudflare, Quad9, OpenDNS, Level 3)', source: 'the providers\' public resolver documentation' },
    { value: '169.254.169.254', what: 'the cloud instance metadata address', source: 'AWS, Azure and GCP instance metadata documentation' },
    { value: /^(?:2001:4860:4860::88(?:88|44)|2606:4700:4700::1(?:111|001))$/i, what: 'public DNS resolvers over IPv6 (Google, Cloudflare)', source: 'the providers\' public resolver documentation' },
    { value: 'fd00:ec2::254', what: 'the AWS instance metadata service (IMDS) over IPv6, the same in every account', source: 'AWS EC2 documentation, "Instance metadata service"' },
    { value: 'fd00:ec2::23', what: 'the AWS EKS Pod Identity agent over IPv6, the same in every cluster', source: 'AWS EKS documentation, "EKS Pod Identity"' },
    { value: '2606:2800:220:1:248:1893:25c8:1946', what: 'the IPv6 address of example.com used in Node.js and URL library documentation', source: 'Node.js dns documentation' },
    { value: 'foobared', what: 'the example password of the Redis configuration file (requirepass foobared)', source: 'redis.conf shipped with Redis, and the Redis security documentation' },
    { value: 'octocat@github.com', what: "GitHub's documentation mascot", source: 'GitHub REST API documentation examples' },
    // SDK READMEs name the token kind in the placeholder itself (ghp_PersonalAccessToken0124...).
    { value: /^gh[pousr]_(?:PersonalAccessToken|InstallallationOrActionToken|InstallationOrActionToken|InstallationUserToServer|OAuthToken|RefreshToken)[0-9]*$/, what: 'GitHub token placeholders', source: '@octokit/auth-token README' },
];
const exact = new Set(KNOWN_NON_SECRETS.flatMap((k) => (typeof k.value === 'string' ? [k.value] : [])));
const patterns = KNOWN_NON_SECRETS.flatMap((k) => (typeof k.value === 'string' ? [] : [k.value]));
function isKnownNonSecret(value) {
    return exact.has(value) || patterns.some((re) => re.test(value));
}

;// CONCATENATED MODULE: ./src/scan/placeholders.ts

/**
 * Values that stand for a secret rather than being one: templating, environment references,
 * secret-manager references and redaction markers. They are never findings, whatever rule matched.
 */
const PLACEHOLDERS = [
    /\$\{\{[^}]*\}\}/, // ${{ secrets.X }} in workflows
    /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/, // $X, ${X}
    /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+][^}]*)?\}/, // ${X:-default} inside a value
    /\b(?:process\.env|os\.environ|import\.meta\.env|env)\s*(?:\.|\[|\()/, // process.env.X, os.environ["X"]
    /^[A-Z][A-Z0-9_]*_REF$/, // secret-manager reference names
    /<[a-z0-9 _-]*(?:redacted|secret|password|token|key|placeholder|your[a-z _-]*|example)[a-z0-9 _-]*>/i, // <redacted>, <your-token>
    /^\[?redacted\]?$/i,
    /^\*{3,}$/, // ***
    /^(?:x{6,}|X{6,}|0{12,}|\.{3,})$/,
    /^(?:changeme|change-me|password|secret|example|placeholder|dummy|sample|test|none|null|todo|tbd)$/i,
    // A placeholder word with a number or a "some/my/your" in front: secret123, somepassword, my_token2.
    /^(?:(?:some|my|your|the|a)[-_]?)?(?:secret|passw(?:or|0)d|pass|p@ss|p%40ss|token|api[-_]?key|key|changeme|example|sample|dummy|test)[-_]?\d{0,6}$/i,
    // AWS documentation marks its sample values with EXAMPLE; a run of X stands for elided characters.
    /EXAMPLE|X{6,}/,
    /^cavra:\/\/evidence\/redacted\//,
];
/**
 * A run of eight or more ascending letters or digits ("abcdefgh", "12345678") is typed, not
 * generated: for a random token over 62 characters the chance is below one in 10^12 per position.
 */
function hasTypedRun(value) {
    let run = 1;
    for (let i = 1; i < value.length; i++) {
        const prev = value.charCodeAt(i - 1);
        const cur = value.charCodeAt(i);
        const ascending = cur === prev + 1 && /[a-z0-9]/i.test(value[i]) && /[a-z0-9]/i.test(value[i - 1]) && (prev < 48 || prev > 57 ? cur > 57 : cur <= 57);
        run = ascending ? run + 1 : 1;
        if (run >= 8)
            return true;
    }
    return false;
}
/** "1234-1234-1234": one group of three or more characters, typed three times between separators. */
function hasRepeatedGroup(value) {
    const parts = value.split(/[-_.:]/);
    for (let i = 0; i + 2 < parts.length; i++) {
        const g = parts[i + 1];
        if (g.length >= 3 && /^[A-Za-z0-9]+$/.test(g) && parts[i + 2].startsWith(g) && parts[i].endsWith(g))
            return true;
    }
    return false;
}
function isPlaceholder(value) {
    // An elided value ("ops_eyJzaWdu...") is shortened on purpose: what follows was left out; a
    // group typed three times over ("1234-1234-1234") fills a format by hand.
    return isKnownNonSecret(value) || PLACEHOLDERS.some((re) => re.test(value)) || hasTypedRun(value) || /\.{3}$/.test(value) || hasRepeatedGroup(value);
}


/***/ }),

/***/ 2275:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Rx: () => (/* binding */ PUBLIC_SAFETY_RULES),
  a2: () => (/* binding */ priorityOf)
});

// UNUSED EXPORTS: RULE_PRIORITY

;// CONCATENATED MODULE: ./src/scan/rules/fake.ts
/**
 * Deterministic stand-ins for real credentials, assembled at run time so that no complete
 * token-shaped literal sits in this repository (where it would trip other scanners and push
 * protection) while each rule still keeps its samples beside it.
 */
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64 = ALNUM + '+/';
const URLSAFE = ALNUM + '_-';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
function fake(prefix, length, alphabet = ALNUM, seed = prefix.length * 7 + length) {
    // xorshift32: cheap, deterministic, and every character position looks random.
    let state = (seed * 2654435761) >>> 0 || 1;
    let out = prefix;
    for (let i = 0; i < length; i++) {
        state ^= state << 13;
        state >>>= 0;
        state ^= state >>> 17;
        state ^= state << 5;
        state >>>= 0;
        out += alphabet[state % alphabet.length];
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/rules/ai-keys.ts

// Keys of AI model providers. Their prefixes are published in each provider's API documentation;
// OpenAI keys carry "T3BlbkFJ" (base64 of "OpenAI") between two random halves.
const openaiKey = {
    id: 'openai-api-key',
    description: 'OpenAI API key (legacy, project, service account or admin key)',
    severity: 'critical',
    category: 'saas-key',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 't3blbkfj'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,400}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}))(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: {
        positive: [
            `OPENAI_API_KEY=${fake('sk-' + 'proj-', 156, URLSAFE)}`,
            `api_key="${fake('sk-', 20)}T3Blbk${'FJ'}${fake('', 20, undefined, 77)}"`,
            `key: ${fake('sk-' + 'admin-', 60, URLSAFE, 3)}`,
        ],
        negative: ['OPENAI_API_KEY=sk-proj-...', 'api_key="sk-proj-your-key-goes-here-replace-me-please"', 'sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
};
const anthropicKey = {
    id: 'anthropic-api-key',
    description: 'Anthropic API, admin or OAuth key (sk-ant-api03-..., sk-ant-admin01-...)',
    severity: 'critical',
    category: 'saas-key',
    keywords: ['sk-ant-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-[a-z]{3,5}\d{2}-[A-Za-z0-9_-]{80,200})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: {
        positive: [`ANTHROPIC_API_KEY=${fake('sk-' + 'ant-api03-', 93, URLSAFE)}AA`, `"x-api-key": "${fake('sk-' + 'ant-admin01-', 93, URLSAFE, 8)}AA"`],
        negative: ['ANTHROPIC_API_KEY=sk-ant-api03-...', 'export ANTHROPIC_API_KEY="sk-ant-your-key"'],
    },
};
const huggingfaceToken = {
    id: 'huggingface-token',
    description: 'Hugging Face user access token or organization API token',
    severity: 'high',
    category: 'saas-key',
    keywords: ['hf_', 'api_org_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>(?:hf_|api_org_)[A-Za-z]{34})(?![A-Za-z0-9_])/g,
    entropy: 4,
    samples: {
        positive: [`HF_TOKEN=${fake('h' + 'f_', 34, LETTERS)}`, `token = "${fake('api' + '_org_', 34, LETTERS, 4)}"`],
        negative: ['HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'from huggingface_hub import login; login(token="hf_...")'],
    },
};
const groqKey = {
    id: 'groq-api-key',
    description: 'Groq API key',
    severity: 'high',
    category: 'saas-key',
    keywords: ['gsk_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])/g,
    entropy: 4,
    samples: { positive: [`GROQ_API_KEY=${fake('gs' + 'k_', 52)}`], negative: ['GROQ_API_KEY=gsk_...', 'the gsk_ prefix marks a Groq key'] },
};
const perplexityKey = {
    id: 'perplexity-api-key',
    description: 'Perplexity API key',
    severity: 'high',
    category: 'saas-key',
    keywords: ['pplx-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`PERPLEXITY_API_KEY=${fake('pp' + 'lx-', 48)}`], negative: ['PERPLEXITY_API_KEY=pplx-xxxxxxxx', 'https://docs.perplexity.ai/pplx-api'] },
};
const xaiKey = {
    id: 'xai-api-key',
    description: 'xAI (Grok) API key',
    severity: 'high',
    category: 'saas-key',
    keywords: ['xai-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`XAI_API_KEY=${fake('xa' + 'i-', 80)}`], negative: ['XAI_API_KEY=xai-...', 'import { xai } from "@ai-sdk/xai-provider"'] },
};
const replicateToken = {
    id: 'replicate-api-token',
    description: 'Replicate API token',
    severity: 'high',
    category: 'saas-key',
    keywords: ['r8_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])/g,
    entropy: 4,
    samples: { positive: [`REPLICATE_API_TOKEN=${fake('r' + '8_', 37)}`], negative: ['REPLICATE_API_TOKEN=r8_******', 'register r8_ in the allocator'] },
};
const langsmithKey = {
    id: 'langsmith-api-key',
    description: 'LangSmith personal access token or service key',
    severity: 'high',
    category: 'saas-key',
    keywords: ['lsv2_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])/g,
    entropy: 3,
    samples: { positive: [`LANGSMITH_API_KEY=${fake('lsv' + '2_pt_', 32, HEX)}_${fake('', 10, HEX, 2)}`], negative: ['LANGSMITH_API_KEY=lsv2_pt_...', 'lsv2_sk_ keys belong to a service'] },
};
const AI_KEY_RULES = [openaiKey, anthropicKey, huggingfaceToken, groqKey, perplexityKey, xaiKey, replicateToken, langsmithKey];

;// CONCATENATED MODULE: ./src/scan/rules/cloud-platforms.ts

// Cloud platform credentials with a published, recognisable shape.
const awsBedrockKey = {
    id: 'aws-bedrock-api-key',
    description: 'Amazon Bedrock API key (long-term ABSK... or short-term bedrock-api-key-...)',
    severity: 'critical',
    category: 'cloud-key',
    // Long-term keys are ABSK + base64 of "BedrockAPIKey-..."; short-term ones base64 of "bedrock.amazonaws.com/...".
    keywords: ['absk', 'bedrock-api-key-'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{80,400}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{60,4096}={0,2})(?![A-Za-z0-9+/=])/g,
    entropy: 4,
    samples: {
        positive: [
            `AWS_BEARER_TOKEN_BEDROCK=${'AB' + 'SK'}${Buffer.from('BedrockAPIKey-' + fake('', 20) + ':' + fake('', 60, undefined, 5)).toString('base64')}`,
            `token: ${'bedrock-' + 'api-key-'}${Buffer.from('bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=' + fake('', 80, undefined, 6)).toString('base64')}`,
        ],
        negative: ['AWS_BEARER_TOKEN_BEDROCK=ABSK...', 'export AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-<token>'],
    },
};
const gcpApiKey = {
    id: 'gcp-api-key',
    description: 'Google Cloud / Firebase / Gemini API key (AIza...)',
    severity: 'high',
    category: 'cloud-key',
    keywords: ['aiza'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/g,
    entropy: 3.5,
    samples: { positive: [`GOOGLE_API_KEY=${fake('AI' + 'za', 35, URLSAFE)}`, `apiKey: "${fake('AI' + 'za', 35, URLSAFE, 4)}",`], negative: ['apiKey: "AIza..."', 'GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'] },
};
const googleOauthSecret = {
    id: 'google-oauth-client-secret',
    description: 'Google OAuth client secret (GOCSPX-...)',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['gocspx-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/g,
    entropy: 3.5,
    samples: { positive: [`"client_secret": "${fake('GOC' + 'SPX-', 28, URLSAFE)}"`], negative: ['"client_secret": "GOCSPX-..."', 'GOCSPX- marks a Google client secret'] },
};
const googleOauthToken = {
    id: 'google-oauth-access-token',
    description: 'Google OAuth 2.0 access token (ya29....)',
    severity: 'high',
    category: 'cloud-key',
    keywords: ['ya29.'],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>ya29\.[A-Za-z0-9_-]{30,2048})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`Authorization: Bearer ${fake('ya' + '29.', 150, URLSAFE)}`], negative: ['Authorization: Bearer ya29.xxx', 'access tokens start with ya29.'] },
};
const azureAdClientSecret = {
    id: 'azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) application client secret',
    severity: 'critical',
    category: 'cloud-key',
    // Secret values issued since 2021: three characters, a digit, "Q~", then 31 to 34 more.
    keywords: ['q~'],
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g,
    entropy: 3.5,
    samples: {
        positive: [`AZURE_CLIENT_SECRET=${fake('', 3)}8Q~${fake('', 34, URLSAFE, 9)}`, `"clientSecret": "${fake('', 3, undefined, 2)}7Q~${fake('', 31, URLSAFE, 10)}"`],
        negative: ['AZURE_CLIENT_SECRET=abc8Q~', 'the value looks like xxx8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
};
const alibabaAccessKey = {
    id: 'alibaba-access-key-id',
    description: 'Alibaba Cloud AccessKey ID (LTAI...)',
    severity: 'high',
    category: 'cloud-key',
    keywords: ['ltai'],
    pattern: /(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/g,
    entropy: 3.5,
    samples: { positive: [`ALIBABA_CLOUD_ACCESS_KEY_ID=${fake('LT' + 'AI', 20)}`], negative: ['ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI****************', 'SALTAIRE is a town'] },
};
const digitaloceanToken = {
    id: 'digitalocean-token',
    description: 'DigitalOcean personal access, OAuth or refresh token',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/g,
    entropy: 3,
    samples: { positive: [`DIGITALOCEAN_TOKEN=${fake('do' + 'p_v1_', 64, HEX)}`], negative: ['DIGITALOCEAN_TOKEN=dop_v1_...', 'tokens look like dop_v1_<64 hex>'] },
};
const herokuKey = {
    id: 'heroku-api-key',
    description: 'Heroku API key (HRKU-...)',
    severity: 'high',
    category: 'cloud-key',
    keywords: ['hrku-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>HRKU-[A-Za-z0-9_-]{58,60})(?![A-Za-z0-9_-])/g,
    entropy: 3.5,
    samples: { positive: [`HEROKU_API_KEY=${fake('HR' + 'KU-AA', 58, URLSAFE)}`], negative: ['HEROKU_API_KEY=HRKU-...', 'HRKU- is the prefix of Heroku keys'] },
};
const cloudflareOriginCaKey = {
    id: 'cloudflare-origin-ca-key',
    description: 'Cloudflare Origin CA key (v1.0-...)',
    severity: 'high',
    category: 'cloud-key',
    keywords: ['v1.0-'],
    pattern: /(?<![A-Za-z0-9._-])(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9_-])/g,
    entropy: 3,
    samples: { positive: [`CF_ORIGIN_CA_KEY=${'v1' + '.0-'}${fake('', 24, HEX)}-${fake('', 146, HEX, 3)}`], negative: ['release v1.0-beta', 'v1.0-0123456789abcdef'] },
};
const flyioToken = {
    id: 'flyio-token',
    description: 'Fly.io access token (fo1_..., fm1/fm2 macaroon tokens)',
    severity: 'high',
    category: 'cloud-key',
    keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>fo1_[A-Za-z0-9_-]{43}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,4096}={0,3})(?![A-Za-z0-9+/=_-])/g,
    entropy: 4,
    samples: { positive: [`FLY_API_TOKEN=${fake('fo' + '1_', 43, URLSAFE)}`, `FLY_API_TOKEN="FlyV1 ${fake('fm' + '2_', 220, B64, 5)}"`], negative: ['FLY_API_TOKEN=fo1_...', 'FlyV1 fm2_<token>'] },
};
const terraformToken = {
    id: 'terraform-cloud-token',
    description: 'HashiCorp Terraform Cloud / Enterprise API token (....atlasv1....)',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['atlasv1'],
    pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/g,
    entropy: 4,
    samples: { positive: [`token = "${fake('', 14)}.atlas${'v1.'}${fake('', 67, URLSAFE, 4)}"`], negative: ['token = "xxxxxxxxxxxxxx.atlasv1.xxxx"', 'atlasv1 tokens are team or user tokens'] },
};
const vaultToken = {
    id: 'vault-token',
    description: 'HashiCorp Vault service or batch token (hvs., hvb.)',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['hvs.', 'hvb.'],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`VAULT_TOKEN=${fake('hv' + 's.', 95, URLSAFE)}`, `VAULT_TOKEN=${fake('hv' + 'b.', 140, URLSAFE, 6)}`], negative: ['VAULT_TOKEN=hvs.xxxx', 'a token prefixed hvs. is a service token'] },
};
const dopplerToken = {
    id: 'doppler-token',
    description: 'Doppler personal, service, service account, CLI, SCIM or audit token',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,64}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`DOPPLER_TOKEN=${fake('dp.' + 'pt.', 43)}`, `DOPPLER_TOKEN=${'dp.' + 'st.'}prd.${fake('', 43, undefined, 9)}`], negative: ['DOPPLER_TOKEN=dp.st.xxxx', 'dp.pt. marks a personal token'] },
};
const pulumiToken = {
    id: 'pulumi-access-token',
    description: 'Pulumi access token (pul-...)',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['pul-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/g,
    entropy: 3,
    samples: { positive: [`PULUMI_ACCESS_TOKEN=${fake('pu' + 'l-', 40, HEX)}`], negative: ['PULUMI_ACCESS_TOKEN=pul-...', 'pul-request merged'] },
};
const databricksToken = {
    id: 'databricks-token',
    description: 'Databricks personal access token (dapi...)',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['dapi'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9_-])/g,
    entropy: 3,
    samples: { positive: [`DATABRICKS_TOKEN=${fake('da' + 'pi', 32, HEX)}`, `token = "${fake('da' + 'pi', 32, HEX, 3)}-2"`], negative: ['DATABRICKS_TOKEN=dapi...', 'the dapi prefix; dapi0000000000000000000000000000000'] },
};
const planetscaleToken = {
    id: 'planetscale-token',
    description: 'PlanetScale service token, OAuth token or database password (pscale_...)',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_=.-])/g,
    entropy: 4,
    samples: { positive: [`DATABASE_PASSWORD=${fake('pscale' + '_pw_', 43, URLSAFE)}`], negative: ['DATABASE_PASSWORD=pscale_pw_...', 'pscale_tkn_ is a service token prefix'] },
};
const supabaseToken = {
    id: 'supabase-secret',
    description: 'Supabase management access token (sbp_...) or secret API key (sb_secret_...)',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['sbp_', 'sb_secret_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{30,64})(?![A-Za-z0-9_-])/g,
    entropy: 3,
    samples: { positive: [`SUPABASE_ACCESS_TOKEN=${fake('sb' + 'p_', 40, HEX)}`, `SUPABASE_SECRET_KEY=${fake('sb_' + 'secret_', 31, URLSAFE, 2)}`], negative: ['SUPABASE_ACCESS_TOKEN=sbp_...', 'sb_secret_ keys replace the service_role key'] },
};
const CLOUD_PLATFORM_RULES = [
    awsBedrockKey, gcpApiKey, googleOauthSecret, googleOauthToken, azureAdClientSecret, alibabaAccessKey, digitaloceanToken, herokuKey,
    cloudflareOriginCaKey, flyioToken, terraformToken, vaultToken, dopplerToken, pulumiToken, databricksToken, planetscaleToken, supabaseToken,
];

;// CONCATENATED MODULE: ./src/scan/rules/dev-platforms.ts

// Tokens of source hosting, CI, package registries and developer tooling, by their published prefixes.
const gitlabRunnerToken = {
    id: 'gitlab-runner-token',
    description: 'GitLab runner authentication token (glrt-) or runner registration token (GR1348941...)',
    severity: 'critical',
    category: 'package-token',
    keywords: ['glrt-', 'gr1348941'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>glrt-(?:t\d_)?[A-Za-z0-9_-]{20,64}|GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/g,
    entropy: 3.5,
    samples: { positive: [`token = "${fake('gl' + 'rt-', 20, URLSAFE)}"`, `REGISTRATION_TOKEN=${fake('GR13' + '48941', 20, URLSAFE, 3)}`], negative: ['token = "glrt-..."', 'glrt- tokens replace registration tokens'] },
};
const gitlabPipelineTriggerToken = {
    id: 'gitlab-pipeline-trigger-token',
    description: 'GitLab pipeline trigger token (glptt-)',
    severity: 'high',
    category: 'package-token',
    keywords: ['glptt-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>glptt-[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/g,
    entropy: 3,
    samples: { positive: [`curl -X POST --fail -F token=${fake('glp' + 'tt-', 40, HEX)} -F ref=main https://gitlab.acme.io/api/v4/projects/7/trigger/pipeline`], negative: ['-F token=glptt-<token>', 'use a glptt- token'] },
};
const gitlabOtherToken = {
    id: 'gitlab-service-token',
    description: 'GitLab deploy, CI job, OAuth application, feed, incoming mail, SCIM, feature flag or agent token',
    severity: 'high',
    category: 'package-token',
    keywords: ['gldt-', 'glcbt-', 'gloas-', 'glft-', 'glimt-', 'glsoat-', 'glffct-', 'glagent-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>gl(?:dt|cbt|oas|ft|imt|soat|ffct|agent)-[A-Za-z0-9_-]{20,80})(?![A-Za-z0-9_-])/g,
    entropy: 3.5,
    samples: {
        positive: [`DEPLOY_TOKEN=${fake('gl' + 'dt-', 20, URLSAFE)}`, `secret: ${fake('gl' + 'oas-', 64, URLSAFE, 2)}`, `agent token ${fake('gla' + 'gent-', 50, URLSAFE, 5)}`],
        negative: ['DEPLOY_TOKEN=gldt-...', 'gloas-applications use OAuth'],
    },
};
const sonarToken = {
    id: 'sonarqube-token',
    description: 'SonarQube / SonarCloud user, project or global analysis token',
    severity: 'high',
    category: 'package-token',
    keywords: ['squ_', 'sqp_', 'sqa_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sq[upa]_[a-f0-9]{40})(?![A-Za-z0-9_])/g,
    entropy: 3,
    samples: { positive: [`SONAR_TOKEN=${fake('sq' + 'p_', 40, HEX)}`], negative: ['SONAR_TOKEN=sqp_...', 'squ_ tokens belong to a user'] },
};
const buildkiteToken = {
    id: 'buildkite-token',
    description: 'Buildkite user API access token (bkua_...)',
    severity: 'high',
    category: 'package-token',
    keywords: ['bkua_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>bkua_[a-f0-9]{40})(?![A-Za-z0-9_])/g,
    entropy: 3,
    samples: { positive: [`BUILDKITE_API_TOKEN=${fake('bk' + 'ua_', 40, HEX)}`], negative: ['BUILDKITE_API_TOKEN=bkua_...'] },
};
const circleciToken = {
    id: 'circleci-token',
    description: 'CircleCI personal or project API token (CCIPAT_, CCIPRJ_)',
    severity: 'high',
    category: 'package-token',
    keywords: ['ccipat_', 'cciprj_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>CCI(?:PAT|PRJ)_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_])/g,
    entropy: 3.5,
    samples: { positive: [`CIRCLE_TOKEN=${fake('CCI' + 'PAT_', 22)}_${fake('', 40, HEX, 4)}`], negative: ['CIRCLE_TOKEN=CCIPAT_...'] },
};
const tailscaleKey = {
    id: 'tailscale-key',
    description: 'Tailscale API, auth, OAuth client, SCIM or webhook key (tskey-...)',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['tskey-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{20,64})(?![A-Za-z0-9_-])/g,
    entropy: 3.5,
    samples: { positive: [`TS_AUTHKEY=${fake('tskey-' + 'auth-', 17)}-${fake('', 33, undefined, 6)}`], negative: ['TS_AUTHKEY=tskey-auth-xxxx', 'tskey-api- keys call the API'] },
};
const ageSecretKey = {
    id: 'age-secret-key',
    description: 'age encryption secret key (AGE-SECRET-KEY-1...)',
    severity: 'critical',
    category: 'private-key',
    keywords: ['age-secret-key-1'],
    pattern: /(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Z0-9])/g,
    samples: { positive: [`# public key: age1...\n${fake('AGE-SECRET-' + 'KEY-1', 58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L')}`], negative: ['AGE-SECRET-KEY-1... (keep it in keys.txt)'] },
};
const onepasswordToken = {
    id: '1password-service-account-token',
    description: '1Password service account token (ops_eyJ...)',
    severity: 'critical',
    category: 'saas-key',
    keywords: ['ops_eyj'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>ops_eyJ[A-Za-z0-9+/_-]{200,2000}={0,3})(?![A-Za-z0-9+/=_-])/g,
    entropy: 4,
    samples: { positive: [`OP_SERVICE_ACCOUNT_TOKEN=${'ops_' + 'eyJ'}${fake('', 250, B64)}`], negative: ['OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...'] },
};
const jfrogToken = {
    id: 'jfrog-token',
    description: 'JFrog Artifactory API key (AKCp...) or identity/reference token',
    severity: 'critical',
    category: 'private-registry',
    // Reference tokens are base64 of "reftkn:01:...".
    keywords: ['akcp', 'cmvmdgtuojaxoj'],
    pattern: /(?<![A-Za-z0-9])(?<secret>AKCp[A-Za-z0-9]{69}|cmVmdGtuOjAxOj[A-Za-z0-9]{50,100})(?![A-Za-z0-9])/g,
    entropy: 4,
    samples: { positive: [`ARTIFACTORY_API_KEY=${fake('AK' + 'Cp', 69)}`, `JFROG_TOKEN=${'cmVmdGtu' + 'OjAxOj'}${fake('', 50, undefined, 8)}`], negative: ['ARTIFACTORY_API_KEY=AKCp...'] },
};
const atlassianToken = {
    id: 'atlassian-api-token',
    description: 'Atlassian API token (ATATT3...) or Bitbucket app password (ATBB...)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['atatt3', 'atbb'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>ATATT3[A-Za-z0-9_=-]{180,200}|ATBB[A-Za-z0-9]{32})(?![A-Za-z0-9_=-])/g,
    entropy: 4,
    samples: { positive: [`JIRA_API_TOKEN=${fake('ATA' + 'TT3', 186, URLSAFE)}`, `BITBUCKET_APP_PASSWORD=${fake('AT' + 'BB', 32, undefined, 3)}`], negative: ['JIRA_API_TOKEN=ATATT3...', 'ATBB marks a Bitbucket app password'] },
};
const postmanKey = {
    id: 'postman-api-key',
    description: 'Postman API key (PMAK-...)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['pmak-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_-])/g,
    entropy: 3,
    samples: { positive: [`POSTMAN_API_KEY=${fake('PM' + 'AK-', 24, HEX)}-${fake('', 34, HEX, 2)}`], negative: ['POSTMAN_API_KEY=PMAK-...'] },
};
const rubygemsKey = {
    id: 'rubygems-api-key',
    description: 'RubyGems API key (rubygems_...)',
    severity: 'critical',
    category: 'package-token',
    keywords: ['rubygems_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>rubygems_[a-f0-9]{48})(?![A-Za-z0-9_])/g,
    entropy: 3,
    samples: { positive: [`:rubygems_api_key: ${fake('ruby' + 'gems_', 48, HEX)}`], negative: [':rubygems_api_key: rubygems_...'] },
};
const nugetKey = {
    id: 'nuget-api-key',
    description: 'NuGet.org API key (oy2...)',
    severity: 'critical',
    category: 'package-token',
    keywords: ['oy2'],
    pattern: /(?<![A-Za-z0-9])(?<secret>oy2[a-z0-9]{43})(?![A-Za-z0-9])/g,
    entropy: 4,
    samples: { positive: [`dotnet nuget push app.nupkg --api-key ${fake('o' + 'y2', 43, LOWER_ALNUM)}`], negative: ['--api-key oy2...', 'toy2 model'] },
};
const clojarsToken = {
    id: 'clojars-token',
    description: 'Clojars deploy token (CLOJARS_...)',
    severity: 'critical',
    category: 'package-token',
    keywords: ['clojars_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>CLOJARS_[a-z0-9]{60})(?![A-Za-z0-9_])/gi,
    entropy: 4,
    samples: { positive: [`CLOJARS_PASSWORD=${fake('CLO' + 'JARS_', 60, LOWER_ALNUM)}`], negative: ['CLOJARS_USERNAME=acme'] },
};
const sentryToken = {
    id: 'sentry-token',
    description: 'Sentry user auth token (sntryu_) or organization token (sntrys_)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['sntryu_', 'sntrys_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sntryu_[a-f0-9]{64}|sntrys_eyJ[A-Za-z0-9+/=_-]{60,400})(?![A-Za-z0-9+/=_-])/g,
    entropy: 3.5,
    samples: { positive: [`SENTRY_AUTH_TOKEN=${fake('sntr' + 'yu_', 64, HEX)}`, `SENTRY_AUTH_TOKEN=${'sntrys_' + 'eyJ'}${fake('', 120, B64, 3)}`], negative: ['SENTRY_AUTH_TOKEN=sntrys_...'] },
};
const grafanaToken = {
    id: 'grafana-token',
    description: 'Grafana Cloud access policy token (glc_) or service account token (glsa_)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['glc_', 'glsa_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})(?![A-Za-z0-9+/=_])/g,
    entropy: 4,
    samples: { positive: [`GRAFANA_CLOUD_TOKEN=${fake('gl' + 'c_', 120, B64)}`, `GRAFANA_SA_TOKEN=${fake('gl' + 'sa_', 32)}_${fake('', 8, HEX, 2)}`], negative: ['GRAFANA_SA_TOKEN=glsa_...'] },
};
const newRelicKey = {
    id: 'new-relic-key',
    description: 'New Relic user API key (NRAK-) or Insights insert key (NRII-)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['nrak-', 'nrii-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/g,
    entropy: 3,
    samples: { positive: [`NEW_RELIC_API_KEY=${fake('NR' + 'AK-', 27, UPPER_ALNUM)}`, `insert_key: ${fake('NR' + 'II-', 32, URLSAFE, 3)}`], negative: ['NEW_RELIC_API_KEY=NRAK-...'] },
};
const newRelicLicenseKey = {
    id: 'new-relic-license-key',
    description: 'New Relic ingest license key (40 characters ending in NRAL)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['nral'],
    // "nral" is in every "general": the pattern runs only where the case-sensitive "NRAL" is.
    anchor: { text: 'NRAL', back: 36, lead: /[a-f0-9]/ },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{36}NRAL)(?![A-Za-z0-9_-])/g,
    entropy: 3,
    samples: { positive: [`license_key: ${fake('', 36, HEX)}${'NR' + 'AL'}`], negative: ['GENERAL and NRAL are words', `id ${'0'.repeat(36)}NRAL`] },
};
const dynatraceToken = {
    id: 'dynatrace-token',
    description: 'Dynatrace API token (dt0c01....)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['dt0c01.'],
    pattern: /(?<![A-Za-z0-9_.])(?<secret>dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_])/g,
    entropy: 3.5,
    samples: { positive: [`DT_API_TOKEN=${fake('dt0' + 'c01.', 24, UPPER_ALNUM)}.${fake('', 64, UPPER_ALNUM, 7)}`], negative: ['DT_API_TOKEN=dt0c01.XXXX'] },
};
const sourcegraphToken = {
    id: 'sourcegraph-token',
    description: 'Sourcegraph access token (sgp_...)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['sgp_', 'sourcegraph'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})(?![A-Za-z0-9_])|sourcegraph[\w "':=]{0,20}?(?<![A-Za-z0-9])(?<secret2>[a-fA-F0-9]{40})(?![A-Za-z0-9])/gi,
    entropy: 3,
    samples: { positive: [`SRC_ACCESS_TOKEN=${fake('sg' + 'p_', 16, HEX)}_${fake('', 40, HEX, 4)}`, `sourcegraph: ${fake('', 40, HEX + 'ABCDEF', 5)}`], negative: ['SRC_ACCESS_TOKEN=sgp_...', 'sourcegraph: https://sourcegraph.com'] },
};
const prefectKey = {
    id: 'prefect-api-key',
    description: 'Prefect Cloud API key (pnu_...)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['pnu_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
    entropy: 4,
    samples: { positive: [`PREFECT_API_KEY=${fake('pn' + 'u_', 36)}`], negative: ['PREFECT_API_KEY=pnu_...'] },
};
const contentfulToken = {
    id: 'contentful-token',
    description: 'Contentful personal access token (CFPAT-...)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['cfpat-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`CONTENTFUL_MANAGEMENT_TOKEN=${fake('CF' + 'PAT-', 43, URLSAFE)}`], negative: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-...'] },
};
const octopusDeployKey = {
    id: 'octopus-deploy-api-key',
    description: 'Octopus Deploy API key (API- and 26 capitals or digits)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['api-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>API-[A-Z0-9]{26})(?![A-Za-z0-9_-])/g,
    entropy: 3.5,
    samples: { positive: [`set apikey="${fake('AP' + 'I-', 26, UPPER_ALNUM)}"`], negative: ['see API-REFERENCE for details', 'API-XXXXXXXXXXXXXXXXXXXXXXXXXX'] },
};
const DEV_PLATFORM_RULES = [
    octopusDeployKey,
    gitlabRunnerToken, gitlabPipelineTriggerToken, gitlabOtherToken, sonarToken, buildkiteToken, circleciToken, tailscaleKey, ageSecretKey,
    onepasswordToken, jfrogToken, atlassianToken, postmanKey, rubygemsKey, nugetKey, clojarsToken, sentryToken, grafanaToken, newRelicKey, newRelicLicenseKey,
    dynatraceToken, sourcegraphToken, prefectKey, contentfulToken,
];

// EXTERNAL MODULE: ./src/scan/entropy.ts
var entropy = __nccwpck_require__(4264);
// EXTERNAL MODULE: ./src/scan/placeholders.ts + 1 modules
var placeholders = __nccwpck_require__(5298);
;// CONCATENATED MODULE: ./src/scan/rules/http-credentials.ts



// Credentials written into an HTTP request: an Authorization header with a literal value, or
// curl's -u/--user with a password. The value has no provider shape, so these are generic
// secrets: third-party content (a dependency's docs and tests) is not scanned for them by default.
/** Basic credentials are base64 of "user:password", both parts literal. */
function isBasicCredential(value) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    if (Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') !== value.replace(/=+$/, ''))
        return false;
    const colon = decoded.indexOf(':');
    if (colon < 1 || !/^[\x20-\x7e]+$/.test(decoded))
        return false;
    const password = decoded.slice(colon + 1);
    return password.length >= 4 && !(0,placeholders/* isPlaceholder */.w)(password) && !/^(?:pass(?:word)?|secret|user(?:name)?|x+)$/i.test(password);
}
/** What follows the value: a bearer value that runs on into code (`+ token`, `${`) is built, not written. */
function endsLiteral(value, ctx) {
    const next = ctx.text.charAt(ctx.index + value.length);
    return next !== '$' && next !== '{' && next !== '(' && next !== '+';
}
/** A value that stands for the secret instead of being it: a variable, a template, a word. */
function isReference(value) {
    return (0,placeholders/* isPlaceholder */.w)(value) || /^(?:\$|%|<|\{|\*|\[)/.test(value) || /\$(?:\{|\(|[A-Za-z_])/.test(value) || /^(?:pass(?:word)?|secret|token|bearer|x+|your[_-]?\w+)$/i.test(value);
}
/** How the header value was written: after `Basic`, after another scheme, bare, or in a named credential header. */
function headerForm(ctx) {
    const before = ctx.text.slice(Math.max(0, ctx.index - 40), ctx.index);
    if (/basic\s+$/i.test(before))
        return 'basic';
    if (/(?:bearer|token|api-?token|api-?key|key|sso-key)\s+$/i.test(before))
        return 'scheme';
    return /authorization["']?\s*[:=,]\s*["'`]?\s*$/i.test(before) ? 'bare' : 'named';
}
const authorizationHeader = {
    id: 'authorization-header',
    description: 'HTTP Authorization header (Basic, Bearer, Token or bare) or API key header with a literal value',
    severity: 'high',
    category: 'generic-secret',
    keywords: ['authorization', '--header', '-h "', "-h '", '-h"', "-h'"],
    pattern: /(?:authorization["']?\s*[:=,]\s*["'`]?\s*(?:basic\s+(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})|(?:bearer|token|api-?token|api-?key|key|sso-key)\s+(?<secret2>[A-Za-z0-9._~+/-]{8,2048}=*)|(?<secret3>[A-Za-z0-9._~+/-]{16,2048}=*))|(?:-H|--header)\s*["']\s*(?:x-api-key|api-?key|x-auth-token|api-?token|x-access-token|private-token|x-token|token)\s*:\s*(?<secret4>[A-Za-z0-9._~+/-]{8,512}=*))(?![A-Za-z0-9._~+/=-])/gi,
    validate: (value, ctx) => {
        if (!endsLiteral(value, ctx) || isReference(value))
            return false;
        const form = headerForm(ctx);
        if (form === 'basic')
            return isBasicCredential(value);
        if (!/\d/.test(value) || /^[A-Z][A-Z0-9_]+$/.test(value) || /^[a-z]+(?:[._-][a-z]+)*$/i.test(value))
            return false;
        // Bare: `Authorization: <value>` in code is often a variable; a literal credential has digits and entropy.
        if (form === 'bare')
            return (0,entropy/* shannonEntropy */.l)(value) >= 3 && !(/^[A-Za-z_$][\w$]*$/.test(value) && (value.match(/\d/g) ?? []).length < 3);
        return true;
    },
    entropy: 2.5,
    samples: {
        positive: [
            `curl -H "Authorization: Bearer ${fake('', 40, URLSAFE)}" https://api.acme.io/v1/jobs`,
            `Authorization: Basic ${Buffer.from('deploy:' + fake('', 16, undefined, 3)).toString('base64')}`,
            `headers = {"Authorization": "Bearer ${fake('', 32, undefined, 5)}"}`,
            `curl -H "Authorization: Token ${fake('', 40, HEX, 6)}" https://api.acme.io`,
            `curl --header 'Authorization: ${fake('', 8, HEX, 7)}-${fake('', 4, HEX, 8)}-${fake('', 12, HEX, 9)}'`,
            `curl -X POST -H "X-Api-Key: ${fake('', 24, undefined, 10)}" https://api.acme.io`,
        ],
        negative: [
            'Authorization: Bearer ${TOKEN}',
            "headers: { Authorization: 'Bearer ' + token }",
            'Authorization: Bearer <token>',
            'Authorization: Basic dXNlcjpwYXNzd29yZA==',
            '-H "Authorization: Bearer $GITHUB_TOKEN"',
            'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
            'authorization: authorizationHeaderValue,',
            '-H "X-Api-Key: $API_KEY"',
            'authorization: `token secret123`,',
        ],
    },
};
const curlUserPassword = {
    id: 'curl-user-password',
    description: 'A password given to curl on the command line (-u or --user with a user and password, or an API key as the user)',
    severity: 'high',
    category: 'generic-secret',
    keywords: ['curl'],
    // The command may continue over lines ending in a backslash; the user and password may each be quoted.
    pattern: /\bcurl\b(?:[^\n\\]|\\[^\n]|\\\r?\n){0,1024}?\s(?:-u|--user)(?:\s+|=)(?:["']?(?<user>[^\s"':]{0,128})["']?:["']?(?<secret>[^\s"'()<>|;&`]{4,256})["']?|["']?(?<secret2>[^\s"':]{8,256}):["']?)(?=[\s)]|$)/g,
    validate: (value, ctx) => {
        if (isReference(value))
            return false;
        // `-u KEY:` (an API key as the user, no password): only a random-looking key counts.
        const keyAsUser = ctx.text.charAt(ctx.index + value.length) === ':';
        return !keyAsUser || ((0,entropy/* shannonEntropy */.l)(value) >= 3 && /\d/.test(value));
    },
    entropy: 2.5,
    samples: {
        positive: [
            `curl -u deploy:${fake('', 14, undefined, 7)} https://nexus.acme.io/repository/releases/app.jar`,
            `curl --fail --user "ci-bot:${fake('', 20, undefined, 9)}" -X POST https://jenkins.acme.io/job/x/build`,
            `curl https://api.acme.io/oauth/token \\\n  --user ${fake('', 15, LOWER_ALNUM, 11)}:${fake('', 15, LOWER_ALNUM, 12)} --data grant_type=client_credentials`,
            `curl --user kevin:'${fake('', 16, undefined, 13)}' -X PATCH https://api.acme.io`,
            `curl -u "${fake('', 24, undefined, 14)}:" https://api.acme.io`,
        ],
        negative: ['curl -u "$USER:$PASSWORD" https://nexus.acme.io', 'curl -u admin:password http://localhost:8080', 'curl -u user:<password> https://host', 'curl --user "${{ secrets.U }}:${{ secrets.P }}" https://x', 'curl -u "$API_KEY:" https://api.stripe.com', 'curl on the command line (-u / --user user:password)', 'curl -u "${USER}:${PASS}" https://x', 'curl -u "admin:" https://x'],
    },
};
const HTTP_CREDENTIAL_RULES = [authorizationHeader, curlUserPassword];

;// CONCATENATED MODULE: ./src/scan/rules/saas-services.ts

// SaaS API keys, tokens and webhook URLs, by the prefixes and shapes their providers document.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const uuid = (seed) => [8, 4, 4, 4, 12].map((n, i) => fake('', n, HEX, seed + i)).join('-');
const slackRefreshToken = {
    id: 'slack-refresh-token',
    description: 'Slack configuration or rotating refresh token (xoxe.xoxp-..., xoxe-...)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['xoxe'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,200}|xoxe-\d-[A-Za-z0-9]{100,200})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`SLACK_CONFIG_TOKEN=${'xoxe.' + 'xoxp-'}1-${fake('', 163)}`, `refresh_token: ${'xo' + 'xe-'}1-${fake('', 146, undefined, 4)}`], negative: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-...'] },
};
const slackWorkflowWebhook = {
    id: 'slack-workflow-webhook',
    description: 'Slack Workflow Builder webhook or trigger URL',
    severity: 'high',
    category: 'saas-key',
    keywords: ['hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
    pattern: /(?<secret>https?:\/\/hooks\.slack\.com\/(?:workflows|triggers)(?:\/[A-Za-z0-9]{6,}){2,3}\/[A-Za-z0-9]{20,64})(?![A-Za-z0-9])/g,
    entropy: 4,
    samples: { positive: [`SLACK_WEBHOOK=${'https://hooks.' + 'slack.com/triggers/'}T0123ABCD/${fake('', 10, DIGITS, 5)}/${fake('', 32, HEX)}`, `${'https://hooks.' + 'slack.com/workflows/'}T016M3G1GHZ/A04J3BAF7AA/${fake('', 18, DIGITS, 6)}/${fake('', 24, undefined, 7)}`], negative: ['https://hooks.slack.com/workflows/T000/A000/xxxx', 'https://hooks.slack.com/triggers/...'] },
};
const discordWebhook = {
    id: 'discord-webhook',
    description: 'Discord webhook URL (id and token)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['/api/webhooks/'],
    pattern: /(?<secret>https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`DISCORD_WEBHOOK_URL=${'https://discord' + '.com/api/webhooks/'}${fake('', 18, DIGITS)}/${fake('', 68, URLSAFE)}`], negative: ['https://discord.com/api/webhooks/{id}/{token}'] },
};
const telegramBotToken = {
    id: 'telegram-bot-token',
    description: 'Telegram Bot API token (bot id, colon, AA...)',
    severity: 'high',
    category: 'saas-key',
    keywords: [':aa'],
    anchor: { text: ':AA', back: 10, lead: /[0-9]/ },
    pattern: /(?<![A-Za-z0-9_:])(?<secret>\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`TELEGRAM_BOT_TOKEN=${fake('', 10, DIGITS, 3)}:${fake('A' + 'A', 33, URLSAFE)}`], negative: ['TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11', 'at 10:30:AA'] },
};
const teamsWebhook = {
    id: 'teams-webhook',
    description: 'Microsoft Teams incoming webhook URL',
    severity: 'high',
    category: 'saas-key',
    keywords: ['webhook.office.com'],
    pattern: new RegExp(`(?<secret>https://[a-z0-9-]+\\.webhook\\.office\\.com/webhookb2/${UUID}@${UUID}/IncomingWebhook/[a-f0-9]{32}/${UUID}(?:/[A-Za-z0-9_-]{20,})?)`, 'g'),
    samples: { positive: [`TEAMS_WEBHOOK=https://acme.${'webhook.' + 'office.com'}/webhookb2/${uuid(1)}@${uuid(2)}/IncomingWebhook/${fake('', 32, HEX, 3)}/${uuid(4)}`], negative: ['https://acme.webhook.office.com/webhookb2/<id>@<tenant>/IncomingWebhook/<hash>/<id>'] },
};
const stripeWebhookSecret = {
    id: 'stripe-webhook-secret',
    description: 'Stripe webhook signing secret (whsec_...)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['whsec_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9+/]{32,64}={0,2})(?![A-Za-z0-9_])/g,
    entropy: 4,
    samples: { positive: [`STRIPE_WEBHOOK_SECRET=${fake('wh' + 'sec_', 32)}`], negative: ['STRIPE_WEBHOOK_SECRET=whsec_...'] },
};
const shopifyToken = {
    id: 'shopify-token',
    description: 'Shopify access token, custom app, private app or shared secret (shpat_, shpca_, shppa_, shpss_)',
    severity: 'critical',
    category: 'saas-key',
    keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/g,
    entropy: 3,
    samples: { positive: [`SHOPIFY_ACCESS_TOKEN=${fake('shp' + 'at_', 32, HEX)}`], negative: ['SHOPIFY_ACCESS_TOKEN=shpat_...'] },
};
const squareToken = {
    id: 'square-token',
    description: 'Square access token (EAAA..., sq0atp-) or OAuth secret (sq0csp-)',
    severity: 'critical',
    category: 'saas-key',
    keywords: ['eaaa', 'sq0atp-', 'sq0csp-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`SQUARE_ACCESS_TOKEN=${fake('EA' + 'AA', 60, URLSAFE)}`, `secret: ${fake('sq0' + 'csp-', 43, URLSAFE, 3)}`], negative: ['SQUARE_ACCESS_TOKEN=EAAA...', 'AAAAEAAAAAAAAAA base64 padding'] },
};
const braintreeToken = {
    id: 'braintree-access-token',
    description: 'PayPal Braintree access token (access_token$production$...)',
    severity: 'critical',
    category: 'saas-key',
    keywords: ['access_token$'],
    pattern: /(?<secret>access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32})(?![A-Za-z0-9])/g,
    samples: { positive: [`BT_ACCESS_TOKEN=${'access_' + 'token$production$'}${fake('', 16, LOWER_ALNUM)}$${fake('', 32, HEX, 2)}`], negative: ['BT_ACCESS_TOKEN=access_token$production$...'] },
};
const mailchimpKey = {
    id: 'mailchimp-api-key',
    description: 'Mailchimp API key (32 hex characters and a data-centre suffix, -us21)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['-us'],
    anchor: { text: '-us', back: 32, lead: /[a-f0-9]/, next: /[0-9]/ },
    pattern: /(?<![A-Za-z0-9])(?<secret>[a-f0-9]{32}-us\d{1,2})(?![A-Za-z0-9])/g,
    entropy: 3,
    samples: { positive: [`MAILCHIMP_API_KEY=${fake('', 32, HEX)}-us21`], negative: ['MAILCHIMP_API_KEY=<key>-us21', 'en-us1 locale'] },
};
const brevoKey = {
    id: 'brevo-api-key',
    description: 'Brevo (Sendinblue) API or SMTP key (xkeysib-, xsmtpsib-)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['xkeysib-', 'xsmtpsib-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/g,
    entropy: 3.5,
    samples: { positive: [`BREVO_API_KEY=${fake('xkey' + 'sib-', 64, HEX)}-${fake('', 16, undefined, 3)}`], negative: ['BREVO_API_KEY=xkeysib-...'] },
};
const linearKey = {
    id: 'linear-api-key',
    description: 'Linear personal API key (lin_api_) or OAuth token (lin_oauth_)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['lin_api_', 'lin_oauth_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64})(?![A-Za-z0-9_])/g,
    entropy: 4,
    samples: { positive: [`LINEAR_API_KEY=${fake('lin' + '_api_', 40)}`], negative: ['LINEAR_API_KEY=lin_api_...'] },
};
const notionToken = {
    id: 'notion-token',
    description: 'Notion integration token (ntn_... or the older secret_...)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['ntn_', 'secret_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>ntn_\d{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])/g,
    entropy: 4,
    samples: { positive: [`NOTION_TOKEN=${fake('nt' + 'n_', 11, '0123456789')}${fake('', 35, undefined, 5)}`, `NOTION_KEY=${fake('sec' + 'ret_', 43, undefined, 6)}`], negative: ['NOTION_TOKEN=ntn_...', 'secret_key_base_for_the_session_store_in_development_only'] },
};
const figmaToken = {
    id: 'figma-token',
    description: 'Figma personal access token (figd_...)',
    severity: 'medium',
    category: 'saas-key',
    keywords: ['figd_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>figd_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`FIGMA_TOKEN=${fake('fi' + 'gd_', 40, URLSAFE)}`], negative: ['FIGMA_TOKEN=figd_...'] },
};
const shippingKey = {
    id: 'shipping-api-key',
    description: 'Shippo (shippo_live_) or EasyPost (EZAK, EZTK) API key',
    severity: 'high',
    category: 'saas-key',
    keywords: ['shippo_live_', 'shippo_test_', 'ezak', 'eztk'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>shippo_(?:live|test)_[a-f0-9]{40}|EZ[AT]K[A-Za-z0-9]{54})(?![A-Za-z0-9_])/g,
    entropy: 3.5,
    samples: { positive: [`SHIPPO_TOKEN=${fake('shippo' + '_live_', 40, HEX)}`, `EASYPOST_API_KEY=${fake('EZ' + 'AK', 54, undefined, 2)}`], negative: ['SHIPPO_TOKEN=shippo_live_...'] },
};
const flutterwaveKey = {
    id: 'flutterwave-secret-key',
    description: 'Flutterwave secret or encryption key (FLWSECK-, FLWSECK_TEST-)',
    severity: 'critical',
    category: 'saas-key',
    keywords: ['flwseck'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?-[a-z0-9]{32}-X)(?![A-Za-z0-9_-])/g,
    entropy: 3,
    samples: { positive: [`FLW_SECRET_KEY=${fake('FLW' + 'SECK-', 32, HEX)}-X`], negative: ['FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X'] },
};
const plaidToken = {
    id: 'plaid-access-token',
    description: 'Plaid access token (access-production-..., access-development-...)',
    severity: 'critical',
    category: 'saas-key',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>access-(?:production|development|sandbox)-${UUID})(?![A-Za-z0-9_-])`, 'g'),
    samples: { positive: [`"access_token": "${'access-' + 'production-'}${uuid(5)}"`], negative: ['"access_token": "access-sandbox-<uuid>"'] },
};
const adobeSecret = {
    id: 'adobe-client-secret',
    description: 'Adobe developer console client secret (p8e-...)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['p8e-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>p8e-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`ADOBE_CLIENT_SECRET=${fake('p8' + 'e-', 32)}`], negative: ['ADOBE_CLIENT_SECRET=p8e-...'] },
};
const mapboxSecretToken = {
    id: 'mapbox-secret-token',
    description: 'Mapbox secret access token (sk.eyJ...; public pk. tokens are not secrets)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['sk.eyj'],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/g,
    entropy: 4,
    samples: { positive: [`MAPBOX_SECRET_TOKEN=${'sk.' + 'eyJ'}${Buffer.from('{"u":"acme","a":"' + fake('', 12) + '"}').toString('base64url')}.${fake('', 22, URLSAFE, 3)}`], negative: ['MAPBOX_TOKEN=pk.eyJ1IjoiYWNtZSJ9.abcdefghijklmnopqrstuv', 'sk.eyJ...'] },
};
const miscSaasToken = {
    id: 'saas-platform-token',
    description: 'Duffel, Frame.io, ReadMe, Typeform or 42 Intra API token (duffel_live_, fio-u-, rdme_, tfp_, s-s4t2ud-)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['duffel_live_', 'duffel_test_', 'fio-u-', 'rdme_', 'tfp_', 's-s4t2'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>duffel_(?:live|test)_[A-Za-z0-9_=-]{43}|fio-u-[A-Za-z0-9_=-]{64}|rdme_[a-z0-9]{70}|tfp_[A-Za-z0-9_.=-]{59}|s-s4t2(?:ud|af)-[a-f0-9]{64})(?![A-Za-z0-9_=-])/g,
    entropy: 4,
    samples: { positive: [`DUFFEL_TOKEN=${fake('duffel' + '_live_', 43, URLSAFE)}`, `README_API_KEY=${fake('rd' + 'me_', 70, LOWER_ALNUM, 2)}`, `TYPEFORM_TOKEN=${fake('tf' + 'p_', 59, URLSAFE, 3)}`], negative: ['DUFFEL_TOKEN=duffel_test_...'] },
};
const facebookToken = {
    id: 'facebook-access-token',
    description: 'Facebook (Meta) user or page access token (EAAC..., EAAM...), or an app access token (app id|secret)',
    severity: 'high',
    category: 'saas-key',
    keywords: ['eaac', 'eaam', 'facebook'],
    // App tokens are the app id, "|" and the app secret: only beside the word facebook.
    pattern: /(?<![A-Za-z0-9])(?<secret>EAA[CM][A-Za-z0-9]{100,1024})(?![A-Za-z0-9])|(?:facebook|Facebook|FACEBOOK)[\w "':=]{0,30}?(?<![0-9])(?<secret2>\d{15,16}(?:\||%7C)[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/g,
    entropy: 3.5,
    samples: {
        positive: [`FACEBOOK_TOKEN="${'EA' + 'AC'}${fake('', 160)}"`, `facebook ${fake('', 16, DIGITS, 8)}|${fake('', 27, URLSAFE, 9)}`],
        negative: ['FACEBOOK_TOKEN=EAAC...', 'facebook app id 1234567890123456', `checksum: eaac${fake('', 124, HEX, 10)}`],
    },
};
const SAAS_SERVICE_RULES = [
    facebookToken,
    slackRefreshToken, slackWorkflowWebhook, discordWebhook, telegramBotToken, teamsWebhook, stripeWebhookSecret, shopifyToken, squareToken,
    braintreeToken, mailchimpKey, brevoKey, linearKey, notionToken, figmaToken, shippingKey, flutterwaveKey, plaidToken, adobeSecret,
    mapboxSecretToken, miscSaasToken,
];

;// CONCATENATED MODULE: ./src/scan/rules/cloud-keys.ts

const awsAccessKeyId = {
    id: 'aws-access-key-id',
    description: 'AWS access key id (long-term AKIA or temporary ASIA)',
    severity: 'high',
    category: 'cloud-key',
    keywords: ['akia', 'asia'],
    pattern: /(?<![A-Z0-9])(?<secret>(?:AKIA|ASIA)[A-Z0-9]{16})(?![A-Z0-9])/g,
    entropy: 3,
    samples: { positive: [`aws_access_key_id = ${fake('AK' + 'IA', 16, UPPER_ALNUM)}`], negative: ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'AKIA is the prefix of long-term keys'] },
};
const awsSecretKey = {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key, beside a name that says so',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['aws'],
    pattern: /aws.{0,24}?(?:secret|sk)[a-z_]*["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    entropy: 4,
    samples: {
        positive: [`aws_secret_access_key = ${fake('', 40, B64)}`, `"AWS_SECRET_ACCESS_KEY": "${fake('', 40, B64, 9)}"`],
        negative: ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}', `aws_region = ${'a'.repeat(40)}`],
    },
};
const gcpServiceAccount = {
    id: 'gcp-service-account-key',
    description: 'Google Cloud service-account key file (its private key id)',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['private_key_id'],
    pattern: /"private_key_id"\s*:\s*"(?<secret>[a-f0-9]{40})"/g,
    samples: { positive: [`{"type": "service_account", "private_key_id": "${fake('', 40, HEX)}"}`], negative: ['{"private_key_id": "<redacted>"}'] },
};
const azureStorageKey = {
    id: 'azure-storage-key',
    description: 'Azure storage account key in a connection string',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['accountkey='],
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g,
    samples: {
        positive: [`DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${fake('', 86, B64)}==;EndpointSuffix=core.windows.net`],
        negative: ['DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${STORAGE_KEY}'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/dockerfile-secret.ts


/**
 * A Dockerfile `ARG` or `ENV` whose name says secret and whose default is a literal. Both forms
 * count: `ENV NAME=value` and the legacy `ENV NAME value`, which the generic assignment rule does
 * not see. Either way the value is baked into the image's history for anyone who pulls it.
 */
const dockerfileSecret = {
    id: 'dockerfile-secret',
    description: 'A Dockerfile ARG or ENV named like a secret with a literal value, kept in the image history',
    severity: 'high',
    category: 'generic-secret',
    keywords: ['arg ', 'env '],
    // Name parts are bounded ({0,64}) so a long name cannot make the regex backtrack for long.
    pattern: /^[ \t]*(?:ARG|ENV)[ \t]+[A-Za-z0-9_]{0,64}(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)[A-Za-z0-9_]{0,64}(?:[ \t]*=[ \t]*|[ \t]+)["']?(?<secret>[^\s"'$]{8,256})/gim,
    entropy: 2.8,
    validate: (value) => !(0,placeholders/* isPlaceholder */.w)(value) && !/^[A-Z][A-Z0-9_]+$/.test(value) && !value.startsWith('/'),
    samples: {
        positive: [`ENV DB_PASSWORD ${fake('', 18, undefined, 31)}`, `ARG NPM_TOKEN=${fake('', 24, undefined, 32)}`, `  env api_key="${fake('', 20, undefined, 33)}"`],
        negative: ['ARG NPM_TOKEN', 'ENV DB_PASSWORD=${DB_PASSWORD}', 'ENV TOKEN_FILE /run/secrets/token', 'ENV SECRET_NAME CHANGEME', 'ENV PATH=/usr/local/bin:$PATH', 'ARG BUILD_SECRET_ID=SOME_VARIABLE'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/context.ts
/** The text of the match's line before the match. */
function linePrefix(ctx) {
    const start = ctx.text.lastIndexOf('\n', ctx.index - 1) + 1;
    return ctx.text.slice(start, ctx.index);
}
/**
 * A value shown as an example in documentation: a JSDoc `@example`, "e.g.", "for example",
 * "example:" on the same line before it. Documentation examples are written to be published.
 */
function inDocumentationExample(ctx) {
    return /(?:@example\b|\be\.g\.|\bfor example\b|\bexample\s*[-:=(]|\bExample\b)/i.test(linePrefix(ctx));
}
/** A dotted or colon address followed by "/prefix": a network, not a host, when its host part is zero. */
function prefixAfter(ctx, value) {
    const m = /^\/(\d{1,3})(?![\d.])/.exec(ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 4));
    return m ? Number(m[1]) : undefined;
}
/**
 * Inside a doc comment (slash-star-star) that shows an `@example`: SDKs print sample
 * responses there, tokens and addresses included, written to be published. Looks back at most
 * 8 KiB for the comment's start.
 */
function inDocCommentExample(ctx) {
    const from = Math.max(0, ctx.index - 8192);
    const open = ctx.text.lastIndexOf('/**', ctx.index);
    if (open < from)
        return false;
    const block = ctx.text.slice(open, ctx.index);
    return !block.includes('*/') && block.includes('@example');
}
/** The letters and digits of the text before the value on its line, lower-cased (at most 120 characters). */
function nameBefore(ctx) {
    const start = Math.max(ctx.text.lastIndexOf('\n', ctx.index - 1) + 1, ctx.index - 120);
    return ctx.text.slice(start, ctx.index).toLowerCase().replace(/[^a-z0-9]/g, '');
}
const DOC_FILE = /\.(?:md|markdown|mdx|rst|txt|adoc|asciidoc)$/i;
/**
 * In a documentation file, inside code: an inline code span, a fenced block, or (reStructuredText)
 * an indented literal block or a console line (`>>>`, `$ `). Code in documentation shows how to
 * use something; prose states facts. Looks back at most 64 KiB for an opening fence.
 */
function inDocCode(ctx) {
    if (!DOC_FILE.test(ctx.file))
        return false;
    const prefix = linePrefix(ctx);
    if ((prefix.match(/`/g) ?? []).length % 2 === 1)
        return true;
    if (/\.rst$/i.test(ctx.file) && /^(?:[ \t]+|>>>|\$ )/.test(prefix))
        return true;
    const from = Math.max(0, ctx.index - 65536);
    const fences = ctx.text.slice(from, ctx.index).match(/^[ \t]*(?:```|~~~)/gm);
    return (fences?.length ?? 0) % 2 === 1;
}

;// CONCATENATED MODULE: ./src/scan/rules/generic-secret.ts




/**
 * A secret is a literal: code that names a token (`questionToken = parseOptionalToken(58)`,
 * `PersonalAccessTokenHandler = PersonalAccessTokenHandler;`, `apiKeyPolicyName = "apiKeyPolicy"`)
 * is not. A value that runs on into a call, a member access or an index is code, and a value with no
 * digit in it is a word, an identifier or a path, which real keys and passwords almost never are.
 */
function isLiteral(value, ctx) {
    const next = ctx.text.charAt(ctx.index + value.length);
    // In code, an unquoted word is a reference to a variable (`cancelToken: defaultToConfig2,`);
    // in configuration (YAML, .env, properties) it is the value itself.
    const quoted = /["'`>]/.test(ctx.text.charAt(ctx.index - 1));
    if (!quoted && CODE_FILE.test(ctx.file) && /^[A-Za-z_$][\w$]*$/.test(value))
        return false;
    if (next === '(' || next === '[')
        return false;
    // `token===102&&...`: the "=" was the start of a comparison, and what follows is an expression.
    if (/^[=!>]/.test(value) || /&&|\|\||\?\.|===|!==/.test(value))
        return false;
    if (!/[A-Za-z]/.test(value))
        return false;
    // No digit: a word or an identifier, unless its letters switch case like a random string's
    // (one random 24-letter key in 60 has no digit at all).
    if (!/\d/.test(value) && !(/^[A-Za-z]{16,}$/.test(value) && caseSwitches(value) >= 0.3 && (0,entropy/* shannonEntropy */.l)(value) >= 3.8))
        return false;
    // A dotted or slashed path of words with a version in it ("./lib/v2/token.js") is a path.
    return !/^\.{0,2}\/?(?:[\w-]+\/)+[\w.-]+$/.test(value);
}
const CODE_FILE = /\.(?:[cm]?[jt]sx?|java|kt|kts|go|rs|py|rb|php|cs|swift|scala|c|cc|cpp|h|hpp|m|dart|lua|groovy)$/i;
/**
 * A value that only spells the name it is assigned to (`X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-
 * metadata-token"`), or an HTTP header name (`"X-Amz-Security-Token"`), names a thing; it is
 * not one.
 */
function namesItself(value, ctx) {
    if (/^x-[a-z0-9]+(?:-[a-z0-9]+)+$/i.test(value))
        return true;
    const spelled = value.toLowerCase().replace(/[^a-z0-9]/g, '');
    return spelled.length >= 8 && nameBefore(ctx).includes(spelled);
}
/**
 * A random string switches between lower case, upper case and digits at about every other
 * character; an identifier (`PersonalAccessTokenCredentialHandler`, `XMLHttpRequest`) at one in four.
 */
function looksRandom(segment) {
    return segment.length >= 16 && caseSwitches(segment) >= 0.4;
}
/** How often, per character, the text switches between lower case, upper case, digits and the rest. */
function caseSwitches(text) {
    const kind = (c) => (c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 3);
    let switches = 0;
    for (let i = 1; i < text.length; i++)
        if (kind(text[i]) !== kind(text[i - 1]))
            switches++;
    return switches / text.length;
}
/**
 * A query parameter of an image a page shows (`![build](https://codecov.io/.../badge.svg?token=...)`,
 * `<img src="...?token=...">`): badge and CDN image tokens are made to be published with the page.
 */
function inMarkdownImage(ctx) {
    const lineStart = ctx.text.lastIndexOf('\n', ctx.index - 1) + 1;
    const before = ctx.text.slice(Math.max(lineStart, ctx.index - 1024), ctx.index);
    return /!\[[^\]]*\]\(\s*https?:\/\/[^\s)]*$/.test(before) || /<img\b[^>]*\bsrc\s*=\s*["']https?:\/\/[^\s"']*$/i.test(before);
}
/** The name a value is assigned to: the last word before the operator on its line. */
function keyName(ctx) {
    const lineStart = ctx.text.lastIndexOf('\n', ctx.index - 1) + 1;
    const before = ctx.text
        .slice(Math.max(lineStart, ctx.index - 160), ctx.index)
        .replace(/[\s"'`:=>?|]*$/, '')
        .replace(/(?:\s+string|\s*:\s*&?(?:'static\s+)?(?:String|string|str)\??)$/, '')
        .replace(/[\s"'`:=>?|]*$/, '');
    return /([A-Za-z0-9_.-]+)$/.exec(before)?.[1] ?? '';
}
/**
 * A name that says its value is not the secret: a public or publishable key (`NEXT_PUBLIC_API_KEY`,
 * `publicToken`), or something about a secret (`SECRET_NAME`, `UserSecretsId`, `tokenUrl`).
 */
function namesNoSecret(name) {
    if (/public|publishable/i.test(name))
        return true;
    // Tokens that page through results or deduplicate requests open nothing.
    if (/(?:continuation|pagination|next|page|cursor|sync|idempotency|request)[-_]?token/i.test(name))
        return true;
    return /(?:name|names|id|ids|arn|ref|path|file|filename|url|uri|endpoint|header|param|label|type|mode|env|var|field|prefix|suffix|length|count|ttl|expiry|expires|location|dir|version)$/i.test(name.replace(/[-_.]/g, ''));
}
/**
 * `<password>value</password>`: an XML element holds the value only if it opens with the name and
 * closes right after the value. Any other `name>value` (`token>0`, generics, arrows) is code.
 */
function isXmlElementValue(value, ctx) {
    if (ctx.text.charAt(ctx.index - 1) !== '>')
        return true;
    const lineStart = ctx.text.lastIndexOf('\n', ctx.index - 1) + 1;
    const before = ctx.text.slice(lineStart, ctx.index - 1);
    const open = /<([A-Za-z_][\w.:-]*)$/.exec(before);
    return open !== null && ctx.text.startsWith(`</${open[1]}>`, ctx.index + value.length);
}
const genericSecret = {
    id: 'generic-secret',
    description: 'A password, secret, token or API key assigned a literal, random-looking value',
    severity: 'high',
    category: 'generic-secret',
    keywords: ['password', 'passwd', 'secret', 'token', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'access-key', 'private_key', 'privatekey', 'client_secret'],
    // The match starts at the keyword, not the whole name, so the regex is only tried where a keyword
    // is. After the name: an optional closing quote and type (Go `string`, Kotlin/Rust/TS `: String`),
    // then the operator of the language (`=`, `:`, `:=`, `?=`, `||=`, `=>`), or `>` of an XML element;
    // then an optional opening quote or backtick and a value of 16 to 1,024 characters.
    pattern: /(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key)[A-Za-z0-9_.-]{0,64}(?:["'`]?(?:[ \t]+string|[ \t]*:[ \t]*&?(?:'static[ \t]+)?(?:String|string|str)\??)?[ \t]*(?:[:?|]{0,2}=>?|:)[ \t]*|>)["'`]?(?<secret>[A-Za-z0-9!#%&*+/=?^_~.-]{16,1024})["'`]?(?![A-Za-z0-9])/gi,
    entropy: 3.5,
    // Source maps hold base64 VLQ mappings and embedded copies of sources scanned on their own.
    allowlist: { paths: ['**/*.{js,mjs,cjs,css,ts}.map'] },
    validate: (value, ctx) => isLiteral(value, ctx) &&
        isXmlElementValue(value, ctx) &&
        !namesItself(value, ctx) &&
        !inDocCommentExample(ctx) &&
        !inMarkdownImage(ctx) &&
        !(0,placeholders/* isPlaceholder */.w)(value) &&
        !/_REF$/.test(value) &&
        !/^[A-Z][A-Z0-9_]+$/.test(value) && // an environment variable's name
        !/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/.test(value) && // a name in capitals: NEXUS-GPT4-API-KEY
        !/^(?:[a-z]+[-_.])+[a-z]+$/.test(value) &&
        !/[-@]\d+\.\d+(?:\.\d+)?$/.test(value) && // a package and its version: jjwt-jackson-0.11.2
        // code: inputs.githubToken, config.auth.token (a random-looking segment is not code: s.ZC9Ecf4M5g9o34Q6Rk)
        !(/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) && !value.split('.').some(looksRandom)) &&
        !namesNoSecret(keyName(ctx)),
    samples: {
        positive: [
            `client_secret = "${fake('', 32, undefined, 21)}"`,
            `"api_key": "${fake('', 40, undefined, 5)}"`,
            `DB_PASSWORD=${fake('', 20, undefined, 13)}`,
            `apiToken := "${fake('', 24, undefined, 41)}"`,
            `var dbPassword string = "${fake('', 22, undefined, 42)}"`,
            `'db_password' => '${fake('', 20, undefined, 43)}',`,
            `API_TOKEN ?= ${fake('', 28, undefined, 44)}`,
            `const secretKey = \`${fake('', 30, undefined, 45)}\``,
            `<password>${fake('', 18, undefined, 46)}</password>`,
            `const API_KEY: &str = "${fake('', 26, undefined, 47)}";`,
            `val apiKey: String = "${fake('', 26, undefined, 48)}"`,
            `signing_secret = "${fake('', 900, undefined, 49)}"`,
            `token: s.${fake('', 24, undefined, 53)}`,
            `apiToken := "${fake('', 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 58)}"`,
        ],
        negative: [
            'isMetaProperty(N)&&N.keywordToken===102&&N.name.escapedText==="defer"',
            'const questionToken = parseOptionalToken58(QuestionToken)',
            'exports.PersonalAccessTokenCredentialHandler = PersonalAccessTokenCredentialHandler;',
            'apiKeyAuthenticationPolicyName = "apiKeyAuthenticationPolicy"',
            'token = findPrecedingMatchingToken(token, 18)',
            '"./lib/tokenize": "./lib/tokenize2.js"',
            'password: CAVRA_REPORT_SMTP_PASSWORD_REF',
            'token: ${{ secrets.DEPLOY_TOKEN }}',
            'secret_name: report-delivery-credentials',
            '"secrets_included": false',
            'api_key = "aaaaaaaaaaaaaaaaaaaa"',
            'token_endpoint: https://auth.example.com/token',
            'token: inputs.githubToken, baseUrl',
            'password: config.database.password',
            'tokens.map(token => tokenizeWord2(token))',
            'if (token>maxToken2Length) return',
            'List<Token>tokenStream2ForParser',
            'apiToken := os.Getenv("API_TOKEN")',
            '<password>${DB_PASSWORD}</password>',
            'export const X_AWS_EC2_METADATA_TOKEN_TTL = "x-aws-ec2-metadata-token-ttl-seconds";',
            'export const SESSION_TOKEN_QUERY_PARAM = "X-Amz-S3session-Token";',
            'LLM_SECRET_NAME = "NEXUS-GPT4-API-KEY"',
            '<UserSecretsId>79a3edd0-2092-40a2-a04d-dcb46d5ca9ed</UserSecretsId>',
            `publicToken = "${fake('', 43, undefined, 51)}"`,
            `NEXT_PUBLIC_API_KEY=${fake('', 32, undefined, 52)}`,
            'notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"',
            `*   NextContinuationToken: "${fake('', 40, undefined, 54)}==",`,
            `[![codecov](https://codecov.io/gh/acme/app/graph/badge.svg?token=${fake('', 16, undefined, 55)}7)](https://codecov.io/gh/acme/app)`,
            'exports.TokenInstance = exports.ApiV2010AccountTokenIceServers = void 0;',
            'jwt.AccessToken = AccessToken_1.default;',
            `SessionToken: "${fake('', 20, undefined, 56)}EXAMPLE${fake('', 20, undefined, 57)}"`,
            `/**\n * @example\n * // response\n * { accessToken: "${fake('', 40, undefined, 50)}" }`,
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/github-token.ts

const githubToken = {
    id: 'github-token',
    description: 'GitHub token (personal access, OAuth, user-to-server, server-to-server, refresh, fine-grained)',
    severity: 'critical',
    category: 'package-token',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/g,
    entropy: 3,
    samples: {
        positive: [`GITHUB_TOKEN=${fake('gh' + 'p_', 36)}`, `token: "${fake('gh' + 's_', 36, undefined, 3)}"`, `auth ${fake('github' + '_pat_', 22)}_${fake('', 59)}`],
        negative: ['GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}', 'ghp_ prefix marks a classic token', `${fake('gh' + 'p_', 12)} is too short`, 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/identity.ts

/** RFC 2606 / RFC 6761 names reserved for documentation and testing. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost|local)$/i;
/** Role and no-reply mailboxes identify no person. */
const ROLE_LOCAL = /^(?:no-?reply|do-?not-?reply|noreply\+[a-z0-9-]+|postmaster|abuse|hostmaster|webmaster|security|secure|support|privacy|legal|info|hello|admin|team|notifications?|git|opensource|open-source|opencode|oss|conduct|coc|maintainers?|community|[a-z0-9.-]*\[bot\])$/i;
/** Git hosts' no-reply addresses stand for an account, not a mailbox. */
const NOREPLY_DOMAIN = /(?:^|\.)users\.noreply\.(?:github\.com|gitlab\.com)$/i;
/**
 * Attribution is public by design: a copyright line, an `@author` tag, a package's author or
 * maintainer field, an AUTHORS or CODE_OF_CONDUCT file. An address there credits a person; it
 * does not leak one. The identity rule is about people in evidence (evaluators, recipients).
 */
const ATTRIBUTION_LINE = /(?:copyright|\(c\)|©|@author|\bauthors?\b|maintainers?|contributors?|written by|created by|"email"\s*:|\bname\s*=)/i;
const ATTRIBUTION_FILE = /(?:^|\/)(?:AUTHORS|CONTRIBUTORS|MAINTAINERS|CODEOWNERS|NOTICES?|[^/]*THIRD[-_ ]?PARTY[^/]*|CREDITS|ACKNOWLEDG(?:E?MENTS)|PATENTS|LICEN[CS]E|COPYING|CODE_OF_CONDUCT|SECURITY|CHANGELOG|HISTORY|\.mailmap|package\.json|composer\.json|Cargo\.toml|pyproject\.toml|setup\.(?:py|cfg)|[^/]*\.gemspec|pom\.xml|[^/]*\.nuspec)(?:\.[A-Za-z]+)?$/i;
/**
 * Placeholders written where an address goes: a local part such as "xyz", "user" or "your.name",
 * or a domain such as "email.com" or "yourcompany.com". Documentation and SDK samples use them.
 */
const PLACEHOLDER_LOCAL = /^(?:xyz|abc|foo|bar|baz|foobar|user(?:name)?|test-?user|someone|somebody|src|dst|sender|recipient|your[._-]?(?:name|email|address)|name|me|you|email|first\.?last|firstname\.?lastname)$/i;
const PLACEHOLDER_DOMAIN = /^(?:(?:your|my|some|the)[-]?(?:domain|company|org|server|host|site)\.[a-z]{2,}|(?:email|domain|company|mail-?server|foo|bar|foobar|somewhere|test)\.com)$/i;
/** Lines just before the match: an attribution block ("Author:" above a bare "<name@host>"). */
function attributionAbove(ctx) {
    const lineStart = ctx.text.lastIndexOf('\n', ctx.index - 1) + 1;
    let start = lineStart;
    for (let i = 0; i < 4 && start > 0; i++)
        start = ctx.text.lastIndexOf('\n', start - 2) + 1;
    const above = ctx.text.slice(start, lineStart);
    if (ATTRIBUTION_LINE.test(above))
        return true;
    // The contact object of an OpenAPI or AsyncAPI description publishes an API's contact address.
    return /\bcontact["']?\s*:/.test(above) && /(?:openapi|swagger|asyncapi)["']?\s*:/.test(ctx.text.slice(0, 65536));
}
const email = {
    id: 'email-address',
    description: 'E-mail address of a person (documentation domains and role mailboxes excepted)',
    severity: 'medium',
    category: 'identity',
    keywords: ['@'],
    anchor: { text: '@', back: 64, lead: /[A-Za-z0-9._%+-]/, next: /[A-Za-z0-9]/ },
    pattern: /(?<![A-Za-z0-9._%+-])(?<secret>[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-])/g,
    validate: (value, ctx) => {
        const [local, domain] = value.split('@');
        // scheme://user@host: the user of a URL, not a mailbox (url-credentials looks at those).
        if (/:\/\/[^\s/]*$/.test(ctx.text.slice(Math.max(0, ctx.index - 80), ctx.index)))
            return false;
        if (RESERVED_DOMAIN.test(domain) || ROLE_LOCAL.test(local) || NOREPLY_DOMAIN.test(domain))
            return false;
        if (ATTRIBUTION_FILE.test(ctx.file) || inDocumentationExample(ctx) || inDocCommentExample(ctx))
            return false;
        if (PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(domain))
            return false;
        // A mailto: link is an address published on purpose, as a contact.
        if (/mailto:$/i.test(ctx.text.slice(Math.max(0, ctx.index - 7), ctx.index)))
            return false;
        if (local.length === 1 && domain.split('.')[0].length === 1)
            return false; // a@b.com: a placeholder
        const lineStart = ctx.text.lastIndexOf('\n', ctx.index - 1) + 1;
        if (ATTRIBUTION_LINE.test(ctx.text.slice(lineStart, ctx.index)) || attributionAbove(ctx))
            return false;
        // npm scopes and decorators (@types/node, x@1.2.3) are not addresses: a TLD is letters only,
        // and a file-like name (logo@2x.png) is an asset.
        return !/\.(?:png|jpe?g|gif|svg|webp|js|ts|css|json|md)$/i.test(domain);
    },
    samples: {
        positive: ['Contact: priya.raman@acme-corp.com', 'evaluator: "r.kumar@contoso.co.uk"', 'operator <ops.lead@tenant-42.io>'],
        negative: ['/** @example "chris@ozmm.org" */', "email: 'a@b.com'", 'Copyright (c) 2011 TJ Holowaychuk <tj@vision-media.ca>', ' * @author rsc@google.com (Russ Cox)', '"author": "Jordan Harbor <jordan.h@gmail.com>"', 'contact opencode@microsoft.com', '12345+octo@users.noreply.github.com', 'evaluator@example.com', 'ops@example.org', 'noreply@acme-corp.com', 'security@acme-corp.com', 'npm i @types/node', 'logo@2x.png', 'user@localhost', 'dependabot[bot]@users.noreply.github.com', ' * Copyright 2012 (c) Mihai Bazon\n *\n *   <mihai.bazon@gmail.com>', '[Email us](mailto:developers@slack.com)', 'emailAddress="xyz@amazon.com"', '<EmailAddress>Grantees@email.com</EmailAddress>', 'openapi: 3.0.0\ninfo:\n  contact:\n    name: API team\n    email: a-team@acme-corp.com', 'email: "testuser@test.com"'],
    },
};

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/scan/rules/ip-address.ts


/** Documentation (RFC 5737), loopback, unspecified and broadcast IPv4 addresses identify nothing. */
function reservedV4(octets) {
    const [a, b, c] = octets;
    if (a === 192 && b === 0 && c === 2)
        return true; // TEST-NET-1
    if (a === 198 && b === 51 && c === 100)
        return true; // TEST-NET-2
    if (a === 203 && b === 0 && c === 113)
        return true; // TEST-NET-3
    if (a === 127)
        return true; // loopback
    // Link-local (RFC 3927): never routed beyond the link; 169.254.169.254 and 169.254.170.2 are the
    // documented cloud metadata and container credential endpoints, the same in every account.
    if (a === 169 && b === 254)
        return true;
    if (octets.every((o) => o === 0) || octets.every((o) => o === 255))
        return true;
    return false;
}
const MASK_OCTETS = new Set([0, 128, 192, 224, 240, 248, 252, 254, 255]);
/**
 * What stands around a dotted quad that makes it a version, a section number, an OID or a netmask,
 * not an address. Decided by context: the name it is the value of, the words before it, the line
 * it stands on.
 */
function looksLikeVersion(ctx, value) {
    const before = ctx.text.slice(Math.max(0, ctx.index - 40), ctx.index);
    const after = ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 2);
    if (/[.\d]$/.test(before) || /^\.\d/.test(after))
        return true; // part of a longer dotted number (OID)
    if (/(?:\bv|version|ver\.?|release|build|\bmodule\s)\s*$/i.test(before))
        return true;
    if (/^[-+~^][0-9A-Za-z]/.test(after) && !/^-\d/.test(after))
        return true; // 1.2.3.4-beta
    // The value of a key that names a version ("v8": "12.9.202.28", "node_version": ...).
    if (/["']?[\w.-]*(?:version|\bv\d+|\bv8|\bver|build|release|chrome|electron|node|engine)[\w.-]*["']?\s*[:=]\s*["'`]?$/i.test(before))
        return true;
    // A specification section ("#sec-15.9.1.3", "§ 7.3.1.2", "Spec 11.8.6.1", "ECMA262: 15.2.1.1").
    if (/(?:#?sec[-.]?|§\s*|\$|\bsection[-_\s]+|\bper\s+|\bclause\s+|\bstep\s+|\bES\d{0,4}\s+|\bspec\s*:?\s*|\becma\w*\s*:?\s*|\brfc\s*\d+\s*)$/i.test(before))
        return true;
    if (/^\s+(?:\d{4}\s+)?spec\b/i.test(ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 12)))
        return true; // "4.4.3.2 2004 spec"
    // An argument of a call about versions: compareVersions('1.10.2.1', '1.8.2.1.90').
    if (/version\w*\s*\([^)\n]*$/i.test(ctx.text.slice(Math.max(0, ctx.index - 80), ctx.index)))
        return true;
    // An object identifier ("OID 1.3.101.111", encodeObjectIdentifier("2.5.4.3")).
    if (/(?:\boid\s*|identifier\W{0,3})$/i.test(before))
        return true;
    // A host name that starts with digits ("10.10.10.10.example.com"), or numbers in arithmetic or path data ("66.08-57.2.27.73").
    if (/^\.[A-Za-z]/.test(after) || /\d-$/.test(before))
        return true;
    const octets = value.split('.').map(Number);
    if (octets.every((o) => MASK_OCTETS.has(o)) && octets.includes(255))
        return true; // a netmask or wildcard mask
    // A comment that is only a dotted number of small parts ("// 7.3.1.2") numbers a section.
    const lineStart = ctx.text.lastIndexOf('\n', ctx.index - 1) + 1;
    const lead = ctx.text.slice(lineStart, ctx.index);
    if (/^\s*(?:\/\/|\/?\*+|#|--|;)\s*(?:\[\s*)?$/.test(lead) && octets[0] !== 10 && octets.every((o) => o <= 30))
        return true;
    // In a code comment, a private or link-local address illustrates; it identifies no host outside.
    return /^\s*(?:\/\/|\/?\*+|#)/.test(lead) && isPrivateV4(octets);
}
function isPrivateV4([a, b]) {
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254);
}
/** 100.64.0.0/10: a range, its host bits zero. A host with a prefix (192.168.1.5/24) is still an address. */
function isNetworkV4(octets, prefix) {
    if (prefix === undefined || prefix > 32)
        return false;
    const n = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
    const host = prefix === 32 ? 0 : (2 ** (32 - prefix) - 1);
    return prefix < 32 && (n & host) === 0;
}
const ipv4 = {
    id: 'ipv4-address',
    description: 'IPv4 address (documentation ranges, loopback and unspecified addresses excepted)',
    severity: 'medium',
    category: 'ip-address',
    // SVG path data and view boxes are numbers that only look like addresses.
    allowlist: { paths: ['**/*.svg'] },
    // Every dotted quad holds a digit followed by a dot.
    keywords: ['0.', '1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.'],
    pattern: /(?<![0-9A-Za-z_])(?<secret>(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?![0-9A-Za-z_])/g,
    validate: (value, ctx) => {
        const octets = value.split('.').map(Number);
        return !reservedV4(octets) && !looksLikeVersion(ctx, value) && !isNetworkV4(octets, prefixAfter(ctx, value)) && !inDocumentationExample(ctx) && !inDocCommentExample(ctx) && !(isPrivateV4(octets) && inDocCode(ctx));
    },
    samples: {
        positive: ['client_ip: 10.24.3.17', '"source": "34.120.7.201"', 'ssh ops@172.16.254.1', 'allow 52.14.7.9/32'],
        negative: ['// Speculated ECMAScript 6 Spec 11.8.6.1:', '* `x448` (OID 1.3.101.111)', 'DER.encodeObjectIdentifier("2.5.4.3")', 'host: "10.10.10.10.example.com"', 'd="m118.91 143.81-7.35-8.95 66.08-57.2.27.73-59"', " * address: '192.168.1.108',", '["100.64.0.0/10", "Shared Address Space"]', '* @example "192.0.0.10"', 'resolver.setServers(["8.8.8.8"])', '"v8":"12.9.202.28"', 'msFromTime: "https://262.ecma-international.org/5.1/#sec-15.9.1.10"', '  // 7.3.1.2', 'netmask 255.255.255.0', 'mask 0.255.0.255', 'client_ip: 192.0.2.10', '198.51.100.7', '203.0.113.44', 'bind 127.0.0.1', 'listen 0.0.0.0:8080', 'version 10.2.3.4', 'v1.2.3.4', 'oid 1.3.6.1.4.1.311', '999.1.1.1', 'sha 1.2.3.4.5', ' * ES6$24.2.4.21 - DataView', '@see https://datatracker.ietf.org/doc/html/rfc7231.html#section-7.1.1.1', '// Per 4.2.1.2, bump clockseq', '// in line with 4.4.3.2 2004 spec', "compareVersions('1.10.2.1',  '1.8.2.1.90')", 'const CMDS_IP = "169.254.170.2";'],
    },
};
const ipv6 = {
    id: 'ipv6-address',
    description: 'IPv6 address (documentation prefix 2001:db8::/32, loopback and unspecified excepted)',
    severity: 'medium',
    category: 'ip-address',
    // SVG path data and view boxes are numbers that only look like addresses.
    allowlist: { paths: ['**/*.svg'] },
    // An address holds "::" or a hex digit, a colon and a hex digit ("1f18:4a3"); a YAML key
    // ("id: 1") never does, so most files are not even decoded for this rule.
    keywords: ['::', ...[...'0123456789abcdef'].flatMap((a) => [...'0123456789abcdef'].map((b) => `${a}:${b}`))],
    anchor: { text: ':', back: 4, lead: /[0-9A-Fa-f]/, next: /[0-9A-Fa-f:]/ },
    pattern: /(?<![0-9A-Fa-f:.\w])(?<secret>(?:[0-9A-Fa-f]{1,4}:){1,7}(?::[0-9A-Fa-f]{1,4}){0,6}(?:[0-9A-Fa-f]{1,4}|:)(?:%[0-9A-Za-z]+)?)(?![0-9A-Fa-f:\w])/g,
    validate: (value, ctx) => {
        const bare = value.replace(/%.*$/, '');
        if (prefixAfter(ctx, value) !== undefined || inDocumentationExample(ctx) || inDocCommentExample(ctx))
            return false; // a prefix (fe80::/10), an example
        if (/^(?:ffff:){2,}/i.test(bare) && /^(?:ffff|0)(?::(?:ffff|0)?)*$/i.test(bare))
            return false; // a netmask
        if (!(0,external_node_net_namespaceObject.isIPv6)(bare) || bare.split(':').length < 3)
            return false;
        if (/^(?:0*:)*:?0*1?$/.test(bare) || bare === '::')
            return false; // :: and ::1
        if (/^2001:0?db8:/i.test(bare))
            return false; // RFC 3849 documentation prefix
        if (/^f[cd][0-9a-f]{2}:|^fe[89ab][0-9a-f]:/i.test(bare) && inDocCode(ctx))
            return false; // a private or link-local address in a docs example
        // Times (12:30:45) and MAC addresses never pass isIPv6; a value of only decimal groups is a time.
        return !/^[\d:]+$/.test(bare) || bare.includes('::');
    },
    samples: {
        positive: ['peer: 2600:1f18:4a3:6b00:9d1e:2c4f:8e7a:1b2c', 'client fe80::1c2d:3e4f:5a6b:7c8d%eth0', 'addr 2a00:1450:4001:81a::200e'],
        negative: ['"fe80::/10": "Link-Local"', "netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'", 'address: "2606:2800:220:1:248:1893:25c8:1946"', '2001:db8::1', '2001:0db8:85a3::8a2e:0370:7334', '::1', 'at 12:30:45', 'mac 00:1a:2b:3c:4d:5e', 'std::vector', 'a::b'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/jwt.ts


const b64url = (s) => Buffer.from(s).toString('base64url');
/**
 * A token made up for documentation or tests says so in its claims: a typed subject
 * ("1234567890"), "John Doe", an "example" scope or issuer. Such a token grants nothing.
 */
function isSampleToken(payload) {
    let claims;
    try {
        claims = JSON.parse(payload);
    }
    catch {
        return false;
    }
    if (typeof claims !== 'object' || claims === null)
        return false;
    const strings = Object.values(claims).filter((v) => typeof v === 'string');
    return strings.some((s) => (0,placeholders/* hasTypedRun */.M)(s) || /\b(?:john|jane) doe\b|example/i.test(s));
}
const jwt = {
    id: 'jwt',
    description: 'JSON Web Token (signed or unsigned) with a payload',
    severity: 'high',
    category: 'jwt',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{0,512})(?![A-Za-z0-9_-])/g,
    validate: (value) => {
        try {
            const header = JSON.parse(Buffer.from(value.split('.')[0], 'base64url').toString('utf8'));
            if (typeof header !== 'object' || header === null || !('alg' in header || 'typ' in header))
                return false;
            return !isSampleToken(Buffer.from(value.split('.')[1], 'base64url').toString('utf8'));
        }
        catch {
            return false;
        }
    },
    samples: {
        positive: [`Authorization: Bearer ${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"sub":"operator-7","tenant":"acme"}')}.${fake('', 43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}`],
        negative: [`${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"sub":"1234567890","scp":"Actions.ExampleActions"}')}.${fake('', 43, undefined, 4)}`, 'tokens look like eyJhbGciOi...', `${b64url('{"not":"a header"}')}.${b64url('{"sub":"x"}')}.abc`],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/license-key.ts


const key = (seed) => ['CAVRA', 'TRIAL', ...[0, 1, 2, 3].map((i) => fake('', 5, UPPER_ALNUM, seed + i))].join('-');
const cavraLicenseKey = {
    id: 'cavra-license-key',
    description: 'CAVRA-style product license key (CAVRA-<EDITION>-XXXXX-XXXXX-...)',
    severity: 'critical',
    category: 'license-key',
    keywords: ['cavra-'],
    pattern: /(?<![A-Za-z0-9-])(?<secret>CAVRA-(?:[A-Z]+-)?[A-Z0-9]{4,8}(?:-[A-Z0-9]{4,8}){2,6})(?![A-Za-z0-9-])/g,
    // A key mixes letters and digits in its groups; product names such as CAVRA-ENTERPRISE-TRIAL-EDITION do not.
    validate: (value) => value.split('-').slice(1).some((g) => /\d/.test(g) && /[A-Z]/.test(g)),
    samples: { positive: [`license: ${key(3)}`, `"licenseKey": "${key(17)}"`], negative: ['CAVRA-ENTERPRISE-TRIAL-EDITION', 'the CAVRA-TRIAL key is issued privately'] },
};
const licenseKeyAssignment = {
    id: 'license-key-assignment',
    description: 'license_key / licenseKey / LICENSE_KEY assigned a literal value',
    severity: 'critical',
    category: 'license-key',
    keywords: ['license_key', 'licensekey', 'license-key'],
    // Starts at the keyword (a prefix such as CAVRA_ need not be matched), so it runs only there.
    pattern: /license[_-]?key["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9][A-Za-z0-9._+/=-]{7,})["']?/gi,
    validate: (value) => !(0,placeholders/* isPlaceholder */.w)(value) && !/_REF$/.test(value) && !/^(?:true|false|null|none|required|optional|redacted)$/i.test(value),
    samples: {
        positive: [`"license_key": "${fake('', 24)}"`, `LICENSE_KEY=${fake('LK', 20, undefined, 8)}`, `licenseKey: ${fake('', 16, undefined, 2)}`],
        negative: ['"license_key_included": false', 'license_key: CAVRA_TRIAL_LICENSE_KEY_REF', 'LICENSE_KEY=${CAVRA_LICENSE_KEY}', '"license_key": "<redacted>"'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/package-tokens.ts

const npmToken = {
    id: 'npm-token',
    description: 'npm access token',
    severity: 'critical',
    category: 'package-token',
    keywords: ['npm_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
    entropy: 3,
    samples: { positive: [`//registry.npmjs.org/:_authToken=${fake('np' + 'm_', 36)}`], negative: ['npm_config_registry=https://registry.npmjs.org/', 'npm_package_version'] },
};
const gitlabToken = {
    id: 'gitlab-token',
    description: 'GitLab personal, project or group access token',
    severity: 'critical',
    category: 'package-token',
    keywords: ['glpat-'],
    pattern: /(?<secret>glpat-[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/g,
    entropy: 3,
    samples: { positive: [`CI_TOKEN: ${fake('glp' + 'at-', 20)}`], negative: ['glpat- tokens expire after a year'] },
};
const pypiToken = {
    id: 'pypi-token',
    description: 'PyPI upload token',
    severity: 'critical',
    category: 'package-token',
    keywords: ['pypi-ageichlwas5vcmc'],
    pattern: /(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})/g,
    samples: { positive: [`password = ${fake('pypi-' + 'AgEIcHlwaS5vcmc', 60)}`], negative: ['password = pypi-token-goes-here'] },
};
const dockerHubToken = {
    id: 'dockerhub-token',
    description: 'Docker Hub personal access token',
    severity: 'critical',
    category: 'package-token',
    keywords: ['dckr_pat_'],
    pattern: /(?<secret>dckr_pat_[A-Za-z0-9_-]{27,})/g,
    entropy: 3,
    samples: { positive: [`docker login -p ${fake('dckr' + '_pat_', 27)}`], negative: ['use a dckr_pat_ token from the secret store'] },
};

// EXTERNAL MODULE: ./src/scan/rules/payload.ts
var payload = __nccwpck_require__(1287);
;// CONCATENATED MODULE: ./src/scan/rules/private-key.ts


const body = (seed) => Array.from({ length: 4 }, (_, i) => fake('', 64, B64, seed + i)).join('\n');
const privateKey = {
    id: 'private-key',
    description: 'PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted, PGP) with key material',
    severity: 'critical',
    category: 'private-key',
    keywords: ['private key'],
    // The header alone (in docs that explain the format) is not a leak: key material must follow,
    // on real lines or on \n-escaped ones inside a JSON string.
    pattern: /(?<secret>-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:\s|\\n|\\r)+(?:[A-Za-z0-9+/=:, -]+(?:\s|\\n|\\r)+){0,4}[A-Za-z0-9+/=]{40,})/g,
    // A key shown as a documented example (`@example "-----BEGIN ...`, "For example, `-----BEGIN ...`"),
    // or one whose body is elided ("MIIEpQ... ."), was written to be read, not used.
    validate: (value, ctx) => {
        if (inDocumentationExample(ctx) || inDocCommentExample(ctx))
            return false;
        const tail = ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 8);
        return !/^[A-Za-z0-9+/=]*\s?\.{1,5}(?:\s|[A-Za-z0-9+/=]|$)/.test(tail);
    },
    samples: {
        positive: [
            `-----BEGIN ${'RSA PRIVATE'} KEY-----\n${body(1)}\n-----END RSA PRIVATE KEY-----`,
            `{"private_key": "-----BEGIN ${'PRIVATE'} KEY-----\\n${fake('', 64, B64, 7)}\\n-----END PRIVATE KEY-----\\n"}`,
            `-----BEGIN ${'OPENSSH PRIVATE'} KEY-----\n${body(11)}\n`,
        ],
        negative: [
            `/** @example "-----BEGIN ${'RSA PRIVATE'} KEY-----\\n${fake('', 64, B64, 21)}\\n-----END RSA PRIVATE KEY-----" */`,
            `/** For example, \`-----BEGIN ${'RSA PRIVATE'} KEY----- ${fake('', 60, B64, 22)}. -----END RSA PRIVATE KEY-----\` */`,
            'A key file starts with -----BEGIN PRIVATE KEY----- and must never be committed.', '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n'
        ],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/registry.ts


const npmrcAuth = {
    id: 'npmrc-auth',
    description: 'Registry credential in an .npmrc: _authToken, _auth or _password with a literal value',
    severity: 'critical',
    category: 'private-registry',
    keywords: ['_authtoken', '_auth', '_password'],
    pattern: /(?:^|[\s:])_(?:authToken|auth|password)\s*=\s*(?<secret>[^\s#;]{8,})/gm,
    validate: (value) => !(0,placeholders/* isPlaceholder */.w)(value) && !/^\$\{?/.test(value),
    samples: {
        positive: [`//npm.pkg.github.com/:_authToken=${fake('', 40, '0123456789abcdef', 4)}`, `_auth=${Buffer.from('ci:hunter2hunter2').toString('base64')}`],
        negative: ['//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}', '_authToken=${NPM_TOKEN}'],
    },
};
const registryUrlToken = {
    id: 'private-registry-url',
    description: 'Private package registry URL that carries a token or credential in its query',
    severity: 'critical',
    category: 'private-registry',
    keywords: ['token=', 'auth=', 'access_token='],
    pattern: /https?:\/\/[^\s"'<>]*(?:registry|packages?|pkg|npm|pypi|maven|nuget|artifactory|nexus|ghcr|docker)[^\s"'<>]*?[?&](?:token|access_token|auth|api_key|apikey)=(?<secret>[^\s&"'<>#]{8,})/gi,
    validate: (value) => !(0,placeholders/* isPlaceholder */.w)(value) && !/^\$\{?/.test(value),
    samples: {
        positive: [`https://packages.acme.io/npm/private/?token=${fake('', 32)}`, `pip install --index-url "https://pypi.acme.io/simple?access_token=${fake('', 24, undefined, 2)}"`],
        negative: ['https://packages.acme.io/npm/private/?token=${REGISTRY_TOKEN}', 'https://registry.npmjs.org/?page=2'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/saas-keys.ts

const slackToken = {
    id: 'slack-token',
    description: 'Slack bot, user, app or configuration token, or incoming webhook URL',
    severity: 'high',
    category: 'saas-key',
    keywords: ['xox', 'hooks.slack.com'],
    // Workspace, user and bot ids are long numbers; `xoxp-1234-1234-...` is a placeholder.
    pattern: /(?<![\w.-])(?<secret>xox[abposr]-(?:\d{1,2}-)?(?:\d{8,}-)+[A-Za-z0-9]{16,}|xapp-\d-[A-Z0-9]+-\d+-[a-f0-9]{32,}|https?:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,})/g,
    samples: {
        positive: [`SLACK_BOT_TOKEN=${'xo' + 'xb-'}${fake('', 10, DIGITS)}-${fake('', 13, DIGITS, 4)}-${fake('', 24)}`, `webhook: ${'https://hooks.' + 'slack.com/services/'}T0123ABCD/B0123ABCD/${fake('', 24)}`],
        negative: ['SLACK_BOT_TOKEN=xoxb-your-token', 'https://hooks.slack.com/services/...', `"token3": "${'xo' + 'xp-'}1234-1234-1234-${fake('', 32, HEX, 5)}"`],
    },
};
const stripeKey = {
    id: 'stripe-key',
    description: 'Stripe secret or restricted key',
    severity: 'critical',
    category: 'saas-key',
    keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24,99})(?![A-Za-z0-9_])/g,
    entropy: 3.5,
    samples: { positive: [`STRIPE_SECRET=${fake('sk' + '_live_', 24)}`], negative: ['STRIPE_SECRET=sk_live_...', 'pk_live_ keys are publishable'] },
};
const sendgridKey = {
    id: 'sendgrid-key',
    description: 'SendGrid API key',
    severity: 'critical',
    category: 'saas-key',
    keywords: ['sg.'],
    pattern: /(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
    samples: { positive: [`SENDGRID_API_KEY=${fake('S' + 'G.', 22)}.${fake('', 43)}`], negative: ['SG.example is the key format'] },
};
const twilioKey = {
    id: 'twilio-api-key',
    description: 'Twilio API key SID with its secret nearby, or an auth token assignment',
    severity: 'high',
    category: 'saas-key',
    keywords: ['twilio'],
    pattern: /twilio[a-z_]*(?:auth_?token|secret|api_?key)["']?\s*[:=]\s*["']?(?<secret>[a-fA-F0-9]{32}|SK[a-fA-F0-9]{32})(?![A-Za-z0-9])/gi,
    entropy: 3,
    samples: { positive: [`TWILIO_AUTH_TOKEN=${fake('', 32, HEX)}`, `twilio_api_key: SK${fake('', 32, HEX, 5)}`], negative: ['TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}'] },
};
const mailgunKey = {
    id: 'mailgun-key',
    description: 'Mailgun API key',
    severity: 'high',
    category: 'saas-key',
    keywords: ['key-'],
    pattern: /(?<![A-Za-z0-9-])(?<secret>key-[0-9a-f]{32})(?![A-Za-z0-9])/g,
    samples: { positive: [`MAILGUN_API_KEY=${fake('ke' + 'y-', 32, HEX)}`], negative: ['primary-key-rotation', 'key-value store'] },
};

;// CONCATENATED MODULE: ./src/scan/rules/signed-url.ts

const signedUrl = {
    id: 'signed-url',
    description: 'Pre-signed download URL: S3 X-Amz-Signature, GCS X-Goog-Signature or Azure SAS sig=',
    severity: 'high',
    category: 'signed-url',
    keywords: ['x-amz-signature=', 'x-goog-signature=', 'sig='],
    pattern: /(?:[?&]X-Amz-Signature=(?<secret>[0-9a-f]{64})|[?&]X-Goog-Signature=(?<secret2>[0-9a-f]{64,1024})|[?&](?:sv=[^&\s"']+&(?:[^&\s"']+&)*)?sig=(?<secret3>[A-Za-z0-9%+/]{30,}={0,2}))/g,
    validate: (value, ctx) => {
        // An Azure `sig=` counts only in a URL that also names a SAS version (sv=) or expiry (se=).
        // A URL on a host reserved for documentation (RFC 2606) signs nothing anyone can fetch.
        const urlStart = ctx.text.lastIndexOf('://', ctx.index);
        if (urlStart !== -1 && ctx.index - urlStart < 2048 && /^:\/\/(?:[^/?#\s]*\.)?(?:example\.(?:com|net|org)|[^/?#\s.]+\.(?:test|invalid|example)|localhost)(?:[:/?#]|$)/i.test(ctx.text.slice(urlStart, ctx.index)))
            return false;
        if (/^[0-9a-f]{64,}$/.test(value))
            return true;
        const around = ctx.text.slice(Math.max(0, ctx.index - 400), ctx.index + 400);
        return /[?&]sv=\d{4}-\d{2}-\d{2}/.test(around) || /[?&]se=\d{4}-/.test(around);
    },
    samples: {
        positive: [
            `https://acme-reports.s3.amazonaws.com/board.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature=${fake('', 64, HEX)}`,
            `https://storage.googleapis.com/acme/r.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=${fake('', 256, HEX)}`,
            `https://acme.blob.core.windows.net/r/x.pdf?sv=2023-11-03&se=2026-12-01T00%3A00%3A00Z&sr=b&sp=r&sig=${fake('', 44)}%3D`,
        ],
        negative: ['https://example.com/?sig=short', `https://example.com/container/file.txt?sig=${fake('', 44, undefined, 3)}&se=2023-12-31`, 'signature in the ?X-Amz-Signature= parameter', 'https://forum.example.org/post?sig=abcdefghijklmnopqrstuvwxyz0123456789'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/url-credentials.ts

const RESERVED_HOST = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)\.?$|^127\.\d+\.\d+\.\d+$/i;
/** "pass%20pass", "pass#pass": made of placeholder words only, once percent-decoded. */
function onlyPlaceholderWords(value) {
    let decoded = value;
    try {
        decoded = decodeURIComponent(value);
    }
    catch {
        // not percent-encoded: the value as written
    }
    return /^(?:pass(?:word)?|secret|user|test)(?:[\s#%_.:-]*(?:pass(?:word)?|secret|user|test))*$/i.test(decoded);
}
const urlCredentials = {
    id: 'url-credentials',
    description: 'Credentials embedded in a URL (scheme://user:password@host)',
    severity: 'high',
    category: 'url-credentials',
    keywords: ['://'],
    // Matched from "://" (cheap to find); the scheme before it is checked in validate().
    pattern: /:\/\/[^\s:@/"'<>`]{1,64}:(?<secret>[^\s@/"'<>`]{3,128})@[A-Za-z0-9.-]+/g,
    validate: (value, ctx) => {
        const before = ctx.text.slice(Math.max(0, ctx.index - 120), ctx.index);
        const scheme = /([a-z][a-z0-9+.-]{1,20}):\/\/[^\s:@/"'<>`]{1,64}:$/i.exec(before);
        if (!scheme || /^smtps?$/i.test(scheme[1]))
            return false; // smtp(s) URLs belong to smtp-credentials
        // Credentials for a host reserved for documentation (RFC 2606/6761) or for loopback open nothing
        // beyond the machine itself: `user:pass@example.com`, `user:pass@127.0.0.1:8080`.
        const host = /@([A-Za-z0-9.-]+)/.exec(ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 256))?.[1] ?? '';
        if (RESERVED_HOST.test(host))
            return false;
        return !(0,placeholders/* isPlaceholder */.w)(value) && !/^(?:\$|%|<|\{|\*)/.test(value) && !onlyPlaceholderWords(value);
    },
    samples: {
        positive: ['DATABASE_URL=postgres://app:s3cr3t-Pa55@db.internal.acme.io:5432/app', 'git clone https://deploy:q8RtZ2vL9xK3@git.acme.io/acme/app.git'],
        negative: ['postgres://app:${DB_PASSWORD}@db:5432/app', 'https://user:<password>@host.example.com', 'mongodb://user:***@cluster0.example.net', 'see https://example.com/a:b@c', "new URL('https://abc:xyz@example.com')", 'uri://user:pass@example.com:123/one', 'http://user%40github.com:p%40ss-Word7@127.0.0.1:8080', 'https://user:p%40ss@host', "parse('postgres://someuser:somepassword@somehost:381/db')", "url: 'redis://alice:foobared@cache.acme.io:6380'", '"http://user:pass%20pass@complex.url.com/path?query=yes",'],
    },
};
const smtpCredentials = {
    id: 'smtp-credentials',
    description: 'SMTP credentials: an smtp(s) URL with a password, or a password assignment with a literal value',
    severity: 'critical',
    category: 'smtp-credentials',
    keywords: ['smtp'],
    pattern: /(?:smtps?:\/\/[^\s:@/"'<>]{1,64}:(?<secret>[^\s@/"'<>]{3,128})@|smtp[a-z_]*pass(?:word)?["']?\s*[:=]\s*["']?(?<secret2>[^\s"',;]{6,128}))/gi,
    validate: (value) => !(0,placeholders/* isPlaceholder */.w)(value) && !/_REF$/.test(value) && !/^(?:\$|%|<|\{|\*)/.test(value),
    samples: {
        positive: ['REPORT_SMTP_URL=smtps://reports:Xq7!vR2pLm@smtp.mail.acme.io:465', 'SMTP_PASSWORD=Xq7vR2pLm9Kd', '"smtp_password": "Xq7vR2pLm9Kd"'],
        negative: ['SMTP_PASSWORD=${SMTP_PASSWORD}', 'smtp_password: CAVRA_REPORT_SMTP_PASSWORD_REF', 'SMTP_PASSWORD=<redacted>', 'smtps://reports@smtp.mail.acme.io:465'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/index.ts




















/** The built-in `public-safety` rule set, most specific first. */
const PUBLIC_SAFETY_RULES = [
    githubToken,
    npmToken,
    gitlabToken,
    pypiToken,
    dockerHubToken,
    awsAccessKeyId,
    awsSecretKey,
    gcpServiceAccount,
    azureStorageKey,
    slackToken,
    stripeKey,
    sendgridKey,
    twilioKey,
    mailgunKey,
    ...AI_KEY_RULES,
    ...CLOUD_PLATFORM_RULES,
    ...DEV_PLATFORM_RULES,
    ...SAAS_SERVICE_RULES,
    privateKey,
    jwt,
    smtpCredentials,
    urlCredentials,
    npmrcAuth,
    registryUrlToken,
    signedUrl,
    authorizationHeader,
    curlUserPassword,
    cavraLicenseKey,
    licenseKeyAssignment,
    email,
    ipv4,
    ipv6,
    payload/* providerPayload */.Sd,
    dockerfileSecret,
    genericSecret,
];
/**
 * Where rules overlap on the same text, the most specific wins: a named token over the URL or
 * assignment around it, a URL credential over the address-like text inside it, anything over the
 * generic secret rule. Rules not listed are the most specific (3).
 */
const RULE_PRIORITY = {
    'smtp-credentials': 2,
    'url-credentials': 2,
    'npmrc-auth': 2,
    'private-registry-url': 2,
    'signed-url': 2,
    'authorization-header': 2,
    'curl-user-password': 2,
    'license-key-assignment': 1,
    'email-address': 1,
    'ipv4-address': 1,
    'ipv6-address': 1,
    'provider-payload': 1,
    'dockerfile-secret': 1,
    'generic-secret': 0,
};
function priorityOf(ruleId) {
    return RULE_PRIORITY[ruleId] ?? 3;
}


/***/ }),

/***/ 1287:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sd: () => (/* binding */ providerPayload),
/* harmony export */   iQ: () => (/* binding */ providerPayloadRule)
/* harmony export */ });
/* unused harmony export PAYLOAD_KEYS */
/** JSON or YAML keys whose value is a raw provider response or request payload. */
const PAYLOAD_KEYS = ['provider_response', 'provider_responses', 'raw_response', 'raw_provider_response', 'request_payload', 'raw_request', 'request_body', 'response_body', 'raw_payload'];
/** The key right before the value is one of ours, not the tail of a longer name. */
const WHOLE_KEY = new RegExp(`(?:^|[^A-Za-z0-9_])["']?(?:${PAYLOAD_KEYS.join('|')})["']?\\s*:\\s*$`, 'i');
/** Values that say the payload was left out. */
const REDACTED = /^(?:null|false|""|''|"?(?:redacted|<redacted>|\[redacted\]|omitted|excluded|none|n\/a|\*{3,})"?|"cavra:\/\/evidence\/redacted\/[^"]*")$/i;
/** The rule for a set of keys: the built-in ones plus any a policy adds (`scan.payload-keys`). */
function providerPayloadRule(extraKeys) {
    if (extraKeys.length === 0)
        return providerPayload;
    const keys = [...PAYLOAD_KEYS, ...extraKeys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))];
    const whole = new RegExp(`(?:^|[^A-Za-z0-9_])["']?(?:${keys.join('|')})["']?\\s*:\\s*$`, 'i');
    return {
        ...providerPayload,
        keywords: [...PAYLOAD_KEYS, ...extraKeys.map((k) => k.toLowerCase())],
        pattern: new RegExp(providerPayload.pattern.source.replace(PAYLOAD_KEYS.join('|'), keys.join('|')), 'gi'),
        validate: (value, ctx) => whole.test(ctx.text.slice(Math.max(0, ctx.index - 64), ctx.index)) && !REDACTED.test(value.trim()),
    };
}
const providerPayload = {
    id: 'provider-payload',
    description: 'A raw provider response or request payload under a known key (provider_response, request_payload...)',
    severity: 'high',
    category: 'payload',
    keywords: PAYLOAD_KEYS,
    // Starts at the key itself (cheap to find); validate() checks that no longer name ends there.
    pattern: new RegExp(`(?:${PAYLOAD_KEYS.join('|')})["']?\\s*:\\s*(?<secret>"(?:[^"\\\\\\n]|\\\\.)*"|'[^'\\n]*'|\\{|\\[|[^\\s,}\\]#][^,}\\]\\n#]*)`, 'gi'),
    validate: (value, ctx) => WHOLE_KEY.test(ctx.text.slice(Math.max(0, ctx.index - 64), ctx.index)) && !REDACTED.test(value.trim()),
    samples: {
        positive: ['"provider_response": {"id": "msg_01", "status": 250}', 'request_payload: "{\\"to\\": \\"board\\"}"', '"raw_response": ["250 OK"]'],
        negative: ['"x_provider_response": {"id": 1}', '"provider_response_included": false', '"provider_response": "redacted"', 'provider_response: null', '"request_payload": "cavra://evidence/redacted/req-7"'],
    },
};


/***/ }),

/***/ 7916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ Scanner)
});

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __nccwpck_require__(1138);
// EXTERNAL MODULE: ./src/document/load.ts + 4 modules
var load = __nccwpck_require__(7490);
// EXTERNAL MODULE: ./src/document/select.ts
var document_select = __nccwpck_require__(7081);
;// CONCATENATED MODULE: ./src/scan/pointer-allowlist.ts



/**
 * Drops the findings that lie inside a value an allowlisted pointer selects. Only files that a
 * pointer entry names are parsed; a file that does not parse keeps all its findings.
 */
function dropAllowedByPointer(file, text, findings, allows) {
    if (!allows || findings.length === 0)
        return findings;
    const mine = allows.filter((a) => (0,esm/* minimatch */.xF)(file, a.path, { dot: true }));
    if (mine.length === 0 || !/\.(json|ya?ml)$/i.test(file))
        return findings;
    const loaded = (0,load/* parseText */.r4)(text, file, load/* DEFAULT_LIMITS */.dR, (0,load/* formatFor */.Bm)(file, text));
    if (!loaded.ok)
        return findings;
    const doc = loaded.document;
    const ranges = mine.flatMap((a) => (0,document_select/* select */.Lt)(doc.value, a.pointer).map((hit) => doc.locate(hit.pointer)));
    const inside = (f) => ranges.some((r) => before(r.line, r.column, f.line, f.column) && before(f.endLine, f.endColumn, r.endLine, r.endColumn));
    return findings.filter((f) => !inside(f));
}
function before(l1, c1, l2, c2) {
    return l1 < l2 || (l1 === l2 && c1 <= c2);
}

// EXTERNAL MODULE: ./src/document/lines.ts
var document_lines = __nccwpck_require__(498);
// EXTERNAL MODULE: ./src/scan/entropy.ts
var entropy = __nccwpck_require__(4264);
// EXTERNAL MODULE: ./src/scan/mask.ts
var mask = __nccwpck_require__(9345);
// EXTERNAL MODULE: ./src/scan/placeholders.ts + 1 modules
var placeholders = __nccwpck_require__(5298);
// EXTERNAL MODULE: ./src/scan/rules/index.ts + 22 modules
var rules = __nccwpck_require__(2275);
;// CONCATENATED MODULE: ./src/scan/keywords.ts
/**
 * Aho-Corasick over lower-cased ASCII: one pass over a text reports every keyword it contains,
 * overlapping ones included ("_password" and "password"), in time linear in the text. This is the
 * prefilter that decides which rules run at all.
 */
/** Byte -> table column: ASCII folded to lower case; other bytes to column 0, which leads back to the root. */
const FOLD = new Uint8Array(256);
for (let c = 1; c < 128; c++)
    FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
class KeywordIndex {
    keywords;
    table;
    /** For each state, the keywords that end there; `terminal` says whether there are any. */
    outputs;
    terminal;
    /** Which keywords the current search has seen: stamped with a search number, never reallocated. */
    stamp;
    search = 0;
    constructor(keywords) {
        this.keywords = keywords;
        const next = [new Map()];
        const out = [[]];
        keywords.forEach((keyword, k) => {
            let s = 0;
            for (const ch of keyword.toLowerCase()) {
                const c = ch.charCodeAt(0);
                if (c >= 128 || c === 0)
                    throw new Error(`keyword "${keyword}" must be printable ASCII`);
                let t = next[s].get(c);
                if (t === undefined) {
                    t = next.length;
                    next.push(new Map());
                    out.push([]);
                    next[s].set(c, t);
                }
                s = t;
            }
            out[s].push(k);
        });
        // Failure links, breadth first, folded into a dense transition table.
        const fail = new Int32Array(next.length);
        const queue = [];
        for (const t of next[0].values())
            queue.push(t);
        const table = new Uint32Array(next.length * 128);
        for (let c = 0; c < 128; c++)
            table[c] = next[0].get(c) ?? 0;
        while (queue.length > 0) {
            const s = queue.shift();
            out[s] = [...out[s], ...out[fail[s]]];
            for (let c = 0; c < 128; c++) {
                const t = next[s].get(c);
                if (t !== undefined) {
                    fail[t] = table[fail[s] * 128 + c];
                    queue.push(t);
                    table[s * 128 + c] = t;
                }
                else {
                    table[s * 128 + c] = table[fail[s] * 128 + c];
                }
            }
        }
        this.table = table;
        this.outputs = out;
        this.terminal = Uint8Array.from(out, (o) => (o.length > 0 ? 1 : 0));
        this.stamp = new Uint32Array(keywords.length);
    }
    /** Indexes of the keywords found in UTF-8 bytes (case-insensitive), each once, without decoding them. */
    findInBytes(bytes) {
        const table = this.table;
        const terminal = this.terminal;
        const found = []; // small and short-lived; most files add nothing to it
        const search = this.nextSearch();
        let s = 0;
        for (let i = 0; i < bytes.length; i++) {
            s = table[(s << 7) | FOLD[bytes[i]]];
            if (terminal[s] === 0)
                continue;
            if (this.collect(s, search, found))
                return found;
        }
        return found;
    }
    nextSearch() {
        if (++this.search === 0xffffffff) {
            this.stamp.fill(0);
            this.search = 1;
        }
        return this.search;
    }
    /** Records the keywords ending in state s; true once every keyword has been seen. */
    collect(s, search, found) {
        for (const k of this.outputs[s]) {
            if (this.stamp[k] !== search) {
                this.stamp[k] = search;
                found.push(k);
            }
        }
        return found.length === this.stamp.length;
    }
    /** Indexes of the keywords found in the text (case-insensitive), each once. */
    find(text) {
        const table = this.table;
        const terminal = this.terminal;
        const found = [];
        const search = this.nextSearch();
        let s = 0;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            s = table[(s << 7) | (c < 256 ? FOLD[c] : 0)];
            if (terminal[s] === 0)
                continue;
            if (this.collect(s, search, found))
                return found;
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/scan/suppress.ts
/**
 * Inline suppression: `readiness-gate:allow RULE[,RULE] reason="why"` on the finding's line or the
 * line before. The reason is required, so every exception says why it exists.
 */
const ALLOW = /readiness-gate:allow\s+([a-z0-9*][a-z0-9,*-]*)\s+reason="([^"]+)"/;
function allowedRules(line) {
    if (!line || !line.includes('readiness-gate:allow'))
        return [];
    const m = ALLOW.exec(line);
    return m ? m[1].split(',').filter(Boolean) : [];
}
function isSuppressed(ruleId, sameLine, previousLine) {
    return suppressionReason(ruleId, sameLine, previousLine) !== undefined;
}
/** The reason the marker on the line (or the line before) gives for allowing this rule, if any. */
function suppressionReason(ruleId, sameLine, previousLine) {
    for (const line of [sameLine, previousLine]) {
        if (!line || !line.includes('readiness-gate:allow'))
            continue;
        const m = ALLOW.exec(line);
        if (m && m[1].split(',').some((r) => r === ruleId || r === '*'))
            return m[2];
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/scan/third-party.ts
var third_party = __nccwpck_require__(4329);
;// CONCATENATED MODULE: ./src/scan/scanner.ts










/**
 * Finds public-safety findings in text. One pass of a keyword regex decides which rules can match
 * at all; only those run their own regex. Values are checked against entropy, allowlists,
 * placeholders and the rule's own validation, then masked and fingerprinted: the raw value never
 * leaves this function.
 */
class Scanner {
    options;
    /** Findings an inline marker allowed: listed where they are reviewed (a pull request's summary). */
    suppressed = [];
    thirdParty;
    testContent;
    compiled;
    always;
    index;
    /** For each keyword of the index, the rules it unlocks. */
    unlocks;
    constructor(options) {
        this.options = options;
        this.thirdParty = options.thirdParty ? new third_party/* ThirdPartyMatcher */.YP(options.thirdParty) : undefined;
        this.testContent = options.testContent ? new third_party/* ThirdPartyMatcher */.YP(options.testContent) : undefined;
        this.compiled = options.rules.map((rule) => ({ rule, find: finder(rule) }));
        this.always = this.compiled.filter((c) => c.rule.keywords.length === 0);
        const byKeyword = new Map();
        for (const c of this.compiled) {
            for (const k of c.rule.keywords)
                byKeyword.set(k.toLowerCase(), [...(byKeyword.get(k.toLowerCase()) ?? []), c]);
        }
        this.index = new KeywordIndex([...byKeyword.keys()]);
        this.unlocks = [...byKeyword.values()];
    }
    /** The rules whose keywords occur in the text, found in one Aho-Corasick pass. */
    candidates(text) {
        const found = new Set(this.always);
        for (const k of this.index.find(text))
            for (const c of this.unlocks[k])
                found.add(c);
        return this.compiled.filter((c) => found.has(c));
    }
    /**
     * Scans UTF-8 bytes. The keyword pass runs on the bytes themselves, so a file no rule can match
     * is never decoded at all (most files of a repository).
     */
    scanBytes(file, bytes) {
        const keys = this.index.findInBytes(bytes);
        if (keys.length === 0 && this.always.length === 0)
            return [];
        const found = new Set(this.always);
        for (const k of keys)
            for (const c of this.unlocks[k])
                found.add(c);
        return this.run(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), this.compiled.filter((c) => found.has(c)));
    }
    scanText(file, text) {
        return this.run(file, text, this.candidates(text));
    }
    run(file, text, candidates) {
        const hits = [];
        const third = this.thirdParty?.matches(file) ? this.thirdParty.categories : this.testContent?.matches(file) ? this.testContent.categories : undefined;
        for (const compiled of candidates) {
            if (third && !third.has(compiled.rule.category))
                continue;
            if (compiled.rule.onlyPaths && !compiled.rule.onlyPaths.test(file))
                continue;
            if (pathAllowed(file, compiled.rule.allowlist) || pathAllowed(file, this.options.allowlist))
                continue;
            for (const { start, value, match } of compiled.find(text)) {
                const ctx = { text, index: start, file, ...(match !== undefined ? { match } : {}) };
                const verdict = this.accepts(compiled.rule, value, ctx);
                if (verdict !== 'rejected')
                    hits.push({ compiled, start, end: start + value.length, value, ...(verdict === 'allowed' ? { allowed: true } : {}) });
            }
        }
        const findings = this.toFindings(file, text, dropShadowed(hits).filter((h) => !h.allowed));
        return dropAllowedByPointer(file, text, findings, this.options.allowlist?.pointers);
    }
    /**
     * Whether a match is a finding. A value the rule itself rejects (placeholder, low entropy, its
     * own validation) is nothing; a value an allowlist lets pass is `allowed`: the user said this
     * value is fine, so a less specific rule must not report it in its place.
     */
    accepts(rule, value, ctx) {
        if ((0,placeholders/* isPlaceholder */.w)(value))
            return 'rejected';
        if (rule.entropy !== undefined && (0,entropy/* shannonEntropy */.l)(value) < rule.entropy)
            return 'rejected';
        if (rule.validate && !rule.validate(value, ctx))
            return 'rejected';
        return allowedValue(value, ctx, rule.allowlist) || allowedValue(value, ctx, this.options.allowlist) ? 'allowed' : 'finding';
    }
    suppression(ruleId, line, previous) {
        return inlineReason(ruleId, line, previous, this.options.gitleaksAllow === true);
    }
    toFindings(file, text, hits) {
        if (hits.length === 0)
            return [];
        const lines = new document_lines/* LineIndex */.r(text);
        const out = [];
        for (const hit of hits) {
            const a = lines.position(hit.start);
            const b = lines.position(hit.end);
            const reason = this.options.inlineAllow === false ? undefined : this.suppression(hit.compiled.rule.id, lines.lineText(a.line), a.line > 1 ? lines.lineText(a.line - 1) : undefined);
            if (reason !== undefined) {
                this.suppressed.push({ file, line: a.line, ruleId: hit.compiled.rule.id, reason });
                continue;
            }
            const rule = hit.compiled.rule;
            out.push({
                ruleId: rule.id,
                category: rule.category,
                severity: rule.severity,
                description: rule.description,
                file,
                line: a.line,
                column: a.column,
                endLine: b.line,
                endColumn: b.column,
                masked: (0,mask/* mask */.dK)(hit.value),
                fingerprint: (0,mask/* fingerprint */.Rj)(rule.id, file, hit.value, this.options.fingerprintKey),
            });
        }
        return out.sort((x, y) => x.line - y.line || x.column - y.column || (x.ruleId < y.ruleId ? -1 : 1));
    }
}
/** Why an inline marker allows this finding, if one does. */
function inlineReason(ruleId, line, previous, gitleaks) {
    const own = suppressionReason(ruleId, line, previous);
    if (own !== undefined)
        return own;
    // gitleaks honours its marker on the finding's own line only, for every rule, with no reason.
    return gitleaks && line.includes('gitleaks:allow') ? 'gitleaks:allow' : undefined;
}
/** How a rule's pattern is run: a JS regex with match indices, or an RE2 matcher. */
function finder(rule) {
    const pattern = rule.pattern;
    if (!(pattern instanceof RegExp)) {
        const named = pattern.source.includes('(?P<secret>') || pattern.source.includes('(?<secret>');
        return function* (text) {
            const m = pattern.re2.matcher(text);
            while (m.find()) {
                const group = pickGroup(m, pattern.group, named);
                const value = group === 'secret' ? m.group('secret') : m.group(group);
                if (value)
                    yield { start: group === 'secret' ? m.start('secret') : m.start(group), value, match: m.group() ?? value };
            }
        };
    }
    const groups = (pattern.source.match(/\(\?<(secret\d*)>/g) ?? []).map((g) => g.slice(3, -1));
    const anchor = rule.anchor;
    if (anchor) {
        // Find each occurrence of the anchor, step back over the characters that may precede it,
        // and try the pattern there only: far cheaper than trying it at every position of the text.
        const sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'yd');
        const lead = charTable(anchor.lead);
        const next = anchor.next ? charTable(anchor.next) : undefined;
        const width = anchor.text.length;
        return function* (text) {
            let after = 0;
            for (let at = text.indexOf(anchor.text); at !== -1; at = text.indexOf(anchor.text, at + 1)) {
                if (at < after)
                    continue;
                if (next && next[text.charCodeAt(at + width)] !== 1)
                    continue;
                let start = at;
                while (start > 0 && at - start < anchor.back && lead[text.charCodeAt(start - 1)] === 1)
                    start--;
                sticky.lastIndex = start;
                const m = sticky.exec(text);
                if (!m)
                    continue;
                after = m.index + m[0].length;
                const name = groups.find((g) => m.groups?.[g] !== undefined);
                yield name ? { start: m.indices.groups[name][0], value: m.groups[name] } : { start: m.index, value: m[0] };
            }
        };
    }
    const re = new RegExp(pattern.source, pattern.flags.includes('d') ? pattern.flags : pattern.flags + 'd');
    return function* (text) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            if (m[0] === '') {
                re.lastIndex++;
                continue;
            }
            const name = groups.find((g) => m.groups?.[g] !== undefined);
            yield name ? { start: m.indices.groups[name][0], value: m.groups[name] } : { start: m.index, value: m[0] };
        }
    };
}
/** The capture group that holds the value of an RE2 match (see Re2Pattern.group). */
function pickGroup(m, group, named) {
    if (typeof group === 'number')
        return group;
    if (group === 'first') {
        for (let i = 1; i <= m.groupCount(); i++)
            if (m.group(i))
                return i;
        return 0;
    }
    return named ? 'secret' : 0;
}
/** Which ASCII characters a one-character class matches, as a lookup table. */
function charTable(re) {
    const table = new Uint8Array(65536);
    for (let c = 0; c < 128; c++)
        if (re.test(String.fromCharCode(c)))
            table[c] = 1;
    return table;
}
/** One value, one finding: where hits overlap, only those of the most specific rule stay. */
function dropShadowed(hits) {
    const seen = new Set();
    return hits.filter((h) => {
        const key = `${h.compiled.rule.id}:${h.start}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        const mine = (0,rules/* priorityOf */.a2)(h.compiled.rule.id);
        return !hits.some((o) => o !== h && o.start < h.end && h.start < o.end && (0,rules/* priorityOf */.a2)(o.compiled.rule.id) > mine);
    });
}
function allowedValue(value, ctx, allowlist) {
    if (!allowlist)
        return false;
    if (allowlist.predicates?.some((allowed) => allowed(value, ctx)))
        return true;
    if (allowlist.values?.includes(value))
        return true;
    if (allowlist.regexes?.some((re) => re.test(value)))
        return true;
    const lower = value.toLowerCase();
    return allowlist.stopwords?.some((w) => lower.includes(w.toLowerCase())) ?? false;
}
/** Globs compiled once: a scan asks the same few globs about every file. */
const compiledGlobs = new Map();
function pathAllowed(file, allowlist) {
    return (allowlist?.paths?.some((glob) => {
        let m = compiledGlobs.get(glob);
        if (!m)
            compiledGlobs.set(glob, (m = new esm/* Minimatch */.VR(glob, { dot: true })));
        return m.match(file);
    }) ?? false);
}


/***/ }),

/***/ 4329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ DEFAULT_THIRD_PARTY),
/* harmony export */   YP: () => (/* binding */ ThirdPartyMatcher),
/* harmony export */   zf: () => (/* binding */ DEFAULT_TEST_CONTENT)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1138);

const DEFAULT_THIRD_PARTY = {
    paths: [
        '**/node_modules/**',
        '**/bower_components/**',
        '**/jspm_packages/**',
        '**/vendor/**',
        '**/site-packages/**',
        '**/dist-packages/**',
        '**/.yarn/**',
        '**/.pnpm-store/**',
        '**/package-lock.json',
        '**/npm-shrinkwrap.json',
        '**/yarn.lock',
        '**/pnpm-lock.yaml',
        '**/*.lock',
        '**/go.sum',
    ],
    categories: ['package-token', 'cloud-key', 'saas-key', 'private-key', 'jwt', 'private-registry', 'signed-url', 'license-key', 'smtp-credentials', 'url-credentials'],
};
/**
 * Test content: tests, fixtures and benchmarks are full of made-up addresses, people and
 * passwords (`10.10.10.10`, `jane@corp.io`, `password: "Sup3rS3cret1"`). A credential with a
 * provider's shape is still a leak there; an address, a person or a generic assignment is test data.
 */
const DEFAULT_TEST_CONTENT = {
    paths: [
        '**/test/**',
        '**/tests/**',
        '**/__tests__/**',
        '**/spec/**',
        '**/fixtures/**',
        '**/__fixtures__/**',
        '**/testdata/**',
        '**/test-*/**',
        '**/test_*/**',
        '**/testing/**',
        '**/e2e/**',
        '**/__mocks__/**',
        '**/benchmark/**',
        '**/benchmarks/**',
        '**/*.test.*',
        '**/*.spec.*',
        '**/*_test.go',
        '**/test_*.py',
        '**/*_test.py',
    ],
    categories: ['package-token', 'cloud-key', 'saas-key', 'private-key', 'jwt', 'private-registry', 'signed-url', 'license-key', 'smtp-credentials', 'url-credentials', 'payload', 'source-code', 'archive'],
};
/** Decides, per file, whether it is third-party content and which categories are scanned there. */
class ThirdPartyMatcher {
    globs;
    categories;
    constructor(config) {
        this.globs = config.paths.map((p) => new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(p, { dot: true }));
        this.categories = new Set(config.categories);
    }
    matches(file) {
        // An archive entry is named "outer.tgz!inner/path": its inner path decides.
        const inner = file.includes('!') ? file.slice(file.lastIndexOf('!') + 1) : file;
        return this.globs.some((g) => g.match(inner) || g.match(file));
    }
}


/***/ }),

/***/ 7240:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   lW: () => (/* binding */ isRegularFileInside),
/* harmony export */   vJ: () => (/* binding */ readStdin),
/* harmony export */   xO: () => (/* binding */ readInside)
/* harmony export */ });
/* unused harmony export DEFAULT_READ_LIMIT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Default limit for files that are not packets (baselines, reports to compare, history). */
const DEFAULT_READ_LIMIT = 64 * 1024 * 1024;
/** The real path of `rel` under `root` when it exists and stays inside root, else why not. */
function resolveInside(root, rel) {
    let realRoot;
    let real;
    try {
        realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch {
        return { reason: 'missing' };
    }
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? rel : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel);
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(target);
    }
    catch {
        return { reason: 'missing' };
    }
    return isInside(realRoot, real) ? { abs: real } : { reason: 'outside' };
}
/** A regular file inside root once links are resolved (an existence test; nothing is read). */
function isRegularFileInside(root, rel) {
    const where = resolveInside(root, rel);
    if ('reason' in where)
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(where.abs).isFile();
    }
    catch {
        return false;
    }
}
function isInside(root, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs);
    return rel !== '' && !rel.startsWith('..') && !rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
}
/** Reads a regular file, refusing FIFOs, devices and directories before any read can block. */
function readRegularFile(abs, maxBytes = DEFAULT_READ_LIMIT) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { ok: false, reason: 'missing', message: 'file not found' };
        return { ok: false, reason: 'unreadable', message: `cannot open the file (${code ?? 'error'})` };
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            return { ok: false, reason: 'not-a-file', message: 'not a regular file (a directory, FIFO, socket or device); only regular files are read' };
        if (stat.size > maxBytes)
            return { ok: false, reason: 'too-large', message: `file is ${stat.size} bytes, over the limit of ${maxBytes}` };
        const bytes = Buffer.allocUnsafe(stat.size);
        let got = 0;
        while (got < stat.size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, got, stat.size - got, got);
            if (n === 0)
                break;
            got += n;
        }
        return { ok: true, bytes: bytes.subarray(0, got) };
    }
    catch (err) {
        return { ok: false, reason: 'unreadable', message: `cannot read the file (${err.code ?? 'error'})` };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Reads `rel` under `root`: inside the repository after resolving links, regular, within the limit. */
function readInside(root, rel, maxBytes = DEFAULT_READ_LIMIT) {
    const where = resolveInside(root, rel);
    if ('reason' in where) {
        return where.reason === 'outside'
            ? { ok: false, reason: 'outside', message: 'resolves outside the repository (through a symbolic link); such paths are never read' }
            : { ok: false, reason: 'missing', message: 'file not found' };
    }
    return readRegularFile(where.abs, maxBytes);
}
/** Standard input, up to a limit: endless input is refused, not read forever. */
function readStdin(maxBytes = DEFAULT_READ_LIMIT) {
    const chunks = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(1 << 16);
    for (;;) {
        let n;
        try {
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(0, chunk, 0, chunk.length, null);
        }
        catch (err) {
            const code = err.code;
            if (code === 'EAGAIN') {
                Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10); // non-blocking stdin: wait, do not spin
                continue;
            }
            if (code === 'EOF')
                break;
            return { ok: false, reason: 'unreadable', message: `cannot read standard input (${code ?? 'error'})` };
        }
        if (n === 0)
            break;
        total += n;
        if (total > maxBytes)
            return { ok: false, reason: 'too-large', message: `standard input is over the limit of ${maxBytes} bytes` };
        chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ REPORT_VERSION),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';
const REPORT_VERSION = 1;


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 1138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VR: () => (/* binding */ Minimatch),
  xF: () => (/* binding */ minimatch)
});

// UNUSED EXPORTS: GLOBSTAR, braceExpand, defaults, escape, filter, match, sep, unescape

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
//# sourceMappingURL=numeric-range.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
//# sourceMappingURL=parse-class.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js


// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && numericRange(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = parseClass(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + unescape_unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const minimatch = (p, pattern, options) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. Unlike
// a spread, it keeps the inherited keys, which optionsKey() and the
// Minimatch constructor also read.
const copyOptions = (o) => {
    const copy = {};
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
const cachedMinimatch = (pattern, options) => {
    const key = options ? optionsKey(options) : 0;
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === GLOBSTAR &&
                p2 === GLOBSTAR &&
                p1 !== GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === GLOBSTAR &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // should be impossible.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */


/* c8 ignore stop */
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
