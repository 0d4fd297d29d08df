export const id = 555;
export const ids = [555];
export const modules = {

/***/ 555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ARCHIVE_LIMITS: () => (/* binding */ DEFAULT_ARCHIVE_LIMITS),
  scanArchive: () => (/* binding */ scanArchive),
  t: () => (/* binding */ scanTar)
});

// UNUSED EXPORTS: maybeGunzip

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/scan/mask.ts
var mask = __webpack_require__(9345);
// EXTERNAL MODULE: ./src/scan/run-scan.ts
var run_scan = __webpack_require__(8480);
// EXTERNAL MODULE: ./src/scan/archive/tar.ts
var tar = __webpack_require__(1051);
;// CONCATENATED MODULE: ./src/scan/archive/zip.ts


function bufferSource(bytes) {
    return { size: bytes.length, read: (p, n) => bytes.subarray(p, p + n), close: () => undefined };
}
function fileByteSource(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    const size = (0,external_node_fs_.fstatSync)(fd).size;
    return {
        size,
        read(position, length) {
            const out = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
            let done = 0;
            while (done < out.length) {
                const n = (0,external_node_fs_.readSync)(fd, out, done, out.length - done, position + done);
                if (n === 0)
                    break;
                done += n;
            }
            return out.subarray(0, done);
        },
        close: () => (0,external_node_fs_.closeSync)(fd),
    };
}
class ZipError extends Error {
    bomb;
    /** A bomb is past a limit (reported as archive-bomb), otherwise the zip is damaged. */
    constructor(message, bomb = false) {
        super(message);
        this.bomb = bomb;
    }
}
function isZip(head) {
    return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}
