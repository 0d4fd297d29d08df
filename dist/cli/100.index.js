export const id = 100;
export const ids = [100,320];
export const modules = {

/***/ 1100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBaseline: () => (/* binding */ runBaseline),
  runScan: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/clock.ts
var clock = __webpack_require__(3124);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/scan/shard.ts

function parseShard(text) {
    const m = /^(\d+)\/(\d+)$/.exec(text);
    if (!m)
        return undefined;
    const index = Number(m[1]);
    const count = Number(m[2]);
    return count >= 1 && index >= 1 && index <= count ? { index: index - 1, count } : undefined;
}
/**
 * Which shard a file belongs to: a hash of its path, so the split is the same on every machine,
 * balanced, and a file keeps its shard when others are added or removed.
 */
function inShard(path, shard) {
    if (shard.count === 1)
        return true;
    const h = (0,external_node_crypto_.createHash)('sha1').update(path).digest().readUInt32BE(0);
    return h % shard.count === shard.index;
}

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
        tool: { driver: { name: 'readiness-gate', version: version/* VERSION */.x, semanticVersion: version/* VERSION */.x, rules } },
        automationDetails: { id: `${category}/` },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository.' } } },
        results,
    };
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

// EXTERNAL MODULE: ./src/scan/rules/index.ts + 15 modules
var rules = __webpack_require__(2048);
// EXTERNAL MODULE: ./src/scan/run-scan.ts
var run_scan = __webpack_require__(8480);
;// CONCATENATED MODULE: ./src/scan/defaults.ts


