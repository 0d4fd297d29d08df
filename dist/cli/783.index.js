export const id = 783;
export const ids = [783];
export const modules = {

/***/ 8793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ CHECKS)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/safe-read.ts
var safe_read = __webpack_require__(7240);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/document/select.ts
var document_select = __webpack_require__(7081);
// EXTERNAL MODULE: ./src/engine/discover.ts
var discover = __webpack_require__(4935);
// EXTERNAL MODULE: ./src/engine/duration.ts
var duration = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/scan/mask.ts
var mask = __webpack_require__(9345);
// EXTERNAL MODULE: ./src/util/suggest.ts
var suggest = __webpack_require__(7406);
;// CONCATENATED MODULE: ./src/checks/options.ts




/** Option schemas shared by several checks. */
const PACKET_OPTION = { type: 'string', minLength: 1, description: 'The id of a packet declared under `packets`.' };
const PATH_OPTION = {
    type: 'string',
    pattern: '^(/.*)?$',
    description: 'A JSON pointer; segments may be `*`, `**` or `[key=value]`.',
};
const DURATION_OPTION = {
    type: 'string',
    pattern: duration/* DURATION_PATTERN */.Cq,
    description: 'An ISO 8601 duration such as P7D, PT12H or P1M.',
};
/** Confirms a packet option names a declared packet, suggesting the closest id otherwise. */
function requirePacket(ctx, id, option = '/packet') {
    if (id === undefined || ctx.packets.has(id))
        return;
    const known = [...ctx.packets.keys()];
    ctx.problem(option, `unknown packet "${id}"${(0,suggest/* didYouMean */.au)(id, known)}; declared packets: ${known.join(', ') || '(none)'}`);
}
function requirePattern(ctx, pattern, option) {
    if (pattern === undefined)
        return;
    const problem = (0,document_select/* isPatternValid */.hu)(pattern);
    if (problem)
        ctx.problem(option, problem);
}
function options_duration(text) {
    return text === undefined ? undefined : (0,duration/* parseDuration */.E9)(text);
}
/**
 * A packet value fit to quote in a message: truncated, and masked when the public-safety scanner
 * sees anything in it, so a finding never repeats a secret it happens to sit next to.
 */
