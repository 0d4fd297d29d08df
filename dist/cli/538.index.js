export const id = 538;
export const ids = [538];
export const modules = {

/***/ 1247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ compareFindings),
/* harmony export */   j: () => (/* binding */ formatLocation)
/* harmony export */ });
function compareFindings(a, b) {
    const fa = a.location?.file ?? '';
    const fb = b.location?.file ?? '';
    if (fa !== fb)
        return fa < fb ? -1 : 1;
    const la = a.location?.line ?? 0;
    const lb = b.location?.line ?? 0;
    if (la !== lb)
        return la - lb;
    const ca = a.location?.column ?? 0;
    const cb = b.location?.column ?? 0;
    if (ca !== cb)
        return ca - cb;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
function formatLocation(location) {
    if (!location)
        return '';
    let s = location.file;
    if (location.line !== undefined) {
        s += `:${location.line}`;
        if (location.column !== undefined)
            s += `:${location.column}`;
    }
    return s;
}


/***/ }),

/***/ 4538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UsageError: () => (/* reexport */ clock/* UsageError */.e),
  checkReadiness: () => (/* binding */ checkReadiness),
  deferredNote: () => (/* binding */ deferredNote)
});

// EXTERNAL MODULE: ./src/policy/load.ts + 8 modules
var load = __webpack_require__(4783);
// EXTERNAL MODULE: ./src/util/suggest.ts
var suggest = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/checks/registry.ts + 19 modules
var registry = __webpack_require__(8793);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/model.ts


/** Builds the report every output format is written from; nothing after this sees engine objects. */
function buildReport(policy, decision, packets, now) {
    const findings = decision.gates.reduce((n, g) => n + g.findings.length, 0);
    return {
        reportVersion: version/* REPORT_VERSION */.A,
        tool: { name: 'readiness-gate', version: version/* VERSION */.x },
        evaluatedAt: now.toISOString(),
        policy: { files: policy.files, digest: policy.digest },
        result: decision.passed ? 'pass' : 'fail',
        ...(decision.empty ? { reason: decision.empty } : {}),
        failOn: decision.failOn,
        summary: { gates: decision.gates.length, findings, ...decision.counts },
        gates: decision.gates.map((g) => ({
            id: g.gate.id,
            title: g.gate.title,
            ...(g.gate.description !== undefined ? { description: g.gate.description } : {}),
            state: g.state,
            checks: g.checks.map((c) => ({
                id: c.def.id,
                check: c.def.check,
                state: c.state,
                requires: c.def.description ?? registry/* CHECKS */.u.get(c.def.check).describe(c.def.options),
                ...(c.skipped ? { skipped: c.skipped } : {}),
            })),
            findings: g.findings.map(({ gate: _gate, ...rest }) => rest),
        })),
        packets: [...policy.packets.values()].map((def) => {
            const s = packets.summary(def.id);
            if (!s)
                return { id: def.id, required: def.required, status: 'not-loaded', files: [] };
            return { id: def.id, required: def.required, status: s.missing ? 'missing' : s.invalid ? 'invalid' : 'loaded', files: s.files };
        }),
    };
}

// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/scan/scanner.ts + 3 modules
var scan_scanner = __webpack_require__(7916);
// EXTERNAL MODULE: ./src/engine/finding.ts
var finding = __webpack_require__(1247);
// EXTERNAL MODULE: ./src/engine/states.ts
var states = __webpack_require__(758);
;// CONCATENATED MODULE: ./src/engine/decide.ts


/**
 * The one place that turns findings into gate states and the run into pass or fail.
 * A gate is the worst state of its findings (blocked > unknown > degraded > ready). A gate that
 * has no checks, or whose every check was skipped, was never examined: it is `unknown`, never ready.
 */
