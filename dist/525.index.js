export const id = 525;
export const ids = [525];
export const modules = {

/***/ 96525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanHistory: () => (/* binding */ scanHistory)
});

// UNUSED EXPORTS: ShallowCloneError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/scan/mask.ts
var mask = __webpack_require__(39345);
// EXTERNAL MODULE: ./src/scan/run-scan.ts
var run_scan = __webpack_require__(98480);
// EXTERNAL MODULE: ./src/scan/scan.ts + 4 modules
var scan = __webpack_require__(42590);
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
 * answers streamed (`gitStream`), so a history of any length is read in bounded memory. Every
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
/** Whether git answers the question with success (exit 0), without output. */
function gitOk(cwd, args) {
    try {
        (0,external_node_child_process_.execFileSync)('git', args, { cwd, stdio: 'ignore' });
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Runs git, writes `input` to its standard input, and hands each chunk of its output to `onData`
 * as it arrives (the chunk may be reused after the call). Resolves when git exits successfully.
 */
function gitStream(cwd, args, onData, input) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
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
        child.on('error', (err) => reject(new git/* GitError */.XS(`git could not be started: ${err.message}`)));
        child.on('close', (code) => {
            if (failed)
                reject(failed);
            else if (code !== 0)
                reject(new git/* GitError */.XS(`git ${args.slice(0, 3).join(' ')} failed: ${stderr.trim().split('\n')[0] || `exit ${code}`}`));
            else
                resolve();
        });
        if (input !== undefined) {
            child.stdin.on('error', () => undefined); // git exiting early is reported by 'close'
            child.stdin.end(input);
        }
    });
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

;// CONCATENATED MODULE: ./src/scan/history/log.ts

const ZERO_OID = /^0+$/;
/**
 * The arguments that make `git log` list, for every commit of `revisions`, the file versions it
 * brings in: raw (no content diffs), full ids, renames as delete + add, root commits against the
 * empty tree, merges against their first parent (a blob only a merge brings, such as a conflict
 * resolution, is still seen; blobs of the merged branch are seen in that branch's own commits).
 */
function logArgs(revisions, paths = []) {
    return ['-c', 'core.quotePath=false', 'log', '--raw', '--no-abbrev', '--no-renames', '--root', '--diff-merges=first-parent', '-z', '--format=%x01%H %ct', ...revisions, '--', ...paths.map((p) => `:(literal)${p}`)];
}
/** Streams `git log --raw` and calls `onChange` for every regular file version (modes 100644/100755). */
async function walkChanges(cwd, revisions, paths, onCommit, onChange) {
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
    await gitStream(cwd, logArgs(revisions, paths), (chunk) => tokens.push(chunk));
    tokens.end();
}
/** Walks the history once: the commits, and each distinct blob with the oldest commit that brought it in. */
async function walkHistory(cwd, revisions) {
    const commits = [];
    const blobs = new Map();
    await walkChanges(cwd, revisions, [], (c) => commits.push(c) - 1, (change) => {
        if (ZERO_OID.test(change.after))
            return;
        const seen = blobs.get(change.after);
        // Oldest wins; at equal times the later in git's output (walked from newest) is the older.
        if (!seen || commits[change.commit].time <= commits[seen.commit].time)
            blobs.set(change.after, { commit: change.commit, path: change.path });
    });
    return { commits, blobs };
}
/** Every change to the given paths in the given history, for attributing findings (few paths). */
async function changesTo(cwd, revisions, paths) {
    const commits = [];
    const changes = [];
    // Pathspecs travel on the command line: a few hundred at a time keeps it far below ARG_MAX.
    for (let i = 0; i < paths.length; i += 200) {
        await walkChanges(cwd, revisions, paths.slice(i, i + 200), (c) => commits.push(c) - 1, (c) => changes.push(c));
    }
    return { commits, changes };
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
/** The tips of every branch, tag and remote-tracking branch (tags peeled to their commits). */
function refTips(cwd) {
    return gitText(cwd, ['for-each-ref', '--format=%(refname) %(objectname) %(*objectname)', 'refs/heads', 'refs/tags', 'refs/remotes'])
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [ref, oid, peeled] = line.split(' ');
        return { ref: ref, commit: peeled || oid };
    })
        .filter((t) => gitOk(cwd, ['cat-file', '-e', `${t.commit}^{commit}`]));
}
/** At most this many other refs' trees are read to say where a value not in the tip still is. */
const MAX_REFS = 50;
/**
 * Says, for each value, which commit first brought it in, and whether the tip still holds it,
 * other refs do, or it was removed (and by which commit). One more walk of the history happens
 * only when some value is in no ref's tree, to find the commits that removed it.
 */