function quoteValue(ctx, value, max = 60) {
    if (ctx.scanner().scanText('', value).length > 0)
        return (0,mask/* mask */.dK)(value);
    return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
/** Where a public-safety finding points, as a check reports it. */
function scanLocation(f) {
    return { location: { file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn } };
}

;// CONCATENATED MODULE: ./src/checks/digest.ts







const ALGORITHMS = { sha256: 64, sha384: 96, sha512: 128 };
const DIGEST_RE = /^(?:(sha256|sha384|sha512):)?([0-9a-fA-F]+)$/;
/** Files a packet lists with digests have exactly those bytes on disk. */
const digestCheck = {
    meta: {
        id: 'digest',
        description: 'Each file a packet lists with a sha256 (or sha384/sha512) digest has those exact bytes on disk.',
        subject: 'packet',
        options: {
            type: 'object',
            required: ['packet', 'entries'],
            properties: {
                packet: PACKET_OPTION,
                entries: { ...PATH_OPTION, description: 'Selects the entry objects, e.g. /artifacts/*.' },
                'path-field': { type: 'string', minLength: 1, description: 'Key of the file path in each entry (default "path").' },
                'digest-field': { type: 'string', minLength: 1, description: 'Key of the digest in each entry (default "sha256").' },
                base: { enum: ['root', 'packet'], description: "Paths are relative to the repository root (default) or to the packet's folder." },
                missing: { enum: ['fail', 'skip'], description: 'A listed file that is absent blocks (fail, default) or is skipped.' },
            },
        },
        messages: {
            mismatch: '{{file}} does not match its digest: listed {{expected}}, file has {{actual}}',
            'missing-file': 'listed file not found: {{file}}',
            'no-entries': 'evidence missing: no entries at {{entries}}',
            'bad-entry': '{{pointer}}: entry needs a string "{{pathField}}" and a string "{{digestField}}"',
            'bad-digest': '{{pointer}}: not a sha256/sha384/sha512 hex digest',
            outside: '{{pointer}}: path leaves the repository ({{file}}); digests are only checked inside it',
            unreadable: 'cannot read {{file}} to check its digest',
        },
    },
    prepare(options, ctx) {
        requirePacket(ctx, options.packet);
        requirePattern(ctx, options.entries, '/entries');
    },
    describe(options) {
        return `files listed at ${options.entries} in packet "${options.packet}" match their digests`;
    },
    run(ctx) {
        const doc = ctx.doc;
        const pathField = ctx.options['path-field'] ?? 'path';
        const digestField = ctx.options['digest-field'] ?? 'sha256';
        const entries = (0,document_select/* select */.Lt)(doc.value, ctx.options.entries);
        if (entries.length === 0) {
            ctx.report({ messageId: 'no-entries', data: { entries: ctx.options.entries }, at: { doc, pointer: '' } });
            return;
        }
        const base = ctx.options.base === 'packet' ? (0,external_node_path_.dirname)(doc.file) : '';
        for (const { pointer, value } of entries) {
            const entry = value;
            const path = entry?.[pathField];
            const listed = entry?.[digestField];
            if (typeof path !== 'string' || typeof listed !== 'string') {
                ctx.report({ messageId: 'bad-entry', data: { pointer, pathField, digestField }, at: { doc, pointer } });
                continue;
            }
            const m = DIGEST_RE.exec(listed.trim());
            const algorithm = m ? (m[1] ?? 'sha256') : '';
            if (!m || ALGORITHMS[algorithm] !== m[2].length) {
                ctx.report({ messageId: 'bad-digest', data: { pointer }, at: { doc, pointer: `${pointer}/${digestField}` } });
                continue;
            }
            const file = (0,discover/* toPosix */.d7)((0,external_node_path_.normalize)((0,external_node_path_.join)(base, path)));
            const shown = () => quoteValue(ctx, file, 200); // only for a message: it runs the scanner
            if (file.startsWith('../') || file === '..' || path.startsWith('/')) {
                ctx.report({ messageId: 'outside', data: { pointer, file: shown() }, at: { doc, pointer: `${pointer}/${pathField}` } });
                continue;
            }
            const actual = hashFile(ctx.cwd, file, algorithm);
            if (actual === 'outside') {
                ctx.report({ messageId: 'outside', data: { pointer, file: shown() }, at: { doc, pointer: `${pointer}/${pathField}` } });
            }
            else if (actual === 'missing') {
                if (ctx.options.missing !== 'skip')
                    ctx.report({ messageId: 'missing-file', data: { file: shown() }, at: { doc, pointer: `${pointer}/${pathField}` } });
            }
            else if (actual === 'unreadable') {
                ctx.report({ messageId: 'unreadable', state: 'unknown', data: { file: shown() }, at: { doc, pointer: `${pointer}/${pathField}` } });
            }
            else if (actual !== m[2].toLowerCase()) {
                ctx.report({
                    messageId: 'mismatch',
                    data: { file: shown(), expected: `${algorithm}:${m[2].slice(0, 12).toLowerCase()}…`, actual: `${algorithm}:${actual.slice(0, 12)}…` },
                    at: { doc, pointer: `${pointer}/${digestField}` },
                });
            }
        }
    },
};
/** Hashes a file in 1 MiB chunks, so a large artifact never sits whole in memory. */
function hashFile(root, rel, algorithm) {
    const where = (0,safe_read/* resolveInside */.LI)(root, rel);
    if ('reason' in where)
        return where.reason;
    let fd;
    try {
        // O_NONBLOCK: a FIFO must not block the open; fstat below refuses anything but a regular file.
        fd = (0,external_node_fs_.openSync)(where.abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (err) {
        return err.code === 'ENOENT' || err.code === 'EISDIR' ? 'missing' : 'unreadable';
    }
    try {
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            return 'missing';
        const hash = (0,external_node_crypto_.createHash)(algorithm);
        const buf = Buffer.allocUnsafe(1 << 20);
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, null);
            if (n === 0)
                break;
            hash.update(buf.subarray(0, n));
        }
        return hash.digest('hex');
    }
    catch {
        return 'unreadable';
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/checks/exists.ts



/** Required files are present (each path or glob matches at least one file) and not empty. */
const existsCheck = {
    meta: {
        id: 'exists',
        description: 'Each listed path or glob matches at least one file, and (by default) no matched file is empty.',
        subject: 'repository',
        options: {
            type: 'object',
            required: ['paths'],
            properties: {
                paths: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Repository-relative paths or globs.' },
                'non-empty': { type: 'boolean', description: 'Also require every matched file to be non-empty (default true).' },
            },
        },
        messages: {
            missing: 'required file missing: nothing matches "{{path}}"',
            empty: 'required file is empty: {{file}}',
        },
    },
    describe(options) {
        const what = options.paths.map((p) => `"${p}"`).join(', ');
        return `files exist${options['non-empty'] === false ? '' : ' and are non-empty'}: ${what}`;
    },
    run(ctx) {
        ctx.options.paths.forEach((path, i) => {
            const files = (0,discover/* expandGlobs */.GE)(ctx.cwd, [path]);
            if (files.length === 0) {
                ctx.report({ messageId: 'missing', data: { path }, at: { option: `/paths/${i}` } });
                return;
            }
            if (ctx.options['non-empty'] === false)
                return;
            for (const file of files) {
                if ((0,external_node_fs_.statSync)((0,external_node_path_.join)(ctx.cwd, file)).size === 0) {
                    ctx.report({ messageId: 'empty', data: { file }, at: { location: { file, line: 1, column: 1 } } });
                }
            }
        });
    },
};

// EXTERNAL MODULE: ./src/document/pointer.ts
var document_pointer = __webpack_require__(2840);
;// CONCATENATED MODULE: ./src/checks/fields.ts



const SCALAR = { type: ['string', 'number', 'boolean', 'null'] };
/**
 * Fields hold expected values: `/status: ready`, `/x/*\/status: {in: [ready, pass]}`,
 * `/enterprise_boundaries/*: {prefix: requires_}`. A path with `*` means "every": each selected
 * parent must have the field, and no parent at all passes (an absent list is an empty list).
 */
const fieldsCheck = {
    meta: {
        id: 'fields',
        description: 'Fields hold the expected value: equal to a constant, one of a list, starting with a prefix, or non-empty.',
        subject: 'packet',
        options: {
            type: 'object',
            required: ['packet', 'expect'],
            properties: {
                packet: PACKET_OPTION,
                expect: {
                    type: 'object',
                    minProperties: 1,
                    propertyNames: { pattern: '^/' },
                    description: 'Path pattern -> expectation: a constant, {in: [...]}, {prefix: "..."} or {non-empty: true}.',
                    additionalProperties: {
                        oneOf: [
                            SCALAR,
                            { type: 'object', additionalProperties: false, required: ['in'], properties: { in: { type: 'array', minItems: 1, items: SCALAR } } },
                            { type: 'object', additionalProperties: false, required: ['prefix'], properties: { prefix: { type: 'string', minLength: 1 } } },
                            { type: 'object', additionalProperties: false, required: ['non-empty'], properties: { 'non-empty': { const: true } } },
                        ],
                    },
                },
            },
        },
        messages: {
            mismatch: '{{pointer}} is {{value}}, expected {{expected}}',
            missing: '{{pointer}} is missing, expected {{expected}}',
        },
    },
    prepare(options, ctx) {
        requirePacket(ctx, options.packet);
        for (const path of Object.keys(options.expect))
            requirePattern(ctx, path, `/expect/${path.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    },
    describe(options) {
        const parts = Object.entries(options.expect).map(([path, want]) => `${path} ${describeExpectation(want)}`);
        return `packet "${options.packet}": ${parts.join('; ')}`;
    },
    run(ctx) {
        const doc = ctx.doc;
        if (!doc)
            return;
        for (const [path, want] of Object.entries(ctx.options.expect))
            checkPath(ctx, doc, path, want);
    },
};
function checkPath(ctx, doc, path, want) {
    const segments = (0,document_select/* parsePattern */.EY)(path);
    const last = segments[segments.length - 1];
    const expected = quoteValue(ctx, describeExpectation(want), 200);
    // A concrete last key under a wildcard: every selected parent must have it.
    if (last?.kind === 'key' && segments.some((s) => s.kind !== 'key')) {
        for (const parent of (0,document_select/* select */.Lt)(doc.value, segments.slice(0, -1))) {
            const pointer = (0,document_pointer/* childPointer */.Y2)(parent.pointer, last.key);
            const value = (0,document_select/* childOf */.GG)(parent.value, last.key);
            if (value === undefined)
                ctx.report({ messageId: 'missing', data: { pointer, expected }, at: { doc, pointer: parent.pointer } });
            else
                compare(ctx, doc, pointer, value, want, expected);
        }
        return;
    }
    const hits = (0,document_select/* select */.Lt)(doc.value, segments);
    if (hits.length === 0 && segments.every((s) => s.kind === 'key')) {
        ctx.report({ messageId: 'missing', data: { pointer: path, expected }, at: { doc, pointer: path } });
        return;
    }
    for (const hit of hits)
        compare(ctx, doc, hit.pointer, hit.value, want, expected);
}
function compare(ctx, doc, pointer, value, want, expected) {
    if (satisfies(value, want))
        return;
    const shown = typeof value === 'string' ? `"${quoteValue(ctx, value)}"` : quoteValue(ctx, JSON.stringify(value) ?? 'undefined');
    ctx.report({ messageId: 'mismatch', data: { pointer, value: shown, expected }, at: { doc, pointer } });
}
function satisfies(value, want) {
    if (want === null || typeof want !== 'object')
        return value === want;
    if ('in' in want)
        return want.in.some((w) => w === value);
    if ('prefix' in want)
        return typeof value === 'string' && value.startsWith(want.prefix);
    if (typeof value === 'string' || Array.isArray(value))
        return value.length > 0;
    if (value && typeof value === 'object')
        return Object.keys(value).length > 0;
    return value !== null && value !== undefined && value !== false && value !== 0;
}
function describeExpectation(want) {
    if (want === null || typeof want !== 'object')
        return JSON.stringify(want);
    if ('in' in want)
        return `one of ${want.in.map((w) => JSON.stringify(w)).join(', ')}`;
    if ('prefix' in want)
        return `a string starting with ${JSON.stringify(want.prefix)}`;
    return 'a non-empty value';
}

;// CONCATENATED MODULE: ./src/checks/ids.ts



const IDS = { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } };
/**
 * The ids of a list are the expected ones: exactly a set, or including some, or only ids listed
 * elsewhere in the packet; with an exact or minimum count and no duplicates. Absent lists count as
 * empty, so "exactly these five" fails on them while "only known ids" passes.
 */
const idsCheck = {
    meta: {
        id: 'ids',
        description: 'The ids of a list are exactly a set, include some, or are all known; with an exact or minimum count and no duplicates.',
        subject: 'packet',
        options: {
            type: 'object',
            required: ['packet', 'items'],
            properties: {
                packet: PACKET_OPTION,
                items: { ...PATH_OPTION, description: 'Selects the list items, e.g. /control_areas/*.' },
                key: { type: 'string', minLength: 1, description: 'The field of each item holding its id (default: the item itself is the id).' },
                equals: { ...IDS, description: 'The distinct ids must be exactly these.' },
                includes: { ...IDS, description: 'These ids must each appear at least once.' },
                within: { ...PATH_OPTION, description: 'Every id must be one of the values this path selects in the same packet.' },
                count: { type: 'integer', minimum: 0, description: 'The list has exactly this many items.' },
                'min-count': { type: 'integer', minimum: 0, description: 'The list has at least this many items.' },
                unique: { type: 'boolean', description: 'No id appears twice (default false).' },
            },
        },
        messages: {
            'missing-id': '{{list}} has no item with {{key}} "{{id}}"',
            'unexpected-id': '{{pointer}} is "{{id}}", which is not one of the expected ids ({{expected}})',
            'unknown-id': '{{pointer}} is "{{id}}", which is not among {{within}}',
            duplicate: '{{pointer}}: "{{id}}" appears more than once',
            count: '{{list}} has {{actual}} items, expected exactly {{count}}',
            'min-count': '{{list}} has {{actual}} items, expected at least {{count}}',
            'no-id': '{{pointer}} has no string {{key}}',
        },
    },
    prepare(options, ctx) {
        requirePacket(ctx, options.packet);
        requirePattern(ctx, options.items, '/items');
        requirePattern(ctx, options.within, '/within');
        if (!options.equals && !options.includes && !options.within && options.count === undefined && options['min-count'] === undefined && !options.unique) {
            ctx.problem('', 'say what the ids must be: equals, includes, within, count, min-count or unique');
        }
    },
    describe(options) {
        const what = [
            options.equals && `exactly {${options.equals.join(', ')}}`,
            options.includes && `including {${options.includes.join(', ')}}`,
            options.within && `each among ${options.within}`,
            options.count !== undefined && `${options.count} items`,
            options['min-count'] !== undefined && `at least ${options['min-count']} items`,
            options.unique && 'no duplicates',
        ].filter(Boolean);
        return `packet "${options.packet}": ids at ${options.items}${options.key ? `/${options.key}` : ''} are ${what.join(', ')}`;
    },
    run(ctx) {
        const doc = ctx.doc;
        if (!doc)
            return;
        const o = ctx.options;
        const list = listPointer(o.items);
        const selected = (0,document_select/* select */.Lt)(doc.value, o.items);
        // An item without an id only matters where every item must have one; for `includes` it just does not count.
        const strict = Boolean(o.equals || o.within || o.unique);
        const items = readIds(ctx, doc, selected, strict);
        const key = o.key ?? 'id';
        const ids = new Set(items.map((i) => i.id));
        const listAt = { doc, pointer: list };
        for (const id of [...(o.equals ?? []), ...(o.includes ?? [])]) {
            if (!ids.has(id))
                ctx.report({ messageId: 'missing-id', data: { list: list || '/', key, id: quoteValue(ctx, id) }, at: listAt });
            ids.add(id); // report each missing id once, even when both equals and includes name it
        }
        if (o.equals) {
            const expected = new Set(o.equals);
            for (const item of items) {
                if (!expected.has(item.id)) {
                    ctx.report({ messageId: 'unexpected-id', data: { pointer: item.pointer, id: quoteValue(ctx, item.id), expected: o.equals.join(', ') }, at: { doc, pointer: item.pointer } });
                }
            }
        }
        if (o.within)
            checkWithin(ctx, doc, items, o.within);
        if (o.unique)
            checkUnique(ctx, doc, items);
        if (o.count !== undefined && selected.length !== o.count) {
            ctx.report({ messageId: 'count', data: { list: list || '/', actual: selected.length, count: o.count }, at: listAt });
        }
        if (o['min-count'] !== undefined && selected.length < o['min-count']) {
            ctx.report({ messageId: 'min-count', data: { list: list || '/', actual: selected.length, count: o['min-count'] }, at: listAt });
        }
    },
};
/** The pointer of the list itself: the pattern up to its first wildcard (its last segment otherwise). */
function listPointer(items) {
    const segments = (0,document_select/* parsePattern */.EY)(items);
    const concrete = [];
    for (const s of segments.slice(0, -1)) {
        if (s.kind !== 'key')
            break;
        concrete.push(s.key);
    }
    return concrete.reduce((p, k) => (0,document_pointer/* childPointer */.Y2)(p, k), '');
}
function readIds(ctx, doc, selected, strict) {
    const key = ctx.options.key;
    return selected.flatMap(({ pointer, value }) => {
        const raw = key === undefined ? value : value && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;
        if (typeof raw === 'string' || typeof raw === 'number')
            return [{ id: String(raw), pointer: key === undefined ? pointer : (0,document_pointer/* childPointer */.Y2)(pointer, key) }];
        if (strict)
            ctx.report({ messageId: 'no-id', data: { pointer, key: key ?? 'id' }, at: { doc, pointer } });
        return [];
    });
}
function checkWithin(ctx, doc, items, within) {
    const known = new Set((0,document_select/* select */.Lt)(doc.value, within).map((h) => String(h.value)));
    for (const item of items) {
        if (!known.has(item.id))
            ctx.report({ messageId: 'unknown-id', data: { pointer: item.pointer, id: quoteValue(ctx, item.id), within }, at: { doc, pointer: item.pointer } });
    }
}
function checkUnique(ctx, doc, items) {
    const seen = new Set();
    for (const item of items) {
        if (seen.has(item.id))
            ctx.report({ messageId: 'duplicate', data: { pointer: item.pointer, id: quoteValue(ctx, item.id) }, at: { doc, pointer: item.pointer } });
        seen.add(item.id);
    }
}

// EXTERNAL MODULE: ./src/document/lines.ts
var document_lines = __webpack_require__(498);
// EXTERNAL MODULE: ./src/document/load.ts + 4 modules
var load = __webpack_require__(7490);
;// CONCATENATED MODULE: ./src/util/text-terms.ts




/** Files larger than this are not searched for terms: the check says so instead of reading them. */
const MAX_TEXT_BYTES = 16 * 1024 * 1024;
function readSearchable(cwd, file) {
    const read = (0,safe_read/* readInside */.xO)(cwd, file, MAX_TEXT_BYTES);
    if (!read.ok)
        return { ok: false, reason: read.reason === 'too-large' ? 'too-large' : read.reason === 'missing' ? 'missing' : 'unreadable' };
    return { ok: true, searchable: searchable(file, read.bytes.toString('utf8').replace(/\r\n/g, '\n')) };
}
function searchable(file, text) {
    const lines = new document_lines/* LineIndex */.r(text);
    return { file, text, lines, decoded: /\.json$/i.test(file) ? decodedStrings(file, text) : [] };
}
/** True when the term occurs in the text or in any decoded key or string. */
function containsTerm(s, term) {
    return s.text.includes(term) || s.decoded.some((d) => d.text.includes(term));
}
/**
 * Where a term occurs: each occurrence in the text, by line and column; when the text has none,
 * the keys and strings whose decoded form holds it (an escaped occurrence).
 */
function findTerm(s, term) {
    const out = [];
    for (let i = s.text.indexOf(term); i !== -1; i = s.text.indexOf(term, i + term.length)) {
        const a = s.lines.position(i);
        const b = s.lines.position(i + term.length);
        out.push({ line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
    }
    if (out.length > 0)
        return out;
    for (const d of s.decoded)
        if (d.text.includes(term))
            out.push(d.range ? d.range() : { line: 1, column: 1, endLine: 1, endColumn: 1 });
    return out;
}
/** Keys and string values of a JSON text, decoded, with lazily computed positions. */
function decodedStrings(file, text) {
    const loaded = (0,load/* parseText */.r4)(text, file, load/* DEFAULT_LIMITS */.dR, 'json');
    if (!loaded.ok)
        return [];
    const doc = loaded.document;
    const out = [];
    const walk = (value, pointer) => {
        if (typeof value === 'string')
            out.push({ text: JSON.stringify(value), pointer, range: () => doc.locate(pointer) });
        else if (Array.isArray(value))
            value.forEach((v, i) => walk(v, (0,document_pointer/* childPointer */.Y2)(pointer, i)));
        else if (value && typeof value === 'object') {
            for (const [k, v] of Object.entries(value)) {
                const child = (0,document_pointer/* childPointer */.Y2)(pointer, k);
                out.push({ text: `${JSON.stringify(k)}: `, pointer: child, range: () => doc.locate(child, 'key') });
                walk(v, child);
            }
        }
    };
    walk(doc.value, '');
    return out;
}

;// CONCATENATED MODULE: ./src/checks/text.ts



const TERMS = { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } };
/**
 * Documents say what they must and nothing they must not: each file contains every required
 * string (or, `together`, the files between them do), and no file contains a forbidden one. Plain,
 * case-sensitive substrings, as hand-written validators test them; JSON is also searched decoded.
 */
const textCheck = {
    meta: {
        id: 'text',
        description: 'Files contain required strings and no forbidden ones (case-sensitive substrings; JSON also decoded).',
        subject: 'repository',
        options: {
            type: 'object',
            required: ['files'],
            properties: {
                files: { ...TERMS, description: 'Repository-relative paths or globs of the files to search.' },
                contains: { ...TERMS, description: 'Strings every file must contain.' },
                forbids: { ...TERMS, description: 'Strings no file may contain; each occurrence is a finding at its line.' },
                together: { type: 'boolean', description: 'A required string may be in any of the files (default: in each).' },
                missing: { enum: ['fail', 'skip'], description: 'A listed path that matches no file blocks (fail, default) or is skipped.' },
            },
        },
        messages: {
            'missing-text': '{{file}} does not contain "{{term}}"',
            'missing-text-together': 'none of {{files}} contains "{{term}}"',
            forbidden: '{{file}} contains the forbidden string "{{term}}"',
            'missing-file': 'required file missing: nothing matches "{{path}}"',
            unreadable: 'cannot search {{file}}: {{reason}}',
        },
    },
    prepare(options, ctx) {
        if (!options.contains && !options.forbids)
            ctx.problem('', 'set "contains", "forbids" or both');
    },
    describe(options) {
        const parts = [
            options.contains && `${options.together ? 'together contain' : 'each contain'} ${options.contains.length} string(s)`,
            options.forbids && `contain none of ${options.forbids.length} forbidden string(s)`,
        ].filter(Boolean);
        return `${options.files.join(', ')}: ${parts.join(', ')}`;
    },
    run(ctx) {
        const texts = readAll(ctx);
        const o = ctx.options;
        if (o.contains && o.together && texts.length > 0) {
            for (const term of o.contains) {
                if (!texts.some((t) => containsTerm(t, term))) {
                    const files = texts.map((t) => t.file).join(' + ');
                    ctx.report({ messageId: 'missing-text-together', data: { files, term: quoteValue(ctx, term, 200) }, at: { location: { file: texts[0].file, line: 1, column: 1 } } });
                }
            }
        }
        for (const t of texts) {
            if (o.contains && !o.together) {
                for (const term of o.contains) {
                    if (!containsTerm(t, term))
                        ctx.report({ messageId: 'missing-text', data: { file: t.file, term: quoteValue(ctx, term, 200) }, at: { location: { file: t.file, line: 1, column: 1 } } });
                }
            }
            for (const term of o.forbids ?? []) {
                for (const range of findTerm(t, term)) {
                    ctx.report({ messageId: 'forbidden', data: { file: t.file, term: quoteValue(ctx, term, 200) }, at: { location: { file: t.file, ...range } } });
                }
            }
        }
    },
};
/** The listed files, read once; a path that matches nothing is a finding at the option naming it. */
function readAll(ctx) {
    const out = [];
    const seen = new Set();
    ctx.options.files.forEach((path, i) => {
        const files = (0,discover/* expandGlobs */.GE)(ctx.cwd, [path]);
        if (files.length === 0) {
            if (ctx.options.missing !== 'skip')
                ctx.report({ messageId: 'missing-file', data: { path }, at: { option: `/files/${i}` } });
            return;
        }
        for (const file of files) {
            if (seen.has(file))
                continue;
            seen.add(file);
            const read = readSearchable(ctx.cwd, file);
            if (read.ok)
                out.push(read.searchable);
            else
                ctx.report({ messageId: 'unreadable', state: 'unknown', data: { file, reason: read.reason === 'too-large' ? 'larger than 16 MiB' : read.reason }, at: { location: { file } } });
        }
    });
    return out;
}

// EXTERNAL MODULE: ./node_modules/@marcbachmann/cel-js/lib/index.js + 13 modules
var lib = __webpack_require__(7337);
// EXTERNAL MODULE: ./src/document/positions.ts
var positions = __webpack_require__(2497);
// EXTERNAL MODULE: ./src/util/linear-regex.ts
var linear_regex = __webpack_require__(1813);
;// CONCATENATED MODULE: ./src/checks/expr.ts




/**
 * A condition in CEL (Common Expression Language) over `packet` (the document being checked),
 * `packets` (the packets the entry lists, by id) and `now` (the evaluation time, a timestamp).
 * CEL is side-effect free and always terminates, so a policy cannot run code or loop forever.
 */
const env = new lib/* Environment */.OH({ homogeneousAggregateLiterals: false, limits: { maxAstNodes: 5000, maxDepth: 64 } })
    .registerVariable('packet', 'dyn')
    .registerVariable('packets', 'map<string, dyn>')
    .registerVariable('now', 'google.protobuf.Timestamp');
const exprCheck = {
    meta: {
        id: 'expr',
        description: 'A CEL condition over `packet`, `packets` and `now` holds.',
        subject: 'packet',
        options: {
            type: 'object',
            required: ['rule'],
            properties: {
                rule: { type: 'string', minLength: 1, maxLength: 10000, description: 'A CEL expression that must evaluate to true.' },
                packet: { ...PACKET_OPTION, description: 'Evaluate once per document of this packet, bound to `packet`.' },
                packets: { type: 'array', items: PACKET_OPTION, uniqueItems: true, description: 'Packets the rule reads as packets.<id>.' },
                at: { ...PATH_OPTION, description: 'Where in the packet to point a failure (default: the document root).' },
            },
        },
        messages: {
            'over-budget': 'rule not evaluated: its nested comprehensions over lists of up to {{largest}} items would cost about {{cost}} steps, over the budget of {{budget}}; the gate cannot be decided: {{rule}}',
            failed: 'rule failed: {{rule}}',
            'not-boolean': 'rule returned {{type}}, not true or false: {{rule}}',
            error: 'rule could not be evaluated ({{error}}): {{rule}}',
        },
    },
    prepare(options, ctx) {
        requirePacket(ctx, options.packet);
        (options.packets ?? []).forEach((id, i) => requirePacket(ctx, id, `/packets/${i}`));
        requirePattern(ctx, options.at, '/at');
        let compiled;
        try {
            compiled = env.parse(options.rule);
        }
        catch (err) {
            ctx.problem('/rule', `invalid CEL: ${celMessage(err)}`);
            return undefined;
        }
        const typed = compiled.check();
        if (!typed.valid)
            ctx.problem('/rule', `invalid CEL: ${celMessage(typed.error)}`);
        else if (typed.type !== 'bool' && typed.type !== 'dyn')
            ctx.problem('/rule', `the rule must return a bool, but returns ${typed.type}`);
        return { compiled, fields: packetFields(compiled.ast), ...ruleShape(compiled.ast) };
    },
    describe(options) {
        return `${options.packet ? `packet "${options.packet}": ` : ''}${options.rule}`;
    },
    run(ctx) {
        const { compiled, fields, nodes, depth } = ctx.prepared;
        const packets = {};
        for (const id of ctx.options.packets ?? [])
            packets[id] = packetValue(ctx, id);
        if (ctx.options.packet !== undefined)
            packets[ctx.options.packet] ??= packetValue(ctx, ctx.options.packet);
        const bindings = { packet: ctx.doc ? celValueOf(ctx.doc, fields) : null, packets, now: ctx.now };
        const rule = oneLine(ctx.options.rule);
        // CEL always terminates, but nested comprehensions over large lists can still take hours: the
        // worst case is known before evaluating, so a rule over budget is unknown rather than run.
        const largest = Math.max(1, largestCollection(bindings));
        const cost = nodes * largest ** depth;
        if (cost > COST_BUDGET) {
            report(ctx, 'over-budget', { rule, largest: String(largest), cost: cost.toExponential(1), budget: COST_BUDGET.toExponential(0) }, 'unknown');
            return;
        }
        let result;
        try {
            result = withLinearRegExp(() => compiled(bindings));
        }
        catch (err) {
            report(ctx, 'error', { rule, error: celMessage(err) }, 'unknown');
            return;
        }
        if (result === true)
            return;
        if (result === false)
            report(ctx, 'failed', { rule });
        else
            report(ctx, 'not-boolean', { rule, type: result === null ? 'null' : typeof result }, 'unknown');
    },
};
function report(ctx, messageId, data, state) {
    const doc = ctx.doc;
    ctx.report({
        messageId,
        data,
        ...(state ? { state } : {}),
        at: doc ? { doc, pointer: ctx.options.at ?? '' } : { option: '/rule' },
    });
}
/** Evaluation steps a rule may take at worst: AST nodes times the largest list to the power of the comprehension depth. */
const COST_BUDGET = 2e7;
/**
 * Which fields of `packet` a rule reads: `packet.x` and `packet['x']`. Any other use of `packet`
 * (passed whole, compared, iterated) needs all of it.
 */
function packetFields(ast) {
    const fields = new Set();
    let all = false;
    const visit = (node, parent, index) => {
        if (Array.isArray(node)) {
            node.forEach((n) => visit(n, undefined, -1));
            return;
        }
        if (!node || typeof node !== 'object')
            return;
        const n = node;
        if (n.op === 'id' && n.args === 'packet') {
            const pargs = parent?.args;
            const key = pargs?.[1];
            if (parent?.op === '.' && index === 0 && typeof key === 'string')
                fields.add(key);
            else if (parent?.op === '[]' && index === 0 && typeof key === 'object' && key?.op === 'value' && typeof key.args === 'string')
                fields.add(key.args);
            else
                all = true;
            return;
        }
        if (Array.isArray(n.args))
            n.args.forEach((a, i) => visit(a, n, i));
        else
            visit(n.args, n, 0);
    };
    visit(ast, undefined, -1);
    return all ? 'all' : fields;
}
/**
 * JSON integers become CEL ints (so `size(x) == packet.count` and `count + 1` work). Only the
 * fields the rule reads are converted: a packet's other fields are never looked at.
 */
const converted = new WeakMap();
function celValueOf(doc, fields) {
    const value = doc.value;
    if (fields !== 'all' && value && typeof value === 'object' && !Array.isArray(value)) {
        const out = {};
        for (const f of fields)
            if (Object.prototype.hasOwnProperty.call(value, f))
                (0,positions/* setOwn */.P)(out, f, toCel(value[f]));
        return out;
    }
    if (!converted.has(doc))
        converted.set(doc, toCel(value));
    return converted.get(doc);
}
/** Converted `packets.<id>` values, kept as long as the packet itself is loaded. */
const packetValues = new WeakMap();
function packetValue(ctx, id) {
    const packet = ctx.packets.get(id);
    if (!packet)
        return undefined;
    if (!packetValues.has(packet))
        packetValues.set(packet, toCel(ctx.packets.value(id)));
    return packetValues.get(packet);
}
function toCel(value) {
    if (typeof value === 'number')
        return Number.isSafeInteger(value) ? BigInt(value) : value;
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map(toCel);
    const out = {};
    for (const key in value) {
        const converted = toCel(value[key]);
        if (key === '__proto__')
            (0,positions/* setOwn */.P)(out, key, converted);
        else
            out[key] = converted;
    }
    return out;
}
function celMessage(err) {
    const e = err;
    const text = (e?.summary ?? e?.message ?? String(err)).split('\n')[0];
    return e?.range ? `${text} at character ${e.range.start + 1}` : text;
}
function oneLine(rule) {
    const flat = rule.replace(/\s+/g, ' ').trim();
    return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);
function ruleShape(ast) {
    let nodes = 0;
    const visit = (node, depth) => {
        if (Array.isArray(node))
            return node.reduce((m, n) => Math.max(m, visit(n, depth)), depth);
        if (!node || typeof node !== 'object')
            return depth;
        nodes++;
        const n = node;
        const here = n.op === 'rcall' && Array.isArray(n.args) && MACROS.has(n.args[0]) ? depth + 1 : depth;
        return Array.isArray(n.args) ? n.args.reduce((m, a) => Math.max(m, visit(a, here)), here) : Math.max(here, visit(n.args, here));
    };
    const depth = visit(ast, 0);
    return { nodes: Math.max(nodes, 1), depth };
}
/** The length of the largest list or map anywhere in the bound values. */
const largestCache = new WeakMap();
function largestCollection(value) {
    if (!value || typeof value !== 'object')
        return 0;
    const cached = largestCache.get(value);
    if (cached !== undefined)
        return cached;
    const children = Array.isArray(value) ? value : value instanceof Date ? [] : Object.values(value);
    let largest = children.length;
    for (const child of children)
        largest = Math.max(largest, largestCollection(child));
    largestCache.set(value, largest);
    return largest;
}
/**
 * CEL's `matches()` is defined on RE2 syntax; cel-js runs it with the JavaScript RegExp, which
 * backtracks. During an evaluation (synchronous, so nothing else runs meanwhile) RegExp is
 * replaced by an RE2 matcher, so `x.matches('(a+)+$')` takes linear time like the spec says.
 */
function withLinearRegExp(evaluate) {
    const original = globalThis.RegExp;
    const Linear = function (source) {
        const re = (0,linear_regex/* linearRegex */.t)(String(source));
        return { test: (text) => re.test(String(text)) };
    };
    globalThis.RegExp = Linear;
    try {
        return evaluate();
    }
    finally {
        globalThis.RegExp = original;
    }
}

;// CONCATENATED MODULE: ./src/checks/fresh.ts



/**
 * Evidence is recent enough (`field` younger than `max-age`) and/or not expired (`expires` in the
 * future). Inside the `warn-within` horizon the gate is degraded before it becomes blocked.
 */
const freshCheck = {
    meta: {
        id: 'fresh',
        description: 'A timestamp is younger than a maximum age and/or an expiry lies in the future, with a warning horizon.',
        subject: 'packet',
        options: {
            type: 'object',
            required: ['packet'],
            properties: {
                packet: PACKET_OPTION,
                field: { ...PATH_OPTION, description: 'Where the timestamp the age is measured from is written (e.g. /generated_at).' },
                'max-age': { ...DURATION_OPTION, description: 'How old `field` may be.' },
                expires: { ...PATH_OPTION, description: 'Where an expiry timestamp is written; it must lie in the future.' },
                'warn-within': { ...DURATION_OPTION, description: 'Degrade the gate this long before the evidence goes stale or expires.' },
                'future-tolerance': { ...DURATION_OPTION, description: 'How far in the future `field` may lie (clock skew; default PT5M).' },
                missing: {
                    enum: ['blocked', 'skip'],
                    description: 'A document with no timestamp at all is evidence missing (blocked, default) or not subject to this check (skip).',
                },
            },
        },
        messages: {
            stale: '{{field}} is {{age}} old, over the maximum age of {{maxAge}}',
            'stale-soon': '{{field}} goes stale in {{left}} (maximum age {{maxAge}}, warning within {{warn}})',
            expired: '{{field}} expired {{ago}} ago ({{when}})',
            'expires-soon': '{{field}} expires in {{left}} ({{when}}; warning within {{warn}})',
            future: '{{field}} lies {{ahead}} in the future ({{when}}): evidence cannot be generated after the time of the check',
            missing: 'evidence missing: no timestamp at {{field}}',
            invalid: '{{field}} is not an RFC 3339 timestamp',
        },
    },
    prepare(options, ctx) {
        requirePacket(ctx, options.packet);
        requirePattern(ctx, options.field, '/field');
        requirePattern(ctx, options.expires, '/expires');
        if (options['max-age'] !== undefined && options.field === undefined)
            ctx.problem('/max-age', '"max-age" needs "field": the timestamp to measure the age of');
        if (options.field !== undefined && options['max-age'] === undefined)
            ctx.problem('/field', '"field" needs "max-age": how old the timestamp may be');
        if (options.field === undefined && options.expires === undefined)
            ctx.problem('', 'set "field" with "max-age", or "expires", or both');
        return { maxAge: options_duration(options['max-age']), warn: options_duration(options['warn-within']), tolerance: options_duration(options['future-tolerance']) ?? options_duration('PT5M') };
    },
    describe(options) {
        const parts = [];
        if (options.field)
            parts.push(`${options.field} is younger than ${options['max-age']}`);
        if (options.expires)
            parts.push(`${options.expires} lies in the future`);
        const warn = options['warn-within'] ? `; degraded from ${options['warn-within']} before that` : '';
        return `packet "${options.packet}": ${parts.join(' and ')}${warn}`;
    },
    run(ctx) {
        const p = ctx.prepared;
        if (ctx.options.field && p.maxAge)
            checkAge(ctx, ctx.options.field, p);
        if (ctx.options.expires)
            checkExpiry(ctx, ctx.options.expires, p);
    },
};
function timestamps(ctx, field) {
    const doc = ctx.doc;
    const hits = (0,document_select/* select */.Lt)(doc.value, field);
    if (hits.length === 0 && ctx.options.missing !== 'skip')
        ctx.report({ messageId: 'missing', data: { field }, at: { doc, pointer: '' } });
    const out = [];
    for (const hit of hits) {
        const at = (0,duration/* parseTimestamp */.EH)(hit.value);
        if (!at)
            ctx.report({ messageId: 'invalid', data: { field: hit.pointer }, at: { doc, pointer: hit.pointer } });
        else
            out.push({ pointer: hit.pointer, at });
    }
    return out;
}
function checkAge(ctx, field, p) {
    const doc = ctx.doc;
    const now = ctx.now.getTime();
    for (const { pointer, at } of timestamps(ctx, field)) {
        const where = { doc, pointer };
        if (at.getTime() > (0,duration/* addDuration */.Gw)(ctx.now, p.tolerance).getTime()) {
            ctx.report({ messageId: 'future', data: { field: pointer, ahead: (0,duration/* humanSpan */.Gf)(at.getTime() - now), when: at.toISOString() }, at: where });
            continue;
        }
        const staleAt = (0,duration/* addDuration */.Gw)(at, p.maxAge).getTime();
        if (now > staleAt) {
            ctx.report({ messageId: 'stale', data: { field: pointer, age: (0,duration/* humanSpan */.Gf)(now - at.getTime()), maxAge: p.maxAge.text }, at: where });
        }
        else if (p.warn && (0,duration/* addDuration */.Gw)(ctx.now, p.warn).getTime() > staleAt) {
            ctx.report({
                messageId: 'stale-soon',
                state: 'degraded',
                data: { field: pointer, left: (0,duration/* humanSpan */.Gf)(staleAt - now), maxAge: p.maxAge.text, warn: p.warn.text },
                at: where,
            });
        }
    }
}
function checkExpiry(ctx, field, p) {
    const doc = ctx.doc;
    const now = ctx.now.getTime();
    for (const { pointer, at } of timestamps(ctx, field)) {
        const when = at.toISOString();
        if (at.getTime() <= now) {
            ctx.report({ messageId: 'expired', data: { field: pointer, ago: (0,duration/* humanSpan */.Gf)(now - at.getTime()), when }, at: { doc, pointer } });
        }
        else if (p.warn && (0,duration/* addDuration */.Gw)(ctx.now, p.warn).getTime() > at.getTime()) {
            ctx.report({
                messageId: 'expires-soon',
                state: 'degraded',
                data: { field: pointer, left: (0,duration/* humanSpan */.Gf)(at.getTime() - now), when, warn: p.warn.text },
                at: { doc, pointer },
            });
        }
    }
}

// EXTERNAL MODULE: ./src/scan/config.ts + 1 modules
var config = __webpack_require__(7762);
// EXTERNAL MODULE: ./src/scan/run-scan.ts
var run_scan = __webpack_require__(8480);
// EXTERNAL MODULE: ./src/scan/targets/directory.ts
var directory = __webpack_require__(707);
// EXTERNAL MODULE: ./src/scan/targets/source.ts
var source = __webpack_require__(471);
;// CONCATENATED MODULE: ./src/checks/redaction.ts








/**
 * What a packet's `redaction.<flag>: false` promises is absent, as public-safety categories. The
 * CAVRA contracts pin these flags to false; the scanner checks the content keeps the promise.
 */
const DEFAULT_REDACTION_FLAGS = {
    ip_address_included: ['ip-address'],
    recipient_addresses_included: ['identity'],
    evaluator_identity_included: ['identity'],
    operator_identity_included: ['identity'],
    auditor_identity_included: ['identity'],
    approver_identity_included: ['identity'],
    board_member_identity_included: ['identity'],
    download_urls_included: ['signed-url'],
    download_url_included: ['signed-url'],
    package_tokens_included: ['package-token', 'private-registry'],
    package_token_included: ['package-token', 'private-registry'],
    license_key_included: ['license-key'],
    provider_response_included: ['payload'],
    provider_responses_included: ['payload'],
    provider_tokens_included: ['saas-key', 'package-token'],
    secrets_included: ['package-token', 'cloud-key', 'saas-key', 'private-key', 'jwt', 'url-credentials', 'smtp-credentials', 'private-registry', 'generic-secret'],
    source_code_included: ['source-code'],
};
/**
 * Nothing that must never be public is in the named files, or in a packet's documents: the
 * public-safety scanner (with the policy's `scan` settings) runs over them, and each finding is
 * reported at its line with a masked value and a fingerprint, never the value.
 */
const redactionCheck = {
    meta: {
        id: 'redaction',
        description: 'Files or a packet hold nothing the public-safety rules forbid (tokens, keys, identities, IP addresses...).',
        subject: 'repository',
        options: {
            type: 'object',
            properties: {
                paths: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Globs of the files to scan.' },
                packet: { ...PACKET_OPTION, description: "Scan this packet's documents." },
                rules: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Only these rule ids (default: every rule of the scan settings).' },
                categories: { type: 'array', items: { enum: config/* CATEGORIES */.R6 }, description: 'Only rules of these categories.' },
                declared: { type: 'string', pattern: '^/.*', description: "With packet: pointer to the packet's redaction declarations (flags set to false)." },
                flags: {
                    type: 'object',
                    additionalProperties: { type: 'array', items: { enum: config/* CATEGORIES */.R6 }, minItems: 1 },
                    description: 'Declaration flag -> the categories it promises are absent (default: the CAVRA flags).',
                },
            },
        },
        messages: {
            finding: '{{rule}}: {{description}} ({{masked}}, {{fingerprint}})',
            contradiction: 'the packet declares {{flag}}: false but holds {{what}} ({{rule}}: {{masked}}, {{fingerprint}})',
            'no-files': 'nothing to scan: no file matches {{paths}}',
        },
    },
    prepare(options, ctx) {
        requirePacket(ctx, options.packet);
        if ((options.paths === undefined) === (options.packet === undefined))
            ctx.problem('', 'set exactly one of "paths" (files to scan) or "packet" (a packet to scan)');
        if (options.declared !== undefined && options.packet === undefined)
            ctx.problem('/declared', '"declared" reads a packet\'s own redaction flags: set "packet"');
    },
    describe(options) {
        const what = options.packet ? `packet "${options.packet}"` : (options.paths ?? []).join(', ');
        const which = options.rules ? ` (rules: ${options.rules.join(', ')})` : options.categories ? ` (categories: ${options.categories.join(', ')})` : '';
        return `${what} holds nothing the public-safety rules forbid${which}`;
    },
    async run(ctx) {
        const o = ctx.options;
        if (o.packet && o.declared) {
            for (const instance of ctx.packets.get(o.packet)?.instances ?? [])
                if (instance.document)
                    checkDeclarations(ctx, instance.document);
            return;
        }
        const findings = o.packet ? scanPacket(ctx, o.packet) : await scanPaths(ctx, o.paths ?? []);
        if (findings === undefined)
            return;
        for (const f of findings)
            if (wanted(o, f))
                redaction_report(ctx, f);
    },
};
function wanted(o, f) {
    return (!o.rules || o.rules.includes(f.ruleId)) && (!o.categories || o.categories.includes(f.category));
}
function redaction_report(ctx, f) {
    ctx.report({
        messageId: 'finding',
        data: { rule: f.ruleId, description: f.description, masked: f.masked, fingerprint: f.fingerprint },
        at: scanLocation(f),
    });
}
const CATEGORY_WORDS = {
    'package-token': 'a package token',
    'cloud-key': 'a cloud key',
    'saas-key': 'a service API key',
    'private-key': 'a private key',
    jwt: 'a JSON Web Token',
    'url-credentials': 'credentials in a URL',
    'smtp-credentials': 'SMTP credentials',
    'private-registry': 'a private registry credential',
    'signed-url': 'a signed download URL',
    'license-key': 'a license key',
    identity: 'an identity (an e-mail address)',
    'ip-address': 'an IP address',
    payload: 'a raw provider response or request payload',
    'source-code': 'Enterprise source code',
    'generic-secret': 'a secret',
    archive: 'an unsafe archive',
};
/**
 * A packet that declares `<flag>: false` must not hold what the flag is about: each finding of a
 * category some false flag covers is reported as that contradiction, at its line; the rest as
 * plain findings.
 */
function checkDeclarations(ctx, doc) {
    const o = ctx.options;
    const flags = o.flags ?? DEFAULT_REDACTION_FLAGS;
    const declared = (0,document_select/* select */.Lt)(doc.value, o.declared)[0]?.value;
    const promised = new Map();
    if (declared && typeof declared === 'object') {
        for (const [flag, value] of Object.entries(declared)) {
            if (value !== false)
                continue;
            for (const category of flags[flag] ?? [])
                if (!promised.has(category))
                    promised.set(category, `${o.declared}/${flag}`.replace(/^\//, '').replace(/\//g, '.'));
        }
    }
    for (const f of ctx.scanner().scanText(doc.file, doc.text)) {
        if (!wanted(o, f))
            continue;
        const flag = promised.get(f.category);
        if (!flag) {
            redaction_report(ctx, f);
            continue;
        }
        ctx.report({
            messageId: 'contradiction',
            data: { flag, what: CATEGORY_WORDS[f.category], rule: f.ruleId, masked: f.masked, fingerprint: f.fingerprint },
            at: scanLocation(f),
        });
    }
}
async function scanPaths(ctx, paths) {
    const wanted = new Set((0,discover/* expandGlobs */.GE)(ctx.cwd, paths));
    if (wanted.size === 0) {
        ctx.report({ messageId: 'no-files', state: 'unknown', data: { paths: paths.join(', ') }, at: { option: '/paths' } });
        return undefined;
    }
    const files = [...wanted].map((path) => (0,directory/* fileSource */.I)((0,external_node_path_.join)(ctx.cwd, path), path));
    return (0,run_scan/* scanFiles */.Tu)(files, ctx.scanner(), ctx.scanSettings.limits, (0,source/* emptyStats */.b)());
}
function scanPacket(ctx, id) {
    const scanner = ctx.scanner();
    return (ctx.packets.get(id)?.instances ?? []).flatMap((i) => (i.document ? scanner.scanText(i.document.file, i.document.text) : []));
}

;// CONCATENATED MODULE: ./src/checks/pairs.ts




/**
 * Every file of one kind has its counterpart: each contract schema its redacted example, each
 * packet its Markdown page. The counterpart's path is built from the file name's match groups.
 */
const pairsCheck = {
    meta: {
        id: 'pairs',
        description: 'Each file matching a glob has a counterpart whose path is built from its name (every schema has its example).',
        subject: 'repository',
        options: {
            type: 'object',
            required: ['from', 'match', 'to'],
            properties: {
                from: { type: 'string', minLength: 1, description: 'Glob of the files that need a counterpart.' },
                match: { type: 'string', minLength: 1, description: "Regular expression on each file's name, with capture groups." },
                to: { type: 'string', minLength: 1, description: 'Repository path of the counterpart, with $1, $2... from the match.' },
            },
        },
        messages: {
            missing: '{{file}} has no counterpart: expected {{expected}}',
            'no-match': "{{file}}'s name does not match {{pattern}}",
            'no-files': 'nothing matches {{from}}',
        },
    },
    prepare(options, ctx) {
        try {
            return { match: (0,linear_regex/* linearRegex */.t)(options.match) };
        }
        catch (err) {
            ctx.problem('/match', err.message);
            return undefined;
        }
    },
    describe(options) {
        return `each ${options.from} has its ${options.to}`;
    },
    run(ctx) {
        const { match } = ctx.prepared;
        const files = (0,discover/* expandGlobs */.GE)(ctx.cwd, [ctx.options.from]);
        if (files.length === 0) {
            ctx.report({ messageId: 'no-files', state: 'unknown', data: { from: ctx.options.from }, at: { option: '/from' } });
            return;
        }
        for (const file of files) {
            const m = match.exec(external_node_path_.posix.basename(file));
            if (!m) {
                ctx.report({ messageId: 'no-match', data: { file, pattern: ctx.options.match }, at: { location: { file, line: 1, column: 1 } } });
                continue;
            }
            const expected = ctx.options.to.replace(/\$(\d)/g, (_, i) => m[Number(i)] ?? '');
            if (!(0,safe_read/* isRegularFileInside */.lW)(ctx.cwd, expected))
                ctx.report({ messageId: 'missing', data: { file, expected }, at: { location: { file, line: 1, column: 1 } } });
        }
    },
};

// EXTERNAL MODULE: ./src/scan/scan.ts + 2 modules
var scan = __webpack_require__(4163);
;// CONCATENATED MODULE: ./src/checks/payload.ts






const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 };
/**
 * What a release publishes holds nothing that must never be public: the payload named in the
 * policy's `payloads` (npm's file list, a build context, every layer of an image, an archive) is
 * scanned as `readiness-gate scan` would scan it, and each finding is reported at its path inside
 * the payload. A payload that is not there yet cannot be judged: the gate is `unknown`.
 */
const payloadCheck = {
    meta: {
        id: 'payload',
        description: 'A payload the release publishes (npm package, build context, image, archive) holds nothing the public-safety rules forbid.',
        subject: 'repository',
        options: {
            type: 'object',
            required: ['payload'],
            properties: {
                payload: { type: 'string', minLength: 1, description: 'Id of an entry of the policy\'s `payloads`.' },
                categories: { type: 'array', items: { enum: config/* CATEGORIES */.R6 }, description: 'Only rules of these categories.' },
                'min-severity': { enum: ['low', 'medium', 'high', 'critical'], description: 'Leave out findings below this severity.' },
            },
        },
        messages: {
            finding: '{{rule}} in {{payload}}: {{description}} ({{masked}}, {{fingerprint}})',
            missing: 'payload "{{payload}}" is not there: {{path}} does not exist; build it before this gate runs (run it in the publish job, after the build)',
            failed: 'payload "{{payload}}" could not be scanned: {{error}}',
        },
    },
    prepare(options, ctx) {
        if (!ctx.payloads.has(options.payload)) {
            const known = [...ctx.payloads.keys()];
            ctx.problem('/payload', `no payload "${options.payload}" in the policy's payloads${known.length ? ` (known: ${known.join(', ')})` : ': declare it under payloads'}`);
        }
    },
    describe(options) {
        const which = options.categories ? ` (categories: ${options.categories.join(', ')})` : '';
        return `payload "${options.payload}" holds nothing the public-safety rules forbid${which}`;
    },
    async run(ctx) {
        const def = ctx.payloads.get(ctx.options.payload);
        const path = (0,external_node_path_.isAbsolute)(def.path) ? def.path : (0,external_node_path_.join)(ctx.cwd, def.path);
        if (!(0,external_node_fs_.existsSync)(path)) {
            ctx.report({ messageId: 'missing', state: 'unknown', data: { payload: def.id, path: def.path }, at: { option: '/payload' } });
            return;
        }
        const env = ctx.fingerprintKey ? { [mask/* FINGERPRINT_KEY_ENV */.$I]: ctx.fingerprintKey } : {};
        let findings;
        try {
            findings = (await (0,scan/* scanTarget */.r)(target(def, path, ctx), ctx.scanSettings, env)).findings;
        }
        catch (err) {
            ctx.report({ messageId: 'failed', state: 'unknown', data: { payload: def.id, error: err.message }, at: { option: '/payload' } });
            return;
        }
        const floor = SEVERITY_RANK[ctx.options['min-severity'] ?? 'low'];
        for (const f of findings) {
            if (SEVERITY_RANK[f.severity] < floor || (ctx.options.categories && !ctx.options.categories.includes(f.category)))
                continue;
            ctx.report({
                messageId: 'finding',
                data: { rule: f.ruleId, payload: def.id, description: f.description, masked: f.masked, fingerprint: f.fingerprint },
                at: scanLocation({ ...f, file: inRepo(def, f.file) }),
            });
        }
    },
};
/** Folder payloads report repository paths (`dist/x.js`), so annotations land on the file. */
function inRepo(def, file) {
    const folder = def.kind === 'directory' || def.kind === 'docker-context' || def.kind === 'npm-pack';
    return folder && !(0,external_node_path_.isAbsolute)(def.path) && def.path !== '.' ? external_node_path_.posix.join(def.path, file) : file;
}
function target(def, path, ctx) {
    switch (def.kind) {
        case 'npm-pack':
            return { kind: 'npm-pack', root: path };
        case 'docker-context':
            return { kind: 'docker-context', root: path, ...(def.dockerfile ? { dockerfile: (0,external_node_path_.join)(ctx.cwd, def.dockerfile) } : {}) };
        case 'image':
            return { kind: 'archive', file: path, name: def.path, image: true };
        case 'archive':
            return { kind: 'archive', file: path, name: def.path };
        case 'directory':
            return { kind: 'directory', root: path };
    }
}

;// CONCATENATED MODULE: ./src/util/markdown-anchors.ts
/**
 * The heading anchors GitHub generates for a Markdown file: lower-cased heading text with
 * punctuation removed and spaces turned into hyphens; repeats get "-1", "-2"... Explicit
 * `<a name="x">` / `id="x"` anchors count too.
 */
function markdownAnchors(text) {
    const anchors = new Set();
    const counts = new Map();
    const add = (heading) => {
        const base = slug(heading);
        const n = counts.get(base) ?? 0;
        counts.set(base, n + 1);
        anchors.add(n === 0 ? base : `${base}-${n}`);
    };
    const lines = text.split(/\r?\n/);
    let fence;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
        if (fenceMatch) {
            if (!fence)
                fence = fenceMatch[1][0];
            else if (fenceMatch[1][0] === fence)
                fence = undefined;
            continue;
        }
        if (fence)
            continue;
        const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
        if (atx)
            add(atx[1]);
        else if (i + 1 < lines.length && /^\s{0,3}(=+|-+)\s*$/.test(lines[i + 1]) && line.trim() !== '' && !/^\s{0,3}[-*+>]/.test(line)) {
            add(line.trim());
        }
        for (const m of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/gi))
            anchors.add(m[1]);
    }
    return anchors;
}
function slug(heading) {
    return heading
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images keep their text
        .replace(/<[^>]+>/g, '') // inline HTML
        .replace(/[`*~]/g, '') // emphasis and code markers
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-');
}

;// CONCATENATED MODULE: ./src/checks/refs.ts







/** Evidence refs resolve: to a file (and a heading anchor in it), or to another packet. */
const refsCheck = {
    meta: {
        id: 'refs',
        description: 'Evidence refs resolve to an existing file (and heading anchor) or to another packet.',
        subject: 'packet',
        options: {
            type: 'object',
            required: ['packet', 'fields'],
            properties: {
                packet: PACKET_OPTION,
                fields: { type: 'array', minItems: 1, items: PATH_OPTION, description: 'Where refs are written; a selected list counts each string in it.' },
                resolve: {
                    type: 'array',
                    minItems: 1,
                    uniqueItems: true,
                    items: { enum: ['file', 'packet'] },
                    description: 'What a ref may resolve to (default [file]).',
                },
                match: { type: 'string', minLength: 1, description: 'Only values matching this regular expression are refs.' },
                base: { enum: ['root', 'packet'], description: "File refs are relative to the repository root (default) or the packet's folder." },
                'id-fields': { type: 'array', items: PATH_OPTION, description: 'Pointers to the id of other packets, for `packet` resolution.' },
            },
        },
        messages: {
            unresolved: '{{pointer}}: ref "{{ref}}" does not resolve to {{kinds}}',
            'no-anchor': '{{pointer}}: "{{file}}" has no heading "#{{anchor}}"',
            'not-a-string': '{{pointer}}: a ref must be a string',
            'no-refs': 'evidence missing: no refs at {{fields}}',
        },
    },
    prepare(options, ctx) {
        requirePacket(ctx, options.packet);
        options.fields.forEach((f, i) => requirePattern(ctx, f, `/fields/${i}`));
        (options['id-fields'] ?? []).forEach((f, i) => requirePattern(ctx, f, `/id-fields/${i}`));
        if (options.match === undefined)
            return {};
        try {
            return { match: (0,linear_regex/* linearRegex */.t)(options.match) };
        }
        catch (err) {
            ctx.problem('/match', err.message);
            return {};
        }
    },
    describe(options) {
        return `refs at ${options.fields.join(', ')} in packet "${options.packet}" resolve to ${(options.resolve ?? ['file']).join(' or ')}`;
    },
    run(ctx) {
        const doc = ctx.doc;
        const { match } = ctx.prepared;
        let seen = 0;
        for (const field of ctx.options.fields) {
            for (const hit of (0,document_select/* select */.Lt)(doc.value, field)) {
                const items = Array.isArray(hit.value) ? hit.value.map((v, i) => ({ pointer: `${hit.pointer}/${i}`, value: v })) : [hit];
                for (const item of items) {
                    seen++;
                    if (typeof item.value !== 'string') {
                        ctx.report({ messageId: 'not-a-string', data: { pointer: item.pointer }, at: { doc, pointer: item.pointer } });
                        continue;
                    }
                    if (match && !match.test(item.value))
                        continue;
                    checkRef(ctx, doc, item.pointer, item.value);
                }
            }
        }
        if (seen === 0 && !match)
            ctx.report({ messageId: 'no-refs', data: { fields: ctx.options.fields.join(', ') }, at: { doc, pointer: '' } });
    },
};
function checkRef(ctx, doc, pointer, ref) {
    const kinds = ctx.options.resolve ?? ['file'];
    if (kinds.includes('packet') && resolvesToPacket(ctx, ref))
        return;
    if (kinds.includes('file')) {
        const [path, anchor] = splitAnchor(ref);
        const base = ctx.options.base === 'packet' ? (0,external_node_path_.dirname)(doc.file) : '';
        const file = (0,discover/* toPosix */.d7)((0,external_node_path_.normalize)((0,external_node_path_.join)(base, path)));
        if (path !== '' && !file.startsWith('../') && (0,safe_read/* isRegularFileInside */.lW)(ctx.cwd, file)) {
            if (anchor === undefined || !/\.(md|markdown)$/i.test(file))
                return;
            const read = (0,safe_read/* readInside */.xO)(ctx.cwd, file);
            const anchors = markdownAnchors(read.ok ? read.bytes.toString('utf8') : '');
            if (anchors.has(anchor.toLowerCase()) || anchors.has(anchor))
                return;
            ctx.report({ messageId: 'no-anchor', data: { pointer, file, anchor: quoteValue(ctx, anchor) }, at: { doc, pointer } });
            return;
        }
    }
    ctx.report({ messageId: 'unresolved', data: { pointer, ref: quoteValue(ctx, ref, 120), kinds: kinds.map(describeKind).join(' or ') }, at: { doc, pointer } });
}
function describeKind(kind) {
    return kind === 'file' ? 'an existing file' : 'a packet';
}
function splitAnchor(ref) {
    const i = ref.indexOf('#');
    if (i === -1)
        return [ref, undefined];
    const fragment = ref.slice(i + 1);
    try {
        return [ref.slice(0, i), decodeURIComponent(fragment)];
    }
    catch {
        return [ref.slice(0, i), fragment];
    }
}
function resolvesToPacket(ctx, ref) {
    if (ctx.packets.defs.has(ref))
        return true;
    const idFields = ctx.options['id-fields'] ?? [];
    if (idFields.length === 0)
        return false;
    return ctx.packets.documents().some((d) => idFields.some((f) => (0,document_select/* select */.Lt)(d.value, f).some((hit) => hit.value === ref)));
}

// EXTERNAL MODULE: ./src/util/ajv-errors.ts
var ajv_errors = __webpack_require__(2627);
;// CONCATENATED MODULE: ./src/checks/schema.ts






/**
 * Validates each document of a packet against a JSON Schema (draft-07, 2019-09 or 2020-12): one
 * named schema, or the schema a catalog holds for it, chosen by discriminator (the schema that pins
 * the packet's `schema_version`) or by file name (enterprise-report-X-public.example.json pairs with
 * aispm-report-X.schema.json). A packet no schema claims is a finding, never a skip.
 */
const schemaCheck = {
    meta: {
        id: 'schema',
        description: 'The packet validates against a JSON Schema, named or chosen from a catalog; each violation is reported at the offending value.',
        subject: 'packet',
        options: {
            type: 'object',
            required: ['packet'],
            properties: {
                packet: PACKET_OPTION,
                schema: { type: 'string', minLength: 1, description: "Schema file; defaults to the packet's `schema`." },
                catalog: { type: 'string', minLength: 1, description: 'Glob of schema files to choose from, per document.' },
                select: { enum: ['discriminator', 'file-name'], description: 'How a catalog schema is chosen (default discriminator).' },
                discriminator: { type: 'string', pattern: '^/[^/]+$', description: 'Top-level field whose value a schema pins with const (default /schema_version).' },
                'file-name': {
                    type: 'object',
                    additionalProperties: false,
                    required: ['match', 'schema'],
                    properties: {
                        match: { type: 'string', minLength: 1, description: "Regular expression on the packet's file name, with capture groups." },
                        schema: { type: 'string', minLength: 1, description: 'The schema file name, with $1, $2... from the match.' },
                    },
                },
                'max-errors': { type: 'integer', minimum: 1, maximum: 10000, description: 'Findings per document (default 50).' },
            },
        },
        messages: {
            violation: '{{message}} (schema {{schema}})',
            'schema-unusable': 'cannot validate against {{schema}}: {{message}}',
            truncated: '{{count}} more schema violations not shown (raise max-errors to see them)',
            'no-discriminator': 'no {{field}} to choose a schema by: the catalog {{catalog}} pins schemas on it',
            'unknown-discriminator': '{{field}} is "{{value}}", which no schema in {{catalog}} declares{{hint}}',
            'ambiguous-discriminator': '{{field}} "{{value}}" is pinned by several schemas: {{schemas}}',
            'no-file-name-match': 'file name does not match {{pattern}}, so no schema is paired with it',
            'no-paired-schema': 'no schema {{schema}} in {{catalog}} to pair with this file',
        },
    },
    prepare(options, ctx) {
        requirePacket(ctx, options.packet);
        const def = ctx.packets.get(options.packet);
        if (options.catalog && options.schema)
            ctx.problem('/catalog', 'set "schema" (one schema) or "catalog" (a schema per document), not both');
        if (!options.catalog && (options.select || options.discriminator || options['file-name']))
            ctx.problem(options.select ? '/select' : '', '"select", "discriminator" and "file-name" choose from a "catalog": set one');
        if (def && !options.catalog && !options.schema && !def.schema) {
            ctx.problem('/packet', `packet "${options.packet}" declares no schema: set "schema" or "catalog" on this check, or "schema" on the packet`);
        }
        if (options.select === 'file-name' && !options['file-name'])
            ctx.problem('/select', 'select: file-name needs "file-name": {match, schema}');
        const fileName = options['file-name'];
        if (!fileName)
            return {};
        try {
            return { fileName: (0,linear_regex/* linearRegex */.t)(fileName.match) };
        }
        catch (err) {
            ctx.problem('/file-name/match', err.message);
            return {};
        }
    },
    describe(options) {
        if (options.catalog) {
            const how = options.select === 'file-name' ? `paired by file name (${options['file-name']?.schema})` : `chosen by ${options.discriminator ?? '/schema_version'}`;
            return `each document of packet "${options.packet}" validates against its schema in ${options.catalog}, ${how}`;
        }
        return `packet "${options.packet}" validates against ${options.schema ?? 'its declared schema'}`;
    },
    run(ctx) {
        const doc = ctx.doc;
        if (!doc)
            return;
        const schema = ctx.options.catalog ? fromCatalog(ctx, doc) : (ctx.options.schema ?? ctx.packets.defs.get(ctx.options.packet)?.schema);
        if (schema)
            validate(ctx, doc, schema);
    },
};
/** The catalog schema for one document, or undefined after reporting why there is none. */
function fromCatalog(ctx, doc) {
    const o = ctx.options;
    const catalog = o.catalog;
    if (o.select === 'file-name') {
        const rule = o['file-name'];
        const m = ctx.prepared.fileName.exec(external_node_path_.posix.basename(doc.file));
        if (!m) {
            ctx.report({ messageId: 'no-file-name-match', data: { pattern: rule.match }, at: { doc, pointer: '' } });
            return undefined;
        }
        const name = rule.schema.replace(/\$(\d)/g, (_, i) => m[Number(i)] ?? '');
        const file = ctx.schemas.catalog(catalog, '').byName.get(name);
        if (!file)
            ctx.report({ messageId: 'no-paired-schema', data: { schema: name, catalog }, at: { doc, pointer: '' } });
        return file;
    }
    const pointer = o.discriminator ?? '/schema_version';
    const field = pointer.slice(1);
    const value = (0,document_pointer/* getAt */.sM)(doc.value, pointer);
    if (typeof value !== 'string') {
        ctx.report({ messageId: 'no-discriminator', data: { field: pointer, catalog }, at: { doc, pointer: '' } });
        return undefined;
    }
    const found = ctx.schemas.catalog(catalog, field).byConst;
    const files = found.get(value);
    if (!files) {
        const hint = (0,suggest/* didYouMean */.au)(value, found.keys());
        ctx.report({ messageId: 'unknown-discriminator', data: { field: pointer, value: quoteValue(ctx, value, 100), catalog, hint }, at: { doc, pointer } });
        return undefined;
    }
    if (files.length > 1) {
        ctx.report({ messageId: 'ambiguous-discriminator', state: 'unknown', data: { field: pointer, value: quoteValue(ctx, value, 100), schemas: files.join(', ') }, at: { doc, pointer } });
        return undefined;
    }
    return files[0];
}
function validate(ctx, doc, schema) {
    const compiled = ctx.schemas.validator(schema);
    if (!compiled.ok) {
        ctx.report({ messageId: 'schema-unusable', state: 'unknown', data: { schema, message: compiled.message }, at: { location: compiled.location } });
        return;
    }
    if (compiled.validate(doc.value))
        return;
    const errors = (0,ajv_errors/* pruneAjvErrors */.V)(compiled.validate.errors ?? []);
    const max = ctx.options['max-errors'] ?? 50;
    for (const err of errors.slice(0, max)) {
        const explained = (0,ajv_errors/* explainAjvError */.h)(err, undefined);
        ctx.report({
            messageId: 'violation',
            data: { message: `${explained.pointer || '/'}: ${explained.message}`, schema },
            at: { doc, pointer: explained.pointer, which: explained.which },
        });
    }
    if (errors.length > max)
        ctx.report({ messageId: 'truncated', data: { count: errors.length - max }, at: { doc, pointer: '' } });
}

// EXTERNAL MODULE: ./src/engine/states.ts
var states = __webpack_require__(758);
;// CONCATENATED MODULE: ./src/checks/status.ts



const STATE = { enum: ['ready', 'degraded', 'blocked', 'unknown'] };
/** A packet's own state field decides the gate, through a map from the packet's vocabulary. */
const statusCheck = {
    meta: {
        id: 'status',
        description: "The packet's own state field feeds the gate, mapped from the packet's vocabulary to gate states.",
        subject: 'packet',
        options: {
            type: 'object',
            required: ['packet'],
            properties: {
                packet: PACKET_OPTION,
                field: { ...PATH_OPTION, description: 'Where the state is written (default /status); may select several values.' },
                map: {
                    type: 'object',
                    additionalProperties: STATE,
                    description: 'Packet state -> gate state. Without it, ready/degraded/blocked/unknown map to themselves.',
                },
                missing: { enum: ['blocked', 'unknown'], description: 'Gate state when the field is absent (default blocked).' },
            },
        },
        messages: {
            'not-ready': '{{field}} is "{{value}}", which makes the gate {{state}}',
            unmapped: '{{field}} is "{{value}}", which the policy does not map to a gate state (mapped: {{known}})',
            missing: 'evidence missing: no state at {{field}}',
        },
    },
    prepare(options, ctx) {
        requirePacket(ctx, options.packet);
        requirePattern(ctx, options.field, '/field');
    },
    describe(options) {
        const map = options.map ? Object.entries(options.map).map(([k, v]) => `${k}->${v}`).join(', ') : 'ready/degraded/blocked/unknown';
        return `packet "${options.packet}" field ${options.field ?? '/status'} decides the state (${map})`;
    },
    run(ctx) {
        const doc = ctx.doc;
        if (!doc)
            return;
        const field = ctx.options.field ?? '/status';
        const map = ctx.options.map;
        const hits = (0,document_select/* select */.Lt)(doc.value, field);
        if (hits.length === 0) {
            ctx.report({ messageId: 'missing', state: ctx.options.missing ?? 'blocked', data: { field }, at: { doc, pointer: '' } });
            return;
        }
        for (const hit of hits) {
            const value = typeof hit.value === 'string' ? hit.value : JSON.stringify(hit.value);
            const state = map ? map[value] : (0,states/* isGateState */.ZJ)(value) ? value : undefined;
            if (state === 'ready')
                continue;
            // Quoted only when reported: the scanner runs over the value to keep secrets out of messages.
            const data = { field: hit.pointer, value: quoteValue(ctx, value), state: state ?? 'unknown' };
            if (state === undefined) {
                const known = Object.keys(map ?? { ready: 1, degraded: 1, blocked: 1, unknown: 1 }).join(', ');
                ctx.report({ messageId: 'unmapped', state: 'unknown', data: { ...data, known }, at: { doc, pointer: hit.pointer } });
            }
            else {
                ctx.report({ messageId: 'not-ready', state, data, at: { doc, pointer: hit.pointer } });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/util/markdown-links.ts
const INLINE = /(!?)\[((?:[^\[\]\\]|\\.)*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;
const WIKI = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;
/** Inline links, images and [[wiki links]], outside code fences and inline code. */
function markdownLinks(text) {
    const masked = maskCode(text);
    const links = [];
    for (const m of masked.matchAll(INLINE)) {
        links.push({ kind: m[1] ? 'image' : 'link', text: text.slice(m.index + m[1].length + 1, m.index + m[1].length + 1 + m[2].length), target: m[3], offset: m.index });
    }
    for (const m of masked.matchAll(WIKI)) {
        // [[Page]] or [[Text|Page]]: GitHub wikis put the page last.
        const page = (m[2] ?? m[1]).trim();
        links.push({ kind: 'wiki', text: m[1].trim(), target: page, offset: m.index });
    }
    return links.sort((a, b) => a.offset - b.offset);
}
/** Replaces fenced code and inline code spans with spaces, keeping every offset where it was. */
function maskCode(text) {
    let out = text.replace(/^( {0,3})(```|~~~)[^\n]*\n[\s\S]*?(?:^\1\2[^\n]*$|(?![\s\S]))/gm, (block) => block.replace(/[^\n]/g, ' '));
    out = out.replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length));
    return out;
}
/** The file a GitHub wiki page name stands for: "Trial Field Guide" -> "Trial-Field-Guide.md". */
function wikiPageFile(name) {
    const base = name.split('/').pop().replace(/\.md$/i, '');
    return `${base.trim().replace(/\s+/g, '-')}.md`;
}
/** The H1 title of a Markdown page (ATX or setext), if any. */
function markdownTitle(text) {
    const masked = maskCode(text);
    const atx = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(masked);
    const setext = /^(?! {0,3}[-*+>#])(\S.*)\n {0,3}=+[ \t]*$/m.exec(masked);
    const first = [atx, setext].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
    return first ? { title: text.slice(first.index, first.index + first[0].length).replace(/^ {0,3}#[ \t]+/, '').replace(/[ \t#]*$/, '').split('\n')[0].trim(), offset: first.index } : undefined;
}
/** Section headings (levels 2 to 6) of a Markdown page. */
function markdownSections(text) {
    const masked = maskCode(text);
    return [...masked.matchAll(/^ {0,3}#{2,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1].trim());
}

;// CONCATENATED MODULE: ./src/checks/wiki-page.ts



const DEFAULT_SECTIONS = ['Public Safety Rules', 'Related Pages'];
/**
 * One existing page: its flags, title, required sections, checkpoint coverage and forbidden
 * markers. `match: substring` decides title and sections as plain case-sensitive substrings (the
 * title anywhere in the text, `## Section` anywhere), the way hand-written validators do.
 */
function checkWikiPage(ctx, page, text) {
    const o = ctx.options;
    const top = { file: page.file, line: 1, column: 1 };
    for (const flag of o['page-flags'] ?? []) {
        if (!page.entry?.[flag])
            ctx.report({ messageId: 'page-flag', data: { page: page.label, flag }, at: flagAnchor(page, flag) });
    }
    if (!titlePresent(text, page, o.match)) {
        ctx.report({ messageId: 'no-title', data: { file: page.file, title: quoteValue(ctx, wantedTitle(page), 200) }, at: { location: top } });
    }
    for (const section of o.sections ?? DEFAULT_SECTIONS) {
        if (!sectionPresent(text, section, o.match))
            ctx.report({ messageId: 'no-section', data: { file: page.file, section }, at: { location: top } });
    }
    if (o.checkpoints)
        checkCheckpoints(ctx, page, text, o.checkpoints);
    if (o.forbids) {
        const s = searchable(page.file, text);
        for (const term of o.forbids) {
            for (const range of findTerm(s, term)) {
                ctx.report({ messageId: 'forbidden', data: { file: page.file, term: quoteValue(ctx, term, 200) }, at: { location: { file: page.file, ...range } } });
            }
        }
    }
}
function wantedTitle(page) {
    return page.title ?? page.label.replace(/\.md$/i, '').replace(/-/g, ' ');
}
function titlePresent(text, page, match) {
    const want = wantedTitle(page);
    if (match === 'substring')
        return text.includes(want);
    const title = markdownTitle(text);
    return title !== undefined && title.title.toLowerCase() === want.toLowerCase();
}
function sectionPresent(text, section, match) {
    if (match === 'substring')
        return text.includes(`## ${section}`);
    return markdownSections(text).some((s) => s.toLowerCase() === section.toLowerCase());
}
/**
 * Each checkpoint ref the entry lists is named in the page, unless the page has a checkpoint
 * section at all (`covered-by`, e.g. "Checkpoint", which also matches "Checkpoints").
 */
function checkCheckpoints(ctx, page, text, opt) {
    const refs = page.entry?.[opt.field];
    if (!Array.isArray(refs))
        return;
    if (opt['covered-by'] !== undefined && text.includes(opt['covered-by']))
        return;
    refs.forEach((ref, i) => {
        if (typeof ref === 'string' && !text.includes(ref)) {
            const at = 'doc' in page.at ? { doc: page.at.doc, pointer: `${page.at.pointer}/${opt.field}/${i}` } : page.at;
            ctx.report({ messageId: 'no-checkpoint', data: { page: page.label, ref: quoteValue(ctx, ref) }, at });
        }
    });
}
function flagAnchor(page, flag) {
    if (!('doc' in page.at))
        return page.at;
    const has = page.entry && Object.prototype.hasOwnProperty.call(page.entry, flag);
    return { doc: page.at.doc, pointer: has ? `${page.at.pointer}/${flag}` : page.at.pointer };
}

;// CONCATENATED MODULE: ./src/checks/wiki.ts









/**
 * A GitHub wiki is ready to publish: every page exists, Home links it, it has its title and the
 * required sections, its relative links and heading anchors resolve, and its required visual
 * assets are public-safe with alt text where a page embeds them.
 */
const wikiCheck = {
    meta: {
        id: 'wiki',
        description: 'Wiki pages exist, are linked from Home, carry their title and required sections, and their links, anchors and assets are sound.',
        subject: 'repository',
        options: {
            type: 'object',
            required: ['dir'],
            properties: {
                dir: { type: 'string', minLength: 1, description: 'The wiki folder, e.g. docs/wiki.' },
                home: { type: 'string', minLength: 1, description: 'The navigation page (default Home.md).' },
                packet: { ...PACKET_OPTION, description: 'A publication-readiness packet listing the pages and assets.' },
                pages: { ...PATH_OPTION, description: 'With packet: selects the page entries, e.g. /wiki_pages/*.' },
                'page-field': { type: 'string', minLength: 1, description: 'Entry field with the page name or path (default page).' },
                'title-field': { type: 'string', minLength: 1, description: 'Entry field with the page title (default title).' },
                'page-path-field': { type: 'string', minLength: 1, description: "Entry field with the page file's repository-relative path (e.g. source_ref); overrides page-field." },
                'page-id-field': { type: 'string', minLength: 1, description: 'Entry field that names the page in messages (e.g. page_id).' },
                'listed-by': {
                    enum: ['link', 'file-name'],
                    description: 'How Home lists a page: a link to it (default), or its bare file name (e.g. X.md) anywhere in the text.',
                },
                'page-list': { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Pages named here instead of in a packet.' },
                sections: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Headings every page needs (default Public Safety Rules, Related Pages).' },
                match: {
                    enum: ['markdown', 'substring'],
                    description: 'Title and sections as Markdown headings, case-insensitive (default), or as case-sensitive substrings.',
                },
                'page-flags': { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Entry fields that must be true (e.g. nav_entry_required).' },
                checkpoints: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['field'],
                    properties: { field: { type: 'string', minLength: 1 }, 'covered-by': { type: 'string', minLength: 1 } },
                    description: 'Entry field listing checkpoint refs each page must name, unless it contains `covered-by`.',
                },
                forbids: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Strings no page may contain.' },
                assets: { ...PATH_OPTION, description: 'With packet: selects the visual asset entries, e.g. /visual_assets/*.' },
                'asset-path-field': { type: 'string', minLength: 1, description: 'Asset entry field with its file path (default path); absent: the file is not looked up.' },
                'asset-flags': { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Asset entry fields that must be true (e.g. alt_text_required).' },
                links: { type: 'boolean', description: 'Check relative links and heading anchors (default true).' },
            },
        },
        messages: {
            'no-home': 'the wiki has no navigation page {{file}}',
            'page-missing': 'wiki page "{{page}}" has no file {{file}}',
            'not-in-home': 'wiki page "{{page}}" is not linked from {{home}}',
            'not-listed-in-home': 'wiki page "{{page}}": its file name {{name}} does not appear in {{home}}',
            'page-flag': 'wiki page "{{page}}": {{flag}} must be true',
            'asset-flag': 'visual asset {{asset}}: {{flag}} must be true',
            'no-checkpoint': 'wiki page "{{page}}" names no checkpoint {{ref}} and has no checkpoint section',
            forbidden: '{{file}} contains the forbidden marker "{{term}}"',
            'no-title': '{{file}} has no "# {{title}}" title',
            'no-section': '{{file}} has no "## {{section}}" section',
            'broken-link': 'link to "{{target}}" does not resolve{{why}}',
            'asset-not-public-safe': 'visual asset {{asset}}: its redaction_status is "{{status}}", not public_safe',
            'asset-missing': 'visual asset {{asset}} is required but the file does not exist',
            'no-alt': 'image {{asset}} has no alt text',
            'no-pages': 'no wiki pages are listed at {{pages}}',
        },
    },
    prepare(options, ctx) {
        requirePacket(ctx, options.packet);
        requirePattern(ctx, options.pages, '/pages');
        requirePattern(ctx, options.assets, '/assets');
        if (options.packet && !options.pages)
            ctx.problem('/packet', 'with "packet", set "pages": where the packet lists the wiki pages (e.g. /wiki_pages/*)');
        if (!options.packet && !options['page-list'])
            ctx.problem('', 'name the pages: "packet" with "pages", or "page-list"');
        if (options.assets && !options.packet)
            ctx.problem('/assets', '"assets" reads the packet: set "packet"');
    },
    describe(options) {
        return `wiki ${options.dir}: pages exist, are linked from ${options.home ?? 'Home.md'}, have title and sections (${(options.sections ?? DEFAULT_SECTIONS).join(', ')}), links resolve`;
    },
    run(ctx) {
        texts = new Map();
        const o = ctx.options;
        const doc = o.packet ? ctx.packets.get(o.packet)?.instances.find((i) => i.document)?.document : undefined;
        const pages = listPages(ctx, doc);
        if (pages === undefined)
            return;
        const home = external_node_path_.posix.join(o.dir, o.home ?? 'Home.md');
        const homeText = readText(ctx.cwd, home);
        if (homeText === undefined)
            ctx.report({ messageId: 'no-home', data: { file: home }, at: { location: { file: home } } });
        const requiredAssets = doc && o.assets ? checkAssets(ctx, doc) : new Set();
        const files = new Set(homeText !== undefined ? [home] : []);
        for (const page of pages) {
            const text = readText(ctx.cwd, page.file);
            if (text === undefined) {
                ctx.report({ messageId: 'page-missing', data: { page: page.label, file: page.file }, at: page.nameAt });
                continue;
            }
            files.add(page.file);
            if (homeText !== undefined)
                checkListed(ctx, page, home, homeText);
            checkWikiPage(ctx, page, text);
        }
        if (o.links !== false)
            for (const file of files)
                checkLinks(ctx, file, requiredAssets);
    },
};
function listPages(ctx, doc) {
    const o = ctx.options;
    if (o['page-list']) {
        return o['page-list'].map((name, i) => {
            const at = { option: `/page-list/${i}` };
            return { label: name, file: external_node_path_.posix.join(o.dir, wikiPageFile(name)), at, nameAt: at };
        });
    }
    if (!doc)
        return undefined; // the packet is missing or unreadable: already reported
    const entries = (0,document_select/* select */.Lt)(doc.value, o.pages);
    if (entries.length === 0) {
        ctx.report({ messageId: 'no-pages', data: { pages: o.pages }, at: { doc, pointer: '' } });
        return undefined;
    }
    return entries.flatMap(({ pointer, value }) => {
        const entry = value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
        const pathField = o['page-path-field'];
        const nameField = pathField ?? o['page-field'] ?? 'page';
        const name = typeof value === 'string' ? value : entry?.[nameField];
        if (typeof name !== 'string')
            return [];
        const file = pathField ? (0,discover/* toPosix */.d7)((0,external_node_path_.normalize)(name)) : external_node_path_.posix.join(o.dir, wikiPageFile(name));
        const id = o['page-id-field'] ? entry?.[o['page-id-field']] : undefined;
        const title = entry?.[o['title-field'] ?? 'title'];
        const at = { doc, pointer };
        const nameAt = entry ? { doc, pointer: `${pointer}/${nameField}` } : at;
        return [{ label: typeof id === 'string' ? id : name, file, ...(typeof title === 'string' ? { title } : {}), ...(entry ? { entry } : {}), at, nameAt }];
    });
}
/**
 * Home lists the page: a link to it, or (`listed-by: file-name`) its bare file name anywhere in
 * Home's text, case-sensitive, so a wiki link without ".md" does not count.
 */
function checkListed(ctx, page, home, homeText) {
    if (ctx.options['listed-by'] === 'file-name') {
        const name = external_node_path_.posix.basename(page.file);
        if (!homeText.includes(name))
            ctx.report({ messageId: 'not-listed-in-home', data: { page: page.label, name: quoteValue(ctx, name), home }, at: page.nameAt });
        return;
    }
    const linked = new Set(markdownLinks(homeText).map((l) => pageFileOf(l.target)).filter((f) => f !== undefined));
    if (!linked.has(external_node_path_.posix.basename(page.file)) && !linked.has(external_node_path_.posix.relative(ctx.options.dir, page.file))) {
        ctx.report({ messageId: 'not-in-home', data: { page: page.label, home }, at: page.nameAt });
    }
}
/** Relative links and anchors in one page; images of required assets need alt text. */
function checkLinks(ctx, file, requiredAssets) {
    const text = readText(ctx.cwd, file);
    const lines = new document_lines/* LineIndex */.r(text);
    const dir = external_node_path_.posix.dirname(file);
    for (const link of markdownLinks(text)) {
        const at = () => ({ file, ...lines.position(link.offset) });
        if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(link.target))
            continue; // external: http(s), mailto...
        const [path, anchor] = wiki_splitAnchor(link.target);
        const targetFile = path === '' ? file : link.kind === 'wiki' || !external_node_path_.posix.extname(path) ? external_node_path_.posix.join(ctx.options.dir, wikiPageFile(path)) : (0,discover/* toPosix */.d7)((0,external_node_path_.normalize)(external_node_path_.posix.join(dir, path)));
        if (link.kind === 'image' && requiredAssets.has(targetFile) && link.text.trim() === '') {
            ctx.report({ messageId: 'no-alt', data: { asset: targetFile }, at: { location: at() } });
        }
        if (targetFile.startsWith('../') || !(0,safe_read/* isRegularFileInside */.lW)(ctx.cwd, targetFile)) {
            ctx.report({ messageId: 'broken-link', data: { target: link.target, why: `: ${targetFile} does not exist` }, at: { location: at() } });
            continue;
        }
        if (anchor && /\.md$/i.test(targetFile)) {
            const anchors = markdownAnchors(readText(ctx.cwd, targetFile) ?? '');
            if (!anchors.has(anchor.toLowerCase()))
                ctx.report({ messageId: 'broken-link', data: { target: link.target, why: `: ${targetFile} has no heading "#${anchor}"` }, at: { location: at() } });
        }
    }
}
/** Required assets must be public-safe and exist; returns their paths for the alt-text check. */
function checkAssets(ctx, doc) {
    const o = ctx.options;
    const flags = o['asset-flags'];
    const required = new Set();
    for (const { pointer, value } of (0,document_select/* select */.Lt)(doc.value, o.assets)) {
        const entry = value;
        if (!entry || typeof entry !== 'object')
            continue;
        const idField = typeof entry.asset_id === 'string' ? entry.asset_id : undefined;
        const path = entry[o['asset-path-field'] ?? 'path'];
        const asset = typeof path === 'string' ? (0,discover/* toPosix */.d7)((0,external_node_path_.normalize)(path)) : (idField ?? pointer);
        for (const flag of flags ?? []) {
            if (!entry[flag])
                ctx.report({ messageId: 'asset-flag', data: { asset: quoteValue(ctx, asset), flag }, at: { doc, pointer: flag in entry ? `${pointer}/${flag}` : pointer } });
        }
        // Without asset-flags an asset marked required: false is optional and not checked further.
        if (!flags && entry.required === false)
            continue;
        if (typeof path === 'string')
            required.add(asset);
        if (entry.redaction_status !== 'public_safe') {
            const status = quoteValue(ctx, String(entry.redaction_status ?? '(none)'));
            ctx.report({ messageId: 'asset-not-public-safe', data: { asset: quoteValue(ctx, asset), status }, at: { doc, pointer: 'redaction_status' in entry ? `${pointer}/redaction_status` : pointer } });
        }
        if (typeof path === 'string' && !(0,safe_read/* isRegularFileInside */.lW)(ctx.cwd, asset))
            ctx.report({ messageId: 'asset-missing', data: { asset: quoteValue(ctx, asset) }, at: { doc, pointer } });
    }
    return required;
}
/** The wiki page file a Home link points at, or undefined for links that are not pages. */
function pageFileOf(target) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(target))
        return undefined;
    const [path] = wiki_splitAnchor(target);
    const ext = external_node_path_.posix.extname(path);
    if (ext && ext.toLowerCase() !== '.md')
        return undefined;
    return wikiPageFile(path);
}
function wiki_splitAnchor(target) {
    const i = target.indexOf('#');
    const path = (i === -1 ? target : target.slice(0, i)).replace(/\?.*$/, '');
    if (i === -1)
        return [path, undefined];
    try {
        return [path, decodeURIComponent(target.slice(i + 1))];
    }
    catch {
        return [path, target.slice(i + 1)];
    }
}
/** Pages read once per check run (a page is read for its title, its links, and as a link target). */
let texts = new Map();
function readText(cwd, file) {
    if (!texts.has(file)) {
        const read = (0,safe_read/* readInside */.xO)(cwd, file);
        texts.set(file, read.ok ? read.bytes.toString('utf8') : undefined);
    }
    return texts.get(file);
}

;// CONCATENATED MODULE: ./src/checks/registry.ts














/** Every check kind a policy may use, by name. */
const CHECKS = new Map([schemaCheck, exprCheck, freshCheck, existsCheck, refsCheck, digestCheck, statusCheck, redactionCheck, wikiCheck, pairsCheck, payloadCheck, fieldsCheck, idsCheck, textCheck].map((c) => [c.meta.id, c]));


/***/ }),

/***/ 4935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ expandGlobs),
/* harmony export */   d7: () => (/* binding */ toPosix)
/* harmony export */ });
/* unused harmony export isGlob */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1138);
/* harmony import */ var _util_safe_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7240);




