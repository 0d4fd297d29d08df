export const id = 993;
export const ids = [993];
export const modules = {

/***/ 42993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  blobPath: () => (/* reexport */ blobPath),
  scanImage: () => (/* binding */ scanImage)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/safe-read.ts
var safe_read = __webpack_require__(27240);
// EXTERNAL MODULE: ./src/scan/archive/content.ts
var content = __webpack_require__(99949);
// EXTERNAL MODULE: ./src/scan/archive/tar.ts
var tar = __webpack_require__(41051);
;// CONCATENATED MODULE: ./src/scan/archive/image-manifest.ts



const MAX_MANIFESTS = 10_000;
const MAX_INDEX_DEPTH = 8;
function imageParts(read) {
    const out = { images: [], configs: [], problems: [] };
    const configs = new Set();
    const addImage = (layers, config) => {
        out.images.push({ layers });
        if (config !== undefined && !configs.has(config))
            configs.add(config) && out.configs.push(config);
    };
    const docker = parse(read('manifest.json'), 'manifest.json', out);
    if (docker !== undefined) {
        if (!Array.isArray(docker))
            out.problems.push('manifest.json is not a list of images');
        for (const entry of Array.isArray(docker) ? docker : []) {
            if (!Array.isArray(entry?.Layers) || !entry.Layers.every((l) => typeof l === 'string')) {
                out.problems.push('an entry of manifest.json has no list of layers');
                continue;
            }
            addImage(entry.Layers.map((l) => external_node_path_.posix.normalize(l)), typeof entry.Config === 'string' ? external_node_path_.posix.normalize(entry.Config) : undefined);
        }
    }
    const index = parse(read('index.json'), 'index.json', out);
    if (index !== undefined)
        walkIndex(index, read, out, addImage);
    return out;
}
function walkIndex(index, read, out, addImage) {
    const visited = new Set();
    const visit = (node, where, depth) => {
        if (!Array.isArray(node?.manifests))
            return void out.problems.push(`${where} lists no manifests`);
        for (const m of node.manifests) {
            const digest = m?.digest;
            if (visited.has(digest))
                continue; // listed twice, by itself, or in a cycle: read once
            visited.add(digest);
            if (visited.size > MAX_MANIFESTS)
                throw new tar/* TarError */.mt(`more than ${MAX_MANIFESTS} manifests: stopped`);
            const path = blobPath(digest);
            const blob = verified(read(path), digest, out);
            if (!blob)
                continue;
            const doc = parse(blob, path, out);
            if (Array.isArray(doc?.manifests)) {
                if (depth >= MAX_INDEX_DEPTH)
                    out.problems.push(`${path} is an index nested more than ${MAX_INDEX_DEPTH} deep: not read`);
                else
                    visit(doc, path, depth + 1);
            }
            else if (Array.isArray(doc?.layers)) {
                const config = doc.config?.digest;
                addImage(doc.layers.map((l) => blobPath(l?.digest)), config === undefined ? undefined : blobPath(config));
            }
            else if (doc !== undefined)
                out.problems.push(`${path} is neither an image index nor a manifest`);
        }
    };
    visit(index, 'index.json', 0);
}
/** The blob's bytes when they are there and their sha256 is the digest they are named by. */
function verified(blob, digest, out) {
    if (blob === 'absent')
        return void out.problems.push(`${digest} is listed but not in the image`);
    if (blob === 'large')
        return void out.problems.push(`${digest} is listed as a manifest but is larger than a manifest can be: not read`);
    const problem = digestProblem(blob.bytes, digest);
    if (problem)
        return void out.problems.push(problem);
    return blob;
}
function digestProblem(bytes, digest, actual) {
    const [algorithm, hex] = digest.split(':');
    const got = actual ?? (0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex');
    return got === hex ? undefined : `${digest.slice(0, 19)}… does not match its content (${algorithm} ${got.slice(0, 12)}…): the blob was altered or is not what it is named`;
}
function parse(blob, where, out) {
    if (blob === undefined || blob === 'absent')
        return undefined;
    if (blob === 'large')
        return void out.problems.push(`${where} is too large to be a manifest: not read`);
    try {
        return JSON.parse(blob.bytes.toString('utf8'));
    }
    catch {
        return void out.problems.push(`${where} is not valid JSON`);
    }
}
/**
 * The blob path of an OCI digest, refused unless it is algorithm:hex: a digest comes from the
 * image, and `sha256:../../etc/passwd` must never become a path.
 */
function blobPath(digest) {
    if (typeof digest !== 'string' || !/^(?:sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128})$/.test(digest)) {
        throw new tar/* TarError */.mt(`an OCI digest that is not algorithm:hex (${typeof digest === 'string' ? JSON.stringify(digest.slice(0, 40)) : typeof digest}); the image is refused`);
    }
    return `blobs/${digest.replace(':', '/')}`;
}
/** The digest a blob path names (`blobs/sha256/<hex>`), if it names one. */
function digestOf(path) {
    const m = /^blobs\/(sha256|sha384|sha512)\/([0-9a-f]+)$/.exec(path);
    return m ? `${m[1]}:${m[2]}` : undefined;
}

// EXTERNAL MODULE: ./src/scan/archive/problems.ts
var problems = __webpack_require__(81442);
;// CONCATENATED MODULE: ./src/scan/archive/scan-image.ts









/** Largest blob read whole as a manifest or index (configs larger than this are streamed). */
const MAX_JSON = 4 * 1024 * 1024;
/** What all the JSON blobs held at once may weigh. */
const MAX_JSON_TOTAL = 64 * 1024 * 1024;
/**
 * A container image without a Docker engine: a `docker save` tarball (manifest.json) or an OCI
 * image layout (index.json), as a tar or a folder. Every layer of every image and platform is
 * scanned, so a file added in one layer and deleted by a whiteout in a later one is still found:
 * it is in the image's history and in every copy of it. Each config (Env, labels, the build
 * commands of its history) is scanned whatever its size. Findings name the layer digest and path.
 */
async function scanImage(file, name, ctx) {
    const folder = (0,external_node_fs_.statSync)(file).isDirectory();
    const small = folder ? folderReader(file) : await tarReader(file);
    const parts = imageParts(small);
    for (const p of parts.problems)
        (0,problems/* problem */.CC)(ctx, 'archive-unreadable', name, `${name}: ${p}`);
    if (parts.images.length === 0) {
        if (parts.problems.length === 0)
            throw new tar/* TarError */.mt(`${name} is neither a docker save tarball (manifest.json) nor an OCI image layout (index.json)`);
        return;
    }
    const layers = new Set(parts.images.flatMap((i) => i.layers));
    const configs = new Map(parts.configs.map((c, i) => [c, parts.configs.length === 1 ? `${name}@config` : `${name}@config-${i + 1}`]));
    const seen = new Set();
    const deleted = new Map();
    const found = [];
    const read = async (path, body) => {
        if (seen.has(path))
            return;
        seen.add(path);
        const config = configs.get(path);
        const where = config ?? `${name}@${layerName(path)}`;
        const gone = new Set();
        const from = ctx.findings.length;
        if (!config)
            ctx.onEntry = (entry) => whiteout(gone, entry);
        const hashed = hashing(body, digestOf(path));
        try {
            // A config is text; a layer is a (compressed) tar, or any other blob an artifact keeps.
            await (0,content/* scanContent */.nx)({ chunks: hashed.chunks }, where, ctx, config ? 1 : 0);
            await hashed.drain();
        }
        finally {
            delete ctx.onEntry;
        }
        const mismatch = hashed.problem();
        if (mismatch)
            (0,problems/* problem */.CC)(ctx, 'archive-unreadable', where, `${where}: ${mismatch}`);
        if (config)
            return;
        deleted.set(path, gone);
        for (let i = from; i < ctx.findings.length; i++)
            if (ctx.findings[i].file.startsWith(`${where}!`))
                found.push({ layer: path, inner: ctx.findings[i].file.slice(where.length + 1), at: i });
    };
    if (folder) {
        for (const path of [...configs.keys(), ...layers]) {
            // A path comes from the image's manifest: it must name a regular file inside the layout.
            if (!(0,safe_read/* isRegularFileInside */.lW)(file, path))
                throw new tar/* TarError */.mt(`blob ${JSON.stringify(path.slice(0, 80))} is not a regular file inside the image layout; the image is refused`);
            await read(path, (0,external_node_fs_.createReadStream)((0,external_node_path_.join)(file, path), { highWaterMark: 1 << 20 }));
        }
    }
    else {
        const wanted = (p) => layers.has(external_node_path_.posix.normalize(p)) || configs.has(external_node_path_.posix.normalize(p));
        for await (const entry of (0,tar/* tarEntries */.O_)((0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }), { maxEntryBytes: 0, maxEntries: 100_000, stream: wanted })) {
            if (entry.body && wanted(entry.path))
                await read(external_node_path_.posix.normalize(entry.path), entry.body);
        }
    }
    for (const path of [...configs.keys(), ...layers])
        if (!seen.has(path))
            (0,problems/* problem */.CC)(ctx, 'archive-unreadable', name, `${name}: ${path} is listed by the manifest but not in the image: not read`);
    markDeleted(ctx, found, parts.images, deleted);
}
/** A whiteout `dir/.wh.name` deletes `dir/name` below; the opaque `dir/.wh..wh..opq` all of `dir/`. */
function whiteout(gone, entry) {
    const base = external_node_path_.posix.basename(entry);
    const dir = external_node_path_.posix.dirname(entry);
    if (base === '.wh..wh..opq')
        gone.add(`${dir}/`);
    else if (base.startsWith('.wh.'))
        gone.add(external_node_path_.posix.join(dir, base.slice(4)));
}
/** Notes on each finding that a later layer of an image deletes its file (still in the history). */
function markDeleted(ctx, found, images, deleted) {
    for (const { layer, inner, at } of found) {
        const path = external_node_path_.posix.normalize(inner);
        const later = images.some((image) => {
            const i = image.layers.indexOf(layer);
            return i !== -1 && image.layers.slice(i + 1).some((l) => {
                const gone = deleted.get(l);
                return gone !== undefined && [...gone].some((d) => path === d || path.startsWith(d.endsWith('/') ? (d === './' ? '' : d) : `${d}!`) || path.startsWith(`${d}/`));
            });
        });
        if (later)
            ctx.findings[at].description += ' (deleted by a later layer, but still in the image history)';
    }
}
function layerName(path) {
    const digest = digestOf(path);
    return digest ? `${digest.slice(0, 19)}` : path.replace(/\/layer\.tar$/, '');
}
/** Hashes a blob as it is read; `drain` reads what the scan left, so the whole blob is hashed. */
function hashing(body, digest) {
    const it = body[Symbol.asyncIterator]();
    const hash = digest ? (0,external_node_crypto_.createHash)(digest.split(':')[0]) : undefined;
    let ended = false;
    const next = async () => {
        const n = await it.next();
        if (n.done)
            ended = true;
        else
            hash?.update(n.value);
        return n;
    };
    // return() is a no-op: a reader that stops early (a tar ends at its end marker) leaves the rest to drain().
    const chunks = { [Symbol.asyncIterator]: () => ({ next, return: async () => ({ done: true, value: undefined }) }) };
    return {
        chunks,
        drain: async () => {
            while (!ended)
                await next();
        },
        problem: () => (digest && hash ? digestProblem('', digest, hash.digest('hex')) : undefined),
    };
}
/** The small JSON files of an image tarball (manifests, indexes, configs), read in one pass. */
async function tarReader(file) {
    const held = new Map();
    const present = new Set();
    let total = 0;
    for await (const entry of (0,tar/* tarEntries */.O_)((0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }), { maxEntryBytes: MAX_JSON, maxEntries: 100_000 })) {
        const path = external_node_path_.posix.normalize(entry.path);
        present.add(path);
        if (!entry.data || !looksLikeJson(entry.data) || total + entry.data.length > MAX_JSON_TOTAL)
            continue;
        total += entry.data.length;
        held.set(path, entry.data);
    }
    return (path) => {
        const bytes = held.get(path);
        return bytes ? { bytes } : present.has(path) ? 'large' : 'absent';
    };
}
function folderReader(dir) {
    return (path) => {
        const read = (0,safe_read/* readInside */.xO)(dir, path, MAX_JSON);
        if (read.ok)
            return { bytes: read.bytes };
        return read.reason === 'too-large' ? 'large' : 'absent';
    };
}
function looksLikeJson(bytes) {
    const first = bytes.subarray(0, 64).toString('latin1').trimStart()[0];
    return first === '{' || first === '[';
}


/***/ })

};