/** The entries of a zip in central-directory order, each inflated only when it is reached. */
function* zipEntries(src, limits) {
    const entries = centralDirectory(src, limits);
    locateData(src, entries);
    const declared = entries.reduce((sum, e) => sum + e.size, 0);
    if (declared > limits.maxTotalBytes)
        throw new ZipError(`its entries declare ${mib(declared)} uncompressed, past the limit of ${mib(limits.maxTotalBytes)}`, true);
    let expanded = 0;
    let compressed = 0;
    for (const e of entries) {
        const type = e.path.endsWith('/') ? 'directory' : (e.mode & 0o170000) === 0o120000 ? 'symlink' : 'file';
        if (type !== 'file') {
            yield { path: e.path, type };
            continue;
        }
        if (e.flags & 1) {
            yield { path: e.path, type, unreadable: 'it is encrypted' };
            continue;
        }
        if (e.method !== 0 && e.method !== 8) {
            yield { path: e.path, type, unreadable: `its compression method ${e.method} is not supported (stored and deflate are)` };
            continue;
        }
        if (e.size > limits.maxEntryBytes) {
            yield { path: e.path, type };
            continue;
        }
        const raw = src.read(e.dataStart, e.compressed);
        const data = e.method === 0 ? raw : inflate(raw, e, limits.maxEntryBytes);
        if (data.length !== e.size)
            throw new ZipError(`${e.path} holds ${data.length} bytes where its header declares ${e.size}`);
        expanded += data.length;
        compressed += e.compressed;
        if (expanded > 64 * 1024 * 1024 && expanded > limits.maxRatio * Math.max(compressed, 1)) {
            throw new ZipError(`it expands more than ${limits.maxRatio} times (a decompression bomb?): stopped after ${mib(expanded)}`, true);
        }
        yield { path: e.path, type, data };
    }
}
function inflate(raw, e, maxEntryBytes) {
    try {
        // The declared size can lie: never let inflation run past the limit, whatever the header says.
        return (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(1, Math.min(maxEntryBytes, e.size + 1)) });
    }
    catch (err) {
        if (err.code === 'ERR_BUFFER_TOO_LARGE')
            throw new ZipError(`${e.path} inflates past its declared ${e.size} bytes (a forged header?)`, true);
        throw new ZipError(`${e.path} cannot be inflated: ${err.message}`);
    }
}
/** Finds the end-of-central-directory record (zip64 too) and reads every central entry. */
function centralDirectory(src, limits) {
    const tailStart = Math.max(0, src.size - 65_557);
    const tail = src.read(tailStart, src.size - tailStart);
    const at = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (at < 0 || at + 22 > tail.length)
        throw new ZipError('no end-of-central-directory record: not a zip, or truncated');
    let count = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
        const locator = tailStart + at - 20;
        const loc = locator >= 0 ? src.read(locator, 20) : Buffer.alloc(0);
        if (loc.length < 20 || loc.readUInt32LE(0) !== 0x07064b50)
            throw new ZipError('a zip64 archive without its zip64 locator');
        const rec = src.read(Number(loc.readBigUInt64LE(8)), 56);
        if (rec.length < 56 || rec.readUInt32LE(0) !== 0x06064b50)
            throw new ZipError('a damaged zip64 end-of-central-directory record');
        count = Number(rec.readBigUInt64LE(32));
        cdSize = Number(rec.readBigUInt64LE(40));
        cdOffset = Number(rec.readBigUInt64LE(48));
    }
    if (count > limits.maxEntries)
        throw new ZipError(`it declares ${count} entries, past the limit of ${limits.maxEntries}`, true);
    if (cdOffset + cdSize > src.size)
        throw new ZipError('its central directory lies past the end of the file (truncated?)');
    const cd = src.read(cdOffset, cdSize);
    const entries = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
        if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50)
            throw new ZipError(`central directory entry ${i + 1} is damaged`);
        const nameLength = cd.readUInt16LE(p + 28);
        const extraLength = cd.readUInt16LE(p + 30);
        const name = cd.subarray(p + 46, p + 46 + nameLength).toString(cd.readUInt16LE(p + 8) & 0x800 ? 'utf8' : 'latin1');
        const entry = {
            path: name,
            flags: cd.readUInt16LE(p + 8),
            method: cd.readUInt16LE(p + 10),
            compressed: cd.readUInt32LE(p + 20),
            size: cd.readUInt32LE(p + 24),
            mode: cd.readUInt32LE(p + 38) >>> 16,
            localOffset: cd.readUInt32LE(p + 42),
            dataStart: 0,
        };
        applyZip64(entry, cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
        entries.push(entry);
        p += 46 + nameLength + extraLength + cd.readUInt16LE(p + 32);
    }
    return entries;
}
/** Sizes and offsets too big for 32 bits live in the zip64 extra field (id 1), in this order. */
function applyZip64(e, extra) {
    for (let q = 0; q + 4 <= extra.length; q += 4 + extra.readUInt16LE(q + 2)) {
        if (extra.readUInt16LE(q) !== 1)
            continue;
        let r = q + 4;
        const next = () => (r + 8 <= extra.length ? Number(extra.readBigUInt64LE((r += 8) - 8)) : 0);
        if (e.size === 0xffffffff)
            e.size = next();
        if (e.compressed === 0xffffffff)
            e.compressed = next();
        if (e.localOffset === 0xffffffff)
            e.localOffset = next();
        return;
    }
}
/**
 * Reads each local header to find where the data starts, and refuses entries that share bytes:
 * overlapping entries are how a small zip claims petabytes (a non-recursive zip bomb).
 */
function locateData(src, entries) {
    for (const e of entries) {
        const local = src.read(e.localOffset, 30);
        if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50)
            throw new ZipError(`the local header of ${e.path} is damaged`);
        e.dataStart = e.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
        if (e.dataStart + e.compressed > src.size)
            throw new ZipError(`${e.path} runs past the end of the file (truncated?)`);
    }
    const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
    let prev;
    for (const next of byOffset) {
        if (prev && next.localOffset < prev.dataStart + prev.compressed)
            throw new ZipError(`entries ${prev.path} and ${next.path} overlap (a non-recursive zip bomb?)`, true);
        prev = next;
    }
}
function mib(n) {
    return `${(n / 1024 / 1024).toFixed(0)} MiB`;
}

;// CONCATENATED MODULE: ./src/scan/archive/scan-archive.ts








const DEFAULT_ARCHIVE_LIMITS = { maxDepth: 3, maxEntryBytes: 16 * 1024 * 1024, maxEntries: 200_000, maxTotalBytes: 4 * 1024 ** 3, maxRatio: 1000 };
const TAR_NAME = /\.(?:tar|tgz|tar\.gz)$/i;
/** Zip and the formats that are zips: Java archives, Python wheels, NuGet packages. */
const ZIP_NAME = /\.(?:zip|jar|war|ear|whl|nupkg)$/i;
/**
 * zstd (OCI layers may use it) through Node's own zlib, which has it from Node 22.15 (the Action
 * runs on Node 24); on an older Node a zstd stream is reported as unreadable, never skipped.
 */