/** The settings of a repository without a policy: every built-in rule, default limits. */
function defaultScanSettings() {
    return { rules: [...rules/* PUBLIC_SAFETY_RULES */.Rx], limits: { ...run_scan/* DEFAULT_SCAN_LIMITS */.H0 }, gitignore: true, enterprisePaths: [] };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./src/scan/mask.ts
var mask = __webpack_require__(9345);
// EXTERNAL MODULE: ./src/scan/scanner.ts + 3 modules
var scan_scanner = __webpack_require__(6240);
// EXTERNAL MODULE: ./src/scan/targets/directory.ts
var directory = __webpack_require__(707);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/scan/targets/source.ts
var source = __webpack_require__(471);
;// CONCATENATED MODULE: ./src/scan/targets/git.ts


/**
 * Git targets read objects through git itself: the files of a ref, or the lines a diff range adds
 * (`git diff BASE...HEAD`, positions in the new file). Paths with unusual characters are safe: git
 * is asked for NUL-separated output.
 */
function git(cwd, args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, { cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    catch (err) {
        const stderr = String(err.stderr ?? '').trim().split('\n')[0];
        throw new GitError(`git ${args.join(' ')} failed: ${stderr || err.message}`);
    }
}
class GitError extends Error {
}
function blobSource(cwd, ref, path, size, lines) {
    return (0,source/* bufferSource */.k)(path, () => git(cwd, ['cat-file', 'blob', `${ref}:${path}`]), () => size, lines);
}
/** Every file of a commit (or any tree-ish). Submodules and links are skipped. */
function refFiles(cwd, ref) {
    const listing = git(cwd, ['ls-tree', '-r', '-z', '--long', ref]).toString('utf8').split('\0').filter(Boolean);
    const files = [];
    for (const entry of listing) {
        const m = /^(\d+) (\w+) [0-9a-f]+ +(-|\d+)\t(.*)$/s.exec(entry);
        if (!m || m[2] !== 'blob' || m[1] === '120000')
            continue;
        files.push(blobSource(cwd, ref, m[4], Number(m[3])));
    }
    return files;
}
/**
 * The files a diff range changes, each limited to the lines it adds. `BASE...HEAD` compares HEAD
 * with the merge base, as a pull request does; `BASE..HEAD` compares the two commits directly.
 */
function diffFiles(cwd, range) {
    const { head, added } = addedLines(cwd, range);
    const files = [];
    for (const [path, lines] of [...added].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (lines.size === 0)
            continue;
        const size = Number(git(cwd, ['cat-file', '-s', `${head}:${path}`]).toString().trim());
        files.push(blobSource(cwd, head, path, size, lines));
    }
    return files;
}
/** The lines a diff range adds, by file, numbered in the new version; also the range's head. */
function addedLines(cwd, range) {
    const m = /^(.+?)(\.\.\.?)(.+)$/.exec(range);
    if (!m)
        throw new GitError(`--diff needs a range such as main...HEAD, not "${range}"`);
    const text = git(cwd, ['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--unified=0', '--diff-filter=AMCR', '--no-renames', range]).toString('utf8');
    const added = new Map();
    let current;
    for (const line of text.split('\n')) {
        if (line.startsWith('+++ ')) {
            const path = line === '+++ /dev/null' ? undefined : unquote(line.slice(4)).replace(/^b\//, '');
            current = path ? new Set() : undefined;
            if (path && current)
                added.set(path, current);
        }
        else if (line.startsWith('@@') && current) {
            const hunk = /\+(\d+)(?:,(\d+))?/.exec(line);
            if (!hunk)
                continue;
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            for (let i = 0; i < count; i++)
                current.add(start + i);
        }
    }
    return { head: m[3], added };
}
/** Whether a commit is present in the local repository (a shallow clone may lack the base). */
function hasCommit(cwd, ref) {
    try {
        git(cwd, ['cat-file', '-e', `${ref}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/** A file's text at a commit, or undefined when the commit does not have it. */
function showFile(cwd, ref, path) {
    try {
        return git(cwd, ['show', `${ref}:${path}`]).toString('utf8');
    }
    catch {
        return undefined;
    }
}
/** Fetches one commit from origin (for shallow clones); false when that fails. */
function fetchCommit(cwd, ref, depth = 1) {
    try {
        git(cwd, ['fetch', '--no-tags', `--depth=${depth}`, 'origin', ref]);
        return true;
    }
    catch {
        return false;
    }
}
/** git quotes paths with special characters in "..." with C escapes. */
function unquote(path) {
    if (!path.startsWith('"'))
        return path;
    const latin1 = path
        .slice(1, -1)
        .replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)))
        .replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t' })[c] ?? c);
    return Buffer.from(latin1, 'latin1').toString('utf8');
}

;// CONCATENATED MODULE: ./src/scan/targets/npm-pack.ts



class PackError extends Error {
}
/**
 * Exactly the files `npm pack` would put in the package, as npm itself lists them (its own
 * `files`, `.npmignore` and `.gitignore` rules, not a re-implementation), reported by their path in
 * the package. Lifecycle scripts are not run: a prepack step that generates files must run before.
 */
function npmPackFiles(root) {
    let out;
    try {
        out = (0,external_node_child_process_.execFileSync)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    catch (err) {
        const stderr = String(err.stderr ?? '').trim().split('\n').find((l) => /error/i.test(l)) ?? err.message;
        throw new PackError(`npm pack --dry-run failed in ${root}: ${stderr.replace(/^npm error /, '')}`);
    }
    let listing;
    try {
        listing = JSON.parse(out);
    }
    catch {
        throw new PackError(`npm pack --dry-run gave no file list in ${root}`);
    }
    return (listing[0]?.files ?? []).map((f) => (0,directory/* fileSource */.I)((0,external_node_path_.join)(root, f.path), f.path));
}

;// CONCATENATED MODULE: ./src/scan/targets/dockerignore.ts

function parseDockerignore(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        let line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const negate = line.startsWith('!');
        if (negate)
            line = line.slice(1).trim();
        line = cleanPath(line);
        if (line === '' || line === '.')
            continue;
        rules.push({ pattern: line, negate });
    }
    return rules;
}
/** Like Go's filepath.Clean for the forward-slash paths of a context. */
function cleanPath(p) {
    const parts = [];
    for (const part of p.replace(/^\/+/, '').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return parts.join('/');
}
/** Whether Docker leaves a context path (forward slashes, relative) out of the build context. */
function isIgnored(path, rules) {
    let ignored = false;
    for (const rule of rules) {
        if (matches(path, rule.pattern))
            ignored = !rule.negate;
    }
    return ignored;
}
function matches(path, pattern) {
    if ((0,esm/* minimatch */.xF)(path, pattern, { dot: true }))
        return true;
    // A pattern naming a directory covers what is inside it.
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
        if ((0,esm/* minimatch */.xF)(parts.slice(0, i).join('/'), pattern, { dot: true }))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/scan/targets/docker-context.ts




/**
 * The files `docker build` would send: the context folder minus what .dockerignore excludes (with
 * Docker's semantics, see dockerignore.ts), plus the Dockerfile and .dockerignore themselves, which
 * are always sent. The Dockerfile may live outside the context (`--dockerfile`).
 */
function dockerContextFiles(context, dockerfile, stats) {
    const ignoreFile = (0,external_node_path_.join)(context, '.dockerignore');
    const rules = (0,external_node_fs_.existsSync)(ignoreFile) ? parseDockerignore((0,external_node_fs_.readFileSync)(ignoreFile, 'utf8')) : [];
    const dockerfilePath = dockerfile ?? (0,external_node_path_.join)(context, 'Dockerfile');
    const dockerfileRel = (0,external_node_path_.relative)(context, dockerfilePath).split('\\').join('/');
    const always = new Set(['.dockerignore', dockerfileRel]);
    const files = (0,directory/* directoryFiles */.p)(context, { gitignore: false }, stats).filter((f) => always.has(f.path) || !isIgnored(f.path, rules));
    // Links docker would not send are not worth a mention either.
    stats.skipped = stats.skipped.filter((s) => !isIgnored(s.file, rules));
    stats.skippedSymlinks = stats.skipped.filter((s) => s.reason === 'symbolic-link').length;
    if (dockerfileRel.startsWith('../') && (0,external_node_fs_.existsSync)(dockerfilePath))
        files.push((0,directory/* fileSource */.I)(dockerfilePath, dockerfileRel));
    return files;
}

;// CONCATENATED MODULE: ./src/scan/scan.ts










/** Scans a target with the policy's scan settings: files -> scanner -> masked findings. */
async function scanTarget(target, settings, env, options = {}) {
    if (target.kind === 'archive')
        return scanArchiveTarget(target, settings, env);
    const stats = (0,source/* emptyStats */.b)();
    const shard = options.shard;
    const files = targetFiles(target, settings, stats).filter((f) => !shard || inShard(f.path, shard));
    const key = env[mask/* FINGERPRINT_KEY_ENV */.$I] || undefined;
    const scanner = new scan_scanner/* Scanner */.L({ rules: settings.rules, ...(settings.allowlist ? { allowlist: settings.allowlist } : {}), ...(key ? { fingerprintKey: key } : {}) });
    const findings = [...enterprisePathFindings(files, settings, key), ...(await (0,run_scan/* scanFiles */.Tu)(files, scanner, settings.limits, stats))];
    findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)));
    stats.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { target, findings, stats, ...(shard ? { shard } : {}) };
}
function targetFiles(target, settings, stats) {
    switch (target.kind) {
        case 'directory':
            return (0,directory/* directoryFiles */.p)(target.root, { gitignore: settings.gitignore }, stats);
        case 'ref':
            return refFiles(target.root, target.ref);
        case 'diff':
            return diffFiles(target.root, target.range);
        case 'npm-pack':
            return npmPackFiles(target.root);
        case 'docker-context':
            return dockerContextFiles(target.root, target.dockerfile, stats);
        case 'archive':
            return [];
        case 'stdin': {
            const text = target.text;
            return [(0,source/* bufferSource */.k)(target.name, () => text, () => text.length)];
        }
    }
}
/** An archive scanned in place, streaming, archives inside it opened to a bounded depth. */
async function scanArchiveTarget(target, settings, env) {
    const { DEFAULT_ARCHIVE_LIMITS, scanArchive } = await __webpack_require__.e(/* import() */ 555).then(__webpack_require__.bind(__webpack_require__, 555));
    const key = env[mask/* FINGERPRINT_KEY_ENV */.$I] || undefined;
    const scanner = new scan_scanner/* Scanner */.L({ rules: settings.rules, ...(settings.allowlist ? { allowlist: settings.allowlist } : {}), ...(key ? { fingerprintKey: key } : {}) });
    const ctx = { scanner, limits: { ...DEFAULT_ARCHIVE_LIMITS, maxDepth: settings.limits.archiveDepth ?? DEFAULT_ARCHIVE_LIMITS.maxDepth }, stats: (0,source/* emptyStats */.b)(), key, findings: [], total: 0 };
    await scanArchive(target.file, target.name, ctx, target.image === true);
    ctx.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
    return { target, findings: ctx.findings, stats: ctx.stats };
}
/** A file under an Enterprise source path is a finding by where it is, whatever it holds. */
function enterprisePathFindings(files, settings, key) {
    if (settings.enterprisePaths.length === 0)
        return [];
    return files
        .filter((f) => settings.enterprisePaths.some((glob) => (0,esm/* minimatch */.xF)(f.path, glob, { dot: true })))
        .map((f) => ({
        ruleId: 'enterprise-source',
        category: 'source-code',
        severity: 'critical',
        description: 'Enterprise source code: a file under a configured Enterprise source path',
        file: f.path,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        masked: (0,mask/* mask */.dK)(f.path),
        fingerprint: (0,mask/* fingerprint */.Rj)('enterprise-source', f.path, f.path, key),
    }));
}

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
        const { applyBaseline } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(490), __webpack_require__.e(758)]).then(__webpack_require__.bind(__webpack_require__, 6758));
        const applied = applyBaseline(findings, await readBaselineOrUsage((0,external_node_path_.resolve)(io.cwd, args.baseline)), (0,clock/* resolveClock */.T)(args.now, undefined, new Date()));
        findings = applied.kept;
        baselined = applied.hidden;
    }
    const report = (0,scan_report/* buildScanReport */.G)({ ...result, findings }, settings.rules, baselined);
    io.stdout(args.format === 'json' ? (0,scan_report.renderScanJson)(report) : args.format === 'sarif' ? renderScanSarif(report, settings.rules) : (0,scan_report.renderScanText)(report, style));
    return report.findings.length > 0 ? cli_io/* EXIT */.d.gateFailed : cli_io/* EXIT */.d.ok;
}
/** `readiness-gate baseline`: records today's findings so that only new ones fail a scan. */
async function runBaseline(args, io) {
    const { result } = await scanFromArgs(args, io);
    const { createBaseline } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(490), __webpack_require__.e(758)]).then(__webpack_require__.bind(__webpack_require__, 6758));
    const baseline = createBaseline(result.findings);
    const target = (0,external_node_path_.resolve)(io.cwd, args.output);
    (0,external_node_fs_.writeFileSync)(target, JSON.stringify(baseline, null, 2) + '\n');
    io.stdout(`wrote ${baseline.entries.length} fingerprints to ${args.output}\nAdd "expires" (a date) and "reason" to an entry to make it temporary; scan with --baseline ${args.output}\n`);
    return cli_io/* EXIT */.d.ok;
}
/** The baseline module (which parses with positions) is loaded only when a baseline is used. */
async function readBaselineOrUsage(path) {
    const { BaselineError, readBaseline } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(490), __webpack_require__.e(758)]).then(__webpack_require__.bind(__webpack_require__, 6758));
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
        return { result: await scanTarget({ kind: 'archive', file, name, ...(args.image ? { image: true } : {}) }, settings, io.env), settings };
    }
    const stdin = args.path === '-';
    if (args.dockerContext && (args.path !== undefined || args.npmPack || args.diff || args.ref))
        throw new clock/* UsageError */.e('--docker-context names the folder to scan: give no PATH, --npm-pack, --diff or --ref with it');
    if (args.dockerfile && !args.dockerContext)
        throw new clock/* UsageError */.e('--dockerfile goes with --docker-context');
    const root = stdin ? io.cwd : (0,external_node_path_.resolve)(io.cwd, args.dockerContext ?? args.path ?? '.');
    if (!stdin && (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()))
        throw new clock/* UsageError */.e(`scan: no such directory: ${args.dockerContext ?? args.path}`);
    if (stdin && (args.diff || args.ref))
        throw new clock/* UsageError */.e('scan - (stdin) takes neither --diff nor --ref');
    const settings = await scanSettings(root, args.policy ? (0,external_node_path_.resolve)(io.cwd, args.policy) : undefined);
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
                        : { kind: 'directory', root };
    const shard = args.shard === undefined ? undefined : parseShard(args.shard);
    if (args.shard !== undefined && !shard)
        throw new clock/* UsageError */.e(`--shard must be i/n with 1 <= i <= n, such as 2/4, not "${args.shard}"`);
    try {
        return { result: await scanTarget(target, settings, io.env, shard ? { shard } : {}), settings };
    }
    catch (err) {
        if (err instanceof GitError || err instanceof PackError)
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
    const { loadPolicy } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(352), __webpack_require__.e(490), __webpack_require__.e(713)]).then(__webpack_require__.bind(__webpack_require__, 8713));
    return loadPolicy({ cwd: root, ...(policy ? { policy } : {}) }).scan;
}


/***/ }),

/***/ 3320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildScanReport),
/* harmony export */   renderScanJson: () => (/* binding */ renderScanJson),
/* harmony export */   renderScanText: () => (/* binding */ renderScanText)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);

function buildScanReport(result, rules, baselined) {
    const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const f of result.findings)
        bySeverity[f.severity]++;
    const t = result.target;
    const used = new Set(result.findings.map((f) => f.ruleId));
    return {
        scanVersion: 1,
        tool: { name: 'readiness-gate', version: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x },
        target: { kind: t.kind, ...(t.kind === 'ref' ? { ref: t.ref } : {}), ...(t.kind === 'diff' ? { range: t.range } : {}), ...(t.kind === 'stdin' ? { name: t.name } : {}) },
        ...(result.shard ? { shard: `${result.shard.index + 1}/${result.shard.count}` } : {}),
        summary: { ...result.stats, findings: result.findings.length, bySeverity, ...(baselined ? { baselined } : {}) },
        rules: rules
            .filter((r) => used.has(r.id))
            .map((r) => ({ id: r.id, description: r.description, severity: r.severity, category: r.category }))
            .sort((a, b) => (a.id < b.id ? -1 : 1)),
        findings: result.findings,
    };
}
function renderScanJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}
const SEVERITY_STATE = { critical: 'blocked', high: 'blocked', medium: 'degraded', low: 'ready' };
function renderScanText(report, style) {
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