/** Directories never walked: they hold tooling, not evidence. */
const SKIP_DIRS = new Set(['.git', 'node_modules']);
function toPosix(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? p : p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
function isGlob(pattern) {
    return /[*?[\]{}!]/.test(pattern);
}
/**
 * Expands repository-relative globs (minimatch syntax; a leading "!" excludes) into sorted,
 * repository-relative paths of regular files. Symbolic links to directories are not walked, and
 * nothing outside the root is returned.
 */
function expandGlobs(root, patterns) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => new minimatch__WEBPACK_IMPORTED_MODULE_2__/* .Minimatch */ .VR(p.slice(1)));
    const found = new Set();
    const realRoot = safeRealpath(root);
    for (const pattern of include) {
        if (!isGlob(pattern)) {
            if (isFileInside(root, realRoot, pattern))
                found.add(normalize(pattern));
            continue;
        }
        const mm = new minimatch__WEBPACK_IMPORTED_MODULE_2__/* .Minimatch */ .VR(pattern);
        const base = staticPrefix(pattern);
        walk(root, base, (rel) => {
            if (mm.match(rel))
                found.add(rel);
        });
    }
    return [...found].filter((f) => !exclude.some((mm) => mm.match(f))).sort();
}
function normalize(p) {
    return p.replace(/^\.\//, '').replace(/\/+/g, '/');
}
/** The leading directories of a glob that hold no magic, so only that subtree is walked. */
function staticPrefix(pattern) {
    const parts = normalize(pattern).split('/');
    const fixed = [];
    for (const part of parts.slice(0, -1)) {
        if (isGlob(part))
            break;
        fixed.push(part);
    }
    return fixed.join('/');
}
function walk(root, dir, visit) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, dir), { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name))
                walk(root, rel, visit);
        }
        else if (entry.isFile()) {
            visit(rel);
        }
        else if (entry.isSymbolicLink()) {
            // A link to a file is followed only when it stays inside the root; links to directories never are.
            try {
                const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel));
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isFile() && (0,_util_safe_read_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(safeRealpath(root), target))
                    visit(rel);
            }
            catch {
                /* dangling link: not a file */
            }
        }
    }
}
function isFileInside(root, realRoot, rel) {
    try {
        // Resolve every link on the way (a linked folder as much as a linked file) before deciding.
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel));
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isFile() && (0,_util_safe_read_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(realRoot, target);
    }
    catch {
        return false;
    }
}
function safeRealpath(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return p;
    }
}


