export const id = 140;
export const ids = [140];
export const modules = {

/***/ 86140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ARCHIVE_LIMITS: () => (/* binding */ DEFAULT_ARCHIVE_LIMITS),
/* harmony export */   scanArchive: () => (/* binding */ scanArchive),
/* harmony export */   t: () => (/* binding */ scanTar)
/* harmony export */ });
/* unused harmony export maybeGunzip */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39345);
/* harmony import */ var _run_scan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98480);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41051);







const DEFAULT_ARCHIVE_LIMITS = { maxDepth: 3, maxEntryBytes: 16 * 1024 * 1024, maxEntries: 200_000, maxTotalBytes: 4 * 1024 ** 3, maxRatio: 1000 };
const ARCHIVE_NAME = /\.(?:tar|tgz|tar\.gz)$/i;
/** Bytes, gunzipped when they start with the gzip magic, with the expansion ratio watched. */
async function* maybeGunzip(source, ctx, where) {
    const it = source[Symbol.asyncIterator]();
    const first = await it.next();
    if (first.done)
        return;
    const head = first.value;
    const rest = (async function* () {
        yield head;
        for (let n = await it.next(); !n.done; n = await it.next())
            yield n.value;
    })();
    if (!(head[0] === 0x1f && head[1] === 0x8b)) {
        yield* counted(rest, ctx, where);
        return;
    }
    let compressed = 0;
    const input = node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from((async function* () {
        for await (const c of rest) {
            compressed += c.length;
            yield c;
        }
    })());
    const gunzip = input.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGunzip)());
    let expanded = 0;
    for await (const chunk of gunzip) {
        expanded += chunk.length;
        if (expanded > 64 * 1024 * 1024 && expanded > ctx.limits.maxRatio * Math.max(compressed, 1)) {
            gunzip.destroy();
            input.destroy();
            throw new ArchiveStop('archive-bomb', `${where} expands more than ${ctx.limits.maxRatio} times (a decompression bomb?): stopped after ${mib(expanded)}`);
        }
        yield* counted([chunk], ctx, where);
    }
}
async function* counted(chunks, ctx, where) {
    for await (const c of chunks) {
        ctx.total += c.length;
        if (ctx.total > ctx.limits.maxTotalBytes)
            throw new ArchiveStop('archive-bomb', `${where} expands past ${mib(ctx.limits.maxTotalBytes)}: stopped`);
        yield c;
    }
}
class ArchiveStop extends Error {
    ruleId;
    constructor(ruleId, message) {
        super(message);
        this.ruleId = ruleId;
    }
}
/** Scans a .tar or .tgz archive in place, streaming, opening archives inside it to maxDepth. */
async function scanArchive(file, display, ctx, image = false) {
    try {
        if (image)
            await (await __webpack_require__.e(/* import() */ 563).then(__webpack_require__.bind(__webpack_require__, 80563))).scanImage(file, display, ctx);
        else
            await scanTar((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: 1 << 20 }), display, ctx, 1);
    }
    catch (err) {
        if (err instanceof ArchiveStop)
            problem(ctx, err.ruleId, display, err.message);
        else if (err instanceof _tar_js__WEBPACK_IMPORTED_MODULE_6__/* .TarError */ .m || err.code?.startsWith('Z_'))
            problem(ctx, 'archive-unreadable', display, `${display}: ${err.message}`);
        else
            throw err;
    }
}
async function scanTar(source, display, ctx, depth) {
    for await (const entry of (0,_tar_js__WEBPACK_IMPORTED_MODULE_6__/* .tarEntries */ .O)(maybeGunzip(source, ctx, display), { maxEntryBytes: ctx.limits.maxEntryBytes, maxEntries: ctx.limits.maxEntries })) {
        if (depth === 1)
            ctx.onEntry?.(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(entry.path));
        const where = `${display}!${entry.path}`;
        if (entry.path.startsWith('/') || entry.path.split('/').includes('..')) {
            problem(ctx, 'archive-path-traversal', where, `${display} holds an entry whose path leaves the extraction folder: ${entry.path} (reported, never written)`);
        }
        if (entry.type !== 'file')
            continue;
        ctx.stats.files++;
        if (!entry.data) {
            (0,_run_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .skip */ .iv)(ctx.stats, where, 'too-large');
            continue;
        }
        if (ARCHIVE_NAME.test(entry.path)) {
            if (depth >= ctx.limits.maxDepth)
                problem(ctx, 'archive-too-deep', where, `${where} is nested ${depth + 1} archives deep, past the limit of ${ctx.limits.maxDepth}: not opened`);
            else
                await scanTar(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from([entry.data]), where, ctx, depth + 1);
            continue;
        }
        if (entry.data.subarray(0, 8000).indexOf(0) !== -1) {
            (0,_run_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .skip */ .iv)(ctx.stats, where, 'binary');
            continue;
        }
        ctx.stats.scanned++;
        ctx.stats.bytes += entry.data.length;
        ctx.findings.push(...ctx.scanner.scanBytes(where, entry.data));
    }
}
const PROBLEMS = {
    'archive-bomb': 'An archive that expands beyond the scan limits (decompression or size bomb)',
    'archive-path-traversal': 'An archive entry whose path leaves the extraction folder (absolute or ..)',
    'archive-too-deep': 'Archives nested deeper than the scan opens',
    'archive-unreadable': 'An archive that cannot be read (damaged or not an archive)',
};
function problem(ctx, ruleId, where, message) {
    ctx.findings.push({
        ruleId,
        category: 'archive',
        severity: ruleId === 'archive-too-deep' ? 'medium' : 'high',
        description: `${PROBLEMS[ruleId]}: ${message}`,
        file: where,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        masked: (0,_mask_js__WEBPACK_IMPORTED_MODULE_4__/* .mask */ .dK)(where),
        fingerprint: (0,_mask_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprint */ .Rj)(ruleId, where, where, ctx.key),
    });
}
function mib(n) {
    return `${(n / 1024 / 1024).toFixed(0)} MiB`;
}


