export const id = 140;
export const ids = [140];
export const modules = {

/***/ 99949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nx: () => (/* binding */ scanContent),
/* harmony export */   tZ: () => (/* binding */ scanTar),
/* harmony export */   xn: () => (/* binding */ scanZip)
/* harmony export */ });
/* unused harmony export counted */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _run_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94894);
/* harmony import */ var _compress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59718);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81442);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(41051);
/* harmony import */ var _zip_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36851);
/* harmony import */ var _util_append_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2178);
/* harmony import */ var _narrowing_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(96096);











/** Scans one entry's content, reported as `where`; what cannot be read is reported for it alone. */
async function scanContent(content, where, ctx, depth, layers = 0) {
    try {
        await dispatch(content, where, ctx, depth, layers);
    }
    catch (err) {
        // A bomb or the total cap stops the whole archive; damage in one entry is that entry's finding.
        if (err instanceof _problems_js__WEBPACK_IMPORTED_MODULE_6__/* .ArchiveStop */ .VW || !(0,_problems_js__WEBPACK_IMPORTED_MODULE_6__/* .reportStop */ .Dc)(err, ctx, where))
            throw err;
    }
}
async function dispatch(content, where, ctx, depth, layers) {
    const { head, all } = content.whole ? { head: content.whole.subarray(0, 512), all: content.chunks } : await (0,_compress_js__WEBPACK_IMPORTED_MODULE_5__/* .peek */ .se)(content.chunks, 512);
    const compression = (0,_compress_js__WEBPACK_IMPORTED_MODULE_5__/* .compressionOf */ .MB)(head);
    if (compression) {
        // A compressed layer is not an archive level (a .tgz is one), but chains of them are bounded.
        if (layers >= ctx.limits.maxDepth)
            return (0,_problems_js__WEBPACK_IMPORTED_MODULE_6__/* .problem */ .CC)(ctx, 'archive-too-deep', where, `${where} is compressed ${layers + 1} times over, past the limit of ${ctx.limits.maxDepth}: not opened`);
        const watch = { maxRatio: ctx.limits.maxRatio, onBomb: (n) => bomb(ctx, where, n) };
        return scanContent({ chunks: counted((0,_compress_js__WEBPACK_IMPORTED_MODULE_5__/* .decompress */ .mF)(compression, all, watch), ctx, where) }, where, ctx, depth, layers + 1);
    }
    const tar = (0,_tar_js__WEBPACK_IMPORTED_MODULE_9__/* .isTarHeader */ .FY)(head);
    if (tar || (0,_zip_js__WEBPACK_IMPORTED_MODULE_7__/* .isZip */ .K0)(head)) {
        if (depth >= ctx.limits.maxDepth)
            return (0,_problems_js__WEBPACK_IMPORTED_MODULE_6__/* .problem */ .CC)(ctx, 'archive-too-deep', where, `${where} is nested ${depth + 1} archives deep, past the limit of ${ctx.limits.maxDepth}: not opened`);
        if (tar) {
            await scanTar(all, where, ctx, depth + 1);
            // A zip appended after the tar is read too: a tool that reads the file as a zip sees it.
            if (content.whole && (0,_zip_js__WEBPACK_IMPORTED_MODULE_7__/* .endsWithZip */ .s_)((0,_zip_js__WEBPACK_IMPORTED_MODULE_7__/* .bufferSource */ .kq)(content.whole)))
                await scanZip((0,_zip_js__WEBPACK_IMPORTED_MODULE_7__/* .bufferSource */ .kq)(content.whole), where, ctx, depth + 1);
        }
        else
            await withSource(content, all, (src) => scanZip(src, where, ctx, depth + 1));
        return;
    }
    await scanText(content, all, where, ctx);
}
/** Text (or binary) content: whole when held, else streamed through the chunked scanner. */
async function scanText(content, all, where, ctx) {
    ctx.stats.files++;
    if (content.whole) {
        if (content.whole.subarray(0, 8000).indexOf(0) !== -1)
            return (0,_run_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .skip */ .iv)(ctx.stats, where, 'binary');
        ctx.stats.scanned++;
        (0,_narrowing_js__WEBPACK_IMPORTED_MODULE_8__/* .noteNarrowed */ .Nt)(ctx.stats, ctx.scanner, where);
        ctx.stats.bytes += content.whole.length;
        (0,_util_append_js__WEBPACK_IMPORTED_MODULE_10__/* .appendAll */ .u)(ctx.findings, ctx.scanner.scanBytes(where, content.whole));
        return;
    }
    const text = new _run_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .ChunkedText */ .W6(where, ctx.scanner);
    let binary = false;
    try {
        for await (const piece of (0,_compress_js__WEBPACK_IMPORTED_MODULE_5__/* .rechunk */ .Bs)(all, 1 << 20)) {
            if (!text.push(piece)) {
                binary = true;
                break;
            }
        }
    }
    finally {
        // What was found before a NUL showed the rest is binary, or before the stream broke, is kept.
        (0,_util_append_js__WEBPACK_IMPORTED_MODULE_10__/* .appendAll */ .u)(ctx.findings, text.findings);
        ctx.stats.bytes += text.bytes;
        if (text.bytes > 0)
            (0,_narrowing_js__WEBPACK_IMPORTED_MODULE_8__/* .noteNarrowed */ .Nt)(ctx.stats, ctx.scanner, where);
    }
    if (binary)
        (0,_run_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .skip */ .iv)(ctx.stats, where, 'binary');
    else
        ctx.stats.scanned++;
}
/** A tar stream: every entry checked for traversal and scanned by its content. */
async function scanTar(source, display, ctx, depth) {
    for await (const entry of (0,_tar_js__WEBPACK_IMPORTED_MODULE_9__/* .tarEntries */ .O_)(source, { maxEntryBytes: ctx.limits.maxEntryBytes, maxEntries: ctx.limits.maxEntries })) {
        if (depth === 1)
            ctx.onEntry?.(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(entry.path));
        const where = entryName(display, entry.path, ctx);
        if (entry.type !== 'file')
            continue;
        if (entry.data) {
            ctx.total += entry.data.length;
            checkTotal(ctx, display);
            await scanContent({ chunks: single(entry.data), whole: entry.data }, where, ctx, depth);
        }
        else if (entry.body)
            await scanContent({ chunks: counted(entry.body, ctx, display) }, where, ctx, depth);
    }
}
/** A zip read in place: entries inflated one at a time, large ones streamed. */
async function scanZip(src, display, ctx, depth) {
    const limits = { ...ctx.limits, maxTotalBytes: ctx.limits.maxTotalBytes - ctx.total };
    for (const entry of (0,_zip_js__WEBPACK_IMPORTED_MODULE_7__/* .zipEntries */ .uW)(src, limits)) {
        const where = entryName(display, entry.path, ctx);
        if (entry.unreadable)
            (0,_problems_js__WEBPACK_IMPORTED_MODULE_6__/* .problem */ .CC)(ctx, 'archive-unreadable', where, `${where} cannot be read: ${entry.unreadable}`);
        else if (entry.data) {
            ctx.total += entry.data.length;
            checkTotal(ctx, display);
            await scanContent({ chunks: single(entry.data), whole: entry.data }, where, ctx, depth);
        }
        else if (entry.body)
            await scanContent({ chunks: counted(entry.body, ctx, display) }, where, ctx, depth);
    }
}
/** `display!path`, the traversal check made on the way (reported, never written). */
function entryName(display, path, ctx) {
    const where = `${display}!${path}`;
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split(/[\\/]/).includes('..')) {
        (0,_problems_js__WEBPACK_IMPORTED_MODULE_6__/* .problem */ .CC)(ctx, 'archive-path-traversal', where, `${display} holds an entry whose path leaves the extraction folder: ${path} (reported, never written)`);
    }
    return where;
}
/**
 * Random access for a zip: in memory when held, else spooled to a private temporary file (a
 * large zip inside a stream), removed when read.
 */