async function attribute(cwd, walk, revisions, tip, tipRef, values) {
    const out = new Map();
    const gone = [];
    for (const [key, seen] of values) {
        const first = [...seen.blobs].map((b) => walk.commits[walk.blobs.get(b).commit]).sort((a, b) => a.time - b.time)[0];
        const origin = { commit: first.oid, date: iso(first), status: 'removed' };
        out.set(key, origin);
        if ([...seen.blobs].some((b) => tip.has(b)))
            origin.status = 'present';
        else
            gone.push(key);
    }
    if (gone.length === 0)
        return out;
    const others = refTips(cwd).filter((t) => t.ref !== tipRef);
    const trees = new Map();
    for (const t of others.slice(0, MAX_REFS))
        if (!trees.has(t.commit))
            trees.set(t.commit, treeBlobs(cwd, t.commit));
    const removed = [];
    for (const key of gone) {
        const blobs = values.get(key).blobs;
        const holding = others.slice(0, MAX_REFS).filter((t) => [...blobs].some((b) => trees.get(t.commit).has(b)));
        if (holding.length > 0)
            Object.assign(out.get(key), { status: 'elsewhere', refs: holding.slice(0, 10).map((t) => t.ref) });
        else
            removed.push(key);
    }
    if (removed.length > 0)
        await findRemovals(cwd, revisions, tipRef, removed.map((k) => [out.get(k), values.get(k).blobs]));
    return out;
}
/** The commit that took each removed value out: the latest on the tip's history, else the latest anywhere. */
async function findRemovals(cwd, revisions, tipRef, removed) {
    const holders = new Map();
    removed.forEach(([, blobs], i) => blobs.forEach((b) => holders.set(b, [...(holders.get(b) ?? []), i])));
    const candidates = removed.map(() => []);
    const commits = [];
    await walkChanges(cwd, revisions, [], (c) => commits.push(c) - 1, (change) => {
        if (ZERO_OID.test(change.before))
            return;
        for (const i of holders.get(change.before) ?? [])
            if (!removed[i][1].has(change.after))
                candidates[i].push(commits[change.commit]);
    });
    removed.forEach(([origin], i) => {
        const latest = candidates[i].sort((a, b) => b.time - a.time);
        const onTip = latest.find((c) => gitOk(cwd, ['merge-base', '--is-ancestor', c.oid, tipRef]));
        const by = onTip ?? latest[0];
        if (by)
            origin.removedIn = { commit: by.oid, date: iso(by) };
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/scan/history/blobs.ts




/**
 * Reads blobs through one `git cat-file --batch` process: each id written to its input, each
 * content read back as `<id> blob <size>\n<bytes>\n`. Contents up to `memoryLimit` bytes are handed
 * over whole; larger ones go to a temporary file first (deleted after the callback), so memory
 * stays bounded whatever a history holds. Missing ids are reported as such.
 */
async function readBlobs(cwd, oids, memoryLimit, onBlob, onMissing) {
    if (oids.length === 0)
        return;
    const spool = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rg-blob-'));
    try {
        const parser = new BatchParser(memoryLimit, (0,external_node_path_.join)(spool, 'blob'), onBlob, onMissing);
        await gitStream(cwd, ['cat-file', '--batch'], (chunk) => parser.push(chunk), oids.join('\n') + '\n');
    }
    finally {
        (0,external_node_fs_.rmSync)(spool, { recursive: true, force: true });
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
        this.body = n > this.memoryLimit ? { oid: oid, size: n, got: 0, fd: (0,external_node_fs_.openSync)(this.spoolFile, 'w') } : { oid: oid, size: n, got: 0, bytes: Buffer.allocUnsafe(n) };
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
            this.onBlob({ oid: body.oid, size: body.size, bytes: body.bytes });
            return;
        }
        (0,external_node_fs_.closeSync)(body.fd);
        try {
            this.onBlob({ oid: body.oid, size: body.size, file: this.spoolFile });
        }
        finally {
            (0,external_node_fs_.rmSync)(this.spoolFile, { force: true });
        }
    }
}

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
    const { revisions, tip, tipRef } = resolveRevisions(root, request);
    const walk = await walkHistory(root, revisions);
    const key = env[mask/* FINGERPRINT_KEY_ENV */.$I] || undefined;
    const values = new Map();
    const scanner = (0,scan/* scannerFor */.Mx)(settings, key, true, values);
    const stats = (0,targets_source/* emptyStats */.b)();
    const sightings = new Map();
    await readBlobs(root, [...walk.blobs.keys()], IN_MEMORY, (blob) => {
        const path = walk.blobs.get(blob.oid).path;
        const source = 'bytes' in blob ? (0,targets_source/* bufferSource */.k)(path, () => blob.bytes, () => blob.size) : (0,directory/* fileSource */.I)(blob.file, path);
        for (const finding of (0,run_scan/* scanSource */.bX)(source, scanner, settings.limits, stats)) {
            const value = values.get(finding) ?? '';
            values.delete(finding);
            const id = valueId(finding.ruleId, value);
            const seen = sightings.get(id) ?? { blobs: new Set(), value, found: [] };
            seen.blobs.add(blob.oid);
            seen.found.push({ blob: blob.oid, finding });
            sightings.set(id, seen);
        }
    }, (oid) => stats.skipped.push({ file: walk.blobs.get(oid).path, reason: 'unreadable' }));
    const tipTree = treeBlobs(root, tip);
    const origins = await attribute(root, walk, revisions, tipTree, tipRef, sightings);
    const findings = [];
    for (const [id, seen] of sightings) {
        const origin = origins.get(id);
        // Shown where the tip has it when it does (its path today), else where it came in.
        const inTip = seen.found.find((s) => tipTree.has(s.blob));
        const shown = inTip ?? seen.found.sort((a, b) => walk.commits[walk.blobs.get(a.blob).commit].time - walk.commits[walk.blobs.get(b.blob).commit].time)[0];
        const file = inTip ? tipTree.get(inTip.blob)[0] : shown.finding.file;
        findings.push({ ...shown.finding, file, fingerprint: (0,mask/* fingerprint */.Rj)(shown.finding.ruleId, file, seen.value, key), history: origin });
    }
    findings.push(...pathFindings(walk, settings, key, tipTree));
    findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)));
    stats.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const tips = request.range ? [tip] : allTips(root);
    return { findings, stats, history: { revisions: request.range ?? '--all', ...(request.since?.length ? { since: request.since } : {}), tip, tips, commits: walk.commits.length, blobs: walk.blobs.size } };
}
/** The same value found by the same rule, wherever it is: compared by digest, the value is not kept. */
function valueId(ruleId, value) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${ruleId}\0${value}`).digest('base64');
}
/** Files found by their path alone (Enterprise source paths, path-only imported rules), at any point of the history. */
function pathFindings(walk, settings, key, tipTree) {
    if (settings.enterprisePaths.length === 0 && settings.pathRules.length === 0)
        return [];
    const first = new Map();
    for (const seen of walk.blobs.values()) {
        const at = first.get(seen.path);
        if (at === undefined || walk.commits[seen.commit].time < walk.commits[at].time)
            first.set(seen.path, seen.commit);
    }
    const tipPaths = new Set([...tipTree.values()].flat());
    const files = [...first.keys()].map((path) => (0,targets_source/* bufferSource */.k)(path, () => Buffer.alloc(0), () => 0));
    return [...(0,scan/* enterprisePathFindings */.TA)(files, settings, key), ...(0,scan/* pathRuleFindings */.K3)(files, settings, key)].map((f) => {
        const c = walk.commits[first.get(f.file)];
        return { ...f, masked: (0,mask/* mask */.dK)(f.file), history: { commit: c.oid, date: iso(c), status: tipPaths.has(f.file) ? 'present' : 'removed' } };
    });
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
        if (since.startsWith('-'))
            throw new git/* GitError */.XS(`--since takes a commit or a previous report, not "${since}"`);
    const exclude = request.since?.length ? ['--not', ...request.since] : [];
    return { revisions: [...(range === undefined ? ['--all'] : [range]), ...exclude], tip, tipRef: tip };
}
function allTips(root) {
    return [...new Set(gitText(root, ['for-each-ref', '--format=%(objectname)', 'refs/heads', 'refs/tags', 'refs/remotes']).split('\n').filter(Boolean))].sort();
}


/***/ })

};