const createZstdDecompress = external_node_zlib_.createZstdDecompress;
/** Bytes, decompressed when they start with the gzip or zstd magic, with the expansion ratio watched. */
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
    const gzip = head[0] === 0x1f && head[1] === 0x8b;
    const zstd = head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd;
    if (!gzip && !zstd) {
        yield* counted(rest, ctx, where);
        return;
    }
    if (zstd && !createZstdDecompress)
        throw new tar/* TarError */.m(`zstd-compressed, which needs Node 22.15 or later to read (this is Node ${process.versions.node})`);
    let compressed = 0;
    const input = external_node_stream_.Readable.from((async function* () {
        for await (const c of rest) {
            compressed += c.length;
            yield c;
        }
    })());
    const gunzip = input.pipe(zstd ? createZstdDecompress() : external_node_zlib_.createGunzip());
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
/** Scans a .tar, .tgz or .zip archive in place, opening archives inside it to maxDepth. */
async function scanArchive(file, display, ctx, image = false) {
    try {
        if (image)
            await (await __webpack_require__.e(/* import() */ 563).then(__webpack_require__.bind(__webpack_require__, 563))).scanImage(file, display, ctx);
        else {
            // One open: a zip is read from this source at its offsets; a tar is streamed instead.
            const src = fileByteSource(file);
            if (isZip(src.read(0, 4)))
                await scanZip(src, display, ctx, 1);
            else {
                src.close();
                await scanTar((0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }), display, ctx, 1);
            }
        }
    }
    catch (err) {
        if (!reportStop(err, ctx, display))
            throw err;
    }
}
/** Turns what stops an archive into its finding; false for anything else (a bug: rethrown). */
function reportStop(err, ctx, display) {
    if (err instanceof ArchiveStop)
        problem(ctx, err.ruleId, display, err.message);
    else if (err instanceof ZipError)
        problem(ctx, err.bomb ? 'archive-bomb' : 'archive-unreadable', display, `${display}: ${err.message}`);
    else if (err instanceof tar/* TarError */.m || /^(Z_|ZSTD_|ERR_ZSTD)/.test(err.code ?? ''))
        problem(ctx, 'archive-unreadable', display, `${display}: ${err.message}`);
    else
        return false;
    return true;
}
async function scanTar(source, display, ctx, depth) {
    for await (const entry of (0,tar/* tarEntries */.O)(maybeGunzip(source, ctx, display), { maxEntryBytes: ctx.limits.maxEntryBytes, maxEntries: ctx.limits.maxEntries })) {
        if (depth === 1)
            ctx.onEntry?.(external_node_path_.posix.normalize(entry.path));
        await scanEntry(entry, display, ctx, depth);
    }
}
async function scanZip(src, display, ctx, depth) {
    try {
        const limits = { ...ctx.limits, maxTotalBytes: ctx.limits.maxTotalBytes - ctx.total };
        for (const entry of zipEntries(src, limits)) {
            ctx.total += entry.data?.length ?? 0;
            if (entry.unreadable)
                problem(ctx, 'archive-unreadable', `${display}!${entry.path}`, `${display}!${entry.path} cannot be read: ${entry.unreadable}`);
            else
                await scanEntry(entry, display, ctx, depth);
        }
    }
    finally {
        src.close();
    }
}
/** One entry of a tar or zip: traversal checked, nested archives opened, text scanned. */
async function scanEntry(entry, display, ctx, depth) {
    const where = `${display}!${entry.path}`;
    if (entry.path.startsWith('/') || /^[A-Za-z]:/.test(entry.path) || entry.path.split(/[\\/]/).includes('..')) {
        problem(ctx, 'archive-path-traversal', where, `${display} holds an entry whose path leaves the extraction folder: ${entry.path} (reported, never written)`);
    }
    if (entry.type !== 'file')
        return;
    ctx.stats.files++;
    if (!entry.data)
        return (0,run_scan/* skip */.iv)(ctx.stats, where, 'too-large');
    const nested = TAR_NAME.test(entry.path) ? 'tar' : ZIP_NAME.test(entry.path) || isZip(entry.data) ? 'zip' : undefined;
    if (nested) {
        if (depth >= ctx.limits.maxDepth)
            problem(ctx, 'archive-too-deep', where, `${where} is nested ${depth + 1} archives deep, past the limit of ${ctx.limits.maxDepth}: not opened`);
        else if (nested === 'tar')
            await scanTar(external_node_stream_.Readable.from([entry.data]), where, ctx, depth + 1);
        else {
            // A damaged inner zip is that zip's finding; the outer archive goes on.
            try {
                await scanZip(bufferSource(entry.data), where, ctx, depth + 1);
            }
            catch (err) {
                if (!(err instanceof ZipError) || !reportStop(err, ctx, where))
                    throw err;
            }
        }
        return;
    }
    if (entry.data.subarray(0, 8000).indexOf(0) !== -1)
        return (0,run_scan/* skip */.iv)(ctx.stats, where, 'binary');
    ctx.stats.scanned++;
    ctx.stats.bytes += entry.data.length;
    ctx.findings.push(...ctx.scanner.scanBytes(where, entry.data));
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
        masked: (0,mask/* mask */.dK)(where),
        fingerprint: (0,mask/* fingerprint */.Rj)(ruleId, where, where, ctx.key),
    });
}


