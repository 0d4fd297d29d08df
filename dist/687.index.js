export const id = 687;
export const ids = [687];
export const modules = {

/***/ 35687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanHistory: () => (/* binding */ scanHistory)
});

// UNUSED EXPORTS: ShallowCloneError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/scan/mask.ts
var mask = __webpack_require__(39345);
// EXTERNAL MODULE: ./src/scan/run-scan.ts + 1 modules
var run_scan = __webpack_require__(94894);
// EXTERNAL MODULE: ./src/scan/scan.ts + 6 modules
var scan = __webpack_require__(9893);
// EXTERNAL MODULE: ./src/scan/targets/directory.ts
var directory = __webpack_require__(10707);
// EXTERNAL MODULE: ./src/scan/targets/git.ts
var git = __webpack_require__(44704);
// EXTERNAL MODULE: ./src/scan/targets/source.ts
var targets_source = __webpack_require__(50471);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/scan/history/git-process.ts



/**
 * Git as a child process for history scans: short questions answered whole (`gitText`), and long
 * answers streamed (`gitPipe`), so a history of any length is read in bounded memory. Every
 * failure becomes a GitError naming the command and git's first line of complaint.
 */
function gitText(cwd, args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    catch (err) {
        const stderr = String(err.stderr ?? '').trim().split('\n')[0];
        throw new git/* GitError */.XS(`git ${args.slice(0, 4).join(' ')}${args.length > 4 ? ' ...' : ''} failed: ${stderr || err.message}`);
    }
}
/**
 * Asks `git cat-file --batch-check` many questions in one process (`<rev>`, `<commit>:<path>`,
 * `<rev>^{commit}`): for each, the object id when the answer is an object of `type`, else undefined.
 */
function objectIds(cwd, questions, type) {
    if (questions.length === 0)
        return [];
    let answers;
    try {
        answers = (0,external_node_child_process_.execFileSync)('git', ['cat-file', '--batch-check=%(objectname) %(objecttype)'], { cwd, input: questions.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'pipe'] }).split('\n');
    }
    catch (err) {
        throw new git/* GitError */.XS(`git cat-file --batch-check failed: ${String(err.stderr ?? '').trim().split('\n')[0] || err.message}`);
    }
    // One answer line per question, in order ("<question> missing" when there is no such object).
    return questions.map((_, i) => (answers[i]?.endsWith(` ${type}`) ? answers[i].split(' ')[0] : undefined));
}
/**
 * The tip of every ref that is (or peels to) a commit: branches, tags, remote-tracking branches,
 * and the rest --all walks (pull-request refs, notes), which publishing the repository also shows.
 */
function refTips(cwd) {
    return gitText(cwd, ['for-each-ref', '--format=%(refname) %(objectname) %(objecttype) %(*objectname) %(*objecttype)'])
        .split('\n')
        .map((line) => line.split(' '))
        .filter(([ref, , type, , peeledType]) => ref && (peeledType === 'commit' || (!peeledType && type === 'commit')))
        .map(([ref, oid, , peeled]) => ({ ref: ref, commit: peeled || oid }));
}
/**
 * Runs git and hands each chunk of its output to `onData` as it arrives (the chunk may be reused
 * after the call). `stdin`, when asked for, stays open for the caller to write to and end.
 * `done` resolves when git exits successfully; a throw in `onData` stops git and rejects it.
 */