function decide(evaluations, failOn, allowEmpty = false) {
    const gates = evaluations.map(({ gate, checks, findings }) => {
        const all = [...findings];
        if (checks.length === 0) {
            all.push(gateFinding(gate, 'no-checks', 'the gate has no checks, so nothing shows it is ready; add checks or disable it'));
        }
        else if (checks.every((c) => c.skipped)) {
            all.push(gateFinding(gate, 'nothing-checked', `no check could run: ${checks.map((c) => c.skipped).join('; ')}`));
        }
        const state = all.reduce((s, f) => (0,states/* worst */.QZ)(s, f.state), 'ready');
        const checkResults = checks.map((c) => {
            const mine = findings.filter((f) => f.checkId === c.def.id);
            const checkState = mine.reduce((s, f) => (0,states/* worst */.QZ)(s, f.state), c.incomplete ? 'unknown' : 'ready');
            return { def: c.def, state: c.skipped ? 'unknown' : checkState, ...(c.skipped ? { skipped: c.skipped } : {}) };
        });
        return { gate, state, checks: checkResults, findings: all.sort(finding/* compareFindings */.E) };
    });
    const failing = gates.filter((g) => failOn.includes(g.state)).map((g) => g.gate.id);
    const counts = { ready: 0, degraded: 0, blocked: 0, unknown: 0 };
    for (const g of gates)
        counts[g.state]++;
    // A run that decided nothing proves nothing: unknown, which fails, unless the policy accepts it.
    if (gates.length === 0 && !allowEmpty) {
        const empty = 'no gate to decide: the policy has no enabled gate (or none was selected); nothing shows the release is ready. Add gates, or set settings.allow-empty: true';
        return { gates, failOn: [...failOn], failing, passed: false, counts, empty };
    }
    return { gates, failOn: [...failOn], failing, passed: failing.length === 0, counts };
}
function gateFinding(gate, messageId, message) {
    const at = gate.origin.doc.locate(gate.origin.pointer + '/id');
    return { gate: gate.id, check: 'gate', checkId: 'gate', messageId, message, state: 'unknown', location: { file: gate.origin.doc.file, line: at.line, column: at.column } };
}

// EXTERNAL MODULE: ./src/engine/clock.ts
var clock = __webpack_require__(3124);
// EXTERNAL MODULE: ./src/engine/duration.ts
var duration = __webpack_require__(4964);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/document/load.ts + 4 modules
var document_load = __webpack_require__(7490);
// EXTERNAL MODULE: ./src/engine/discover.ts
var discover = __webpack_require__(4935);
;// CONCATENATED MODULE: ./src/engine/packets.ts




/**
 * The evidence documents the policy names, each loaded once and shared by every check. A packet
 * no later gate needs can be released to keep memory flat on large repositories; it is read again
 * if anything asks for it after all.
 */
