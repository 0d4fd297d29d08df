export const id = 563;
export const ids = [563];
export const modules = {

/***/ 563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   blobPath: () => (/* binding */ blobPath),
/* harmony export */   scanImage: () => (/* binding */ scanImage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1051);
/* harmony import */ var _util_safe_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7240);
/* harmony import */ var _scan_archive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(555);





/**
 * A container image without a Docker engine: a `docker save` tarball (manifest.json) or an OCI
 * image layout (index.json), as a tar or a folder. Every layer is scanned, so a file added in one
 * layer and deleted by a whiteout in a later one is still found: it is in the image's history and
 * in every copy of it. Findings name the layer digest and the path.
 */
async function scanImage(file, name, ctx) {
    const folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isDirectory();
    const small = folder ? readSmallFromFolder(file) : await readSmallFromTar(file);
    const { layers, config } = imageManifest(small);
    if (layers.length === 0)
        throw new _tar_js__WEBPACK_IMPORTED_MODULE_4__/* .TarError */ .m(`${name} is neither a docker save tarball (manifest.json) nor an OCI image layout (index.json)`);
    // The config holds the image's Env and the history of its build commands (with their build
    // args): a secret passed as ARG or ENV is there even when no layer file holds it.
    const configData = config ? small.get(config) : undefined;
    if (configData) {
        ctx.stats.files++;
        ctx.stats.scanned++;
        ctx.stats.bytes += configData.length;
        ctx.findings.push(...ctx.scanner.scanBytes(`${name}@config`, configData));
    }
    const order = new Map(layers.map((l, i) => [l, i]));
    const deleted = layers.map(() => new Set());
    const before = ctx.findings.length;
    const scanLayer = async (path, body) => {
        const gone = deleted[order.get(path)];
        // A whiteout entry `dir/.wh.name` deletes `dir/name` from the layers below; the opaque
        // whiteout `dir/.wh..wh..opq` deletes everything below `dir/` (kept as `dir/` itself).
        ctx.onEntry = (entry) => {
            const base = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(entry);
            const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(entry);
            if (base === '.wh..wh..opq')
                gone.add(`${dir}/`);
            else if (base.startsWith('.wh.'))
                gone.add(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, base.slice(4)));
        };
        try {
            await (0,_scan_archive_js__WEBPACK_IMPORTED_MODULE_3__/* .scanTar */ .t)(body, `${name}@${layerDigest(path)}`, ctx, 1);
        }
        finally {
            delete ctx.onEntry;
        }
    };
    if (folder) {
        for (const path of layers) {
            // A layer path comes from the image's manifest: it must name a regular file inside the layout.
            if (!(0,_util_safe_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isRegularFileInside */ .lW)(file, path))
                throw new _tar_js__WEBPACK_IMPORTED_MODULE_4__/* .TarError */ .m(`layer ${JSON.stringify(path.slice(0, 80))} is not a regular file inside the image layout; the image is refused`);
            await scanLayer(path, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(file, path), { highWaterMark: 1 << 20 }));
        }
    }
    else {
        for await (const entry of (0,_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .tarEntries */ .O)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: 1 << 20 }), { maxEntryBytes: 0, maxEntries: 100_000, stream: (p) => order.has(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(p)) })) {
            if (entry.body)
                await scanLayer(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(entry.path), entry.body);
        }
    }
    markDeleted(ctx, before, layers, deleted);
}
function markDeleted(ctx, from, layers, deleted) {
    for (const f of ctx.findings.slice(from)) {
        const m = /@(sha256:[0-9a-f]{12}|[^!]+)!(.*)$/.exec(f.file);
        if (!m)
            continue;
        const layer = layers.findIndex((l) => layerDigest(l) === m[1]);
        const path = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(m[2]);
        const laterDeletes = deleted.slice(layer + 1).some((s) => s.has(path) || ancestors(path).some((dir) => s.has(`${dir}/`)));
        if (laterDeletes)
            f.description += ' (deleted by a later layer, but still in the image history)';
    }
}
/** `a/b/c.txt` -> [`a/b`, `a`, `.`]: the folders an opaque whiteout may have cleared. */
function ancestors(path) {
    const out = [];
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(path);; dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(dir)) {
        out.push(dir);
        if (dir === '.' || dir === '/')
            return out;
    }
}
function layerDigest(path) {
    const blob = /blobs\/sha256\/([0-9a-f]{64})$/.exec(path);
    return blob ? `sha256:${blob[1].slice(0, 12)}` : path.replace(/\/layer\.tar$/, '');
}
/** The layer files, in order, and the config, from manifest.json (docker save) or index.json (OCI layout). */
function imageManifest(small) {
    const json = (path) => {
        const data = small.get(path);
        try {
            return data ? JSON.parse(data.toString('utf8')) : undefined;
        }
        catch {
            return undefined;
        }
    };
    const manifest = json('manifest.json');
    if (Array.isArray(manifest) && Array.isArray(manifest[0]?.Layers)) {
        const config = manifest[0].Config;
        return { layers: manifest[0].Layers.map((l) => node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(l)), ...(typeof config === 'string' ? { config: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(config) } : {}) };
    }
    const index = json('index.json');
    const blob = blobPath;
    const first = index?.manifests?.[0]?.digest;
    if (typeof first !== 'string')
        return { layers: [] };
    let m = json(blob(first));
    if (Array.isArray(m?.manifests) && typeof m.manifests[0]?.digest === 'string')
        m = json(blob(m.manifests[0].digest)); // an index of platforms
    if (!Array.isArray(m?.layers))
        return { layers: [] };
    const config = m.config?.digest;
    return { layers: m.layers.map((l) => blob(l.digest)), ...(config !== undefined ? { config: blob(config) } : {}) };
}
/** The small JSON files of an image tarball (manifests, indexes, configs), read in one pass. */
async function readSmallFromTar(file) {
    const out = new Map();
    for await (const entry of (0,_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .tarEntries */ .O)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: 1 << 20 }), { maxEntryBytes: 256 * 1024, maxEntries: 100_000 })) {
        if (entry.data && (entry.path.endsWith('.json') || entry.path.startsWith('blobs/') || entry.path.startsWith('./blobs/')))
            out.set(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(entry.path), entry.data);
    }
    return out;
}
function readSmallFromFolder(dir) {
    const out = new Map();
    for (const name of ['index.json', 'manifest.json']) {
        const read = (0,_util_safe_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readInside */ .xO)(dir, name, 1 << 20);
        if (read.ok)
            out.set(name, read.bytes);
    }
    const index = out.get('index.json');
    const visit = (digest) => {
        if (typeof digest !== 'string')
            return;
        const path = blobPath(digest);
        const read = (0,_util_safe_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readInside */ .xO)(dir, path, 256 * 1024);
        if (!read.ok)
            return; // absent, a layer too large to be JSON, or not a regular file inside the layout
        const data = read.bytes;
        out.set(path, data);
        try {
            const parsed = JSON.parse(data.toString('utf8'));
            for (const m of parsed.manifests ?? [])
                visit(m.digest);
            visit(parsed.config?.digest);
        }
        catch {
            /* a layer, not JSON */
        }
    };
    if (index)
        for (const m of JSON.parse(index.toString('utf8')).manifests ?? [])
            visit(m.digest);
    return out;
}
/**
 * The blob path of an OCI digest, refused unless it is algorithm:hex: a digest comes from the
 * image, and `sha256:../../etc/passwd` must never become a path.
 */
function blobPath(digest) {
    if (typeof digest !== 'string' || !/^(?:sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128})$/.test(digest)) {
        throw new _tar_js__WEBPACK_IMPORTED_MODULE_4__/* .TarError */ .m(`an OCI digest that is not algorithm:hex (${typeof digest === 'string' ? JSON.stringify(digest.slice(0, 40)) : typeof digest}); the image is refused`);
    }
    return `blobs/${digest.replace(':', '/')}`;
}


/***/ })

};