/***/ }),

/***/ 758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ GATE_STATES),
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   ZJ: () => (/* binding */ isGateState)
/* harmony export */ });
/** Gate states, from best to worst. A finding carries the state it pushes its gate to. */
const GATE_STATES = ['ready', 'degraded', 'unknown', 'blocked'];
/**
 * Severity order used to combine findings: a definite `blocked` outranks `unknown` (the gate is decided,
 * and decided badly); `unknown` outranks `degraded` because an undecidable gate must never look healthy.
 */
const RANK = { ready: 0, degraded: 1, unknown: 2, blocked: 3 };
function worst(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
function isGateState(value) {
    return typeof value === 'string' && GATE_STATES.includes(value);
}


/***/ }),

/***/ 4783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicy: () => (/* binding */ loadPolicy)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/checks/registry.ts + 19 modules
var registry = __webpack_require__(8793);
// EXTERNAL MODULE: ./src/document/load.ts + 4 modules
var load = __webpack_require__(7490);
// EXTERNAL MODULE: ./src/engine/duration.ts
var duration = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/util/ajv.ts
var ajv = __webpack_require__(4503);
// EXTERNAL MODULE: ./src/util/ajv-errors.ts
var ajv_errors = __webpack_require__(2627);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/policy/bundles.ts



/**
 * The installed package's root: the folder holding `policies/` and `package.json`. Found by walking
 * up from this module, which works from src/ (tests), dist/index.js (Action) and dist/cli/ (CLI).
 */