class PacketStore {
    cwd;
    limits;
    defs;
    loaded = new Map();
    summaries = new Map();
    constructor(cwd, limits, defs) {
        this.cwd = cwd;
        this.limits = limits;
        this.defs = defs;
    }
    /** The report's view of a packet; undefined when no check asked for it (it was never read). */
    summary(id) {
        const packet = this.loaded.get(id);
        return packet ? summarize(packet) : this.summaries.get(id);
    }
    /** Drops a packet's documents, keeping its summary. */
    release(id) {
        const packet = this.loaded.get(id);
        if (!packet)
            return;
        this.summaries.set(id, summarize(packet));
        this.loaded.delete(id);
    }
    get(id) {
        const def = this.defs.get(id);
        if (!def)
            return undefined;
        let packet = this.loaded.get(id);
        if (!packet) {
            packet = this.load(def);
            this.loaded.set(id, packet);
        }
        return packet;
    }
    load(def) {
        const files = def.file !== undefined ? [def.file.replace(/^\.\//, '')] : (0,discover/* expandGlobs */.GE)(this.cwd, def.files ?? []);
        const instances = files.map((file) => {
            // Globs only ever yield files inside the root (see discover.ts); a literal path is checked here.
            const outside = def.file !== undefined ? leavesRoot(this.cwd, file) : undefined;
            if (outside)
                return { file, failure: { file, messageId: 'outside-root', message: outside }, issues: [] };
            const result = (0,document_load/* loadDocument */.Az)((0,external_node_path_.join)(this.cwd, file), file, this.limits, def.format);
            return result.ok ? { file, document: result.document, issues: result.issues } : { file, failure: result.failure, issues: [] };
        });
        if (def.file !== undefined && instances[0]?.failure?.messageId === 'not-found') {
            return { def, instances: [], missing: true };
        }
        return { def, instances, missing: instances.length === 0 };
    }
    /**
     * The value a CEL expression sees as `packets.<id>`: the document for a `file` packet, a list of
     * documents for a `files` packet; undefined when any document is missing or unreadable.
     */
    value(id) {
        const packet = this.get(id);
        if (!packet || packet.instances.some((i) => !i.document))
            return undefined;
        const values = packet.instances.map((i) => i.document.value);
        return packet.def.file !== undefined ? values[0] : values;
    }
    /** Every loaded document of every loaded packet (for reference resolution). */
    documents() {
        const docs = [];
        for (const id of this.defs.keys()) {
            for (const instance of this.get(id)?.instances ?? [])
                if (instance.document)
                    docs.push(instance.document);
        }
        return docs;
    }
}
function summarize(packet) {
    return {
        missing: packet.missing,
        invalid: packet.instances.some((i) => i.failure !== undefined || i.issues.length > 0),
        files: packet.instances.map((i) => i.file),
    };
}
/** Evidence must live in the repository: a path or symbolic link that leaves it is refused. */
function leavesRoot(cwd, file) {
    const norm = (0,external_node_path_.normalize)(file);
    if ((0,external_node_path_.isAbsolute)(norm) || norm === '..' || norm.startsWith('../'))
        return 'the path leaves the repository; evidence must be inside it';
    try {
        const real = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(cwd), (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(cwd, file)));
        if (real.startsWith('..') || (0,external_node_path_.isAbsolute)(real))
            return 'the file is a symbolic link that leads out of the repository';
    }
    catch {
        /* absent: loadDocument reports it */
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/util/ajv.ts
var ajv = __webpack_require__(4503);
;// CONCATENATED MODULE: ./src/engine/schema-catalog.ts



function buildCatalog(cwd, glob, field, limits) {
    const files = (0,discover/* expandGlobs */.GE)(cwd, [glob]);
    const byConst = new Map();
    const byName = new Map();
    for (const file of files) {
        byName.set(external_node_path_.posix.basename(file), file);
        if (!field)
            continue; // a by-name catalog needs no schema read
        const loaded = (0,document_load/* loadDocument */.Az)((0,external_node_path_.join)(cwd, file), file, limits, 'json');
        if (!loaded.ok)
            continue; // reported when a packet is validated against it
        const pinned = pinnedValue(loaded.document.value, field);
        if (pinned !== undefined)
            byConst.set(pinned, [...(byConst.get(pinned) ?? []), file]);
    }
    return { files, byConst, byName };
}
/** The value a schema pins on a top-level field: `const`, or a one-value `enum`. */
function pinnedValue(schema, field) {
    const property = schema?.properties?.[field];
    if (!property)
        return undefined;
    if (typeof property.const === 'string')
        return property.const;
    if (Array.isArray(property.enum) && property.enum.length === 1 && typeof property.enum[0] === 'string')
        return property.enum[0];
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/schemas.ts







class SchemaProblem extends Error {
    location;
    constructor(message, location) {
        super(message);
        this.location = location;
    }
}
/**
 * Compiles packet schemas once each, resolving every `$ref` to a local file: relative refs against
 * the schema's own location, absolute URIs through `settings.schema-map` or the `$id` of a schema
 * found beside the ones already loaded. Nothing is ever fetched.
 */
class SchemaStore {
    cwd;
    limits;
    schemaMap;
    validators = new Map();
    ajvs = new Map();
    idIndex;
    catalogs = new Map();
    /** Every schema file read, repository-relative: what judged the packets. */
    filesRead = new Set();
    constructor(cwd, limits, schemaMap) {
        this.cwd = cwd;
        this.limits = limits;
        this.schemaMap = schemaMap;
    }
    /** A catalog of the schemas a glob names, built once per glob and discriminator field. */
    catalog(glob, field) {
        const key = `${glob}\0${field}`;
        let catalog = this.catalogs.get(key);
        if (!catalog) {
            catalog = buildCatalog(this.cwd, glob, field, this.limits);
            for (const entry of catalog.files)
                this.filesRead.add(entry);
            this.catalogs.set(key, catalog);
        }
        return catalog;
    }
    validator(schemaFile) {
        const key = (0,discover/* toPosix */.d7)(schemaFile).replace(/^\.\//, '');
        let result = this.validators.get(key);
        if (!result) {
            result = this.compile(key);
            this.validators.set(key, result);
        }
        return result;
    }
    compile(file) {
        try {
            const root = this.load((0,external_node_url_.pathToFileURL)((0,external_node_path_.resolve)(this.cwd, file)).href, file, undefined);
            const draft = (0,ajv/* draftOf */.bz)(root.schema);
            if (typeof draft !== 'string') {
                throw new SchemaProblem(`unsupported $schema "${draft.unsupported}": use draft-07, 2019-09 or 2020-12`, this.locateIn(file, '/$schema'));
            }
            let entry = this.ajvs.get(draft);
            if (!entry) {
                entry = { ajv: (0,ajv/* createAjv */.gr)(draft), added: new Set() };
                this.ajvs.set(draft, entry);
            }
            for (const s of this.closure(root)) {
                if (entry.added.has(s.uri))
                    continue;
                try {
                    entry.ajv.addSchema(s.schema, s.uri);
                }
                catch (err) {
                    throw new SchemaProblem(`schema is not valid: ${err.message}`, { file: s.file });
                }
                entry.added.add(s.uri);
            }
            let validate;
            try {
                validate = entry.ajv.getSchema(root.uri);
            }
            catch (err) {
                throw new SchemaProblem(`schema cannot be compiled: ${err.message}`, { file });
            }
            if (!validate)
                throw new SchemaProblem('schema cannot be compiled', { file });
            return { ok: true, validate, file };
        }
        catch (err) {
            if (err instanceof SchemaProblem)
                return { ok: false, message: err.message, location: err.location };
            throw err;
        }
    }
    /** The root schema and every schema it reaches through `$ref`, each loaded once. */
    closure(root) {
        const byUri = new Map([[root.uri, root]]);
        const queue = [root];
        while (queue.length > 0) {
            const current = queue.shift();
            for (const { ref, pointer } of collectRefs(current.schema)) {
                let target;
                try {
                    target = new URL(ref, current.uri);
                }
                catch {
                    throw new SchemaProblem(`$ref "${ref}" is not a valid URI reference`, this.locateIn(current.file, pointer));
                }
                target.hash = '';
                const uri = target.href;
                if (byUri.has(uri))
                    continue;
                const file = this.localFileFor(uri, current, ref, pointer);
                const loaded = this.load(uri, file, { from: current.file, pointer });
                byUri.set(uri, loaded);
                queue.push(loaded);
            }
        }
        return [...byUri.values()];
    }
    localFileFor(uri, from, ref, pointer) {
        if (uri.startsWith('file:'))
            return (0,discover/* toPosix */.d7)((0,external_node_path_.relative)(this.cwd, (0,external_node_url_.fileURLToPath)(uri)));
        for (const [prefix, local] of Object.entries(this.schemaMap)) {
            if (uri === prefix)
                return local;
            if (prefix.endsWith('/') && uri.startsWith(prefix))
                return (0,external_node_path_.join)(local, uri.slice(prefix.length));
        }
        const indexed = this.indexIds(from.file).get(uri);
        if (indexed)
            return indexed;
        throw new SchemaProblem(`$ref "${ref}" points at a remote schema that is not mapped to a local file; ` +
            `add it to settings.schema-map (nothing is fetched over the network)`, this.locateIn(from.file, pointer));
    }
    /** Maps each `$id` declared by a JSON schema next to `near` to its file, found on first need. */
    indexIds(near) {
        this.idIndex ??= new Map();
        const dir = (0,external_node_path_.dirname)(near);
        const marker = `dir:${dir}`;
        if (this.idIndex.has(marker))
            return this.idIndex;
        this.idIndex.set(marker, '');
        let names = [];
        try {
            names = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(this.cwd, dir)).filter((n) => n.endsWith('.json'));
        }
        catch {
            /* no directory: nothing to index */
        }
        for (const name of names) {
            const file = (0,discover/* toPosix */.d7)((0,external_node_path_.join)(dir, name));
            const result = (0,document_load/* loadDocument */.Az)((0,external_node_path_.join)(this.cwd, file), file, this.limits, 'json', this.cwd);
            const id = result.ok ? result.document.value?.$id : undefined;
            if (typeof id === 'string')
                this.idIndex.set(id.replace(/#$/, ''), file);
        }
        return this.idIndex;
    }
    load(uri, file, via) {
        const result = (0,document_load/* loadDocument */.Az)((0,external_node_path_.join)(this.cwd, file), (0,discover/* toPosix */.d7)(file), this.limits, undefined, this.cwd);
        this.filesRead.add((0,discover/* toPosix */.d7)(file));
        if (!result.ok) {
            const f = result.failure;
            const what = f.messageId === 'not-found' ? 'schema file not found' : `schema cannot be read: ${f.message}`;
            const location = via
                ? this.locateIn(via.from, via.pointer)
                : { file: f.file, ...(f.line !== undefined ? { line: f.line, column: f.column } : {}) };
            throw new SchemaProblem(via ? `${what}: ${(0,discover/* toPosix */.d7)(file)} (referenced by $ref)` : `${what}: ${(0,discover/* toPosix */.d7)(file)}`, location);
        }
        const value = result.document.value;
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
            throw new SchemaProblem('a schema must be a JSON object', { file: (0,discover/* toPosix */.d7)(file), line: 1, column: 1 });
        }
        // Register under the URI that refs use, so relative refs inside it resolve next to the file.
        return { uri, file: (0,discover/* toPosix */.d7)(file), schema: { ...value, $id: uri } };
    }
    locateIn(file, pointer) {
        const result = (0,document_load/* loadDocument */.Az)((0,external_node_path_.join)(this.cwd, file), file, this.limits, undefined, this.cwd);
        if (!result.ok)
            return { file };
        const at = result.document.locate(pointer);
        return { file, line: at.line, column: at.column, pointer: at.pointer };
    }
}
function collectRefs(schema) {
    const refs = [];
    const visit = (node, pointer, depth) => {
        if (depth > 200 || !node || typeof node !== 'object')
            return;
        if (Array.isArray(node)) {
            node.forEach((v, i) => visit(v, `${pointer}/${i}`, depth + 1));
            return;
        }
        for (const [k, v] of Object.entries(node)) {
            const p = `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
            if ((k === '$ref' || k === '$dynamicRef') && typeof v === 'string') {
                if (!v.startsWith('#'))
                    refs.push({ ref: v, pointer: p });
            }
            else if (k !== 'const' && k !== 'enum' && k !== 'examples' && k !== 'default') {
                visit(v, p, depth + 1);
            }
        }
    };
    visit(schema, '', 0);
    return refs;
}

;// CONCATENATED MODULE: ./src/engine/run.ts




/**
 * The gates a run evaluates, in policy order: the named ones, else every enabled gate except
 * publish gates outside a publish run. A publish gate reads a payload that exists only once the
 * release is built, so a pull-request check would find it missing and block for nothing.
 */
function selectGates(policy, gates, publish = false) {
    return policy.gates.filter((g) => (gates ? gates.includes(g.id) : g.enabled && (publish || !isPublishGate(g))));
}
/** A gate with a payload check: decided in the job that publishes, after the build. */
function isPublishGate(gate) {
    return gate.checks.some((c) => c.check === 'payload');
}
/** Load failures we could not look past are `unknown`; files that are there but bad are `blocked`. */
const FAILURE_STATE = {
    'not-found': 'blocked',
    unreadable: 'unknown',
    'not-a-file': 'unknown',
    'outside-root': 'blocked',
    'too-large': 'unknown',
    binary: 'blocked',
    'not-utf8': 'blocked',
    syntax: 'blocked',
    'too-deep': 'blocked',
    'alias-limit': 'blocked',
    'multiple-documents': 'blocked',
};
/** Runs every check of every selected gate and collects findings. Decides nothing: see decide(). */
async function evaluate(policy, options) {
    const packets = new PacketStore(options.cwd, policy.settings.limits, policy.packets);
    const schemas = new SchemaStore(options.judgeRoot ?? options.cwd, policy.settings.limits, policy.settings.schemaMap);
    const scanner = lazyScanner(policy, options.fingerprintKey);
    const selected = selectGates(policy, options.gates, options.publish);
    const lastUse = new Map();
    selected.forEach((gate, i) => gate.checks.forEach((def) => packetsUsed(def).forEach((id) => lastUse.set(id, i))));
    const evaluations = [];
    for (const [index, gate] of selected.entries()) {
        const findings = [];
        const reportedPackets = new Set();
        const checks = [];
        for (const def of gate.checks) {
            const before = findings.length;
            const skipped = await runCheck(gate, def, { packets, schemas, scanner, policy, options, findings, reportedPackets });
            const incomplete = packetsUsed(def).some((id) => packets.get(id).instances.some((i) => !i.document));
            checks.push({ def, ...(skipped ? { skipped } : {}), ...(incomplete ? { incomplete } : {}), findings: findings.length - before });
        }
        evaluations.push({ gate, checks, findings });
        for (const [id, last] of lastUse)
            if (last === index)
                packets.release(id);
    }
    return { evaluations, packets, schemaFiles: [...schemas.filesRead].sort() };
}
async function runCheck(gate, def, st) {
    const check = registry/* CHECKS */.u.get(def.check);
    const push = (messageId, message, state, location, checkName = def.check) => {
        st.findings.push({ gate: gate.id, check: checkName, checkId: def.id, messageId, message, state, ...(location ? { location } : {}) });
    };
    // Evidence first: a required packet that is absent or unreadable decides before any check runs.
    const used = packetsUsed(def);
    for (const id of used) {
        const packet = st.packets.get(id);
        if (packet.missing) {
            if (!packet.def.required)
                return `optional packet "${id}" is absent`;
            if (!st.reportedPackets.has(id))
                push('evidence-missing', `evidence missing: packet "${id}" (${describeSource(packet.def)}) matched no file`, 'blocked', originLocation(packet.def.origin, packet.def.file !== undefined ? '/file' : '/files'), 'packet');
        }
        if (!st.reportedPackets.has(id)) {
            for (const instance of packet.instances) {
                const f = instance.failure;
                if (f)
                    push(`packet-${f.messageId}`, `packet "${id}": ${f.message}`, FAILURE_STATE[f.messageId], { file: f.file, ...(f.line !== undefined ? { line: f.line, column: f.column } : {}) }, 'packet');
                for (const issue of instance.issues) {
                    const at = instance.document.locate(issue.pointer, 'key');
                    push(`packet-${issue.messageId}`, `packet "${id}": ${issue.message}`, 'blocked', { file: instance.file, line: at.line, column: at.column, pointer: issue.pointer }, 'packet');
                }
            }
        }
        st.reportedPackets.add(id);
        if (packet.missing)
            return undefined;
    }
    const subject = check.meta.subject === 'packet' ? def.options.packet : undefined;
    const docs = subject !== undefined ? st.packets.get(subject).instances.filter((i) => i.document).map((i) => i.document) : [undefined];
    // Packets read beside the subject must be whole; their failures are already reported above.
    if (used.some((id) => id !== subject && st.packets.get(id).instances.some((i) => !i.document)))
        return undefined;
    for (const doc of docs) {
        const report = (r) => {
            const rendered = render(check.meta.messages[r.messageId] ?? r.messageId, r.data);
            const message = def.message ? `${def.message} (${rendered})` : rendered;
            push(r.messageId, message, r.state ?? def.onFail, resolveAnchor(r.at, def));
        };
        try {
            await check.run({ options: def.options, prepared: def.prepared, def, cwd: st.options.cwd, now: st.options.now, ...(doc ? { doc } : {}), packets: st.packets, schemas: st.schemas, scanner: st.scanner, scanSettings: st.policy.scan, payloads: st.policy.payloads, ...(st.options.fingerprintKey ? { fingerprintKey: st.options.fingerprintKey } : {}), report });
        }
        catch (err) {
            // A check that throws has found a bug in us, not in the evidence: the gate cannot be decided.
            push('internal-error', `check failed to run: ${err.message ?? String(err)}`, 'unknown', doc ? { file: doc.file } : originLocation(def.origin, ''));
        }
    }
    return undefined;
}
function packetsUsed(def) {
    const ids = new Set();
    if (typeof def.options.packet === 'string')
        ids.add(def.options.packet);
    for (const id of def.options.packets ?? [])
        ids.add(id);
    return [...ids];
}
function describeSource(def) {
    return def.file !== undefined ? def.file : (def.files ?? []).join(', ');
}
function originLocation(origin, pointer) {
    const at = origin.doc.locate(origin.pointer + pointer);
    return { file: origin.doc.file, line: at.line, column: at.column };
}
function resolveAnchor(at, def) {
    if (!at)
        return undefined;
    if ('location' in at)
        return at.location;
    if ('option' in at)
        return originLocation(def.origin, at.option);
    const loc = at.doc.locate(at.pointer, at.which ?? 'value');
    return { file: at.doc.file, line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn, pointer: at.pointer };
}
function render(template, data) {
    return template.replace(/\{\{(\w+)\}\}/g, (_, key) => (data && key in data ? String(data[key]) : `{{${key}}}`));
}
/** The public-safety scanner, built once on first use with the policy's scan settings. */
function lazyScanner(policy, key) {
    let scanner;
    return () => (scanner ??= new scan_scanner/* Scanner */.L({ rules: policy.scan.rules, thirdParty: policy.scan.thirdParty, testContent: policy.scan.testContent, ...(policy.scan.allowlist ? { allowlist: policy.scan.allowlist } : {}), ...(key ? { fingerprintKey: key } : {}) }));
}

;// CONCATENATED MODULE: ./src/engine/horizon.ts



const DAY = 24 * 60 * 60 * 1000;
/**
 * Which gates change state between now and `until`, and on which days. Evidence expires and
 * windows close, so states move as time passes with nothing pushed. Each day is found by bisection
 * over the ends of UTC days (each probe re-evaluates only that gate), so a 30-day horizon costs
 * about six evaluations per change, not thirty. This assumes states only move one way within the
 * window (ready, then degraded in a warning window, then blocked once expired), which is how
 * time-based checks behave.
 */
async function forecast(policy, options, today, until) {
    const ends = dayEnds(options.now, until);
    const stateAt = async (gates, k) => {
        const { evaluations } = await evaluate(policy, { ...options, now: ends[k], gates });
        return new Map(decide(evaluations, ['blocked']).gates.map((g) => [g.gate.id, g]));
    };
    const atEnd = await stateAt([...today.keys()], ends.length - 1);
    const changes = [];
    for (const [id, todayState] of today) {
        const last = atEnd.get(id);
        // Each change is the first day-end whose state differs from the one before it: lo always
        // holds the earlier state, hi a different one. A gate that goes degraded (warning window)
        // and later blocked (expired) yields two changes, found one after the other.
        let before = todayState;
        let lo = -1;
        while (last.state !== before) {
            let hi = ends.length - 1;
            let found = last;
            while (hi - lo > 1) {
                const mid = (lo + hi) >> 1;
                const probe = (await stateAt([id], mid)).get(id);
                if (probe.state === before)
                    lo = mid;
                else
                    [hi, found] = [mid, probe];
            }
            const first = found.findings[0];
            changes.push({
                gate: id,
                on: ends[hi].toISOString().slice(0, 10),
                from: before,
                to: found.state,
                ...(first ? { reason: [(0,finding/* formatLocation */.j)(first.location), first.message].filter(Boolean).join(' ') } : {}),
            });
            before = found.state;
            lo = hi;
        }
    }
    return changes.sort((a, b) => a.on.localeCompare(b.on) || a.gate.localeCompare(b.gate));
}
/** The last millisecond of each UTC day from now's day to until's, the last one capped at until. */
function dayEnds(now, until) {
    const out = [];
    const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    for (let end = startOfToday + DAY - 1;; end += DAY) {
        if (end >= until.getTime()) {
            out.push(until);
            return out;
        }
        if (end > now.getTime())
            out.push(new Date(end));
    }
}

;// CONCATENATED MODULE: ./src/engine/readiness.ts











/** The whole pipeline: policy -> packets -> checks -> findings -> decision -> report. */
async function checkReadiness(options) {
    const startedAt = new Date();
    const policy = (0,load.loadPolicy)({ cwd: options.cwd, ...(options.policy ? { policy: options.policy } : {}), ...(options.bundleDirs ? { bundleDirs: options.bundleDirs } : {}) });
    const now = (0,clock/* resolveClock */.T)(options.now, policy.settings.clock, startedAt);
    if (options.gates) {
        const known = policy.gates.map((g) => g.id);
        for (const id of options.gates) {
            if (!known.includes(id))
                throw new clock/* UsageError */.e(`unknown gate "${id}"${(0,suggest/* didYouMean */.au)(id, known)}; the policy defines: ${known.join(', ') || '(none)'}`);
        }
    }
    const until = options.horizon === undefined ? undefined : horizonEnd(options.horizon, now);
    const runOptions = {
        cwd: options.cwd,
        ...(options.judgeRoot ? { judgeRoot: options.judgeRoot } : {}),
        now,
        ...(options.gates ? { gates: options.gates } : {}),
        ...(options.fingerprintKey ? { fingerprintKey: options.fingerprintKey } : {}),
        ...(options.publish ? { publish: true } : {}),
    };
    const { evaluations, packets, schemaFiles } = await evaluate(policy, runOptions);
    const deferred = options.gates || options.publish ? [] : policy.gates.filter((g) => g.enabled && isPublishGate(g)).map((g) => g.id);
    const decision = decide(evaluations, options.failOn ?? policy.settings.failOn, policy.settings.allowEmpty);
    // Nothing a report carries may quote a value the public-safety rules would flag.
    const report = (0,redact/* redactDeep */.KL)(new scan_scanner/* Scanner */.L({ rules: (0,redact/* redactionRules */.NY)(policy.scan.rules) }), buildReport(policy, decision, packets, now));
    if (until) {
        const today = new Map(decision.gates.map((g) => [g.gate.id, g.state]));
        report.horizon = { duration: options.horizon, until: until.toISOString(), changes: await forecast(policy, runOptions, today, until) };
    }
    return { policy, decision, report, deferred, schemaFiles };
}
function horizonEnd(text, now) {
    const d = (0,duration/* parseDuration */.E9)(text);
    if (!d)
        throw new clock/* UsageError */.e(`--horizon "${text}" is not an ISO 8601 duration; write it like P14D, P1W or PT36H`);
    const until = (0,duration/* addDuration */.Gw)(now, d);
    if (until.getTime() <= now.getTime())
        throw new clock/* UsageError */.e(`--horizon "${text}" must reach past now`);
    if (until.getTime() - now.getTime() > 366 * 24 * 3600 * 1000)
        throw new clock/* UsageError */.e(`--horizon "${text}" is longer than a year; a nightly audit looks days or weeks ahead`);
    return until;
}
/** One sentence on the publish gates a run left out, for the CLI and the Action summary. */
function deferredNote(ids) {
    const list = ids.map((id) => `"${id}"`).join(', ');
    return `${ids.length} publish gate${ids.length === 1 ? '' : 's'} (${list}) read${ids.length === 1 ? 's' : ''} what the release publishes and ${ids.length === 1 ? 'was' : 'were'} not decided here`;
}


/***/ })

};