function gitPipe(cwd, args, onData, withInput = false) {
    const child = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: [withInput ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let failed;
    child.stderr.on('data', (d) => {
        if (stderr.length < 4096)
            stderr += d.toString('utf8');
    });
    child.stdout.on('data', (chunk) => {
        if (failed)
            return;
        try {
            onData(chunk);
        }
        catch (err) {
            failed = err;
            child.kill();
        }
    });
    child.stdin?.on('error', () => undefined); // git exiting early is reported when it closes
    const done = new Promise((resolve, reject) => {
        child.on('error', (err) => reject(new git/* GitError */.XS(`git could not be started: ${err.message}`)));
        child.on('close', (code) => {
            if (failed)
                reject(failed);
            else if (code !== 0)
                reject(new git/* GitError */.XS(`git ${args.slice(0, 3).join(' ')} failed: ${stderr.trim().split('\n')[0] || `exit ${code}`}`));
            else
                resolve();
        });
    });
    return { stdin: child.stdin ?? undefined, done };
}
/** Splits a stream into NUL-terminated tokens, across chunk boundaries. */
class NulTokens {
    onToken;
    rest = '';
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    constructor(onToken) {
        this.onToken = onToken;
    }
    push(chunk) {
        const text = this.rest + this.decoder.write(chunk);
        let start = 0;
        for (let nul = text.indexOf('\0'); nul !== -1; nul = text.indexOf('\0', start)) {
            this.onToken(text.slice(start, nul));
            start = nul + 1;
        }
        this.rest = text.slice(start);
    }
    end() {
        this.rest += this.decoder.end();
        if (this.rest)
            this.onToken(this.rest);
        this.rest = '';
    }
}

;// CONCATENATED MODULE: ./src/scan/history/attribute.ts

const iso = (c) => new Date(c.time * 1000).toISOString().replace('.000Z', 'Z');
/** The blobs of a tree, each with the paths it sits at (regular files only). */
function treeBlobs(cwd, commit) {
    const out = new Map();
    for (const entry of gitText(cwd, ['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--full-tree', commit]).split('\0')) {
        const m = /^(100644|100755) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
        if (!m)
            continue;
        const paths = out.get(m[2]);
        if (paths)
            paths.push(m[3]);
        else
            out.set(m[2], [m[3]]);
    }
    return out;
}
/** The blobs each commit has at the given paths. */
function blobsAt(cwd, commits, paths) {
    const usable = paths.filter((p) => !p.includes('\n'));
    const out = new Map(commits.map((c) => [c, new Set()]));
    const ids = objectIds(cwd, commits.flatMap((c) => usable.map((p) => `${c}:${p}`)), 'blob');
    ids.forEach((id, i) => {
        if (id)
            out.get(commits[Math.floor(i / usable.length)]).add(id);
    });
    return out;
}
/** At most this many ref:path questions are put to git to say where a value not in the tip still is. */
const MAX_QUESTIONS = 200_000;
/**
 * Says, for each value, which commit first brought it in, and whether the tip still holds it,
 * other refs do, or it was removed (and by which commit). The walk's replacements say which
 * commit removed a value that no ref's tree holds any more.
 */
function attribute(cwd, walk, tipTree, tip, values) {
    const out = new Map();
    const gone = [];
    for (const [key, seen] of values) {
        const first = [...seen.blobs].map((b) => walk.commits[walk.blobs.get(b).commit]).sort((a, b) => a.time - b.time)[0];
        const origin = { commit: first.oid, date: iso(first), status: 'removed' };
        out.set(key, origin);
        if ([...seen.blobs].some((b) => tipTree.has(b)))
            origin.status = 'present';
        else
            gone.push(key);
    }
    if (gone.length === 0)
        return out;
    // Where the values not in the tip were seen: the other refs are asked about those paths only.
    const paths = [...new Set(gone.flatMap((k) => [...values.get(k).blobs].map((b) => walk.blobs.get(b).path)))];
    const others = refTips(cwd).filter((t) => t.commit !== tip).slice(0, Math.max(1, Math.floor(MAX_QUESTIONS / Math.max(1, paths.length))));
    const held = blobsAt(cwd, [...new Set(others.map((t) => t.commit))], paths);
    const removed = [];
    for (const key of gone) {
        const blobs = values.get(key).blobs;
        const holding = others.filter((t) => [...blobs].some((b) => held.get(t.commit).has(b)));
        if (holding.length > 0)
            Object.assign(out.get(key), { status: 'elsewhere', refs: holding.slice(0, 10).map((t) => t.ref) });
        else
            removed.push(key);
    }
    if (removed.length > 0)
        findRemovals(cwd, walk, tip, removed.map((k) => [out.get(k), values.get(k).blobs]));
    return out;
}
/**
 * The commit that took each removed value out: from the walk's replacements, the latest one that
 * put a version without the value in place of one with it, preferring commits on the tip's history.
 */
function findRemovals(cwd, walk, tip, removed) {
    const { before, after, commit, oids } = walk.replaced;
    const holders = new Map();
    removed.forEach(([, blobs], i) => blobs.forEach((b) => holders.set(b, [...(holders.get(b) ?? []), i])));
    const candidates = removed.map(() => []);
    for (let k = 0; k < before.length; k++) {
        const owners = holders.get(oids[before[k]]);
        if (!owners)
            continue;
        const put = after[k] < 0 ? undefined : oids[after[k]];
        for (const i of owners)
            if (!put || !removed[i][1].has(put))
                candidates[i].push(walk.commits[commit[k]]);
    }
    // One question to git for the whole tip history, instead of one per candidate.
    const onTip = new Set(gitText(cwd, ['rev-list', tip]).split('\n'));
    removed.forEach(([origin], i) => {
        const latest = candidates[i].sort((a, b) => b.time - a.time);
        const by = latest.find((c) => onTip.has(c.oid)) ?? latest[0];
        if (by)
            origin.removedIn = { commit: by.oid, date: iso(by) };
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/scan/history/blobs.ts




/**
 * Reads blobs through one `git cat-file --batch` process: each id written to its input as soon as
 * it is known (`request`), each content read back as `<id> blob <size>\n<bytes>\n`. Contents up
 * to `memoryLimit` bytes are handed over whole; larger ones go to a temporary file first (deleted
 * after the callback), so memory stays bounded whatever a history holds.
 */
class BlobReader {
    spool = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rg-blob-'));
    git;
    pending = [];
    constructor(cwd, memoryLimit, onBlob, onMissing) {
        const parser = new BatchParser(memoryLimit, (0,external_node_path_.join)(this.spool, 'blob'), onBlob, onMissing);
        this.git = gitPipe(cwd, ['cat-file', '--batch'], (chunk) => parser.push(chunk), true);
    }
    request(oid) {
        this.pending.push(oid);
        if (this.pending.length >= 256)
            this.flush();
    }
    /** Every requested blob has been handed over (or the reading failed). */
    async finish() {
        this.flush();
        this.git.stdin.end();
        try {
            await this.git.done;
        }
        finally {
            (0,external_node_fs_.rmSync)(this.spool, { recursive: true, force: true });
        }
    }
    flush() {
        if (this.pending.length === 0)
            return;
        this.git.stdin.write(this.pending.join('\n') + '\n');
        this.pending = [];
    }
}
/** The `--batch` output as a state machine over chunks: a header line, then `size` bytes and a newline. */
class BatchParser {
    memoryLimit;
    spoolFile;
    onBlob;
    onMissing;
    header = '';
    body;
    skipNewline = false;
    constructor(memoryLimit, spoolFile, onBlob, onMissing) {
        this.memoryLimit = memoryLimit;
        this.spoolFile = spoolFile;
        this.onBlob = onBlob;
        this.onMissing = onMissing;
    }
    push(chunk) {
        let at = 0;
        while (at < chunk.length) {
            if (this.skipNewline) {
                at++; // the newline after each content
                this.skipNewline = false;
            }
            else if (this.body) {
                at = this.take(chunk, at);
            }
            else {
                const nl = chunk.indexOf(10, at);
                if (nl === -1) {
                    this.header += chunk.toString('latin1', at);
                    return;
                }
                this.start(this.header + chunk.toString('latin1', at, nl));
                this.header = '';
                at = nl + 1;
            }
        }
    }
    start(line) {
        const [oid, type, size] = line.split(' ');
        if (type === 'missing') {
            this.onMissing(oid);
            return;
        }
        const n = Number(size);
        this.body = n > this.memoryLimit ? { oid: oid, type: type, size: n, got: 0, fd: (0,external_node_fs_.openSync)(this.spoolFile, 'w') } : { oid: oid, type: type, size: n, got: 0, bytes: Buffer.allocUnsafe(n) };
        if (n === 0)
            this.finish();
    }
    /** Copies (or spools) as much of the current content as this chunk holds. */
    take(chunk, at) {
        const body = this.body;
        const n = Math.min(body.size - body.got, chunk.length - at);
        if (body.bytes)
            chunk.copy(body.bytes, body.got, at, at + n);
        else
            (0,external_node_fs_.writeSync)(body.fd, chunk, at, n);
        body.got += n;
        if (body.got === body.size)
            this.finish();
        return at + n;
    }
    finish() {
        const body = this.body;
        this.body = undefined;
        this.skipNewline = true;
        if (body.bytes) {
            this.onBlob({ oid: body.oid, type: body.type, size: body.size, bytes: body.bytes });
            return;
        }
        (0,external_node_fs_.closeSync)(body.fd);
        try {
            this.onBlob({ oid: body.oid, type: body.type, size: body.size, file: this.spoolFile });
        }
        finally {
            (0,external_node_fs_.rmSync)(this.spoolFile, { force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/scan/history/versions.ts
/** Versions at least this large are candidates; smaller ones cost less to scan whole than to compare. */
const MIN_BYTES = 256 * 1024;
/** Larger than this, a version is scanned whole, in chunks (its lines are not held for comparing). */
const MAX_BYTES = 64 * 1024 * 1024;
/** Compared only when the lines a version adds are at most this share of it. */
const MAX_NEW_SHARE = 0.25;
/** Lines of unchanged text scanned around each changed run, so a value or block cut by the run's edge is whole. */
const CONTEXT_LINES = 40;
/**
 * At most this many lines are held for the comparisons (about 100 MB): past it, the files least
 * recently read are let go of, and their next version is scanned whole.
 */
const MAX_HELD_LINES = 2_000_000;
/**
 * Large files committed again and again (bundles, lock files, generated data) are the bulk of a
 * history's bytes, and each version differs from the next in a few lines. Such a version is
 * scanned by the lines it adds to the version of the same path scanned just before it (its
 * successor: the walk goes from the newest), with CONTEXT_LINES around each run of new lines;
 * values the earlier version held are carried over where this version still has them. What the
 * scanner decides from a whole file's context (a doc comment 8 KiB up, a document's structure)
 * is then decided from the surrounding window instead.
 */
class VersionComparer {
    scanner;
    known;
    last = new Map();
    /** Versions scanned by their new lines only. */
    compared = 0;
    currentPath;
    held = 0;
    constructor(scanner, known) {
        this.scanner = scanner;
        this.known = known;
    }
    /** Whether a version of this size is worth holding and comparing. */
    static wants(size) {
        return size >= MIN_BYTES && size <= MAX_BYTES;
    }
    /**
     * One version: the findings in the lines it adds (scanned) and the earlier version's values it
     * still holds (carried, by value id), or undefined when it must be scanned whole (the first
     * version of its path, or one that changes too much). Its lines are kept for the next version;
     * `record` then adds the ids of the values it holds.
     */
    scan(path, text) {
        const starts = lineStarts(text);
        const hashes = starts.map((start, i) => lineHash(text, start, i + 1 < starts.length ? starts[i + 1] - 1 : text.length));
        const previous = this.last.get(path);
        this.currentPath = path;
        this.hold(path, { hashes, lines: new Set(hashes), values: new Map() }, previous);
        if (!previous)
            return undefined;
        const fresh = [];
        let freshBytes = 0;
        hashes.forEach((h, i) => {
            if (previous.lines.has(h))
                return;
            fresh.push(i);
            freshBytes += (i + 1 < starts.length ? starts[i + 1] : text.length) - starts[i];
        });
        if (freshBytes > text.length * MAX_NEW_SHARE)
            return undefined;
        this.compared++;
        const scanned = [];
        for (const [from, to] of windows(fresh, starts.length)) {
            const end = to + 1 < starts.length ? starts[to + 1] : text.length;
            for (const f of this.scanner.scanText(path, text.slice(starts[from], end))) {
                // Moved in place, not copied: the scanner keys the values it keeps by these objects.
                f.line += from;
                f.endLine += from;
                scanned.push(f);
            }
        }
        return { scanned, carried: this.carried(previous, text, starts) };
    }
    /** Keeps a file's latest version, most recently read last, within MAX_HELD_LINES. */
    hold(path, version, previous) {
        if (previous) {
            this.last.delete(path);
            this.held -= previous.hashes.length;
        }
        this.last.set(path, version);
        this.held += version.hashes.length;
        for (const [other, old] of this.last) {
            if (this.held <= MAX_HELD_LINES || other === path)
                break;
            this.last.delete(other);
            this.held -= old.hashes.length;
        }
    }
    /** The values a version holds and where, for the version after it. */
    record(path, found) {
        const version = this.last.get(path);
        if (!version)
            return;
        for (const f of found) {
            const at = { hash: version.hashes[f.line - 1], column: f.column };
            const list = version.values.get(f.id);
            if (!list)
                version.values.set(f.id, [at]);
            else if (!list.some((x) => x.hash === at.hash && x.column === at.column))
                list.push(at);
        }
    }
    /**
     * Values of the earlier version that this one still holds on an unchanged line, at the same
     * column: exactly what scanning that line again would find. (A value on a changed line is in a
     * scanned window instead.)
     */
    carried(previous, text, starts) {
        const current = this.last.get(this.currentPath);
        const linesOf = new Map();
        current.hashes.forEach((h, i) => {
            const list = linesOf.get(h);
            if (list)
                list.push(i);
            else
                linesOf.set(h, [i]);
        });
        const out = [];
        for (const [id, places] of previous.values) {
            const known = this.known(id);
            if (!known)
                continue;
            for (const where of places) {
                for (const line of linesOf.get(where.hash) ?? []) {
                    const at = starts[line] + where.column - 1;
                    if (!text.startsWith(known.value, at))
                        continue;
                    const b = position(starts, at + known.value.length);
                    out.push({ id, finding: { ...known.template, file: this.currentPath, line: line + 1, column: where.column, endLine: b.line, endColumn: b.column } });
                }
            }
        }
        return out;
    }
}
/** Runs of new lines, each widened by CONTEXT_LINES and merged with its neighbours: [first, last] line indexes. */
function windows(fresh, lineCount) {
    const out = [];
    for (const i of fresh) {
        const from = Math.max(0, i - CONTEXT_LINES);
        const to = Math.min(lineCount - 1, i + CONTEXT_LINES);
        const last = out[out.length - 1];
        if (last && from <= last[1] + 1)
            last[1] = Math.max(last[1], to);
        else
            out.push([from, to]);
    }
    return out;
}
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** 1-based line and column of a character offset. */
function position(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
/** Two 32-bit FNV-style hashes of a line, joined into one safe integer: collisions are negligible. */
function lineHash(text, start, end) {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ (end - start);
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
    }
    return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

;// CONCATENATED MODULE: ./src/scan/history/log.ts

const ZERO_OID = /^0+$/;
/**
 * The arguments that make `git log` list, for every commit of `revisions`, the file versions it
 * brings in: raw (no content diffs), full ids, renames as delete + add, root commits against the
 * empty tree, merges against their first parent (a blob only a merge brings, such as a conflict
 * resolution, is still seen; blobs of the merged branch are seen in that branch's own commits).
 */
function logArgs(revisions) {
    return ['-c', 'core.quotePath=false', 'log', '--raw', '--no-abbrev', '--no-renames', '--root', '--diff-merges=first-parent', '-z', '--format=%x01%H %ct', '--stdin', ...revisions, '--'];
}
/** Streams `git log --raw` and calls `onChange` for every regular file version (modes 100644/100755). */
async function walkChanges(cwd, revisions, exclude, onCommit, onChange) {
    let commit = -1;
    let pending;
    const tokens = new NulTokens((raw) => {
        const token = raw.startsWith('\n') ? raw.slice(1) : raw;
        if (token.startsWith('\x01')) {
            const [oid, time] = token.slice(1).split(' ');
            commit = onCommit({ oid: oid, time: Number(time) });
            pending = undefined;
        }
        else if (token.startsWith(':')) {
            // ":100644 100755 <before> <after> M": a path follows in the next token.
            const [modeBefore, modeAfter, before, after] = token.slice(1).split(' ');
            // Symbolic links (120000) and submodules (160000) are not files: seen as absent.
            const regular = (m) => m === '100644' || m === '100755';
            pending = { before: regular(modeBefore) ? before : '0', after: regular(modeAfter) ? after : '0' };
        }
        else if (pending) {
            if (!ZERO_OID.test(pending.before) || !ZERO_OID.test(pending.after))
                onChange({ commit, path: token, before: pending.before, after: pending.after });
            pending = undefined;
        }
    });
    // Commits to leave out go on standard input (^<id> lines): a repository may have thousands of refs.
    const git = gitPipe(cwd, logArgs(revisions), (chunk) => tokens.push(chunk), true);
    git.stdin.end(exclude.map((c) => `^${c}\n`).join(''));
    await git.done;
    tokens.end();
}
/**
 * Walks the history once, newest commit first: the commits, each distinct blob with the oldest
 * commit that brought it in (`onNewBlob` hears of a blob at its first sighting, so reading starts
 * while the walk goes on; `onCommit` of each commit, for its message), and every replacement, for
 * finding later which commit removed a value.
 * Newest first also suits git's packs, which keep recent versions whole and older ones as deltas
 * (reading the blobs in this order took 1.17 s against 1.44 s oldest first, 52,089 blobs).
 */
async function walkHistory(cwd, revisions, exclude, onNewBlob = () => undefined, trackPaths = false, onCommit = () => undefined) {
    const commits = [];
    const paths = trackPaths ? new Map() : undefined;
    const blobs = new Map();
    const replaced = { before: [], after: [], commit: [], oids: [] };
    const ids = new Map();
    const id = (oid) => {
        let n = ids.get(oid);
        if (n === undefined)
            ids.set(oid, (n = replaced.oids.push(oid) - 1));
        return n;
    };
    await walkChanges(cwd, revisions, exclude, (c) => {
        onCommit(c);
        return commits.push(c) - 1;
    }, (change) => {
        const added = !ZERO_OID.test(change.after);
        if (!ZERO_OID.test(change.before)) {
            replaced.before.push(id(change.before));
            replaced.after.push(added ? id(change.after) : -1);
            replaced.commit.push(change.commit);
        }
        if (!added)
            return;
        // Walked from the newest: a later sighting of a path is an older one.
        if (paths)
            paths.set(change.path, change.commit);
        const seen = blobs.get(change.after);
        if (!seen) {
            blobs.set(change.after, { commit: change.commit, path: change.path });
            onNewBlob(change.after, change.path);
        }
        else if (commits[change.commit].time <= commits[seen.commit].time)
            seen.commit = change.commit; // walked from the newest: later is older
    });
    return { commits, blobs, replaced, ...(paths ? { paths } : {}) };
}

// EXTERNAL MODULE: ./src/scan/scan-commits.ts
var scan_commits = __webpack_require__(52703);
// EXTERNAL MODULE: ./src/scan/targets/git-changes.ts + 1 modules
var git_changes = __webpack_require__(14425);
// EXTERNAL MODULE: ./src/scan/targets/path-bytes.ts
var path_bytes = __webpack_require__(89855);
;// CONCATENATED MODULE: ./src/scan/history/messages.ts








/** Every ref under refs/tags that names a tag object (lightweight tags have no message). */
function annotatedTags(cwd) {
    const out = (0,git_changes/* git */.$Y)(cwd, ['for-each-ref', '--format=%(objectname) %(objecttype) %(refname)', 'refs/tags']);
    const tags = [];
    // A ref name holds no newline and no space (git refuses both); it may hold bytes that are not UTF-8.
    for (let at = 0; at < out.length;) {
        const nl = out.indexOf(10, at);
        const line = out.subarray(at, nl === -1 ? out.length : nl);
        at = nl === -1 ? out.length : nl + 1;
        const m = /^([0-9a-f]+) (\w+) /.exec(line.toString('latin1'));
        if (!m || m[2] !== 'tag')
            continue;
        const ref = line.subarray(m[0].length);
        tags.push({ oid: m[1], ref: (0,path_bytes/* pathName */.D)(ref), name: (0,path_bytes/* pathName */.D)(ref.subarray('refs/tags/'.length)), commit: undefined });
    }
    // %(*objectname) peels one level only: a tag of a tag is peeled to its commit by git cat-file (one process).
    objectIds(cwd, tags.map((t) => `${t.oid}^{commit}`), 'commit').forEach((commit, i) => (tags[i].commit = commit));
    return tags;
}
/** Reads the header of an object: fields up to the first blank line, the message after it. */
function header(head) {
    const gap = head.indexOf('\n\n');
    const end = gap === -1 ? head.length : gap;
    const fields = new Map();
    for (let at = 0; at < end;) {
        const nl = head.indexOf(10, at);
        const stop = nl === -1 || nl > end ? end : nl;
        const space = head.indexOf(32, at);
        if (space > at && space < stop && !fields.has(head.toString('latin1', at, space)))
            fields.set(head.toString('latin1', at, space), head.subarray(space + 1, stop));
        at = stop + 1;
    }
    return { fields, bodyAt: gap === -1 ? head.length : gap + 2 };
}
/** A spooled object's header is read in pieces until its blank line; past this, the object is scanned whole. */
const MAX_HEADER = 16 * 1024 * 1024;
/** The message of an object spooled to a file (larger than the in-memory limit): read in chunks from where it starts. */
function spooledMessage(file, size, nameOf) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    let head = Buffer.alloc(0);
    try {
        while (head.length < Math.min(size, MAX_HEADER) && head.indexOf('\n\n') === -1) {
            const piece = Buffer.allocUnsafe(64 * 1024);
            const n = (0,external_node_fs_.readSync)(fd, piece, 0, piece.length, head.length);
            if (n === 0)
                break;
            head = Buffer.concat([head, piece.subarray(0, n)]);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const found = header(head);
    const from = head.indexOf('\n\n') === -1 ? 0 : found.bodyAt;
    const source = {
        path: nameOf(found),
        size: () => size - from,
        *read(chunk) {
            const buffer = Buffer.allocUnsafe(chunk);
            const reader = (0,external_node_fs_.openSync)(file, 'r');
            try {
                for (let position = from; position < size;) {
                    const n = (0,external_node_fs_.readSync)(reader, buffer, 0, chunk, position);
                    if (n === 0)
                        return;
                    position += n;
                    yield buffer.subarray(0, n);
                }
            }
            finally {
                (0,external_node_fs_.closeSync)(reader);
            }
        },
    };
    return { source, header: found };
}
/** At most this many commits off the tip's history are asked which refs hold them (one git process each). */
const MAX_REF_QUESTIONS = 100;
/**
 * The messages of a history: every walked commit's, and every annotated tag's, read through the
 * same `git cat-file --batch` process as the blobs and scanned for credentials (scanMessage, as
 * pull requests do). Messages are not files: they are counted apart, and only their skips reach
 * the scan's file statistics.
 */
class HistoryMessages {
    scanner;
    limits;
    stats;
    findings = [];
    /** Messages scanned (commits and tags). */
    count = 0;
    commits = new Map();
    tags = new Map();
    /** Tags of tags, found in a tag's header: read in a later round. */
    inner = [];
    visited = new Set();
    scratch = (0,targets_source/* emptyStats */.bD)();
    /** Tag findings dated by the commit they tag (no tagger line): filled in by settle(). */
    undated = [];
    constructor(scanner, limits, stats) {
        this.scanner = scanner;
        this.limits = limits;
        this.stats = stats;
    }
    expectCommit(c) {
        this.commits.set(c.oid, c);
    }
    expectTag(tag) {
        if (this.visited.has(tag.oid))
            return false;
        this.visited.add(tag.oid);
        this.tags.set(tag.oid, tag);
        return true;
    }
    /** The name reports give an object this reader waits for, or undefined when it is not one. */
    nameOf(oid) {
        const tag = this.tags.get(oid);
        return this.commits.has(oid) ? (0,scan_commits/* commitMessageName */.g$)(oid) : tag ? (0,scan_commits/* tagMessageName */.jN)(tag.name) : undefined;
    }
    /** Tags named inside tags since the last call (each once), with the outer tag's ref and target. */
    takeInner() {
        const out = this.inner.map((oid) => this.tags.get(oid));
        this.inner = [];
        return out;
    }
    /** One commit or tag object read back: its message scanned. */
    read(obj) {
        const commit = this.commits.get(obj.oid);
        const tag = this.tags.get(obj.oid);
        if (obj.type === 'commit' && commit) {
            this.commits.delete(obj.oid);
            const { source } = this.message(obj, () => (0,scan_commits/* commitMessageName */.g$)(obj.oid));
            this.scan(source, { commit: commit.oid, date: iso(commit), status: 'present' });
        }
        else if (obj.type === 'tag' && tag) {
            const { source, header: fields } = this.message(obj, (h) => {
                const named = tag.nested ? h.fields.get('tag') : undefined;
                if (named)
                    tag.name = (0,path_bytes/* pathName */.D)(named);
                return (0,scan_commits/* tagMessageName */.jN)(tag.name);
            });
            // Dated by its tagger line; a tag without one (made by very old git) by the commit it tags (settle()).
            const when = / (\d+) [+-]\d{4}$/.exec(fields.fields.get('tagger')?.toString('latin1') ?? '');
            const date = when ? iso({ oid: '', time: Number(when[1]) }) : '';
            const found = this.scan(source, { commit: tag.commit ?? tag.oid, date, status: 'elsewhere', refs: [tag.ref] });
            if (!when && tag.commit)
                for (const f of found)
                    this.undated.push(f);
            this.innerTag(tag, fields);
        }
    }
    /** A tag whose object is another tag: that one is read too, by the name its own header gives. */
    innerTag(outer, fields) {
        const object = fields.fields.get('object')?.toString('latin1');
        if (fields.fields.get('type')?.toString('latin1') !== 'tag' || !object || !/^[0-9a-f]+$/.test(object))
            return;
        if (this.expectTag({ ...outer, oid: object, name: object.slice(0, 12), nested: true }))
            this.inner.push(object);
    }
    /** The object's message as a source to scan, named (by `nameOf`) once its header is read. */
    message(obj, nameOf) {
        if ('file' in obj)
            return spooledMessage(obj.file, obj.size, nameOf);
        const found = header(obj.bytes);
        const body = obj.bytes.subarray(found.bodyAt);
        return { source: (0,targets_source/* bufferSource */.kq)(nameOf(found), () => body, () => body.length), header: found };
    }
    scan(source, origin) {
        this.count++;
        const found = (0,scan_commits/* scanMessage */.ny)(source, this.scanner, this.limits, this.scratch).map((f) => ({ ...f, history: { ...origin } }));
        for (const f of found)
            this.findings.push(f);
        for (const s of this.scratch.skipped)
            (0,run_scan/* skip */.iv)(this.stats, s.file, s.reason);
        this.scratch.skipped.length = 0;
        return found;
    }
    /**
     * Where each commit message found stands: on the tip's history (present), or only on other refs
     * (elsewhere, naming up to 10 of them). A tag's message is where its tag is.
     */
    settle(cwd, tip) {
        for (const f of this.undated)
            f.history.date = gitText(cwd, ['show', '-s', '--format=%cI', f.history.commit]).trim().replace(/\+00:00$/, 'Z');
        const commitFindings = this.findings.filter((f) => f.history.status === 'present');
        if (commitFindings.length === 0)
            return;
        const onTip = new Set(gitText(cwd, ['rev-list', tip]).split('\n'));
        const refsOf = new Map();
        for (const f of commitFindings) {
            const commit = f.history.commit;
            if (onTip.has(commit))
                continue;
            let refs = refsOf.get(commit);
            if (!refs) {
                refs = refsOf.size < MAX_REF_QUESTIONS ? gitText(cwd, ['for-each-ref', '--count=10', '--format=%(refname)', `--contains=${commit}`]).split('\n').filter(Boolean) : [];
                refsOf.set(commit, refs);
            }
            f.history = { ...f.history, status: 'elsewhere', refs };
        }
    }
}

// EXTERNAL MODULE: ./src/util/append.ts
var append = __webpack_require__(2178);
// EXTERNAL MODULE: ./src/scan/narrowing.ts
var narrowing = __webpack_require__(96096);
;// CONCATENATED MODULE: ./src/scan/history/scan-history.ts
















class ShallowCloneError extends git/* GitError */.XS {
}
/** Contents up to this size are scanned in memory; larger blobs are spooled to a temporary file. */
const IN_MEMORY = 4 * 1024 * 1024;
/**
 * Scans every blob a history reaches, each distinct blob once: walk the commits (git log --raw),
 * read the blobs (git cat-file --batch) into the same scanner a directory scan uses, then say
 * for each value found which commit brought it in and whether the tip still holds it.
 */
async function scanHistory(root, settings, env, request) {
    requireFullHistory(root);
    const { revisions, exclude, tip } = resolveRevisions(root, request);
    const key = env[mask/* FINGERPRINT_KEY_ENV */.$I] || undefined;
    const values = new Map();
    const scanner = (0,scan/* scannerFor */.Mx)(settings, key, true, values);
    const stats = (0,targets_source/* emptyStats */.bD)();
    const sightings = new Map();
    const paths = new Map();
    const sight = (blob, id, value, finding) => {
        const seen = sightings.get(id) ?? { blobs: new Set(), value, found: [] };
        seen.blobs.add(blob);
        seen.found.push({ blob, finding });
        sightings.set(id, seen);
        return { id, line: finding.line, column: finding.column };
    };
    /** Findings the scanner just made: their values become sightings (and are let go of). */
    const scanned = (blob, findings) => findings.map((finding) => {
        const value = values.get(finding);
        values.delete(finding);
        // Without its value (never expected) a finding stands alone, by its own fingerprint.
        return sight(blob, value === undefined ? `fingerprint:${finding.fingerprint}` : valueId(finding.ruleId, value), value, finding);
    });
    const comparer = new VersionComparer(scanner, (id) => {
        const seen = sightings.get(id);
        return seen?.value !== undefined ? { value: seen.value, template: seen.found[0].finding } : undefined;
    });
    // Messages: a scanner of their own, keeping no values (no message finding is merged with a file's).
    const messages = new HistoryMessages((0,scan/* scannerFor */.Mx)(settings, key, true), settings.limits, stats);
    // Blobs (and commit objects, for their messages) are read while the walk goes on: git reads objects while git log walks.
    const reader = new BlobReader(root, IN_MEMORY, (blob) => {
        if (blob.type !== 'blob')
            return messages.read(blob);
        const path = paths.get(blob.oid);
        paths.delete(blob.oid);
        const whole = request.compareVersions === false ? undefined : comparable(blob, path, settings);
        if (whole) {
            const versions = comparer.scan(path, whole.toString('utf8'));
            if (versions) {
                count(stats, blob.size);
                (0,narrowing/* noteNarrowed */.Nt)(stats, scanner, path);
                const ids = [...scanned(blob.oid, versions.scanned), ...versions.carried.map((c) => sight(blob.oid, c.id, sightings.get(c.id)?.value, c.finding))];
                comparer.record(path, ids);
                return;
            }
        }
        const source = whole ? (0,targets_source/* bufferSource */.kq)(path, () => whole, () => blob.size) : 'bytes' in blob ? (0,targets_source/* bufferSource */.kq)(path, () => blob.bytes, () => blob.size) : (0,directory/* fileSource */.I)(blob.file, path);
        const ids = scanned(blob.oid, (0,run_scan/* scanSource */.bX)(source, scanner, settings.limits, stats));
        if (whole)
            comparer.record(path, ids);
    }, (oid) => (0,run_scan/* skip */.iv)(stats, paths.get(oid) ?? messages.nameOf(oid) ?? oid, 'unreadable'));
    let walk;
    try {
        // Enterprise source paths and path-only rules judge every path a file ever had.
        const byPath = settings.enterprisePaths.length > 0 || settings.pathRules.length > 0;
        walk = await walkHistory(root, revisions, exclude, (oid, path) => {
            paths.set(oid, path);
            reader.request(oid);
        }, byPath, (commit) => {
            messages.expectCommit(commit);
            reader.request(commit.oid);
        });
        for (const tag of tagsToRead(root, request, walk))
            if (messages.expectTag(tag))
                reader.request(tag.oid);
    }
    finally {
        await reader.finish();
    }
    await readInnerTags(root, messages, stats);
    const tipTree = treeBlobs(root, tip);
    const origins = attribute(root, walk, tipTree, tip, sightings);
    const findings = shownFindings(sightings, origins, walk, tipTree, key);
    (0,append/* appendAll */.u)(findings, pathFindings(walk, settings, key, tipTree));
    messages.settle(root, tip);
    for (const f of messages.findings)
        findings.push(f);
    findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)));
    stats.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const tips = request.range ? [tip] : allTips(root);
    return { findings, stats, history: { revisions: request.range ?? '--all', ...(request.since?.length || request.sinceTips?.length ? { since: [...(request.since ?? []), ...(request.sinceTips ?? [])] } : {}), tip, tips, commits: walk.commits.length, blobs: walk.blobs.size, compared: comparer.compared, messages: messages.count } };
}
/**
 * One finding per value: where the tip has it when it does (its path today, with the fingerprint
 * a directory scan gives), else where it came in. Oldest sighting first, then by path and line,
 * so the choice never depends on the order blobs were read in.
 */
function shownFindings(sightings, origins, walk, tipTree, key) {
    const introduced = (s) => walk.commits[walk.blobs.get(s.blob).commit].time;
    const out = [];
    for (const [id, seen] of sightings) {
        seen.found.sort((a, b) => introduced(a) - introduced(b) || (a.finding.file < b.finding.file ? -1 : a.finding.file > b.finding.file ? 1 : a.finding.line - b.finding.line));
        const inTip = seen.found.find((s) => tipTree.has(s.blob));
        const shown = inTip ?? seen.found[0];
        const file = inTip ? tipTree.get(inTip.blob)[0] : shown.finding.file;
        const print = seen.value === undefined ? shown.finding.fingerprint : (0,mask/* fingerprint */.Rj)(shown.finding.ruleId, file, seen.value, key);
        out.push({ ...shown.finding, file, fingerprint: print, history: origins.get(id) });
    }
    return out;
}
/** The same value found by the same rule, wherever it is. (The value itself stays in memory only, to fingerprint it at the path it is shown at.) */
function valueId(ruleId, value) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${ruleId}\0${value}`).digest('base64');
}
/**
 * A large text version that later versions of its file can be compared with (VersionComparer), read
 * whole; undefined for everything scanned the usual way (small, huge, binary, skipped as too large,
 * or JSON/YAML when the policy allows values by JSON pointer, which needs the whole document).
 */
function comparable(blob, path, settings) {
    if (!VersionComparer.wants(blob.size))
        return undefined;
    if (settings.allowlist?.pointers?.length && /\.(?:json|ya?ml)$/i.test(path))
        return undefined;
    if (settings.limits.largeFiles === 'skip' && blob.size > settings.limits.maxFileBytes)
        return undefined;
    const bytes = 'bytes' in blob ? blob.bytes : (0,external_node_fs_.readFileSync)(blob.file);
    return bytes.indexOf(0) === -1 ? bytes : undefined;
}
function count(stats, bytes) {
    stats.files++;
    stats.scanned++;
    stats.bytes += bytes;
}
/** Files found by their path alone (Enterprise source paths, path-only imported rules), at any point of the history. */
function pathFindings(walk, settings, key, tipTree) {
    const first = walk.paths;
    if (!first)
        return [];
    const tipPaths = new Set([...tipTree.values()].flat());
    const files = [...first.keys()].map((path) => (0,targets_source/* bufferSource */.kq)(path, () => Buffer.alloc(0), () => 0));
    return [...(0,scan/* enterprisePathFindings */.TA)(files, settings, key), ...(0,scan/* pathRuleFindings */.K3)(files, settings, key)].map((f) => {
        const c = walk.commits[first.get(f.file)];
        return { ...f, masked: (0,mask/* mask */.dK)(f.file), history: { commit: c.oid, date: iso(c), status: tipPaths.has(f.file) ? 'present' : 'removed' } };
    });
}
/**
 * The annotated tags whose messages a history scan reads: every one when the whole history is
 * walked (even one on an old commit, or on a tree: a re-read costs little), else those that tag a
 * commit of the range.
 */
function tagsToRead(root, request, walk) {
    const tags = annotatedTags(root);
    if (request.range === undefined)
        return tags;
    const walked = new Set(walk.commits.map((c) => c.oid));
    return tags.filter((t) => t.commit !== undefined && walked.has(t.commit));
}
/** Tags of tags (rare), one more `git cat-file --batch` per level of nesting. */
async function readInnerTags(root, messages, stats) {
    for (let inner = messages.takeInner(); inner.length > 0; inner = messages.takeInner()) {
        const reader = new BlobReader(root, IN_MEMORY, (obj) => messages.read(obj), (oid) => (0,run_scan/* skip */.iv)(stats, messages.nameOf(oid) ?? oid, 'unreadable'));
        for (const tag of inner)
            reader.request(tag.oid);
        await reader.finish();
    }
}
/** A shallow clone lacks the history: say how to get it instead of scanning part of it. */
function requireFullHistory(root) {
    let shallow;
    try {
        shallow = gitText(root, ['rev-parse', '--is-shallow-repository']).trim();
    }
    catch {
        throw new git/* GitError */.XS(`${root} is not a git repository: --history reads a repository's commits (run it in a clone)`);
    }
    if (shallow === 'true') {
        throw new ShallowCloneError('this is a shallow clone: --history needs every commit. In GitHub Actions check out with `fetch-depth: 0` (actions/checkout); elsewhere run `git fetch --unshallow` first');
    }
}
/** What `git log` walks, and which commit's tree counts as the tip. */
function resolveRevisions(root, request) {
    const range = request.range;
    if (range !== undefined && (range.startsWith('-') || /\s/.test(range) || range === ''))
        throw new git/* GitError */.XS(`--history takes a revision range such as v1.0..main or one revision, not "${range}"`);
    const end = range === undefined ? 'HEAD' : range.includes('..') ? range.slice(range.lastIndexOf('..') + 2).replace(/^\./, '') || 'HEAD' : range;
    let tip;
    try {
        tip = gitText(root, ['rev-parse', '--verify', '--quiet', `${end}^{commit}`]).trim();
    }
    catch {
        throw new git/* GitError */.XS(range === undefined ? 'the repository has no commits yet: nothing to scan in its history' : `--history: "${end}" names no commit here`);
    }
    for (const since of request.since ?? [])
        if (since.startsWith('-') || /\s/.test(since))
            throw new git/* GitError */.XS(`--since takes a commit or a previous report, not "${since}"`);
    const given = objectIds(root, (request.since ?? []).map((r) => `${r}^{commit}`), 'commit');
    const missing = (request.since ?? []).find((_, i) => !given[i]);
    if (missing !== undefined)
        throw new git/* GitError */.XS(`--since: "${missing}" names no commit here (and is not a report file)`);
    const tips = objectIds(root, (request.sinceTips ?? []).filter((t) => /^[0-9a-f]{40,64}$/.test(t)).map((t) => `${t}^{commit}`), 'commit');
    const exclude = [...given, ...tips].filter((c) => Boolean(c));
    return { revisions: range === undefined ? ['--all'] : [range], exclude, tip };
}
/** Every ref tip --all walked (pull-request refs and notes included) and HEAD: the next run's --since. */
function allTips(root) {
    return [...new Set([...refTips(root).map((t) => t.commit), gitText(root, ['rev-parse', 'HEAD']).trim()])].sort();
}


/***/ })

};