function packageRoot() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'package.json')) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'policies')))
            return dir;
        const up = (0,external_node_path_.dirname)(dir);
        if (up === dir)
            break;
        dir = up;
    }
    return (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
}
function builtInBundleDir() {
    return (0,external_node_path_.join)(packageRoot(), 'policies');
}
/** A bundle is a folder `policies/<name>/` whose entry is `policy.yml`. */
function findBundle(name, dirs) {
    for (const dir of dirs) {
        const file = (0,external_node_path_.join)(dir, name, 'policy.yml');
        if ((0,external_node_fs_.existsSync)(file))
            return file;
    }
    return undefined;
}
function listBundles(dirs) {
    const names = new Set();
    for (const dir of dirs) {
        try {
            for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
                if (entry.isDirectory() && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, entry.name, 'policy.yml')))
                    names.add(entry.name);
            }
        }
        catch {
            /* no such folder */
        }
    }
    return [...names].sort();
}
/** `extends` entries naming a file have a slash or a YAML/JSON extension; anything else names a bundle. */
function isBundleName(entry) {
    return /^[a-z0-9][a-z0-9-]*$/.test(entry);
}

// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(4795);
// EXTERNAL MODULE: ./src/engine/discover.ts
var discover = __webpack_require__(4935);
// EXTERNAL MODULE: ./src/util/suggest.ts
var suggest = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/scan/config.ts + 1 modules
var config = __webpack_require__(7762);
;// CONCATENATED MODULE: ./src/policy/policy-schema.ts
/**
 * The JSON Schema of one policy file (before `extends` are merged). Check entries are only checked
 * for their `check` name here; each check validates its own options against its own schema.
 */