/***/ }),

/***/ 1051:
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
    let pax = new Map();
    let globalPax = new Map();
    for (;;) {
        if (!(await fill(BLOCK)))
            return; // a missing end marker is tolerated, like tar does
        const header = take(BLOCK);
        if (header.every((b) => b === 0))
            return; // end of archive
        if (!checksumOk(header))
            throw new TarError(`not a tar archive, or a damaged one (bad header checksum at entry ${count + 1})`);
        const typeflag = String.fromCharCode(header[156]);
        // A pax `size` record overrides the header's (tar does the same): it is how sizes over 8 GiB
        // are written, and a reader that ignored it would lose its place in the archive.
        const records = new Map([...globalPax, ...pax]);
        const size = typeflag === 'x' || typeflag === 'g' || typeflag === 'L' ? octal(header.subarray(124, 136)) : paxSize(records) ?? octal(header.subarray(124, 136));
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        if (typeflag === 'L' || typeflag === 'x' || typeflag === 'g') {
            // GNU long name, or a pax extended header (for the next entry, or global for all that follow).
            if (size > 1 << 20)
                throw new TarError('an extended header larger than 1 MiB');
            if (!(await fill(padded)))
                throw new TarError('the archive ends inside an extended header');
            const body = take(padded).subarray(0, size);
            if (typeflag === 'L')
                longName = body.toString('utf8').replace(/\0+$/, '');
            else if (typeflag === 'x')
                pax = new Map([...pax, ...parsePax(body)]);
            else
                globalPax = new Map([...globalPax, ...parsePax(body)]);
            continue;
        }
        if (++count > limits.maxEntries)
            throw new TarError(`more than ${limits.maxEntries} entries: stopped (raise scan limits only for a trusted archive)`);
        const name = str(header.subarray(0, 100));
        const prefix = str(header.subarray(345, 500));
        const path = records.get('path') ?? longName ?? (prefix ? `${prefix}/${name}` : name);
        longName = undefined;
        pax = new Map();
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
/** pax records: "<length> <key>=<value>\n", the length counting the whole record. */
function parsePax(body) {
    const out = new Map();
    let at = 0;
    while (at < body.length) {
        const space = body.indexOf(0x20, at);
        if (space === -1)
            break;
        const length = Number(body.subarray(at, space).toString('ascii'));
        if (!Number.isSafeInteger(length) || length <= space - at + 1 || at + length > body.length)
            throw new TarError('a malformed pax extended header record');
        const record = body.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out.set(record.slice(0, eq), record.slice(eq + 1));
        at += length;
    }
    return out;
}
function paxSize(records) {
    const text = records.get('size');
    if (text === undefined)
        return undefined;
    if (!/^\d{1,15}$/.test(text))
        throw new TarError(`a pax size record that is not a number of bytes ("${text.slice(0, 20)}")`);
    return Number(text);
}


/***/ })

};
