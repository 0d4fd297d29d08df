export const id = 163;
export const ids = [163];
export const modules = {

/***/ 8480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ DEFAULT_SCAN_LIMITS),
/* harmony export */   Tu: () => (/* binding */ scanFiles),
/* harmony export */   iv: () => (/* binding */ skip)
/* harmony export */ });
const DEFAULT_SCAN_LIMITS = { maxFileBytes: 10 * 1024 * 1024, largeFiles: 'chunk' };
const CHUNK = 1024 * 1024;
/** Text carried from one chunk into the next, so a value split by a chunk boundary is still seen whole. */
const CARRY = 16 * 1024;
const SNIFF = 8000;
/**
 * Scans files one after another; memory stays bounded by the chunk size whatever the file size.
 * (Reading ahead on libuv's threads was tried: three thread hops per small file cost more than the
 * overlap saved, 0.75 s became 1.0 s on the benchmark corpus.)
 */
async function scanFiles(files, scanner, limits, stats) {
    const findings = [];
    for (const file of files) {
        stats.files++;
        let result;
        try {
            result = scanOne(file, scanner, limits);
        }
        catch {
            result = 'unreadable';
        }
        if (result === 'binary')
            skip(stats, file.path, 'binary');
        else if (result === 'large')
            skip(stats, file.path, 'too-large');
        else if (result === 'unreadable')
            skip(stats, file.path, 'unreadable');
        else {
            stats.scanned++;
            stats.bytes += result.bytes;
            const lines = file.lines;
            findings.push(...(lines ? result.findings.filter((f) => lines.has(f.line)) : result.findings));
        }
    }
    return findings;
}
function skip(stats, file, reason) {
    stats.skipped.push({ file, reason });
    if (reason === 'binary')
        stats.skippedBinary++;
    else if (reason === 'too-large')
        stats.skippedLarge++;
    else if (reason === 'symbolic-link')
        stats.skippedSymlinks++;
    else
        stats.skippedUnreadable++;
}
/** A whole file already in memory. */
function scanBytes(file, bytes, scanner, limits) {
    // A NUL anywhere, not only in the first 8,000 bytes: formats such as Illustrator's and PDF open
    // with pages of text metadata before their binary streams.
    if (bytes.indexOf(0) !== -1)
        return 'binary';
    if (limits.largeFiles === 'skip' && bytes.length > limits.maxFileBytes)
        return 'large';
    return { findings: scanner.scanBytes(file.path, bytes), bytes: bytes.length };
}
/** Where small files are read whole: one buffer for all of them. */
const small = Buffer.allocUnsafe(CHUNK);
function scanOne(file, scanner, limits) {
    const n = file.readSmall?.(small);
    if (n !== undefined)
        return scanBytes(file, small.subarray(0, n), scanner, limits);
    const chunks = file.read(CHUNK)[Symbol.iterator]();
    try {
        return scanChunks(file, chunks, scanner, limits);
    }
    finally {
        chunks.return?.(); // closes the file when we stop before its end
    }
}
function scanChunks(file, chunks, scanner, limits) {
    const first = chunks.next();
    const bytes = first.done ? Buffer.alloc(0) : first.value;
    // A file that fits one read is scanned whole.
    if (bytes.length < CHUNK)
        return scanBytes(file, bytes, scanner, limits);
    if (bytes.subarray(0, SNIFF).indexOf(0) !== -1)
        return 'binary';
    if (limits.largeFiles === 'skip' && file.size() > limits.maxFileBytes)
        return 'large';
    return scanChunked(file.path, bytes, chunks, scanner);
}
function scanChunked(path, first, rest, scanner) {
    const decoder = new TextDecoder('utf-8');
    const out = [];
    const seen = new Set();
    // The carried text starts at character `carryAt` of the file, on line `carryLine`, which itself
    // starts at character `lineAt`: enough to turn window positions into file positions.
    let carry = '';
    let carryLine = 1;
    let carryAt = 0;
    let lineAt = 0;
    let total = 0;
    for (let bytes = first; bytes;) {
        if (bytes.indexOf(0) !== -1)
            return 'binary'; // binary further in: what was found so far was in its metadata
        total += bytes.length;
        const window = carry + decoder.decode(bytes, { stream: true });
        const shift = carryAt - lineAt; // columns on the window's first line start this far in
        for (const f of scanner.scanText(path, window)) {
            const line = carryLine + f.line - 1;
            const column = f.line === 1 ? f.column + shift : f.column;
            const key = `${f.ruleId}:${line}:${column}:${f.fingerprint}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push({ ...f, line, column, endLine: carryLine + f.endLine - 1, endColumn: f.endLine === 1 ? f.endColumn + shift : f.endColumn });
        }
        // Carry at least CARRY characters of the window's tail, from a line start when one is near,
        // so a value or a multi-line block (a PEM key) cut by the chunk boundary is seen whole.
        const nl = window.lastIndexOf('\n', Math.max(0, window.length - CARRY));
        const cut = nl !== -1 && window.length - nl <= CARRY * 4 ? nl + 1 : Math.max(0, window.length - CARRY);
        const newlines = countNewlines(window, cut);
        if (newlines > 0) {
            carryLine += newlines;
            lineAt = carryAt + window.lastIndexOf('\n', cut - 1) + 1;
        }
        carryAt += cut;
        carry = window.slice(cut);
        const next = rest.next();
        bytes = next.done ? undefined : next.value;
    }
    return { findings: out, bytes: total };
}
function countNewlines(text, end) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}


/***/ }),

/***/ 4163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ scanTarget)
});

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./src/scan/mask.ts
var mask = __webpack_require__(9345);
// EXTERNAL MODULE: ./src/scan/run-scan.ts
var run_scan = __webpack_require__(8480);
// EXTERNAL MODULE: ./src/scan/scanner.ts + 3 modules
var scan_scanner = __webpack_require__(7916);
// EXTERNAL MODULE: ./src/scan/shard.ts
var scan_shard = __webpack_require__(2193);
// EXTERNAL MODULE: ./src/scan/targets/directory.ts
var directory = __webpack_require__(707);
// EXTERNAL MODULE: ./src/scan/targets/git.ts
var git = __webpack_require__(4704);
// EXTERNAL MODULE: ./src/scan/targets/npm-pack.ts
var npm_pack = __webpack_require__(3419);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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

// EXTERNAL MODULE: ./src/scan/targets/source.ts
var source = __webpack_require__(471);
// EXTERNAL MODULE: ./src/util/safe-read.ts
var safe_read = __webpack_require__(7240);
;// CONCATENATED MODULE: ./src/scan/scan.ts












/** Scans a target with the policy's scan settings: files -> scanner -> masked findings. */
async function scanTarget(target, settings, env, options = {}) {
    if (target.kind === 'archive')
        return scanArchiveTarget(target, settings, env);
    const stats = (0,source/* emptyStats */.b)();
    const shard = options.shard;
    const display = target.kind === 'directory' ? target.display : undefined;
    const files = targetFiles(target, settings, stats)
        .map((f) => (display ? renamed(f, external_node_path_.posix.join(display, f.path)) : f))
        .filter((f) => !shard || (0,scan_shard/* inShard */.I)(f.path, shard));
    if (display)
        stats.skipped = stats.skipped.map((s) => ({ ...s, file: external_node_path_.posix.join(display, s.file) }));
    const key = env[mask/* FINGERPRINT_KEY_ENV */.$I] || undefined;
    const inlineAllow = !(options.pullRequest && settings.inlineAllow === 'not-on-pull-requests');
    const scanner = new scan_scanner/* Scanner */.L({ rules: settings.rules, inlineAllow, gitleaksAllow: settings.gitleaksAllow, thirdParty: settings.thirdParty, testContent: settings.testContent, ...(settings.allowlist ? { allowlist: settings.allowlist } : {}), ...(key ? { fingerprintKey: key } : {}) });
    const findings = [...enterprisePathFindings(files, settings, key), ...pathRuleFindings(files, settings, key), ...(await (0,run_scan/* scanFiles */.Tu)(files, scanner, settings.limits, stats))];
    findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)));
    stats.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { target, findings, stats, ...(scanner.suppressed.length ? { suppressed: scanner.suppressed } : {}), ...(shard ? { shard } : {}) };
}
/** The same file under the name a report gives it (methods kept: a source may be a class instance). */
function renamed(f, path) {
    return {
        path,
        size: () => f.size(),
        read: (chunk) => f.read(chunk),
        ...(f.lines ? { lines: f.lines } : {}),
        ...(f.readSmall ? { readSmall: (buffer) => f.readSmall(buffer) } : {}),
    };
}
function targetFiles(target, settings, stats) {
    switch (target.kind) {
        case 'directory':
            return (0,directory/* directoryFiles */.p)(target.root, { gitignore: settings.gitignore }, stats);
        case 'ref':
            return (0,git/* refFiles */.zz)(target.root, target.ref);
        case 'diff':
            return (0,git/* diffFiles */.pm)(target.root, target.range);
        case 'npm-pack':
            return (0,npm_pack/* npmPackFiles */.U)(target.root);
        case 'docker-context':
            return dockerContextFiles(target.root, target.dockerfile, stats);
        case 'archive':
            return [];
        case 'stdin': {
            const text = target.text;
            return [(0,source/* bufferSource */.k)(target.name, () => text, () => text.length)];
        }
        case 'file': {
            const read = (0,safe_read/* readRegularFile */.XF)(target.path, settings.limits.maxFileBytes);
            if (!read.ok) {
                stats.files++;
                stats.skippedUnreadable++;
                stats.skipped.push({ file: target.display, reason: read.reason === 'too-large' ? 'too-large' : 'unreadable' });
                return [];
            }
            return [(0,source/* bufferSource */.k)(target.display, () => read.bytes, () => read.bytes.length)];
        }
    }
}
/** An archive scanned in place, streaming, archives inside it opened to a bounded depth. */
async function scanArchiveTarget(target, settings, env) {
    const { DEFAULT_ARCHIVE_LIMITS, scanArchive } = await __webpack_require__.e(/* import() */ 555).then(__webpack_require__.bind(__webpack_require__, 555));
    const key = env[mask/* FINGERPRINT_KEY_ENV */.$I] || undefined;
    const scanner = new scan_scanner/* Scanner */.L({ rules: settings.rules, gitleaksAllow: settings.gitleaksAllow, thirdParty: settings.thirdParty, testContent: settings.testContent, ...(settings.allowlist ? { allowlist: settings.allowlist } : {}), ...(key ? { fingerprintKey: key } : {}) });
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
/** Rules that find a file by its path alone (imported gitleaks rules with `path` and no `regex`). */
function pathRuleFindings(files, settings, key) {
    if (settings.pathRules.length === 0)
        return [];
    const globallyAllowed = (path) => settings.allowlist?.predicates?.some((allowed) => allowed(path, { text: '', index: 0, file: path })) ?? false;
    return settings.pathRules.flatMap((rule) => files
        .filter((f) => rule.test(f.path) && !rule.allowed(f.path) && !globallyAllowed(f.path))
        .map((f) => ({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        description: rule.description,
        file: f.path,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        masked: (0,mask/* mask */.dK)(f.path),
        fingerprint: (0,mask/* fingerprint */.Rj)(rule.id, f.path, f.path, key),
    })));
}


/***/ }),

/***/ 2193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ inShard),
/* harmony export */   u: () => (/* binding */ parseShard)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

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
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(path).digest().readUInt32BE(0);
    return h % shard.count === shard.index;
}


/***/ }),

/***/ 707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ fileSource),
/* harmony export */   p: () => (/* binding */ directoryFiles)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _run_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8480);




/**
 * The regular files under a folder. Symbolic links are never followed (so no loop and nothing
 * outside the root is read); they are counted. `.git` is never entered.
 */
function directoryFiles(root, options, stats) {
    const base = root.endsWith('/') ? root : `${root}/`;
    const files = [];
    const add = (path, kind) => {
        if (kind === 'link')
            (0,_run_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .skip */ .iv)(stats, path, 'symbolic-link');
        else if (kind === 'file')
            files.push(new DiskFile(base + path, path));
    };
    // No sort: findings are sorted once at the end, and nothing else depends on file order.
    const listed = options.gitignore ? gitListing(root) : undefined;
    if (listed)
        for (const entry of listed)
            add(entry.path, entry.kind);
    else
        walk(root, add);
    return files;
}
let shared = Buffer.allocUnsafe(1024 * 1024);
/** A file on disk. A class, not closures: a folder scan makes one per file. */
class DiskFile {
    abs;
    path;
    constructor(abs, path) {
        this.abs = abs;
        this.path = path;
    }
    size() {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(this.abs).size;
    }
    readSmall(buffer) {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(this.abs, 'r');
        try {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, buffer.length, 0);
            return n < buffer.length ? n : undefined;
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
    }
    /** Chunks read into one buffer shared by all files: use each before asking for the next. */
    *read(chunk) {
        if (shared.length < chunk)
            shared = Buffer.allocUnsafe(chunk);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(this.abs, 'r');
        try {
            let position = 0;
            for (;;) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, shared, 0, chunk, position);
                if (n === 0 && position > 0)
                    return;
                position += n;
                yield shared.subarray(0, n);
                if (n < chunk)
                    return; // a short read of a regular file is its end
            }
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
    }
}
function fileSource(abs, path) {
    return new DiskFile(abs, path);
}
function gitListing(root) {
    const git = (args) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd: root, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8').split('\0').filter(Boolean);
    try {
        // Tracked files come with their mode (120000: a symbolic link); untracked ones are checked on disk.
        const tracked = git(['ls-files', '-z', '--stage']).map((line) => {
            const tab = line.indexOf('\t');
            return { path: line.slice(tab + 1), kind: line.startsWith('120000') ? 'link' : line.startsWith('160000') ? 'other' : 'file' };
        });
        const untracked = git(['ls-files', '-z', '--others', '--exclude-standard']).map((path) => ({ path, kind: kindOnDisk((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path)) }));
        const seen = new Set();
        return [...tracked, ...untracked].filter((e) => !seen.has(e.path) && seen.add(e.path) !== undefined);
    }
    catch {
        return undefined; // not a git work tree, or no git: walk the folder instead
    }
}
function kindOnDisk(abs) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs);
        return st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : 'other';
    }
    catch {
        return 'other';
    }
}
function walk(root, add) {
    const visit = (dir) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, dir) : root, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const rel = dir ? `${dir}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (e.name !== '.git')
                    visit(rel);
            }
            else
                add(rel, e.isSymbolicLink() ? 'link' : e.isFile() ? 'file' : 'other');
        }
    };
    visit('');
}