const ID = { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$', maxLength: 100 };
const STATE_LIST = {
    type: 'array',
    items: { enum: ['ready', 'degraded', 'blocked', 'unknown'] },
    uniqueItems: true,
};
function policySchema(checkNames) {
    return {
        type: 'object',
        additionalProperties: false,
        properties: {
            version: { const: 1, description: 'Policy format version. Only 1 exists.' },
            extends: {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                description: 'Local policy files (paths) or built-in bundles (names), merged before this file.',
            },
            settings: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    'fail-on': { ...STATE_LIST, minItems: 1 },
                    clock: { type: 'string', description: 'An RFC 3339 time to evaluate at, or "now".' },
                    'allow-empty': { type: 'boolean', description: 'Pass a run that has no gate to decide (default false: it fails as unknown).' },
                    limits: {
                        type: 'object',
                        additionalProperties: false,
                        properties: {
                            'max-file-bytes': { type: 'integer', minimum: 1 },
                            'max-depth': { type: 'integer', minimum: 1, maximum: 10000 },
                            'max-aliases': { type: 'integer', minimum: 0 },
                        },
                    },
                    'schema-map': {
                        type: 'object',
                        additionalProperties: { type: 'string', minLength: 1 },
                        description: 'Maps remote schema URIs to local files, so $refs resolve offline.',
                    },
                },
            },
            scan: config/* SCAN_SCHEMA */.EM,
            payloads: {
                type: 'array',
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['id', 'kind', 'path'],
                    properties: {
                        id: ID,
                        title: { type: 'string' },
                        kind: { enum: ['npm-pack', 'docker-context', 'image', 'archive', 'directory'] },
                        path: { type: 'string', minLength: 1 },
                        dockerfile: { type: 'string', minLength: 1 },
                    },
                },
            },
            packets: {
                type: 'array',
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['id'],
                    properties: {
                        id: ID,
                        title: { type: 'string' },
                        description: { type: 'string' },
                        file: { type: 'string', minLength: 1 },
                        files: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
                        schema: { type: 'string', minLength: 1 },
                        format: { enum: ['json', 'yaml'] },
                        required: { type: 'boolean' },
                    },
                },
            },
            gates: {
                type: 'array',
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['id'],
                    properties: {
                        id: ID,
                        title: { type: 'string' },
                        description: { type: 'string' },
                        enabled: { type: 'boolean' },
                        checks: {
                            type: 'array',
                            items: {
                                type: 'object',
                                required: ['check'],
                                properties: { check: { enum: [...checkNames] } },
                            },
                        },
                    },
                },
            },
        },
    };
}
/** Keys every check entry accepts, beside its own options. */
const COMMON_CHECK_PROPERTIES = {
    check: { type: 'string' },
    id: ID,
    description: { type: 'string' },
    'on-fail': { enum: ['blocked', 'degraded'] },
    message: { type: 'string', minLength: 1 },
};

;// CONCATENATED MODULE: ./src/policy/load-layers.ts









let validatorCache;
function policyValidator(checkNames) {
    const names = checkNames.join(',');
    if (validatorCache?.names !== names) {
        validatorCache = { names, validate: (0,ajv/* policyAjv */["in"])().compile(policySchema(checkNames)) };
    }
    return validatorCache.validate;
}
/**
 * Loads a policy file and, depth first, everything it extends. Returns the layers in merge order:
 * each extended layer before the file that extends it, every file once.
 */
function loadLayers(absPath, options, problems) {
    const layers = [];
    let complete = true;
    const done = new Set();
    const visit = (path, display, chain) => {
        if (chain.includes(path)) {
            complete = false;
            problems.add({ file: display, message: `"extends" loops back to this file: ${[...chain, path].map((p) => displayOf(p, options)).join(' -> ')}` });
            return;
        }
        if (done.has(path))
            return;
        done.add(path);
        const layer = readLayer(path, display, options, problems);
        if (!layer) {
            complete = false;
            return;
        }
        (layer.value.extends ?? []).forEach((entry, i) => {
            const target = resolveExtends(entry, path, options);
            if ('error' in target) {
                complete = false;
                problems.at(layer.doc, `/extends/${i}`, target.error);
            }
            else
                visit(target.path, target.display, [...chain, path]);
        });
        layers.push(layer);
    };
    visit(absPath, displayOf(absPath, options), []);
    return { layers, complete };
}
function displayOf(path, options) {
    for (const dir of options.bundleDirs) {
        const rel = (0,external_node_path_.relative)(dir, path);
        if (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
            return `bundle:${(0,discover/* toPosix */.d7)(rel).replace(/\/policy\.yml$/, '')}`;
    }
    return (0,discover/* toPosix */.d7)((0,external_node_path_.relative)(options.cwd, path)) || path;
}
function resolveExtends(entry, from, options) {
    if (isBundleName(entry)) {
        const path = findBundle(entry, options.bundleDirs);
        if (path)
            return { path, display: `bundle:${entry}` };
        const known = listBundles(options.bundleDirs);
        return {
            error: `unknown built-in bundle "${entry}"${(0,suggest/* didYouMean */.au)(entry, known)}; available: ${known.join(', ') || '(none)'}. A local file needs a path such as ./${entry}.yml`,
        };
    }
    const path = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(from), entry);
    if (!(0,external_node_fs_.existsSync)(path))
        return { error: `extended policy file not found: ${entry} (resolved to ${(0,discover/* toPosix */.d7)((0,external_node_path_.relative)(options.cwd, path))})` };
    return { path, display: displayOf(path, options) };
}
function readLayer(path, display, options, problems) {
    const loaded = (0,load/* loadDocument */.Az)(path, display, load/* DEFAULT_LIMITS */.dR, path.endsWith('.json') ? 'json' : 'yaml');
    if (!loaded.ok) {
        const f = loaded.failure;
        const hint = f.messageId === 'not-found' ? ' (create one with "readiness-gate init", or pass --policy)' : '';
        problems.add({ file: display, ...(f.line !== undefined ? { line: f.line, column: f.column } : {}), message: `cannot load policy: ${f.message}${hint}` });
        return undefined;
    }
    const doc = loaded.document;
    for (const issue of loaded.issues)
        problems.at(doc, issue.pointer, issue.message, 'key');
    const value = doc.value ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        problems.add({ file: display, line: 1, column: 1, message: 'a policy must be a YAML mapping with keys such as packets, gates and settings' });
        return undefined;
    }
    const validate = policyValidator(options.checkNames);
    if (!validate(value)) {
        for (const err of (0,ajv_errors/* pruneAjvErrors */.V)(validate.errors ?? [])) {
            const explained = (0,ajv_errors/* explainAjvError */.h)(err, err.data);
            problems.at(doc, explained.pointer, `${where(explained.pointer)}${explained.message}`, explained.which);
        }
        return undefined;
    }
    const raw = value;
    reportDuplicateIds(doc, raw.packets, 'packets', 'packet', problems);
    reportDuplicateIds(doc, raw.gates, 'gates', 'gate', problems);
    return { doc, display, value: raw, path };
}
function where(pointer) {
    return pointer ? `${pointer}: ` : '';
}
function reportDuplicateIds(doc, items, section, what, problems) {
    const first = new Map();
    (items ?? []).forEach((item, i) => {
        const id = String(item.id);
        const seen = first.get(id);
        if (seen === undefined)
            first.set(id, i);
        else {
            const line = doc.locate(`/${section}/${seen}/id`).line;
            problems.at(doc, `/${section}/${i}/id`, `${what} "${id}" is declared twice in this file (first at line ${line}); ids must be unique`);
        }
    });
}
function layerPath(cwd, policy) {
    if (policy)
        return (0,external_node_path_.resolve)(cwd, policy);
    for (const name of ['.readiness-gate.yml', '.readiness-gate.yaml']) {
        const candidate = (0,external_node_path_.join)(cwd, name);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
    }
    return (0,external_node_path_.join)(cwd, '.readiness-gate.yml');
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/util/safe-read.ts
var safe_read = __webpack_require__(7240);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/scan/gitleaks/allowlist.ts

function lineOf(ctx) {
    const start = ctx.text.lastIndexOf('\n', ctx.index - 1) + 1;
    const end = ctx.text.indexOf('\n', ctx.index);
    return ctx.text.slice(start, end === -1 ? undefined : end);
}
/**
 * gitleaks' allowlist semantics: each kind of condition that is present is tested; with OR any
 * one that holds allows the finding, with AND all present kinds must hold. Stopwords are tested
 * against the value, lower-cased; a commit condition never holds for files.
 */
function allowPredicate(a) {
    return (value, ctx) => {
        const tests = [];
        if (a.commits.length > 0)
            tests.push(false);
        if (a.paths.length > 0)
            tests.push(a.paths.some((re) => re.matcher(ctx.file).find()));
        if (a.regexes.length > 0) {
            const target = a.regexTarget === 'line' ? lineOf(ctx) : a.regexTarget === 'match' ? (ctx.match ?? value) : value;
            tests.push(a.regexes.some((re) => re.matcher(target).find()));
        }
        if (a.stopwords.length > 0) {
            const lower = value.toLowerCase();
            tests.push(a.stopwords.some((w) => lower.includes(w)));
        }
        return a.condition === 'and' ? tests.length > 0 && tests.every(Boolean) : tests.some(Boolean);
    };
}
/** Whether a path alone is allowed: for rules that match by path only. */
function pathAllowedBy(a, path) {
    if (a.paths.length === 0)
        return false;
    const hit = a.paths.some((re) => re.matcher(path).find());
    if (a.condition === 'or')
        return hit;
    return hit && a.commits.length === 0 && a.regexes.length === 0 && a.stopwords.length === 0;
}
/** Compiles one allowlist table, reporting what gitleaks itself would refuse. */
function compileAllowlist(raw, line, lines, at) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        at(line, 'an allowlist must be a table');
        return undefined;
    }
    const a = raw;
    const strings = (key) => {
        const v = a[key];
        if (v === undefined)
            return [];
        if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) {
            at(lines.key(key, line), `allowlist ${key} must be an array of strings`);
            return [];
        }
        return v;
    };
    const condition = String(a.condition ?? 'or').toLowerCase();
    if (!['or', 'and', '||', '&&'].includes(condition))
        at(lines.key('condition', line), `allowlist condition "${String(a.condition)}" must be "OR" or "AND"`);
    const target = a.regexTarget ?? 'secret';
    if (!['secret', 'match', 'line'].includes(String(target)))
        at(lines.key('regexTarget', line), `regexTarget "${String(target)}" must be "secret", "match" or "line"`);
    const compile = (key, sources) => sources.flatMap((source) => {
        try {
            return [build/* RE2JS */.L3.compile(source)];
        }
        catch (err) {
            at(lines.containing(source, line), `allowlist ${key} regex is not RE2 (${err.message.replace(/^error parsing regexp: /, '')}); rewrite it without lookaround or backreferences`);
            return [];
        }
    });
    const commits = strings('commits');
    const paths = strings('paths');
    const regexes = strings('regexes');
    const stopwords = strings('stopwords');
    if (commits.length + paths.length + regexes.length + stopwords.length === 0) {
        at(line, 'an allowlist must have at least one of commits, paths, regexes or stopwords (as in gitleaks)');
        return undefined;
    }
    const compiled = {
        condition: condition === 'and' || condition === '&&' ? 'and' : 'or',
        commits,
        paths: compile('paths', paths),
        regexes: compile('regexes', regexes),
        regexTarget: (['match', 'line'].includes(String(target)) ? target : 'secret'),
        stopwords: stopwords.map((w) => w.toLowerCase()),
    };
    return compiled;
}

;// CONCATENATED MODULE: ./src/scan/gitleaks/toml-lines.ts
/**
 * Where things are in a gitleaks TOML file. The TOML parser gives values without positions, so
 * errors about a value (a regex RE2 refuses, a rule with no id) are placed by reading the text:
 * the n-th `[[rules]]` table, then the first line inside it that sets the key.
 */