async function withSource(content, all, read) {
    if (content.whole)
        return read((0,_zip_js__WEBPACK_IMPORTED_MODULE_7__/* .bufferSource */ .kq)(content.whole));
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'rg-zip-'));
    try {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'entry.zip');
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(all, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file, { mode: 0o600 }));
        const src = (0,_zip_js__WEBPACK_IMPORTED_MODULE_7__/* .fileByteSource */ .CS)(file);
        try {
            await read(src);
        }
        finally {
            src.close();
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    }
}
async function* single(data) {
    yield data;
}
/** Counts bytes as they are read, against the total the whole scan may expand to. */
async function* counted(chunks, ctx, where) {
    for await (const c of chunks) {
        ctx.total += c.length;
        checkTotal(ctx, where);
        yield c;
    }
}
function checkTotal(ctx, where) {
    if (ctx.total > ctx.limits.maxTotalBytes)
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_6__/* .ArchiveStop */ .VW('archive-bomb', `${where} expands past ${(0,_zip_js__WEBPACK_IMPORTED_MODULE_7__/* .mib */ .jO)(ctx.limits.maxTotalBytes)}: stopped`);
}
function bomb(ctx, where, expanded) {
    throw new _problems_js__WEBPACK_IMPORTED_MODULE_6__/* .ArchiveStop */ .VW('archive-bomb', `${where} expands more than ${ctx.limits.maxRatio} times (a decompression bomb?): stopped after ${(0,_zip_js__WEBPACK_IMPORTED_MODULE_7__/* .mib */ .jO)(expanded)}`);
}


