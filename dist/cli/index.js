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
    const io = { ...unsafeIo, stdout: (t) => unsafeIo.stdout((0,report_escape/* noWorkflowCommands */.L1)(t)), stderr: (t) => unsafeIo.stderr((0,report_escape/* noWorkflowCommands */.L1)(t)) };
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
    return (await Promise.all(/* import() */[__nccwpck_require__.e(716), __nccwpck_require__.e(352), __nccwpck_require__.e(802), __nccwpck_require__.e(713), __nccwpck_require__.e(163), __nccwpck_require__.e(538)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4538))).checkReadiness(options);
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
                const { deferredNote } = await Promise.all(/* import() */[__nccwpck_require__.e(716), __nccwpck_require__.e(352), __nccwpck_require__.e(802), __nccwpck_require__.e(713), __nccwpck_require__.e(163), __nccwpck_require__.e(538)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4538));
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
            const { runBaseline, runScan } = await Promise.all(/* import() */[__nccwpck_require__.e(716), __nccwpck_require__.e(802), __nccwpck_require__.e(163), __nccwpck_require__.e(680)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5680));
            return command === 'scan' ? runScan(args, io, style) : runBaseline({ ...args, output: values.output ?? '.readiness-gate-baseline.json' }, io);
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
            const { renderScanJson, renderScanText } = await Promise.all(/* import() */[__nccwpck_require__.e(716), __nccwpck_require__.e(802), __nccwpck_require__.e(320)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3320));
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
            throw new clock/* UsageError */.e(`unknown command "${command}"; commands: check, explain, diff, history, scan, baseline, merge, init`);
    }
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
/* harmony export */   rn: () => (/* binding */ textSafeDeep)
/* harmony export */ });
/* unused harmony exports textSafe, mdText, mdCode */
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

/***/ 7240:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   lW: () => (/* binding */ isRegularFileInside),
/* harmony export */   vJ: () => (/* binding */ readStdin),
/* harmony export */   xO: () => (/* binding */ readInside)
/* harmony export */ });
/* unused harmony exports DEFAULT_READ_LIMIT, isInside */
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

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

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