class TomlLines {
    lines;
    constructor(text) {
        this.lines = text.split(/\r?\n/);
    }
    /** The 1-based line of the n-th (0-based) header `[[name]]` or `[name]`, if there is one. */
    header(name, n) {
        const re = new RegExp(`^\\s*\\[{1,2}\\s*${name.replace(/\./g, '\\.')}\\s*\\]{1,2}\\s*(?:#.*)?$`);
        let seen = 0;
        for (let i = 0; i < this.lines.length; i++) {
            if (re.test(this.lines[i]) && seen++ === n)
                return i + 1;
        }
        return undefined;
    }
    /** The line that sets `key` at or after `from`, before the next table header. */
    key(key, from) {
        const re = new RegExp(`^\\s*["']?${key}["']?\\s*=`);
        for (let i = from - 1; i < this.lines.length; i++) {
            const line = this.lines[i];
            if (i >= from && /^\s*\[/.test(line))
                break;
            if (re.test(line))
                return i + 1;
        }
        return from;
    }
    /** The line of a rule's key: the key inside the n-th `[[rules]]`, else the table header. */
    ruleKey(n, key) {
        const at = this.header('rules', n);
        return at === undefined ? 1 : this.key(key, at);
    }
    /** The first line whose text contains the string (a regex written in an allowlist), else 1. */
    containing(text, from = 1) {
        for (let i = Math.max(0, from - 1); i < this.lines.length; i++)
            if (this.lines[i].includes(text))
                return i + 1;
        return from;
    }
}

;// CONCATENATED MODULE: ./src/scan/gitleaks/rule.ts


const RULE_KEYS = ['id', 'description', 'regex', 'secretGroup', 'entropy', 'keywords', 'path', 'tags', 'allowlist', 'allowlists', 'required', 'skipReport'];
function re2(source, line, what, at) {
    try {
        return build/* RE2JS */.L3.compile(source);
    }
    catch (err) {
        at(line, `${what} is not RE2 (${err.message.replace(/^error parsing regexp: /, '')}); gitleaks regexes are Go (RE2) syntax: rewrite it without lookaround or backreferences`);
        return undefined;
    }
}
/** Translates the i-th `[[rules]]` table, or reports why it cannot be used. */
function translateRule(raw, i, lines, at) {
    const header = lines.header('rules', i) ?? 1;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        at(header, 'a rule must be a table written [[rules]]');
        return undefined;
    }
    const r = raw;
    for (const key of Object.keys(r))
        if (!RULE_KEYS.includes(key))
            at(lines.key(key, header), `unknown rule key "${key}"; a gitleaks rule has ${RULE_KEYS.join(', ')}`);
    const id = typeof r.id === 'string' ? r.id.trim() : '';
    if (!id) {
        at(header, 'a rule needs an id');
        return undefined;
    }
    if (r.required !== undefined) {
        at(lines.containing('rules.required', header), `rule "${id}": composite rules ([[rules.required]]) have no counterpart here; split it into separate rules`);
        return undefined;
    }
    if (r.skipReport === true)
        return undefined; // only ever used as part of a composite rule
    if (typeof r.regex !== 'string' && typeof r.path !== 'string') {
        at(header, `rule "${id}": both regex and path are empty, so it would find nothing (as gitleaks says)`);
        return undefined;
    }
    const allowlists = ruleAllowlists(r, id, header, lines, at);
    const path = typeof r.path === 'string' ? re2(r.path, lines.ruleKey(i, 'path'), `rule "${id}": path`, at) : undefined;
    if (typeof r.path === 'string' && !path)
        return undefined;
    const common = { id, description: typeof r.description === 'string' && r.description ? r.description : `gitleaks rule ${id}`, severity: 'high', category: 'generic-secret' };
    if (typeof r.regex !== 'string') {
        return { kind: 'path', rule: { ...common, test: (p) => path.matcher(p).find(), allowed: (p) => allowlists.some((a) => pathAllowedBy(a, p)) } };
    }
    const regexLine = lines.ruleKey(i, 'regex');
    const pattern = re2(r.regex, regexLine, `rule "${id}": regex`, at);
    if (!pattern)
        return undefined;
    if (pattern.matcher('').find()) {
        at(regexLine, `rule "${id}": the regex matches the empty string, so it would flag every file; make it match at least one character`);
        return undefined;
    }
    const group = typeof r.secretGroup === 'number' ? r.secretGroup : 0;
    if (!Number.isInteger(group) || group < 0 || group > pattern.groupCount()) {
        at(lines.ruleKey(i, 'secretGroup'), `rule "${id}": secretGroup ${String(r.secretGroup)} is not a group of the regex (it has ${pattern.groupCount()})`);
        return undefined;
    }
    const keywords = ruleKeywords(r.keywords, id, lines.ruleKey(i, 'keywords'), at);
    const entropy = typeof r.entropy === 'number' && r.entropy > 0 ? r.entropy : undefined;
    const predicates = allowlists.map(allowPredicate);
    return {
        kind: 'content',
        rule: {
            ...common,
            keywords,
            pattern: { re2: pattern, source: r.regex, group: group > 0 ? group : 'first' },
            // gitleaks drops a value whose entropy is at or below the threshold; ours drops below it.
            ...(entropy !== undefined ? { entropy: entropy + 1e-9 } : {}),
            ...(path ? { onlyPaths: { test: (p) => path.matcher(p).find() } } : {}),
            ...(predicates.length ? { allowlist: { predicates } } : {}),
            samples: { positive: [], negative: [] },
        },
    };
}
function ruleKeywords(raw, id, line, at) {
    if (raw === undefined)
        return [];
    if (!Array.isArray(raw) || raw.some((k) => typeof k !== 'string' || k === '')) {
        at(line, `rule "${id}": keywords must be an array of non-empty strings`);
        return [];
    }
    const bad = raw.find((k) => !/^[\x20-\x7e]+$/.test(k));
    if (bad !== undefined) {
        at(line, `rule "${id}": keyword "${bad}" must be printable ASCII (the keyword pass folds ASCII case only)`);
        return [];
    }
    return raw.map((k) => k.toLowerCase());
}
/** `[rules.allowlist]` (older) or `[[rules.allowlists]]` of one rule. */
function ruleAllowlists(r, id, header, lines, at) {
    if (r.allowlist !== undefined && r.allowlists !== undefined) {
        at(header, `rule "${id}": [rules.allowlist] is the older form of [[rules.allowlists]]; use one or the other`);
        return [];
    }
    const list = r.allowlists !== undefined ? r.allowlists : r.allowlist !== undefined ? [r.allowlist] : [];
    if (!Array.isArray(list)) {
        at(header, `rule "${id}": allowlists must be written [[rules.allowlists]]`);
        return [];
    }
    return list.flatMap((a) => {
        const line = lines.containing('allowlist', header);
        const compiled = compileAllowlist(a, line, lines, (l, m) => at(l, `rule "${id}": ${m}`));
        return compiled ? [compiled] : [];
    });
}

;// CONCATENATED MODULE: ./src/scan/gitleaks/import.ts






const TOP_KEYS = ['title', 'description', 'minVersion', 'extend', 'rules', 'allowlist', 'allowlists'];
const MAX_EXTEND_DEPTH = 2;
function importGitleaks(abs, root, problem, depth = 0) {
    const empty = { rules: [], pathRules: [], global: [], targeted: new Map() };
    const display = (0,external_node_path_.relative)(root, abs).split('\\').join('/');
    if (!(0,safe_read/* isInside */.FK)(root, abs)) {
        problem(display, undefined, 'scan.import must name a file inside the repository');
        return empty;
    }
    const read = (0,safe_read/* readInside */.xO)(root, (0,external_node_path_.relative)(root, abs), 4 * 1024 * 1024);
    if (!read.ok) {
        problem(display, undefined, `cannot read the gitleaks configuration (${read.reason}); scan.import names a regular file, relative to the policy file`);
        return empty;
    }
    const text = read.bytes.toString('utf8');
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        if (err instanceof dist/* TomlError */.zx)
            problem(display, err.line, `TOML syntax error: ${err.message.split('\n')[0]}`);
        else
            problem(display, undefined, `cannot parse TOML: ${err.message}`);
        return empty;
    }
    const lines = new TomlLines(text);
    const at = (line, message) => problem(display, line, message);
    for (const key of Object.keys(doc)) {
        if (!TOP_KEYS.includes(key))
            at(lines.key(key, 1), `unknown gitleaks key "${key}"; a configuration has ${TOP_KEYS.join(', ')}`);
    }
    const base = extendedConfig(doc.extend, abs, root, lines, at, problem, depth);
    const own = ownRules(doc.rules, lines, at);
    const disabled = new Set(Array.isArray(doc.extend?.disabledRules) ? doc.extend.disabledRules : []);
    const byId = new Map();
    for (const r of [...base.rules, ...base.pathRules])
        if (!disabled.has(r.id))
            byId.set(r.id, r);
    for (const r of [...own.rules, ...own.pathRules])
        byId.set(r.id, r); // a rule of this file replaces an extended one
    const result = {
        rules: [...byId.values()].filter((r) => 'pattern' in r),
        pathRules: [...byId.values()].filter((r) => !('pattern' in r)),
        global: [...base.global],
        targeted: new Map(base.targeted),
    };
    globalAllowlists(doc, lines, at, result);
    return result;
}
function extendedConfig(extend, abs, root, lines, at, problem, depth) {
    const none = { rules: [], pathRules: [], global: [], targeted: new Map() };
    if (extend === undefined)
        return none;
    const line = lines.header('extend', 0);
    if (typeof extend !== 'object' || extend === null || Array.isArray(extend)) {
        at(line, '[extend] must be a table');
        return none;
    }
    const e = extend;
    if (e.url !== undefined)
        at(lines.key('url', line ?? 1), 'extend.url is not supported: nothing is fetched at run time. Download the file into the repository and use extend.path');
    if (e.path !== undefined && e.useDefault === true)
        at(line, 'extend.path and extend.useDefault cannot both be set (as in gitleaks)');
    if (e.path === undefined)
        return none; // useDefault: the built-in public-safety rules stand for gitleaks' defaults
    if (typeof e.path !== 'string') {
        at(lines.key('path', line ?? 1), 'extend.path must be a string');
        return none;
    }
    if (depth >= MAX_EXTEND_DEPTH) {
        at(lines.key('path', line ?? 1), `extend.path goes deeper than ${MAX_EXTEND_DEPTH} levels (the gitleaks limit)`);
        return none;
    }
    return importGitleaks((0,external_node_path_.resolve)((0,external_node_path_.dirname)(abs), e.path), root, problem, depth + 1);
}
function ownRules(raw, lines, at) {
    const out = { rules: [], pathRules: [] };
    if (raw === undefined)
        return out;
    if (!Array.isArray(raw)) {
        at(lines.key('rules', 1), 'rules must be an array of tables, written [[rules]]');
        return out;
    }
    raw.forEach((entry, i) => {
        const rule = translateRule(entry, i, lines, at);
        if (rule?.kind === 'content')
            out.rules.push(rule.rule);
        if (rule?.kind === 'path')
            out.pathRules.push(rule.rule);
    });
    return out;
}
/** `[allowlist]` (older) or `[[allowlists]]`: untargeted ones go global, targeted ones by rule id. */
function globalAllowlists(doc, lines, at, result) {
    if (doc.allowlist !== undefined && doc.allowlists !== undefined) {
        at(lines.header('allowlist', 0), '[allowlist] is the older form of [[allowlists]]; use one or the other (as in gitleaks)');
        return;
    }
    const list = doc.allowlists !== undefined ? doc.allowlists : doc.allowlist !== undefined ? [doc.allowlist] : [];
    if (!Array.isArray(list)) {
        at(lines.key('allowlists', 1), 'allowlists must be written [[allowlists]]');
        return;
    }
    const header = doc.allowlists !== undefined ? 'allowlists' : 'allowlist';
    list.forEach((raw, i) => {
        const line = lines.header(header, i);
        const compiled = compileAllowlist(raw, line ?? 1, lines, at);
        if (!compiled)
            return;
        const targets = raw.targetRules;
        if (Array.isArray(targets) && targets.length > 0) {
            for (const id of targets)
                result.targeted.set(String(id), [...(result.targeted.get(String(id)) ?? []), allowPredicate(compiled)]);
        }
        else
            result.global.push(allowPredicate(compiled));
    });
}

;// CONCATENATED MODULE: ./src/policy/scan-import.ts


/**
 * `scan.import`: each layer's gitleaks configurations, read relative to that layer's file and
 * only from inside the repository (or, for a built-in bundle, its own folder). On a pull request
 * the layer is the base commit's, and so is the TOML file beside it.
 */
function importedConfigs(layers, cwd, problems) {
    const out = [];
    for (const layer of layers) {
        const raw = layer.value.scan?.import;
        if (raw === undefined)
            continue;
        const root = layer.display.startsWith('bundle:') ? (0,external_node_path_.dirname)(layer.path) : cwd;
        for (const file of Array.isArray(raw) ? raw : [raw]) {
            out.push(importGitleaks((0,external_node_path_.resolve)((0,external_node_path_.dirname)(layer.path), file), root, (toml, line, message) => problems.add({ file: layer.display.startsWith('bundle:') ? toml : (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(root, toml)).split('\\').join('/'), ...(line !== undefined ? { line, column: 1 } : {}), message })));
        }
    }
    return out;
}
/**
 * Joins imported rules and allowlists to the scan settings. An imported rule with a built-in
 * rule's id replaces it (as a gitleaks rule with a default rule's id does); targeted allowlists
 * join their rule's; untargeted ones apply to every rule.
 */
function withImports(settings, imports, problems, policyFile) {
    if (imports.length === 0)
        return settings;
    const byId = new Map(settings.rules.map((r) => [r.id, r]));
    for (const imp of imports)
        for (const rule of imp.rules)
            byId.set(rule.id, rule);
    const pathRules = [...settings.pathRules, ...imports.flatMap((i) => i.pathRules)];
    for (const imp of imports) {
        for (const [id, predicates] of imp.targeted) {
            const rule = byId.get(id);
            if (!rule) {
                problems.add({ file: policyFile, message: `an imported [[allowlists]] targets rule "${id}", which is neither imported nor built in; built-in ids are listed in docs/scan.md` });
                continue;
            }
            byId.set(id, { ...rule, allowlist: { ...rule.allowlist, predicates: [...(rule.allowlist?.predicates ?? []), ...predicates] } });
        }
    }
    const global = imports.flatMap((i) => i.global);
    const allowlist = global.length ? { ...settings.allowlist, predicates: [...(settings.allowlist?.predicates ?? []), ...global] } : settings.allowlist;
    return { ...settings, rules: [...byId.values()], pathRules, ...(allowlist ? { allowlist } : {}) };
}

;// CONCATENATED MODULE: ./src/policy/load.ts












/**
 * Loads, validates and merges a policy. Throws PolicyError listing every problem (file:line:col
 * and what to do) when the policy cannot be used; never returns a half-valid policy.
 *
 * Merge order: for each file, the files it `extends` (in the order listed, each after its own
 * extends), then the file itself. Later layers win: settings merge key by key, packets and gates
 * with the same id merge field by field (a later `checks` list replaces the earlier one).
 */
function loadPolicy(options) {
    const problems = new errors/* ProblemList */.Ku();
    const bundleDirs = options.bundleDirs ?? [builtInBundleDir()];
    const { layers, complete } = loadLayers(layerPath(options.cwd, options.policy), { cwd: options.cwd, bundleDirs, checkNames: [...registry/* CHECKS */.u.keys()] }, problems);
    // Merging a partial set of layers would only add confusing follow-on errors.
    if (!complete)
        problems.throwIfAny();
    const settings = mergeSettings(layers, problems);
    const scan = withImports(mergeScan(layers, problems), importedConfigs(layers, options.cwd, problems), problems, layers[layers.length - 1].display);
    const packets = mergePackets(layers, problems);
    const payloads = mergePayloads(layers);
    const gates = mergeGates(layers, packets, payloads, problems);
    problems.throwIfAny();
    const digest = (0,external_node_crypto_.createHash)('sha256');
    for (const layer of layers)
        digest.update(layer.display).update('\0').update(layer.doc.text).update('\0');
    return { files: layers.map((l) => l.display), digest: `sha256:${digest.digest('hex')}`, settings, scan, packets, payloads, gates };
}
function mergeSettings(layers, problems) {
    const merged = {};
    let clockOrigin;
    for (const layer of layers) {
        const s = layer.value.settings ?? {};
        for (const [key, value] of Object.entries(s)) {
            if (value && typeof value === 'object' && !Array.isArray(value))
                merged[key] = { ...merged[key], ...value };
            else
                merged[key] = value;
        }
        if (s.clock !== undefined)
            clockOrigin = layer;
    }
    const clock = merged.clock;
    if (clock !== undefined && clock !== 'now' && !(0,duration/* parseTimestamp */.EH)(clock) && clockOrigin) {
        problems.at(clockOrigin.doc, '/settings/clock', 'settings.clock must be "now" or an RFC 3339 time such as 2026-11-29T12:00:00Z');
    }
    const limits = (merged.limits ?? {});
    return {
        failOn: merged['fail-on'] ?? ['blocked', 'unknown'],
        allowEmpty: merged['allow-empty'] === true,
        ...(clock !== undefined && clock !== 'now' ? { clock } : {}),
        limits: {
            maxFileBytes: limits['max-file-bytes'] ?? load/* DEFAULT_LIMITS */.dR.maxFileBytes,
            maxDepth: limits['max-depth'] ?? load/* DEFAULT_LIMITS */.dR.maxDepth,
            maxAliases: limits['max-aliases'] ?? load/* DEFAULT_LIMITS */.dR.maxAliases,
        },
        schemaMap: merged['schema-map'] ?? {},
    };
}
/**
 * Scan settings merge across layers: lists (disabled rules, custom rules, markers, allowlist
 * entries) add up, single values take the later layer's. Each layer's regexes are compiled where
 * they are written, so an error points at the right file.
 */