/***/ }),

/***/ 41051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ tarEntries),
/* harmony export */   m: () => (/* binding */ TarError)
/* harmony export */ });
class TarError extends Error {
}
const BLOCK = 512;
async function* tarEntries(chunks, limits) {
    let pending = [];
    let pendingBytes = 0;
    const iterator = chunks[Symbol.asyncIterator]();
    let done = false;
    /** Ensures at least n bytes are pending; false at the end of the stream. */
    const fill = async (n) => {
        while (pendingBytes < n && !done) {
            const next = await iterator.next();
            if (next.done)
                done = true;
            else {
                pending.push(next.value);
                pendingBytes += next.value.length;
            }
        }
        return pendingBytes >= n;
    };
    const take = (n) => {
        const all = pending.length === 1 ? pending[0] : Buffer.concat(pending);
        const out = all.subarray(0, n);
        const rest = all.subarray(n);
        pending = rest.length ? [rest] : [];
        pendingBytes = rest.length;
        return out;
    };
    /** Drops n bytes without keeping them (a large entry's body). */
    const drop = async (n) => {
        let left = n;
        while (left > 0) {
            if (!(await fill(Math.min(left, 1 << 20))))
                throw new TarError('the archive ends inside an entry');
            left -= take(Math.min(left, pendingBytes)).length;
        }
    };
    let count = 0;
    let longName;
    let paxPath;
    for (;;) {
        if (!(await fill(BLOCK)))
            return; // a missing end marker is tolerated, like tar does
        const header = take(BLOCK);
        if (header.every((b) => b === 0))
            return; // end of archive
        if (!checksumOk(header))
            throw new TarError(`not a tar archive, or a damaged one (bad header checksum at entry ${count + 1})`);
        const size = octal(header.subarray(124, 136));
        const typeflag = String.fromCharCode(header[156]);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        if (typeflag === 'L' || typeflag === 'x') {
            // GNU long name, or a pax extended header: metadata for the next entry.
            if (size > 1 << 20)
                throw new TarError('an extended header larger than 1 MiB');
            await fill(padded);
            const body = take(padded).subarray(0, size).toString('utf8');
            if (typeflag === 'L')
                longName = body.replace(/\0+$/, '');
            else
                paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body)?.[1] ?? paxPath;
            continue;
        }
        if (++count > limits.maxEntries)
            throw new TarError(`more than ${limits.maxEntries} entries: stopped (raise scan limits only for a trusted archive)`);
        const name = str(header.subarray(0, 100));
        const prefix = str(header.subarray(345, 500));
        const path = paxPath ?? longName ?? (prefix ? `${prefix}/${name}` : name);
        longName = undefined;
        paxPath = undefined;
        const type = typeflag === '0' || typeflag === '\0' || typeflag === '7' ? 'file' : typeflag === '5' ? 'directory' : typeflag === '1' || typeflag === '2' ? 'link' : 'other';
        if (type === 'file' && limits.stream?.(path)) {
            let left = size;
            const body = (async function* () {
                while (left > 0) {
                    if (!(await fill(Math.min(left, 1 << 20))))
                        throw new TarError('the archive ends inside an entry');
                    const chunk = take(Math.min(left, pendingBytes, 1 << 20));
                    left -= chunk.length;
                    yield Buffer.from(chunk);
                }
            })();
            yield { path, type, size, body };
            await drop(left + (padded - size)); // whatever the caller did not read, and the padding
        }
        else if (type === 'file' && size <= limits.maxEntryBytes) {
            if (!(await fill(padded)))
                throw new TarError('the archive ends inside an entry');
            const data = Buffer.from(take(padded).subarray(0, size));
            yield { path, type, size, data };
        }
        else {
            await drop(padded);
            yield { path, type, size };
        }
    }
}
function str(bytes) {
    const end = bytes.indexOf(0);
    return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8');
}
function octal(bytes) {
    // GNU base-256 for sizes over 8 GiB: the high bit of the first byte is set.
    if (bytes[0] & 0x80) {
        let n = 0;
        for (let i = 1; i < bytes.length; i++)
            n = n * 256 + bytes[i];
        return n;
    }
    const text = str(bytes).trim();
    return text ? parseInt(text, 8) : 0;
}
function checksumOk(header) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : header[i];
    return sum === octal(header.subarray(148, 156));
}


/***/ })

};