/***/ }),

/***/ 86140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ARCHIVE_LIMITS: () => (/* reexport safe */ _problems_js__WEBPACK_IMPORTED_MODULE_3__.wP),
/* harmony export */   UNREAD_RULES: () => (/* reexport safe */ _problems_js__WEBPACK_IMPORTED_MODULE_3__.gw),
/* harmony export */   scanArchive: () => (/* binding */ scanArchive),
/* harmony export */   scanTar: () => (/* reexport safe */ _content_js__WEBPACK_IMPORTED_MODULE_2__.tZ)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59718);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99949);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81442);
/* harmony import */ var _zip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36851);
/* harmony import */ var _binary_strings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89975);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39345);









/**
 * Scans a tar (plain or compressed), a zip, or an image in place, opening archives inside it to
 * maxDepth. What the file is comes from its bytes: a zip at its start, else a (compressed) tar;
 * a tar that ends with a zip is read as both, since a zip tool sees the zip and tar the tar.
 */
async function scanArchive(file, display, ctx, image = false) {
    const before = ctx.findings.length;
    await readArchive(file, display, ctx, image);
    await scanRawStrings(file, display, ctx, before);
}
/**
 * The archive file's own bytes, read for credentials as a binary's strings are: what no entry
 * holds is still published with the file (a zip comment, bytes before or after the archive, data
 * after a tar's end marker, pax records, a gzip header's name, entries the directory does not
 * list, an unknown format). A value already found in an entry is not reported again.
 */
async function scanRawStrings(file, display, ctx, before) {
    const values = new Map();
    const raw = new _binary_strings_js__WEBPACK_IMPORTED_MODULE_5__/* .ChunkedBinary */ .Sf(display, ctx.scanner.keepingValues(values));
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: 1 << 20 }))
            raw.push(chunk);
    }
    catch {
        return; // the archive reader has reported a file it could not read
    }
    // Fingerprints name the file, so a value seen in an entry is recognised by recomputing the
    // entry's fingerprint from the raw value (candidates narrowed by rule and masked form first).
    const inner = new Map();
    for (const f of ctx.findings.slice(before)) {
        const k = `${f.ruleId}\0${f.masked}`;
        inner.set(k, [...(inner.get(k) ?? []), f]);
    }
    for (const f of raw.findings) {
        const value = values.get(f);
        const same = inner.get(`${f.ruleId}\0${f.masked}`)?.some((i) => value !== undefined && i.fingerprint === (0,_mask_js__WEBPACK_IMPORTED_MODULE_6__/* .fingerprint */ .Rj)(i.ruleId, i.file, value, ctx.scanner.fingerprintKey));
        if (!same)
            ctx.findings.push(f);
    }
}
async function readArchive(file, display, ctx, image) {
    if (image)
        return guarded(ctx, display, async () => (await __webpack_require__.e(/* import() */ 993).then(__webpack_require__.bind(__webpack_require__, 42993))).scanImage(file, display, ctx));
    const src = (0,_zip_js__WEBPACK_IMPORTED_MODULE_4__/* .fileByteSource */ .CS)(file);
    try {
        const head = src.read(0, 512);
        if ((0,_zip_js__WEBPACK_IMPORTED_MODULE_4__/* .isZip */ .K0)(head))
            return await guarded(ctx, display, () => (0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .scanZip */ .xn)(src, display, ctx, 1));
        const stream = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: 1 << 20 });
        // A compressed file is looked at again once decompressed (a .tgz, or a .gz of one text file);
        // a plain one must be a tar (anything else is reported as not one).
        if ((0,_compress_js__WEBPACK_IMPORTED_MODULE_1__/* .compressionOf */ .MB)(head))
            await guarded(ctx, display, () => (0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .scanContent */ .nx)({ chunks: stream() }, display, ctx, 0));
        else
            await guarded(ctx, display, () => (0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .scanTar */ .tZ)(stream(), display, ctx, 1));
        if ((0,_zip_js__WEBPACK_IMPORTED_MODULE_4__/* .endsWithZip */ .s_)(src))
            await guarded(ctx, display, () => (0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .scanZip */ .xn)(src, display, ctx, 1));
    }
    finally {
        src.close();
    }
}
async function guarded(ctx, display, read) {
    try {
        await read();
    }
    catch (err) {
        if (!(0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .reportStop */ .Dc)(err, ctx, display))
            throw err;
    }
}


/***/ })

};