function mergeScan(layers, problems) {
    const merged = {};
    for (const layer of layers) {
        const raw = layer.value.scan;
        if (!raw)
            continue;
        (0,config/* buildScanSettings */.$G)(raw, (pointer, message) => problems.at(layer.doc, pointer, message));
        for (const [key, value] of Object.entries(raw)) {
            if (key === 'allowlist') {
                const a = (merged.allowlist ??= {});
                for (const [k, v] of Object.entries(value))
                    a[k] = [...(a[k] ?? []), ...v];
            }
            else if (Array.isArray(value)) {
                merged[key] = [...((merged[key]) ?? []), ...value];
            }
            else {
                merged[key] = value;
            }
        }
    }
    return (0,config/* buildScanSettings */.$G)(merged, () => undefined);
}
function mergePackets(layers, problems) {
    const merged = new Map();
    for (const layer of layers) {
        (layer.value.packets ?? []).forEach((raw, i) => {
            const id = String(raw.id);
            const prev = merged.get(id);
            const fields = { ...(prev?.fields ?? {}), ...raw };
            // A later `file` replaces an earlier `files` and the other way round.
            if ('file' in raw)
                delete fields.files;
            if ('files' in raw)
                delete fields.file;
            merged.set(id, { fields, origin: { doc: layer.doc, pointer: `/packets/${i}` } });
        });
    }
    const packets = new Map();
    for (const [id, { fields, origin }] of merged) {
        if (fields.file === undefined && fields.files === undefined) {
            problems.at(origin.doc, origin.pointer, `packet "${id}" needs "file" (one document) or "files" (globs)`);
            continue;
        }
        packets.set(id, { ...fields, id, required: fields.required !== false, origin });
    }
    return packets;
}
/** Payloads merge by id, a later layer's fields over an earlier one's. */
function mergePayloads(layers) {
    const payloads = new Map();
    for (const layer of layers) {
        for (const raw of layer.value.payloads ?? [])
            payloads.set(String(raw.id), { ...payloads.get(String(raw.id)), ...raw });
    }
    return payloads;
}
function mergeGates(layers, packets, payloads, problems) {
    // Every check entry is validated where it is written, even one a later layer replaces.
    const merged = new Map();
    for (const layer of layers) {
        (layer.value.gates ?? []).forEach((raw, i) => {
            const id = String(raw.id);
            const prev = merged.get(id);
            const origin = { doc: layer.doc, pointer: `/gates/${i}` };
            const rawChecks = raw.checks ?? [];
            const checks = 'checks' in raw
                ? rawChecks.map((c, j) => buildCheck(c, j, { doc: layer.doc, pointer: `/gates/${i}/checks/${j}` }, packets, payloads, problems))
                : (prev?.checks ?? []);
            merged.set(id, { fields: { ...(prev?.fields ?? {}), ...raw }, origin, checks });
        });
    }
    const gates = [];
    for (const [id, { fields, origin, checks }] of merged) {
        reportDuplicateCheckIds(checks, problems);
        gates.push({
            id,
            title: fields.title ?? id,
            ...(fields.description !== undefined ? { description: fields.description } : {}),
            enabled: fields.enabled !== false,
            checks: checks.filter((c) => c !== undefined),
            origin,
        });
    }
    return gates;
}
const optionValidators = new Map();
function optionValidator(check) {
    let validate = optionValidators.get(check.meta.id);
    if (!validate) {
        const { properties, required } = check.meta.options;
        validate = (0,ajv/* policyAjv */["in"])().compile({
            type: 'object',
            additionalProperties: false,
            properties: { ...COMMON_CHECK_PROPERTIES, ...properties },
            ...(required ? { required } : {}),
        });
        optionValidators.set(check.meta.id, validate);
    }
    return validate;
}
function buildCheck(raw, index, origin, packets, payloads, problems) {
    const check = registry/* CHECKS */.u.get(String(raw.check));
    const validate = optionValidator(check);
    if (!validate(raw)) {
        for (const err of (0,ajv_errors/* pruneAjvErrors */.V)(validate.errors ?? [])) {
            const explained = (0,ajv_errors/* explainAjvError */.h)(err, err.data);
            const option = explained.pointer ? `option ${explained.pointer.slice(1)}: ` : '';
            problems.at(origin.doc, origin.pointer + explained.pointer, `${check.meta.id} check: ${option}${explained.message}`, explained.which);
        }
        return undefined;
    }
    let ok = true;
    const prepared = check.prepare?.(raw, {
        packets,
        payloads,
        problem(option, message) {
            ok = false;
            problems.at(origin.doc, origin.pointer + option, `${check.meta.id} check: ${message}`);
        },
    });
    if (!ok)
        return undefined;
    return {
        check: check.meta.id,
        id: raw.id ?? `${check.meta.id}#${index + 1}`,
        ...(raw.description !== undefined ? { description: raw.description } : {}),
        onFail: raw['on-fail'] ?? 'blocked',
        ...(raw.message !== undefined ? { message: raw.message } : {}),
        options: raw,
        prepared,
        origin,
    };
}
function reportDuplicateCheckIds(checks, problems) {
    const seen = new Map();
    for (const check of checks) {
        if (!check)
            continue;
        const first = seen.get(check.id);
        if (first) {
            const line = first.origin.doc.locate(first.origin.pointer).line;
            problems.at(check.origin.doc, `${check.origin.pointer}/id`, `check id "${check.id}" is used twice in this gate (first at line ${line}); ids must be unique`);
        }
        else
            seen.set(check.id, check);
    }
}


/***/ }),

/***/ 7762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R6: () => (/* binding */ CATEGORIES),
  EM: () => (/* binding */ SCAN_SCHEMA),
  $G: () => (/* binding */ buildScanSettings)
});

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/scan/rules/enterprise-source.ts
/**
 * Enterprise source code is recognised by what the repository says marks it: import paths of a
 * private package, a proprietary header. Without configured markers the rule does not exist.
 */
function enterpriseSourceRule(markers) {
    if (markers.length === 0)
        return undefined;
    const escaped = markers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return {
        id: 'enterprise-source',
        description: 'Enterprise source code: a configured private import path or proprietary marker',
        severity: 'critical',
        category: 'source-code',
        keywords: markers.map((m) => m.toLowerCase()),
        pattern: new RegExp(`(?<secret>${escaped.join('|')})`, 'gi'),
        samples: { positive: [], negative: [] },
    };
}

// EXTERNAL MODULE: ./src/scan/rules/index.ts + 22 modules
var scan_rules = __webpack_require__(2275);
// EXTERNAL MODULE: ./src/scan/rules/payload.ts
var rules_payload = __webpack_require__(1287);
// EXTERNAL MODULE: ./src/scan/run-scan.ts
var run_scan = __webpack_require__(8480);
// EXTERNAL MODULE: ./src/scan/third-party.ts
var third_party = __webpack_require__(4329);
;// CONCATENATED MODULE: ./src/scan/config.ts






const CATEGORIES = ['package-token', 'cloud-key', 'saas-key', 'private-key', 'jwt', 'url-credentials', 'smtp-credentials', 'private-registry', 'signed-url', 'license-key', 'identity', 'ip-address', 'payload', 'source-code', 'generic-secret', 'archive'];
/** JSON Schema of the `scan` section, merged into the policy schema. */
const SCAN_SCHEMA = (() => {
    const strings = { type: 'array', items: { type: 'string', minLength: 1 } };
    const pointers = {
        type: 'array',
        items: {
            type: 'object',
            additionalProperties: false,
            required: ['path', 'pointer'],
            properties: { path: { type: 'string', minLength: 1 }, pointer: { type: 'string', pattern: '^/' } },
        },
    };
    const allowlist = { type: 'object', additionalProperties: false, properties: { paths: strings, regexes: strings, stopwords: strings, values: strings, pointers } };
    return {
        type: 'object',
        additionalProperties: false,
        properties: {
            disable: strings,
            rules: {
                type: 'array',
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['id', 'description', 'regex'],
                    properties: {
                        id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
                        description: { type: 'string', minLength: 1 },
                        regex: { type: 'string', minLength: 1 },
                        keywords: strings,
                        entropy: { type: 'number', minimum: 0, maximum: 8 },
                        severity: { enum: ['critical', 'high', 'medium', 'low'] },
                        category: { enum: CATEGORIES },
                        allowlist,
                    },
                },
            },
            allowlist,
            'enterprise-markers': strings,
            'enterprise-paths': strings,
            'payload-keys': { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' } },
            'max-file-bytes': { type: 'integer', minimum: 1 },
            'large-files': { enum: ['chunk', 'skip'] },
            'archive-depth': { type: 'integer', minimum: 1, maximum: 10 },
            gitignore: { type: 'boolean' },
            'inline-allow': { enum: ['always', 'not-on-pull-requests'] },
            import: { anyOf: [{ type: 'string', pattern: '\\.toml$' }, { type: 'array', items: { type: 'string', pattern: '\\.toml$' } }] },
            'gitleaks-allow': { type: 'boolean' },
            'third-party': {
                type: 'object',
                additionalProperties: false,
                properties: { paths: strings, categories: { type: 'array', items: { enum: CATEGORIES } } },
            },
            'test-content': {
                type: 'object',
                additionalProperties: false,
                properties: { paths: strings, categories: { type: 'array', items: { enum: CATEGORIES } } },
            },
        },
    };
})();
/**
 * Compiles the scan settings. Custom and allowlist regexes use RE2 (linear-time matching), so a
 * policy cannot stall a scan with a catastrophic pattern; RE2 rejects what it cannot run in linear
 * time (backreferences, lookaround) here, at policy load, with the rule named.
 */
function buildScanSettings(raw, problem) {
    const builtIn = scan_rules/* PUBLIC_SAFETY_RULES */.Rx.map((r) => r.id);
    (raw?.disable ?? []).forEach((id, i) => {
        if (!builtIn.includes(id))
            problem(`/scan/disable/${i}`, `unknown rule "${id}"; built-in rules: ${builtIn.join(', ')}`);
    });
    const disabled = new Set(raw?.disable ?? []);
    const payload = (0,rules_payload/* providerPayloadRule */.iQ)(raw?.['payload-keys'] ?? []);
    const rules = scan_rules/* PUBLIC_SAFETY_RULES */.Rx.filter((r) => !disabled.has(r.id)).map((r) => (r.id === payload.id ? payload : r));
    (raw?.rules ?? []).forEach((custom, i) => {
        if (builtIn.includes(custom.id))
            problem(`/scan/rules/${i}/id`, `rule id "${custom.id}" is a built-in rule's; choose another (or disable the built-in)`);
        const rule = customRule(custom, `/scan/rules/${i}`, problem);
        if (rule)
            rules.push(rule);
    });
    const enterprise = enterpriseSourceRule(raw?.['enterprise-markers'] ?? []);
    if (enterprise)
        rules.push(enterprise);
    const allowlist = raw?.allowlist ? compileAllowlist(raw.allowlist, '/scan/allowlist', problem) : undefined;
    return {
        rules,
        ...(allowlist ? { allowlist } : {}),
        limits: { maxFileBytes: raw?.['max-file-bytes'] ?? run_scan/* DEFAULT_SCAN_LIMITS */.H0.maxFileBytes, largeFiles: raw?.['large-files'] ?? run_scan/* DEFAULT_SCAN_LIMITS */.H0.largeFiles, ...(raw?.['archive-depth'] ? { archiveDepth: raw['archive-depth'] } : {}) },
        gitignore: raw?.gitignore ?? true,
        enterprisePaths: raw?.['enterprise-paths'] ?? [],
        inlineAllow: raw?.['inline-allow'] ?? 'always',
        testContent: {
            paths: raw?.['test-content']?.paths ?? third_party/* DEFAULT_TEST_CONTENT */.zf.paths,
            categories: raw?.['test-content']?.categories ?? third_party/* DEFAULT_TEST_CONTENT */.zf.categories,
        },
        gitleaksAllow: raw?.['gitleaks-allow'] ?? false,
        pathRules: [],
        thirdParty: {
            paths: raw?.['third-party']?.paths ?? third_party/* DEFAULT_THIRD_PARTY */.FF.paths,
            categories: raw?.['third-party']?.categories ?? third_party/* DEFAULT_THIRD_PARTY */.FF.categories,
        },
    };
}
function customRule(raw, at, problem) {
    const re2 = compileRe2(raw.regex, `${at}/regex`, problem, true);
    if (!re2)
        return undefined;
    const allowlist = raw.allowlist ? compileAllowlist(raw.allowlist, `${at}/allowlist`, problem) : undefined;
    return {
        id: raw.id,
        description: raw.description,
        severity: raw.severity ?? 'high',
        category: raw.category ?? 'generic-secret',
        keywords: (raw.keywords ?? []).map((k) => k.toLowerCase()),
        pattern: { re2, source: raw.regex },
        ...(raw.entropy !== undefined ? { entropy: raw.entropy } : {}),
        ...(allowlist ? { allowlist } : {}),
        samples: { positive: [], negative: [] },
    };
}
function compileAllowlist(raw, at, problem) {
    const regexes = (raw.regexes ?? []).flatMap((source, i) => {
        const re2 = compileRe2(source, `${at}/regexes/${i}`, problem, false);
        return re2 ? [{ test: (value) => re2.matcher(value).find() }] : [];
    });
    return { ...raw, regexes };
}
function compileRe2(source, at, problem, global) {
    try {
        const re = build/* RE2JS */.L3.compile(source);
        if (global && re.matcher('').find()) {
            problem(at, 'the regex matches the empty string, so it would flag every file; make it match at least one character');
            return undefined;
        }
        return re;
    }
    catch (err) {
        const reason = err.message.replace(/^error parsing regexp: /, '');
        problem(at, `invalid or unsupported regex (${reason}); custom rules use RE2 syntax, which runs in linear time and has no backreferences or lookaround`);
        return undefined;
    }
}


/***/ }),

/***/ 2627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ pruneAjvErrors),
/* harmony export */   h: () => (/* binding */ explainAjvError)
/* harmony export */ });
/* harmony import */ var _document_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2840);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);


const MAX_LISTED = 12;
function list(values) {
    const shown = values.slice(0, MAX_LISTED).map((v) => JSON.stringify(v));
    return shown.join(', ') + (values.length > MAX_LISTED ? `, ... (${values.length - MAX_LISTED} more)` : '');
}
/**
 * Turns one Ajv error into a message that says what is wrong and what would be right. It never
 * quotes the offending value itself (it may be a secret), only keys and what the schema allows.
 */
function explainAjvError(err, data) {
    const at = err.instancePath;
    const params = err.params;
    switch (err.keyword) {
        case 'additionalProperties': {
            const name = String(params.additionalProperty);
            const allowed = Object.keys((err.parentSchema?.properties ?? {}));
            const hint = allowed.length > 0 ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(name, allowed) : '';
            const allowedText = allowed.length > 0 ? `; allowed: ${allowed.join(', ')}` : '';
            return {
                pointer: (0,_document_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(at, name),
                which: 'key',
                messageId: 'unexpected-property',
                message: `unexpected property "${name}"${hint}${hint ? '' : allowedText}`,
            };
        }
        case 'unevaluatedProperties': {
            const name = String(params.unevaluatedProperty);
            return { pointer: (0,_document_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .childPointer */ .Y2)(at, name), which: 'key', messageId: 'unexpected-property', message: `unexpected property "${name}"` };
        }
        case 'required':
            return { pointer: at, which: 'value', messageId: 'missing-property', message: `missing required property "${String(params.missingProperty)}"` };
        case 'const':
            return { pointer: at, which: 'value', messageId: 'wrong-value', message: `must be ${JSON.stringify(params.allowedValue)}` };
        case 'enum': {
            const allowed = params.allowedValues ?? [];
            const hint = typeof data === 'string' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(data, allowed.map(String)) : '';
            return { pointer: at, which: 'value', messageId: 'wrong-value', message: `must be one of ${list(allowed)}${hint}` };
        }
        case 'type':
            return { pointer: at, which: 'value', messageId: 'wrong-type', message: `must be of type ${String(params.type)}` };
        case 'format':
            return { pointer: at, which: 'value', messageId: 'wrong-format', message: `must be a valid ${String(params.format)}` };
        case 'pattern':
            return { pointer: at, which: 'value', messageId: 'wrong-format', message: `must match the pattern ${String(params.pattern)}` };
        default:
            return { pointer: at, which: 'value', messageId: `schema-${err.keyword}`, message: err.message ?? `fails "${err.keyword}"` };
    }
}
/**
 * Ajv reports the branches of a failed oneOf/anyOf as well as the failure itself; keep the
 * most specific error per location so a reader sees one message per problem.
 */
function pruneAjvErrors(errors) {
    const kept = [];
    const seen = new Set();
    for (const err of errors) {
        if (err.keyword === 'if')
            continue;
        const key = `${err.instancePath}|${err.keyword}|${JSON.stringify(err.params)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        kept.push(err);
    }
    return kept;
}


/***/ }),

/***/ 4503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bz: () => (/* binding */ draftOf),
/* harmony export */   gr: () => (/* binding */ createAjv),
/* harmony export */   "in": () => (/* binding */ policyAjv)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(878);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _linear_regex_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1813);
// Ajv ships CommonJS with a `default` export; these lines give ESM code the classes themselves.





function unwrap(m) {
    return (m.default ?? m);
}
const Ajv7 = unwrap((ajv__WEBPACK_IMPORTED_MODULE_1___default()));
const Ajv2019 = unwrap((ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_2___default()));
const Ajv2020 = unwrap((ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3___default()));
const addFormats = unwrap((ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()));
/**
 * `pattern` and `patternProperties` of a schema run on RE2 (linear time): a schema from the
 * repository cannot stall a run with `(a+)+$`. A pattern RE2 cannot express makes the schema
 * unusable, which the schema check reports.
 */
const re2RegExp = Object.assign((pattern, flags) => {
    const re = (0,_linear_regex_js__WEBPACK_IMPORTED_MODULE_4__/* .linearRegex */ .t)(pattern);
    return { test: (text) => re.test(text), toString: () => `re2:/${pattern}/${flags}` };
}, 
// Only read when Ajv writes standalone code, which this project never does.
{ code: 're2RegExp' });
/** An Ajv for one draft. `linear` (default): schema patterns run on RE2; off only for our own reviewed schemas. */
function createAjv(draft, options = {}, linear = true) {
    const Klass = draft === '2020-12' ? Ajv2020 : draft === '2019-09' ? Ajv2019 : Ajv7;
    const code = linear ? { regExp: re2RegExp, ...options.code } : options.code;
    const ajv = new Klass({ allErrors: true, strict: false, logger: false, ...options, ...(code ? { code } : {}) });
    addFormats(ajv);
    return ajv;
}
/** Which draft a schema asks for through `$schema`; draft-07 when it does not say. */
function draftOf(schema) {
    const uri = schema && typeof schema === 'object' ? schema.$schema : undefined;
    if (uri === undefined)
        return 'draft-07';
    if (typeof uri !== 'string')
        return { unsupported: String(uri) };
    if (uri.includes('draft/2020-12'))
        return '2020-12';
    if (uri.includes('draft/2019-09'))
        return '2019-09';
    if (uri.includes('draft-07'))
        return 'draft-07';
    return { unsupported: uri };
}
let sharedPolicyAjv;
/**
 * The instance that validates policy files and check options. Their schemas run once per policy
 * load, so Ajv's code optimiser (which costs more than it saves here) is off, and one instance
 * serves them all.
 */
function policyAjv() {
    // The policy and option schemas are ours (reviewed patterns, such as the ISO duration's lookahead).
    sharedPolicyAjv ??= createAjv('draft-07', { verbose: true, code: { optimize: false } }, false);
    return sharedPolicyAjv;
}


/***/ }),

/***/ 1813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ linearRegex)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);

function linearRegex(source) {
    let re;
    try {
        re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(source);
    }
    catch (err) {
        const reason = err.message.replace(/^error parsing regexp: /, '');
        throw new Error(`invalid or unsupported regular expression (${reason}); patterns use RE2 syntax, which runs in linear time and has no backreferences or lookaround`);
    }
    return {
        source,
        test: (text) => re.matcher(text).find(),
        exec: (text) => {
            const m = re.matcher(text);
            if (!m.find())
                return null;
            const out = [];
            for (let i = 0; i <= m.groupCount(); i++)
                out.push(m.group(i) ?? undefined);
            return out;
        },
    };
}


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, nearest */
/** Levenshtein distance, bounded: returns max+1 as soon as the distance must exceed max. */
function editDistance(a, b, max = 8) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            cur.push(v);
            if (v < rowMin)
                rowMin = v;
        }
        if (rowMin > max)
            return max + 1;
        prev = cur;
    }
    return prev[b.length];
}
/** The closest candidate to a mistyped word, if one is close enough to be a likely typo. */
function nearest(word, candidates) {
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best;
    let bestDistance = limit + 1;
    const lower = word.toLowerCase();
    for (const candidate of candidates) {
        const d = editDistance(lower, candidate.toLowerCase(), limit);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
function didYouMean(word, candidates) {
    const hit = nearest(word, candidates);
    return hit ? ` (did you mean "${hit}"?)` : '';
}


/***/ })

};