/***/ }),

/***/ 4704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   pm: () => (/* binding */ diffFiles),
/* harmony export */   zz: () => (/* binding */ refFiles)
/* harmony export */ });
/* unused harmony exports addedLines, hasCommit, showFile, fetchCommit */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(471);


/**
 * Git targets read objects through git itself: the files of a ref, or the lines a diff range adds
 * (`git diff BASE...HEAD`, positions in the new file). Paths with unusual characters are safe: git
 * is asked for NUL-separated output.
 */
function git(cwd, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    catch (err) {
        const stderr = String(err.stderr ?? '').trim().split('\n')[0];
        throw new GitError(`git ${args.join(' ')} failed: ${stderr || err.message}`);
    }
}
class GitError extends Error {
}
function blobSource(cwd, ref, path, size, lines) {
    return (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .bufferSource */ .k)(path, () => git(cwd, ['cat-file', 'blob', `${ref}:${path}`]), () => size, lines);
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


/***/ }),

/***/ 3419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ npmPackFiles),
/* harmony export */   q: () => (/* binding */ PackError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _directory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(707);



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
        out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
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
    return (listing[0]?.files ?? []).map((f) => (0,_directory_js__WEBPACK_IMPORTED_MODULE_2__/* .fileSource */ .I)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f.path), f.path));
}


/***/ }),

/***/ 471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ emptyStats),
/* harmony export */   k: () => (/* binding */ bufferSource)
/* harmony export */ });
function emptyStats() {
    return { skipped: [], files: 0, scanned: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0, skippedSymlinks: 0, skippedUnreadable: 0 };
}
/** A file held in memory (stdin, a git blob). */
function bufferSource(path, bytes, size, lines) {
    return {
        path,
        size,
        ...(lines ? { lines } : {}),
        *read() {
            yield bytes();
        },
    };
}


/***/ })

};
