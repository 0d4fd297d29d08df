export const id = 802;
export const ids = [802];
export const modules = {

/***/ 498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    /** Built on first use: most documents never need a position. */
    lineStarts() {
        if (this.starts)
            return this.starts;
        const starts = [0];
        const text = this.text;
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                starts.push(i + 1);
        }
        this.starts = starts;
        return starts;
    }
    position(offset) {
        const starts = this.lineStarts();
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - starts[lo] + 1 };
    }
    /** The character offset of a 1-based line and column (the inverse of position). */
    offset(line, column) {
        const starts = this.lineStarts();
        const start = starts[Math.max(0, Math.min(line, starts.length) - 1)] ?? 0;
        return Math.min(this.text.length, start + column - 1);
    }
    /** The text of a 1-based line, without its line break. */
    lineText(line) {
        const starts = this.lineStarts();
        const start = starts[line - 1];
        if (start === undefined)
            return '';
        const next = starts[line];
        const end = next === undefined ? this.text.length : next - 1;
        return this.text.slice(start, end).replace(/\r$/, '');
    }
}


/***/ }),

/***/ 7490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dR: () => (/* binding */ DEFAULT_LIMITS),
  Bm: () => (/* binding */ formatFor),
  Az: () => (/* binding */ loadDocument),
  r4: () => (/* binding */ parseText)
});

// UNUSED EXPORTS: formatBytes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/document/lines.ts
var lines = __webpack_require__(498);
// EXTERNAL MODULE: ./src/document/pointer.ts
var document_pointer = __webpack_require__(2840);
;// CONCATENATED MODULE: ./src/document/document.ts


/**
 * A parsed packet or policy: its value plus a map from JSON pointer to source range.
 * Positions are computed on first request, since most documents never need one.
 */
class Document {
    file;
    text;
    value;
    format;
    buildPositions;
    lines;
    positions;
    constructor(
    /** Path relative to the repository root, with forward slashes. */
    file, text, value, format, buildPositions) {
        this.file = file;
        this.text = text;
        this.value = value;
        this.format = format;
        this.buildPositions = buildPositions;
        this.lines = new lines/* LineIndex */.r(text);
    }
    /** The range of the value at `pointer`, or of its nearest existing ancestor. */
    locate(pointer, which = 'value') {
        this.positions ??= this.buildPositions() ?? { start: 0, end: this.text.length };
        let node = this.positions;
        const found = [];
        let tokens;
        try {
            tokens = (0,document_pointer/* parsePointer */.vp)(pointer);
        }
        catch {
            tokens = [];
        }
        let complete = true;
        for (const token of tokens) {
            const children = node.children;
            let next;
            if (Array.isArray(children))
                next = /^\d+$/.test(token) ? children[Number(token)] : undefined;
            else if (children)
                next = children.get(token);
            if (!next) {
                complete = false;
                break;
            }
            node = next;
            found.push(token);
        }
        const start = which === 'key' && complete && node.keyStart !== undefined ? node.keyStart : node.start;
        const end = Math.max(start, node.end);
        const a = this.lines.position(start);
        const b = this.lines.position(end);
        const resolved = found.map((t) => '/' + t.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, pointer: resolved };
    }
    position(offset) {
        const a = this.lines.position(offset);
        return { line: a.line, column: a.column, endLine: a.line, endColumn: a.column };
    }
    lineText(line) {
        return this.lines.lineText(line);
    }
}

;// CONCATENATED MODULE: ./src/document/json-fast.ts
/**
 * The fast path for JSON packets: the engine's native JSON.parse builds the value, and one cheap
 * scan proves the text has no duplicate key and no nesting beyond the limit. Every ':' outside a
 * string introduces one object member, so the text holds duplicates exactly when it has more
 * colons than the parsed value has keys. Anything unusual returns undefined and the caller falls
 * back to the full parser, which reports the exact position.
 */
function fastParseJson(text, maxDepth) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const colons = countMemberColons(text);
    const tally = { keys: 0, tooDeep: false };
    countKeys(value, 0, maxDepth, tally);
    if (tally.tooDeep || colons !== tally.keys)
        return undefined;
    return { value };
}
function countMemberColons(text) {
    let colons = 0;
    let i = 0;
    for (;;) {
        const quote = text.indexOf('"', i);
        const end = quote === -1 ? text.length : quote;
        for (let c = text.indexOf(':', i); c !== -1 && c < end; c = text.indexOf(':', c + 1))
            colons++;
        if (quote === -1)
            return colons;
        // Skip the string: find its closing quote, one not escaped by an odd run of backslashes.
        let close = text.indexOf('"', quote + 1);
        while (close !== -1) {
            let slashes = 0;
            while (text.charCodeAt(close - 1 - slashes) === 0x5c)
                slashes++;
            if (slashes % 2 === 0)
                break;
            close = text.indexOf('"', close + 1);
        }
        if (close === -1)
            return -1;
        i = close + 1;
    }
}
function countKeys(value, depth, maxDepth, tally) {
    if (value === null || typeof value !== 'object')
        return;
    if (depth >= maxDepth) {
        tally.tooDeep = true;
        return;
    }
    if (Array.isArray(value)) {
        for (const item of value)
            countKeys(item, depth + 1, maxDepth, tally);
        return;
    }
    for (const key in value) {
        tally.keys++;
        countKeys(value[key], depth + 1, maxDepth, tally);
    }
}

// EXTERNAL MODULE: ./src/document/positions.ts
var document_positions = __webpack_require__(2497);
;// CONCATENATED MODULE: ./src/document/json-parser.ts


const WS = new Uint8Array(128);
WS[0x20] = WS[0x09] = WS[0x0a] = WS[0x0d] = 1;
/**
 * A strict RFC 8259 parser that, unlike JSON.parse, reports duplicate keys, bounds nesting depth
 * and can record where every value is written. Recursion is bounded by maxDepth.
 */
function parseJson(text, options) {
    const parser = new JsonParser(text, options);
    return parser.parseDocument();
}
/** A run of string characters that need no attention: no quote, backslash or control character. */
const PLAIN = /[^"\\\u0000-\u001f]*/y;
class JsonParser {
    text;
    options;
    pos = 0;
    issues = [];
    /** Keys and indexes from the root to the value being parsed; a pointer is built only when needed. */
    path = [];
    constructor(text, options) {
        this.text = text;
        this.options = options;
    }
    parseDocument() {
        // A UTF-8 byte order mark is tolerated, as most editors write it.
        if (this.text.charCodeAt(0) === 0xfeff)
            this.pos = 1;
        this.skipWs();
        if (this.pos >= this.text.length)
            this.fail('the file is empty: expected a JSON value');
        const holder = { value: undefined, node: undefined };
        this.parseValue(0, holder);
        this.skipWs();
        if (this.pos < this.text.length)
            this.fail(`found ${this.describeHere()} after the end of the JSON value`);
        return { value: holder.value, positions: holder.node, issues: this.issues };
    }
    fail(message, offset = this.pos) {
        throw new document_positions/* ParseFailure */.I('syntax', message, offset);
    }
    describeHere() {
        if (this.pos >= this.text.length)
            return 'end of file';
        const ch = this.text[this.pos];
        if (ch === '"')
            return 'a string';
        return /\s/.test(ch) ? `whitespace character U+${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : `"${ch}"`;
    }
    skipWs() {
        const text = this.text;
        let p = this.pos;
        while (p < text.length) {
            const c = text.charCodeAt(p);
            if (c < 128 && WS[c] === 1)
                p++;
            else
                break;
        }
        this.pos = p;
    }
    parseValue(depth, out) {
        const start = this.pos;
        const c = this.text.charCodeAt(start);
        let children;
        if (c === 0x7b)
            children = this.parseObject(depth + 1, out);
        else if (c === 0x5b)
            children = this.parseArray(depth + 1, out);
        else if (c === 0x22)
            out.value = this.parseString();
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39))
            out.value = this.parseNumber();
        else if (this.text.startsWith('true', start)) {
            this.pos += 4;
            out.value = true;
        }
        else if (this.text.startsWith('false', start)) {
            this.pos += 5;
            out.value = false;
        }
        else if (this.text.startsWith('null', start)) {
            this.pos += 4;
            out.value = null;
        }
        else if (start >= this.text.length)
            this.fail('unexpected end of file: expected a value');
        else
            this.fail(`expected a value (object, array, string, number, true, false or null), found ${this.describeHere()}`);
        if (this.options.positions)
            out.node = children ? { start, end: this.pos, children } : { start, end: this.pos };
    }
    checkDepth(depth) {
        if (depth > this.options.maxDepth) {
            throw new document_positions/* ParseFailure */.I('too-deep', `nesting deeper than the limit of ${this.options.maxDepth} levels`, this.pos);
        }
    }
    parseObject(depth, out) {
        this.checkDepth(depth);
        this.pos++;
        const obj = {};
        const children = this.options.positions ? new Map() : undefined;
        out.value = obj;
        this.skipWs();
        if (this.text.charCodeAt(this.pos) === 0x7d) {
            this.pos++;
            return children;
        }
        const member = { value: undefined, node: undefined };
        for (;;) {
            if (this.text.charCodeAt(this.pos) !== 0x22) {
                this.fail(`expected a property name in double quotes, found ${this.describeHere()}`);
            }
            const keyStart = this.pos;
            const key = this.parseString();
            this.skipWs();
            if (this.text.charCodeAt(this.pos) !== 0x3a)
                this.fail(`expected ":" after property name, found ${this.describeHere()}`);
            this.pos++;
            this.skipWs();
            this.path.push(key);
            this.parseValue(depth, member);
            if (Object.prototype.hasOwnProperty.call(obj, key)) {
                this.issues.push({
                    messageId: 'duplicate-key',
                    message: `duplicate key "${key}": JSON.parse and most tools silently keep only the last one`,
                    offset: keyStart,
                    pointer: (0,document_pointer/* joinPointer */.Kn)(this.path),
                });
            }
            this.path.pop();
            (0,document_positions/* setOwn */.P)(obj, key, member.value);
            if (children && member.node) {
                member.node.keyStart = keyStart;
                children.set(key, member.node);
            }
            this.skipWs();
            const c = this.text.charCodeAt(this.pos);
            if (c === 0x2c) {
                const comma = this.pos++;
                this.skipWs();
                if (this.text.charCodeAt(this.pos) === 0x7d)
                    this.fail('trailing comma before "}" is not allowed in JSON', comma);
                continue;
            }
            if (c === 0x7d) {
                this.pos++;
                return children;
            }
            this.fail(`expected "," or "}" after a property value, found ${this.describeHere()}`);
        }
    }
    parseArray(depth, out) {
        this.checkDepth(depth);
        this.pos++;
        const arr = [];
        const children = this.options.positions ? [] : undefined;
        out.value = arr;
        this.skipWs();
        if (this.text.charCodeAt(this.pos) === 0x5d) {
            this.pos++;
            return children;
        }
        const item = { value: undefined, node: undefined };
        for (;;) {
            this.path.push(arr.length);
            this.parseValue(depth, item);
            this.path.pop();
            arr.push(item.value);
            if (children && item.node)
                children.push(item.node);
            this.skipWs();
            const c = this.text.charCodeAt(this.pos);
            if (c === 0x2c) {
                const comma = this.pos++;
                this.skipWs();
                if (this.text.charCodeAt(this.pos) === 0x5d)
                    this.fail('trailing comma before "]" is not allowed in JSON', comma);
                continue;
            }
            if (c === 0x5d) {
                this.pos++;
                return children;
            }
            this.fail(`expected "," or "]" after an array element, found ${this.describeHere()}`);
        }
    }
    parseString() {
        const text = this.text;
        const start = ++this.pos;
        PLAIN.lastIndex = start;
        PLAIN.test(text);
        let p = PLAIN.lastIndex;
        if (text.charCodeAt(p) === 0x22) {
            this.pos = p + 1;
            return text.slice(start, p);
        }
        let result = text.slice(start, p);
        for (;;) {
            const c = text.charCodeAt(p);
            if (c === 0x22) {
                this.pos = p + 1;
                return result;
            }
            if (p >= text.length)
                this.fail('unterminated string: missing closing double quote', start - 1);
            if (c < 0x20)
                this.fail('control character in string: escape it (for example \\n or \\t)', p);
            if (c !== 0x5c) {
                PLAIN.lastIndex = p;
                PLAIN.test(text);
                result += text.slice(p, PLAIN.lastIndex);
                p = PLAIN.lastIndex;
                continue;
            }
            const e = text[p + 1];
            switch (e) {
                case '"':
                    result += '"';
                    break;
                case '\\':
                    result += '\\';
                    break;
                case '/':
                    result += '/';
                    break;
                case 'b':
                    result += '\b';
                    break;
                case 'f':
                    result += '\f';
                    break;
                case 'n':
                    result += '\n';
                    break;
                case 'r':
                    result += '\r';
                    break;
                case 't':
                    result += '\t';
                    break;
                case 'u': {
                    const hex = text.slice(p + 2, p + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        this.fail('invalid \\u escape: expected four hex digits', p);
                    result += String.fromCharCode(parseInt(hex, 16));
                    p += 4;
                    break;
                }
                default:
                    this.fail(`invalid escape "\\${e ?? ''}" in string`, p);
            }
            p += 2;
        }
    }
    parseNumber() {
        const text = this.text;
        const start = this.pos;
        let p = start;
        if (text.charCodeAt(p) === 0x2d)
            p++;
        const first = text.charCodeAt(p);
        if (first === 0x30)
            p++;
        else if (first >= 0x31 && first <= 0x39)
            while (isDigit(text.charCodeAt(p)))
                p++;
        else
            this.fail('invalid number: expected a digit', p);
        if (text.charCodeAt(p) === 0x2e) {
            p++;
            if (!isDigit(text.charCodeAt(p)))
                this.fail('invalid number: expected a digit after "."', p);
            while (isDigit(text.charCodeAt(p)))
                p++;
        }
        const e = text.charCodeAt(p);
        if (e === 0x65 || e === 0x45) {
            p++;
            const s = text.charCodeAt(p);
            if (s === 0x2b || s === 0x2d)
                p++;
            if (!isDigit(text.charCodeAt(p)))
                this.fail('invalid number: expected a digit in the exponent', p);
            while (isDigit(text.charCodeAt(p)))
                p++;
        }
        if (isDigit(text.charCodeAt(p)))
            this.fail('invalid number: leading zeros are not allowed', start);
        this.pos = p;
        return Number(text.slice(start, p));
    }
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/document/yaml-parser.ts



/** Parses one YAML document (YAML 1.2 core schema, so dates and "yes" stay strings) with source ranges. */
function parseYaml(text, options) {
    let docs;
    try {
        docs = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: true, prettyErrors: false, strict: true, merge: true });
    }
    catch (err) {
        throw tooDeepOr(err);
    }
    if (!Array.isArray(docs)) {
        throw new document_positions/* ParseFailure */.I('syntax', 'the file holds no YAML document', 0);
    }
    if (docs.length === 0)
        throw new document_positions/* ParseFailure */.I('syntax', 'the file is empty: expected a YAML document', 0);
    const second = docs[1];
    if (second) {
        throw new document_positions/* ParseFailure */.I('multiple-documents', 'the file holds more than one YAML document ("---"); a packet or policy must be a single document', second.range[0]);
    }
    const doc = docs[0];
    const issues = [];
    for (const err of doc.errors) {
        const offset = err.pos[0];
        if (err.code === 'DUPLICATE_KEY') {
            issues.push({ messageId: 'duplicate-key', message: 'duplicate key: YAML tools keep only one of them', offset, pointer: '' });
            continue;
        }
        if (/call stack/i.test(err.message))
            throw new document_positions/* ParseFailure */.I('too-deep', 'nesting too deep to parse', offset);
        throw new document_positions/* ParseFailure */.I('syntax', cleanMessage(err.message), offset);
    }
    const positions = doc.contents ? walk(doc.contents, 0, '', options, issues) : undefined;
    let value;
    try {
        value = doc.toJS({ maxAliasCount: options.maxAliases });
    }
    catch (err) {
        if (err instanceof ReferenceError || /alias/i.test(String(err.message))) {
            throw new document_positions/* ParseFailure */.I('alias-limit', `YAML aliases expand beyond the limit of ${options.maxAliases} (an alias bomb?); raise settings.limits.max-aliases only if the file is trusted`, 0);
        }
        throw tooDeepOr(err);
    }
    return { value, positions, issues };
}
function walk(node, depth, pointer, options, issues) {
    if (depth > options.maxDepth) {
        throw new document_positions/* ParseFailure */.I('too-deep', `nesting deeper than the limit of ${options.maxDepth} levels`, node.range?.[0] ?? 0);
    }
    const [start, end] = node.range ?? [0, 0];
    if ((0,dist/* isMap */.jh)(node)) {
        const children = new Map();
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const key = pair.key;
            const name = (0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key);
            const keyStart = (0,dist/* isScalar */.jn)(key) && key.range ? key.range[0] : start;
            const memberPointer = (0,document_pointer/* childPointer */.Y2)(pointer, name);
            const child = pair.value
                ? walk(pair.value, depth + 1, memberPointer, options, issues)
                : { start: keyStart, end: keyStart };
            child.keyStart = keyStart;
            const dup = issues.find((i) => i.messageId === 'duplicate-key' && i.pointer === '' && i.offset === keyStart);
            if (dup)
                dup.pointer = memberPointer;
            children.set(name, child);
        }
        return { start, end, children };
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        const children = [];
        node.items.forEach((item, i) => {
            children.push(walk(item, depth + 1, (0,document_pointer/* childPointer */.Y2)(pointer, i), options, issues));
        });
        return { start, end, children };
    }
    // Scalars and aliases: an alias keeps its own position and no children, so walking stays linear.
    if ((0,dist/* isAlias */.Vj)(node) || (0,dist/* isScalar */.jn)(node))
        return { start, end };
    return { start, end };
}
function cleanMessage(message) {
    // The yaml library appends " at line N, column M" and a code frame; we print our own position.
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}
function tooDeepOr(err) {
    if (err instanceof RangeError)
        return new document_positions/* ParseFailure */.I('too-deep', 'nesting too deep to parse', 0);
    return err instanceof Error ? err : new Error(String(err));
}

// EXTERNAL MODULE: ./src/util/safe-read.ts
var safe_read = __webpack_require__(7240);
;// CONCATENATED MODULE: ./src/document/load.ts








const DEFAULT_LIMITS = {
    maxFileBytes: 10 * 1024 * 1024,
    maxDepth: 64,
    maxAliases: 100,
};
const decoder = new TextDecoder('utf-8', { fatal: true });
function formatFor(file, text) {
    const ext = (0,external_node_path_.extname)(file).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    const first = text?.trimStart()[0];
    return first === '{' || first === '[' ? 'json' : 'yaml';
}
/** Reads and parses one file within the limits. Never throws for bad input. */
/**
 * Reads and parses one document. With `root`, the path must stay inside root once symbolic links
 * are resolved: a packet or schema that links out of the repository is refused, never read.
 */
function loadDocument(absPath, file, limits, format, root) {
    if (root !== undefined) {
        const where = (0,safe_read/* resolveInside */.LI)(root, absPath);
        if ('reason' in where && where.reason === 'outside') {
            return { ok: false, failure: { file, messageId: 'outside-root', message: 'resolves outside the repository through a symbolic link; only files inside it are read' } };
        }
    }
    const read = readBounded(absPath, file, limits.maxFileBytes);
    if ('failure' in read)
        return { ok: false, failure: read.failure };
    return parseText(read.text, file, limits, format ?? formatFor(file, read.text));
}
function parseText(text, file, limits, format) {
    try {
        if (format === 'json') {
            const positions = () => parseJson(text, { maxDepth: limits.maxDepth, positions: true }).positions;
            const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
            const fast = fastParseJson(body, limits.maxDepth);
            if (fast)
                return { ok: true, document: new Document(file, text, fast.value, 'json', positions), issues: [] };
            const parsed = parseJson(text, { maxDepth: limits.maxDepth, positions: false });
            return { ok: true, document: new Document(file, text, parsed.value, 'json', positions), issues: parsed.issues };
        }
        const parsed = parseYaml(text, limits);
        return { ok: true, document: new Document(file, text, parsed.value, 'yaml', () => parsed.positions), issues: parsed.issues };
    }
    catch (err) {
        if (err instanceof document_positions/* ParseFailure */.I) {
            const doc = new Document(file, text, undefined, format, () => undefined);
            const at = doc.position(err.offset);
            return { ok: false, failure: { file, messageId: err.messageId, message: err.message, line: at.line, column: at.column } };
        }
        throw err;
    }
}
function readBounded(absPath, file, maxBytes) {
    let fd;
    try {
        // O_NONBLOCK: a FIFO would otherwise block the open until some writer appears.
        fd = (0,external_node_fs_.openSync)(absPath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (err) {
        return { failure: ioFailure(file, err) };
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile()) {
            return { failure: { file, messageId: 'not-a-file', message: 'not a regular file (a FIFO, socket, device or directory); only regular files are read' } };
        }
        if (stat.size > maxBytes) {
            return {
                failure: {
                    file,
                    messageId: 'too-large',
                    message: `file is ${formatBytes(stat.size)}, over the limit of ${formatBytes(maxBytes)}; raise settings.limits.max-file-bytes if it really is evidence`,
                },
            };
        }
        const bytes = scratch(stat.size);
        let got = 0;
        while (got < stat.size) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, got, stat.size - got, got);
            if (n === 0)
                break;
            got += n;
        }
        return decode(bytes.subarray(0, got), file);
    }
    catch (err) {
        return { failure: ioFailure(file, err) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * One read buffer reused for every file: thousands of small packets would otherwise each allocate
 * an external buffer, and external memory is what makes V8 run its costliest collections.
 */
let shared = Buffer.allocUnsafe(256 * 1024);
function scratch(size) {
    if (size > shared.length)
        shared = Buffer.allocUnsafe(Math.max(size, shared.length * 2));
    return shared;
}
function decode(bytes, file) {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        return { failure: { file, messageId: 'binary', message: `binary file (NUL byte at offset ${nul}); evidence must be UTF-8 text` } };
    }
    try {
        return { text: decoder.decode(bytes) };
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        const before = bytes.subarray(0, offset);
        let line = 1;
        let lastNl = -1;
        for (let i = 0; i < before.length; i++)
            if (before[i] === 10)
                (line++, (lastNl = i));
        return {
            failure: {
                file,
                messageId: 'not-utf8',
                message: `not valid UTF-8 (byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at offset ${offset}); re-save the file as UTF-8`,
                line,
                column: offset - lastNl,
            },
        };
    }
}
function firstInvalidUtf8(bytes) {
    // Walks the sequences one by one; only reached on the error path, so linear cost is fine.
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
        if (len === 0 || i + len > bytes.length)
            return i;
        try {
            decoder.decode(bytes.subarray(i, i + len));
        }
        catch {
            return i;
        }
        i += len;
    }
    return i;
}
function ioFailure(file, err) {
    const code = err.code;
    if (code === 'ENOENT')
        return { file, messageId: 'not-found', message: 'file not found' };
    if (code === 'EISDIR')
        return { file, messageId: 'not-a-file', message: 'is a directory, not a file' };
    if (code === 'EACCES' || code === 'EPERM')
        return { file, messageId: 'unreadable', message: 'permission denied: the file cannot be read' };
    return { file, messageId: 'unreadable', message: `cannot read the file (${code ?? err.message})` };
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
    return `${n} bytes`;
}


/***/ }),

/***/ 2840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ joinPointer),
/* harmony export */   Y2: () => (/* binding */ childPointer),
/* harmony export */   ko: () => (/* binding */ unescapeToken),
/* harmony export */   sM: () => (/* binding */ getAt),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
/* unused harmony export escapeToken */
/** RFC 6901 JSON pointers. */
function escapeToken(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
function unescapeToken(token) {
    return token.replace(/~1/g, '/').replace(/~0/g, '~');
}
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new Error(`JSON pointer "${pointer}" must start with "/"`);
    return pointer.slice(1).split('/').map(unescapeToken);
}
function joinPointer(tokens) {
    return tokens.map((t) => '/' + escapeToken(String(t))).join('');
}
function childPointer(parent, token) {
    return parent + '/' + escapeToken(String(token));
}
/** Reads the value a pointer designates, or undefined when any step is absent. */
function getAt(value, pointer) {
    let current = value;
    for (const token of parsePointer(pointer)) {
        if (Array.isArray(current)) {
            if (!/^(0|[1-9][0-9]*)$/.test(token))
                return undefined;
            current = current[Number(token)];
        }
        else if (current !== null && typeof current === 'object') {
            if (!Object.prototype.hasOwnProperty.call(current, token))
                return undefined;
            current = current[token];
        }
        else {
            return undefined;
        }
    }
    return current;
}


/***/ }),

/***/ 2497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ ParseFailure),
/* harmony export */   P: () => (/* binding */ setOwn)
/* harmony export */ });
/** A problem that stops the parse: the document has no value. */
class ParseFailure extends Error {
    messageId;
    offset;
    constructor(messageId, message, offset) {
        super(message);
        this.messageId = messageId;
        this.offset = offset;
    }
}
/** Sets a property, even one named `__proto__`, as a plain own data property. */
function setOwn(target, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    }
    else {
        target[key] = value;
    }
}


/***/ }),

/***/ 7081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   GG: () => (/* binding */ childOf),
/* harmony export */   Lt: () => (/* binding */ select),
/* harmony export */   hu: () => (/* binding */ isPatternValid)
/* harmony export */ });
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2840);

const WHERE = /^\[([^=\]]+)=([^\]]*)\]$/;
function parsePattern(pattern) {
    if (pattern === '' || pattern === '/')
        return [];
    if (!pattern.startsWith('/'))
        throw new Error(`path "${pattern}" must start with "/"`);
    return pattern
        .slice(1)
        .split('/')
        .map((raw) => {
        if (raw === '*')
            return { kind: 'any' };
        if (raw === '**')
            return { kind: 'deep' };
        const where = WHERE.exec(raw);
        if (where)
            return { kind: 'where', key: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapeToken */ .ko)(where[1]), value: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapeToken */ .ko)(where[2]) };
        return { kind: 'key', key: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapeToken */ .ko)(raw) };
    });
}
function isPatternValid(pattern) {
    try {
        parsePattern(pattern);
        return undefined;
    }
    catch (err) {
        return err.message;
    }
}
/** Every value the pattern selects, with its concrete pointer, in document order. */
function select(root, pattern) {
    const segments = typeof pattern === 'string' ? parsePattern(pattern) : pattern;
    const out = [];
    const seen = new Set();
    const emit = (pointer, value) => {
        if (!seen.has(pointer)) {
            seen.add(pointer);
            out.push({ pointer, value });
        }
    };
    const step = (value, pointer, i) => {
        if (i === segments.length) {
            emit(pointer, value);
            return;
        }
        const seg = segments[i];
        if (seg.kind === 'deep') {
            step(value, pointer, i + 1);
            for (const [k, v] of entries(value))
                step(v, (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(pointer, k), i);
            return;
        }
        if (seg.kind === 'key') {
            const child = childOf(value, seg.key);
            if (child !== undefined)
                step(child, (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(pointer, seg.key), i + 1);
            return;
        }
        if (seg.kind === 'any') {
            for (const [k, v] of entries(value))
                step(v, (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(pointer, k), i + 1);
            return;
        }
        if (Array.isArray(value)) {
            value.forEach((v, k) => {
                if (v && typeof v === 'object' && String(v[seg.key]) === seg.value) {
                    step(v, (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(pointer, k), i + 1);
                }
            });
        }
    };
    step(root, '', 0);
    return out;
}
function entries(value) {
    if (Array.isArray(value))
        return value.map((v, i) => [i, v]);
    if (value && typeof value === 'object')
        return Object.entries(value);
    return [];
}
/** The child of an object or array at a pointer token, or undefined. */
function childOf(value, key) {
    if (Array.isArray(value))
        return /^\d+$/.test(key) ? value[Number(key)] : undefined;
    if (value && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key)) {
        return value[key];
    }
    return undefined;
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   NY: () => (/* binding */ redactionRules),
/* harmony export */   Rd: () => (/* binding */ redactText)
/* harmony export */ });
/* harmony import */ var _document_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(498);
/* harmony import */ var _scan_mask_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9345);
/* harmony import */ var _scan_rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2048);



/**
 * The last word on "never print a value": every string a report carries (messages, file names,
 * pointers, titles, what a check requires) passes the public-safety scanner, and whatever it
 * would flag is replaced by its masked form. Checks already mask the values they quote; this
 * catches what they cannot foresee: a token as a JSON key, in a file name, in a CEL error, in a
 * policy's own constants.
 */
function redactText(scanner, text) {
    if (text.length === 0)
        return text;
    const found = scanner.scanText('', text);
    if (found.length === 0)
        return text;
    const lines = new _document_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .r(text);
    const spans = found
        .map((f) => ({ start: lines.offset(f.line, f.column), end: lines.offset(f.endLine, f.endColumn) }))
        .sort((a, b) => b.start - a.start);
    let out = text;
    let floor = Infinity;
    for (const s of spans) {
        if (s.end > floor)
            continue; // overlapping spans: the later one already covers it
        out = out.slice(0, s.start) + (0,_scan_mask_js__WEBPACK_IMPORTED_MODULE_0__/* .mask */ .dK)(out.slice(s.start, s.end)) + out.slice(s.end);
        floor = s.start;
    }
    return out;
}
/**
 * The rules redaction uses: the policy's, plus every built-in one a policy may have disabled for
 * scanning: switching a rule off for findings does not make its values fit to print.
 */
function redactionRules(policyRules) {
    const ids = new Set(policyRules.map((r) => r.id));
    return [...policyRules, ..._scan_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PUBLIC_SAFETY_RULES */ .Rx.filter((r) => !ids.has(r.id))];
}
/** Keys whose values are ours and fixed-format (hashes, times), never data to redact. */
const KEEP = new Set(['fingerprint', 'digest', 'evaluatedAt', 'reportVersion', 'scanVersion', 'state', 'severity', 'masked']);
/** A copy of a report with every data string redacted. */
function redactDeep(scanner, value, key = '') {
    if (typeof value === 'string')
        return (KEEP.has(key) ? value : redactText(scanner, value));
    if (Array.isArray(value))
        return value.map((v) => redactDeep(scanner, v, key));
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = redactDeep(scanner, v, k);
        return out;
    }
    return value;
}


/***/ }),

/***/ 4867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/**
 * Values that stand for a secret rather than being one: templating, environment references,
 * secret-manager references and redaction markers. They are never findings, whatever rule matched.
 */
const PLACEHOLDERS = [
    /\$\{\{[^}]*\}\}/, // ${{ secrets.X }} in workflows
    /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/, // $X, ${X}
    /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+][^}]*)?\}/, // ${X:-default} inside a value
    /\b(?:process\.env|os\.environ|import\.meta\.env|env)\s*(?:\.|\[|\()/, // process.env.X, os.environ["X"]
    /^[A-Z][A-Z0-9_]*_REF$/, // secret-manager reference names
    /<[a-z0-9 _-]*(?:redacted|secret|password|token|key|placeholder|your[a-z _-]*|example)[a-z0-9 _-]*>/i, // <redacted>, <your-token>
    /^\[?redacted\]?$/i,
    /^\*{3,}$/, // ***
    /^(?:x{6,}|X{6,}|0{12,}|\.{3,})$/,
    /^(?:changeme|change-me|password|secret|example|placeholder|dummy|sample|test|none|null|todo|tbd)$/i,
    /^cavra:\/\/evidence\/redacted\//,
];
/** Published documentation examples: vendors print these in their own docs. */
const DOCUMENTATION_VALUES = new Set([
    'AKIAIOSFODNN7EXAMPLE',
    'ASIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
]);
function isPlaceholder(value) {
    return DOCUMENTATION_VALUES.has(value) || PLACEHOLDERS.some((re) => re.test(value));
}


/***/ }),

/***/ 2048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rx: () => (/* binding */ PUBLIC_SAFETY_RULES),
  a2: () => (/* binding */ priorityOf)
});

// UNUSED EXPORTS: RULE_PRIORITY

;// CONCATENATED MODULE: ./src/scan/rules/fake.ts
/**
 * Deterministic stand-ins for real credentials, assembled at run time so that no complete
 * token-shaped literal sits in this repository (where it would trip other scanners and push
 * protection) while each rule still keeps its samples beside it.
 */
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64 = ALNUM + '+/';
function fake(prefix, length, alphabet = ALNUM, seed = prefix.length * 7 + length) {
    // xorshift32: cheap, deterministic, and every character position looks random.
    let state = (seed * 2654435761) >>> 0 || 1;
    let out = prefix;
    for (let i = 0; i < length; i++) {
        state ^= state << 13;
        state >>>= 0;
        state ^= state >>> 17;
        state ^= state << 5;
        state >>>= 0;
        out += alphabet[state % alphabet.length];
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/rules/cloud-keys.ts

const awsAccessKeyId = {
    id: 'aws-access-key-id',
    description: 'AWS access key id (long-term AKIA or temporary ASIA)',
    severity: 'high',
    category: 'cloud-key',
    keywords: ['akia', 'asia'],
    pattern: /(?<![A-Z0-9])(?<secret>(?:AKIA|ASIA)[A-Z0-9]{16})(?![A-Z0-9])/g,
    entropy: 3,
    samples: { positive: [`aws_access_key_id = ${fake('AK' + 'IA', 16, UPPER_ALNUM)}`], negative: ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'AKIA is the prefix of long-term keys'] },
};
const awsSecretKey = {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key, beside a name that says so',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['aws'],
    pattern: /aws.{0,24}?(?:secret|sk)[a-z_]*["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    entropy: 4,
    samples: {
        positive: [`aws_secret_access_key = ${fake('', 40, B64)}`, `"AWS_SECRET_ACCESS_KEY": "${fake('', 40, B64, 9)}"`],
        negative: ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}', `aws_region = ${'a'.repeat(40)}`],
    },
};
const gcpServiceAccount = {
    id: 'gcp-service-account-key',
    description: 'Google Cloud service-account key file (its private key id)',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['private_key_id'],
    pattern: /"private_key_id"\s*:\s*"(?<secret>[a-f0-9]{40})"/g,
    samples: { positive: [`{"type": "service_account", "private_key_id": "${fake('', 40, HEX)}"}`], negative: ['{"private_key_id": "<redacted>"}'] },
};
const azureStorageKey = {
    id: 'azure-storage-key',
    description: 'Azure storage account key in a connection string',
    severity: 'critical',
    category: 'cloud-key',
    keywords: ['accountkey='],
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g,
    samples: {
        positive: [`DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${fake('', 86, B64)}==;EndpointSuffix=core.windows.net`],
        negative: ['DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${STORAGE_KEY}'],
    },
};

// EXTERNAL MODULE: ./src/scan/placeholders.ts
var placeholders = __webpack_require__(4867);
;// CONCATENATED MODULE: ./src/scan/rules/dockerfile-secret.ts


/**
 * A Dockerfile `ARG` or `ENV` whose name says secret and whose default is a literal. Both forms
 * count: `ENV NAME=value` and the legacy `ENV NAME value`, which the generic assignment rule does
 * not see. Either way the value is baked into the image's history for anyone who pulls it.
 */
const dockerfileSecret = {
    id: 'dockerfile-secret',
    description: 'A Dockerfile ARG or ENV named like a secret with a literal value, kept in the image history',
    severity: 'high',
    category: 'generic-secret',
    keywords: ['arg ', 'env '],
    // Name parts are bounded ({0,64}) so a long name cannot make the regex backtrack for long.
    pattern: /^[ \t]*(?:ARG|ENV)[ \t]+[A-Za-z0-9_]{0,64}(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)[A-Za-z0-9_]{0,64}(?:[ \t]*=[ \t]*|[ \t]+)["']?(?<secret>[^\s"'$]{8,256})/gim,
    entropy: 2.8,
    validate: (value) => !(0,placeholders/* isPlaceholder */.w)(value) && !/^[A-Z][A-Z0-9_]+$/.test(value) && !value.startsWith('/'),
    samples: {
        positive: [`ENV DB_PASSWORD ${fake('', 18, undefined, 31)}`, `ARG NPM_TOKEN=${fake('', 24, undefined, 32)}`, `  env api_key="${fake('', 20, undefined, 33)}"`],
        negative: ['ARG NPM_TOKEN', 'ENV DB_PASSWORD=${DB_PASSWORD}', 'ENV TOKEN_FILE /run/secrets/token', 'ENV SECRET_NAME CHANGEME', 'ENV PATH=/usr/local/bin:$PATH', 'ARG BUILD_SECRET_ID=SOME_VARIABLE'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/generic-secret.ts


const genericSecret = {
    id: 'generic-secret',
    description: 'A password, secret, token or API key assigned a literal, random-looking value',
    severity: 'high',
    category: 'generic-secret',
    keywords: ['password', 'passwd', 'secret', 'token', 'api_key', 'apikey', 'api-key', 'access_key', 'private_key', 'client_secret'],
    // The match starts at the keyword, not the whole name, so the regex is only tried where a keyword is.
    pattern: /(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key)[A-Za-z0-9_.-]*["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9!#%&*+/=?^_~.-]{16,128})["']?(?![A-Za-z0-9])/gi,
    entropy: 3.5,
    validate: (value) => !(0,placeholders/* isPlaceholder */.w)(value) &&
        !/_REF$/.test(value) &&
        !/^[A-Z][A-Z0-9_]+$/.test(value) && // an environment variable's name
        !/^(?:[a-z]+[-_.])+[a-z]+$/.test(value) &&
        !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value), // code: inputs.githubToken, config.auth.token
    samples: {
        positive: [`client_secret = "${fake('', 32, undefined, 21)}"`, `"api_key": "${fake('', 40, undefined, 5)}"`, `DB_PASSWORD=${fake('', 20, undefined, 13)}`],
        negative: ['password: CAVRA_REPORT_SMTP_PASSWORD_REF', 'token: ${{ secrets.DEPLOY_TOKEN }}', 'secret_name: report-delivery-credentials', '"secrets_included": false', 'api_key = "aaaaaaaaaaaaaaaaaaaa"', 'token_endpoint: https://auth.example.com/token', 'token: inputs.githubToken, baseUrl', 'password: config.database.password'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/github-token.ts

const githubToken = {
    id: 'github-token',
    description: 'GitHub token (personal access, OAuth, user-to-server, server-to-server, refresh, fine-grained)',
    severity: 'critical',
    category: 'package-token',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/g,
    entropy: 3,
    samples: {
        positive: [`GITHUB_TOKEN=${fake('gh' + 'p_', 36)}`, `token: "${fake('gh' + 's_', 36, undefined, 3)}"`, `auth ${fake('github' + '_pat_', 22)}_${fake('', 59)}`],
        negative: ['GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}', 'ghp_ prefix marks a classic token', `${fake('gh' + 'p_', 12)} is too short`, 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/identity.ts
/** RFC 2606 / RFC 6761 names reserved for documentation and testing. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost|local)$/i;
/** Role and no-reply mailboxes identify no person. */
const ROLE_LOCAL = /^(?:no-?reply|do-?not-?reply|noreply\+[a-z0-9-]+|postmaster|abuse|hostmaster|webmaster|security|support|privacy|legal|info|hello|admin|team|notifications?|git|[a-z0-9.-]*\[bot\])$/i;
const email = {
    id: 'email-address',
    description: 'E-mail address of a person (documentation domains and role mailboxes excepted)',
    severity: 'medium',
    category: 'identity',
    keywords: ['@'],
    anchor: { text: '@', back: 64, lead: /[A-Za-z0-9._%+-]/, next: /[A-Za-z0-9]/ },
    pattern: /(?<![A-Za-z0-9._%+-])(?<secret>[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-])/g,
    validate: (value, ctx) => {
        const [local, domain] = value.split('@');
        // scheme://user@host: the user of a URL, not a mailbox (url-credentials looks at those).
        if (/:\/\/[^\s/]*$/.test(ctx.text.slice(Math.max(0, ctx.index - 80), ctx.index)))
            return false;
        if (RESERVED_DOMAIN.test(domain) || ROLE_LOCAL.test(local))
            return false;
        // npm scopes and decorators (@types/node, x@1.2.3) are not addresses: a TLD is letters only,
        // and a file-like name (logo@2x.png) is an asset.
        return !/\.(?:png|jpe?g|gif|svg|webp|js|ts|css|json|md)$/i.test(domain);
    },
    samples: {
        positive: ['Contact: jane.doe@acme-corp.com', 'evaluator: "r.kumar@contoso.co.uk"', 'operator <ops.lead@tenant-42.io>'],
        negative: ['evaluator@example.com', 'ops@example.org', 'noreply@acme-corp.com', 'security@acme-corp.com', 'npm i @types/node', 'logo@2x.png', 'user@localhost', 'dependabot[bot]@users.noreply.github.com'],
    },
};

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/scan/rules/ip-address.ts

/** Documentation (RFC 5737), loopback, unspecified and broadcast IPv4 addresses identify nothing. */
function reservedV4(octets) {
    const [a, b, c] = octets;
    if (a === 192 && b === 0 && c === 2)
        return true; // TEST-NET-1
    if (a === 198 && b === 51 && c === 100)
        return true; // TEST-NET-2
    if (a === 203 && b === 0 && c === 113)
        return true; // TEST-NET-3
    if (a === 127)
        return true; // loopback
    if (octets.every((o) => o === 0) || octets.every((o) => o === 255))
        return true;
    return false;
}
/** What stands around a dotted quad that makes it a version, an OID or a number, not an address. */
function looksLikeVersion(ctx, value) {
    const before = ctx.text.slice(Math.max(0, ctx.index - 12), ctx.index);
    const after = ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 2);
    if (/[.\d]$/.test(before) || /^\.\d/.test(after))
        return true; // part of a longer dotted number (OID)
    if (/(?:\bv|version|ver\.?|release|build|\bmodule\s)\s*$/i.test(before))
        return true;
    return /^[-+~^][0-9A-Za-z]/.test(after) && !/^-\d/.test(after); // 1.2.3.4-beta
}
const ipv4 = {
    id: 'ipv4-address',
    description: 'IPv4 address (documentation ranges, loopback and unspecified addresses excepted)',
    severity: 'medium',
    category: 'ip-address',
    // Every dotted quad holds a digit followed by a dot.
    keywords: ['0.', '1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.'],
    pattern: /(?<![0-9A-Za-z_])(?<secret>(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?![0-9A-Za-z_])/g,
    validate: (value, ctx) => !reservedV4(value.split('.').map(Number)) && !looksLikeVersion(ctx, value),
    samples: {
        positive: ['client_ip: 10.24.3.17', '"source": "34.120.7.201"', 'ssh ops@172.16.254.1', 'allow 8.8.8.8/32'],
        negative: ['client_ip: 192.0.2.10', '198.51.100.7', '203.0.113.44', 'bind 127.0.0.1', 'listen 0.0.0.0:8080', 'version 10.2.3.4', 'v1.2.3.4', 'oid 1.3.6.1.4.1.311', '999.1.1.1', 'sha 1.2.3.4.5'],
    },
};
const ipv6 = {
    id: 'ipv6-address',
    description: 'IPv6 address (documentation prefix 2001:db8::/32, loopback and unspecified excepted)',
    severity: 'medium',
    category: 'ip-address',
    // An address holds "::" or a hex digit, a colon and a hex digit ("1f18:4a3"); a YAML key
    // ("id: 1") never does, so most files are not even decoded for this rule.
    keywords: ['::', ...[...'0123456789abcdef'].flatMap((a) => [...'0123456789abcdef'].map((b) => `${a}:${b}`))],
    anchor: { text: ':', back: 4, lead: /[0-9A-Fa-f]/, next: /[0-9A-Fa-f:]/ },
    pattern: /(?<![0-9A-Fa-f:.\w])(?<secret>(?:[0-9A-Fa-f]{1,4}:){1,7}(?::[0-9A-Fa-f]{1,4}){0,6}(?:[0-9A-Fa-f]{1,4}|:)(?:%[0-9A-Za-z]+)?)(?![0-9A-Fa-f:\w])/g,
    validate: (value) => {
        const bare = value.replace(/%.*$/, '');
        if (!(0,external_node_net_.isIPv6)(bare) || bare.split(':').length < 3)
            return false;
        if (/^(?:0*:)*:?0*1?$/.test(bare) || bare === '::')
            return false; // :: and ::1
        if (/^2001:0?db8:/i.test(bare))
            return false; // RFC 3849 documentation prefix
        // Times (12:30:45) and MAC addresses never pass isIPv6; a value of only decimal groups is a time.
        return !/^[\d:]+$/.test(bare) || bare.includes('::');
    },
    samples: {
        positive: ['peer: 2600:1f18:4a3:6b00:9d1e:2c4f:8e7a:1b2c', 'client fe80::1c2d:3e4f:5a6b:7c8d%eth0', 'addr 2a00:1450:4001:81a::200e'],
        negative: ['2001:db8::1', '2001:0db8:85a3::8a2e:0370:7334', '::1', 'at 12:30:45', 'mac 00:1a:2b:3c:4d:5e', 'std::vector', 'a::b'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/jwt.ts

const b64url = (s) => Buffer.from(s).toString('base64url');
const jwt = {
    id: 'jwt',
    description: 'JSON Web Token (signed or unsigned) with a payload',
    severity: 'high',
    category: 'jwt',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{0,512})(?![A-Za-z0-9_-])/g,
    validate: (value) => {
        try {
            const header = JSON.parse(Buffer.from(value.split('.')[0], 'base64url').toString('utf8'));
            return typeof header === 'object' && header !== null && ('alg' in header || 'typ' in header);
        }
        catch {
            return false;
        }
    },
    samples: {
        positive: [`Authorization: Bearer ${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"sub":"operator-7","tenant":"acme"}')}.${fake('', 43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}`],
        negative: ['tokens look like eyJhbGciOi...', `${b64url('{"not":"a header"}')}.${b64url('{"sub":"x"}')}.abc`],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/license-key.ts


const key = (seed) => ['CAVRA', 'TRIAL', ...[0, 1, 2, 3].map((i) => fake('', 5, UPPER_ALNUM, seed + i))].join('-');
const cavraLicenseKey = {
    id: 'cavra-license-key',
    description: 'CAVRA-style product license key (CAVRA-<EDITION>-XXXXX-XXXXX-...)',
    severity: 'critical',
    category: 'license-key',
    keywords: ['cavra-'],
    pattern: /(?<![A-Za-z0-9-])(?<secret>CAVRA-(?:[A-Z]+-)?[A-Z0-9]{4,8}(?:-[A-Z0-9]{4,8}){2,6})(?![A-Za-z0-9-])/g,
    // A key mixes letters and digits in its groups; product names such as CAVRA-ENTERPRISE-TRIAL-EDITION do not.
    validate: (value) => value.split('-').slice(1).some((g) => /\d/.test(g) && /[A-Z]/.test(g)),
    samples: { positive: [`license: ${key(3)}`, `"licenseKey": "${key(17)}"`], negative: ['CAVRA-ENTERPRISE-TRIAL-EDITION', 'the CAVRA-TRIAL key is issued privately'] },
};
const licenseKeyAssignment = {
    id: 'license-key-assignment',
    description: 'license_key / licenseKey / LICENSE_KEY assigned a literal value',
    severity: 'critical',
    category: 'license-key',
    keywords: ['license_key', 'licensekey', 'license-key'],
    // Starts at the keyword (a prefix such as CAVRA_ need not be matched), so it runs only there.
    pattern: /license[_-]?key["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9][A-Za-z0-9._+/=-]{7,})["']?/gi,
    validate: (value) => !(0,placeholders/* isPlaceholder */.w)(value) && !/_REF$/.test(value) && !/^(?:true|false|null|none|required|optional|redacted)$/i.test(value),
    samples: {
        positive: [`"license_key": "${fake('', 24)}"`, `LICENSE_KEY=${fake('LK', 20, undefined, 8)}`, `licenseKey: ${fake('', 16, undefined, 2)}`],
        negative: ['"license_key_included": false', 'license_key: CAVRA_TRIAL_LICENSE_KEY_REF', 'LICENSE_KEY=${CAVRA_LICENSE_KEY}', '"license_key": "<redacted>"'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/package-tokens.ts

const npmToken = {
    id: 'npm-token',
    description: 'npm access token',
    severity: 'critical',
    category: 'package-token',
    keywords: ['npm_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
    entropy: 3,
    samples: { positive: [`//registry.npmjs.org/:_authToken=${fake('np' + 'm_', 36)}`], negative: ['npm_config_registry=https://registry.npmjs.org/', 'npm_package_version'] },
};
const gitlabToken = {
    id: 'gitlab-token',
    description: 'GitLab personal, project or group access token',
    severity: 'critical',
    category: 'package-token',
    keywords: ['glpat-'],
    pattern: /(?<secret>glpat-[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/g,
    entropy: 3,
    samples: { positive: [`CI_TOKEN: ${fake('glp' + 'at-', 20)}`], negative: ['glpat- tokens expire after a year'] },
};
const pypiToken = {
    id: 'pypi-token',
    description: 'PyPI upload token',
    severity: 'critical',
    category: 'package-token',
    keywords: ['pypi-ageichlwas5vcmc'],
    pattern: /(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})/g,
    samples: { positive: [`password = ${fake('pypi-' + 'AgEIcHlwaS5vcmc', 60)}`], negative: ['password = pypi-token-goes-here'] },
};
const dockerHubToken = {
    id: 'dockerhub-token',
    description: 'Docker Hub personal access token',
    severity: 'critical',
    category: 'package-token',
    keywords: ['dckr_pat_'],
    pattern: /(?<secret>dckr_pat_[A-Za-z0-9_-]{27,})/g,
    entropy: 3,
    samples: { positive: [`docker login -p ${fake('dckr' + '_pat_', 27)}`], negative: ['use a dckr_pat_ token from the secret store'] },
};

// EXTERNAL MODULE: ./src/scan/rules/payload.ts
var payload = __webpack_require__(1287);
;// CONCATENATED MODULE: ./src/scan/rules/private-key.ts

const body = (seed) => Array.from({ length: 4 }, (_, i) => fake('', 64, B64, seed + i)).join('\n');
const privateKey = {
    id: 'private-key',
    description: 'PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted, PGP) with key material',
    severity: 'critical',
    category: 'private-key',
    keywords: ['private key'],
    // The header alone (in docs that explain the format) is not a leak: key material must follow,
    // on real lines or on \n-escaped ones inside a JSON string.
    pattern: /(?<secret>-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:\s|\\n|\\r)+(?:[A-Za-z0-9+/=:, -]+(?:\s|\\n|\\r)+){0,4}[A-Za-z0-9+/=]{40,})/g,
    samples: {
        positive: [
            `-----BEGIN ${'RSA PRIVATE'} KEY-----\n${body(1)}\n-----END RSA PRIVATE KEY-----`,
            `{"private_key": "-----BEGIN ${'PRIVATE'} KEY-----\\n${fake('', 64, B64, 7)}\\n-----END PRIVATE KEY-----\\n"}`,
            `-----BEGIN ${'OPENSSH PRIVATE'} KEY-----\n${body(11)}\n`,
        ],
        negative: ['A key file starts with -----BEGIN PRIVATE KEY----- and must never be committed.', '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/registry.ts


const npmrcAuth = {
    id: 'npmrc-auth',
    description: 'Registry credential in an .npmrc: _authToken, _auth or _password with a literal value',
    severity: 'critical',
    category: 'private-registry',
    keywords: ['_authtoken', '_auth', '_password'],
    pattern: /(?:^|[\s:])_(?:authToken|auth|password)\s*=\s*(?<secret>[^\s#;]{8,})/gm,
    validate: (value) => !(0,placeholders/* isPlaceholder */.w)(value) && !/^\$\{?/.test(value),
    samples: {
        positive: [`//npm.pkg.github.com/:_authToken=${fake('', 40, '0123456789abcdef', 4)}`, `_auth=${Buffer.from('ci:hunter2hunter2').toString('base64')}`],
        negative: ['//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}', '_authToken=${NPM_TOKEN}'],
    },
};
const registryUrlToken = {
    id: 'private-registry-url',
    description: 'Private package registry URL that carries a token or credential in its query',
    severity: 'critical',
    category: 'private-registry',
    keywords: ['token=', 'auth=', 'access_token='],
    pattern: /https?:\/\/[^\s"'<>]*(?:registry|packages?|pkg|npm|pypi|maven|nuget|artifactory|nexus|ghcr|docker)[^\s"'<>]*?[?&](?:token|access_token|auth|api_key|apikey)=(?<secret>[^\s&"'<>#]{8,})/gi,
    validate: (value) => !(0,placeholders/* isPlaceholder */.w)(value) && !/^\$\{?/.test(value),
    samples: {
        positive: [`https://packages.acme.io/npm/private/?token=${fake('', 32)}`, `pip install --index-url "https://pypi.acme.io/simple?access_token=${fake('', 24, undefined, 2)}"`],
        negative: ['https://packages.acme.io/npm/private/?token=${REGISTRY_TOKEN}', 'https://registry.npmjs.org/?page=2'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/saas-keys.ts

const slackToken = {
    id: 'slack-token',
    description: 'Slack bot, user, app or configuration token, or incoming webhook URL',
    severity: 'high',
    category: 'saas-key',
    keywords: ['xox', 'hooks.slack.com'],
    pattern: /(?<secret>xox[abposr]-(?:\d+-)+[A-Za-z0-9]{16,}|xapp-\d-[A-Z0-9]+-\d+-[a-f0-9]{32,}|https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,})/g,
    samples: {
        positive: [`SLACK_BOT_TOKEN=${'xo' + 'xb-'}1234567890-1234567890123-${fake('', 24)}`, `webhook: ${'https://hooks.' + 'slack.com/services/'}T0123ABCD/B0123ABCD/${fake('', 24)}`],
        negative: ['SLACK_BOT_TOKEN=xoxb-your-token', 'https://hooks.slack.com/services/...'],
    },
};
const stripeKey = {
    id: 'stripe-key',
    description: 'Stripe secret or restricted key',
    severity: 'critical',
    category: 'saas-key',
    keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24,99})(?![A-Za-z0-9_])/g,
    entropy: 3.5,
    samples: { positive: [`STRIPE_SECRET=${fake('sk' + '_live_', 24)}`], negative: ['STRIPE_SECRET=sk_live_...', 'pk_live_ keys are publishable'] },
};
const sendgridKey = {
    id: 'sendgrid-key',
    description: 'SendGrid API key',
    severity: 'critical',
    category: 'saas-key',
    keywords: ['sg.'],
    pattern: /(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
    samples: { positive: [`SENDGRID_API_KEY=${fake('S' + 'G.', 22)}.${fake('', 43)}`], negative: ['SG.example is the key format'] },
};
const twilioKey = {
    id: 'twilio-api-key',
    description: 'Twilio API key SID with its secret nearby, or an auth token assignment',
    severity: 'high',
    category: 'saas-key',
    keywords: ['twilio'],
    pattern: /twilio[a-z_]*(?:auth_?token|secret|api_?key)["']?\s*[:=]\s*["']?(?<secret>[a-fA-F0-9]{32}|SK[a-fA-F0-9]{32})(?![A-Za-z0-9])/gi,
    entropy: 3,
    samples: { positive: [`TWILIO_AUTH_TOKEN=${fake('', 32, HEX)}`, `twilio_api_key: SK${fake('', 32, HEX, 5)}`], negative: ['TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}'] },
};
const mailgunKey = {
    id: 'mailgun-key',
    description: 'Mailgun API key',
    severity: 'high',
    category: 'saas-key',
    keywords: ['key-'],
    pattern: /(?<![A-Za-z0-9-])(?<secret>key-[0-9a-f]{32})(?![A-Za-z0-9])/g,
    samples: { positive: [`MAILGUN_API_KEY=${fake('ke' + 'y-', 32, HEX)}`], negative: ['primary-key-rotation', 'key-value store'] },
};

;// CONCATENATED MODULE: ./src/scan/rules/signed-url.ts

const signedUrl = {
    id: 'signed-url',
    description: 'Pre-signed download URL: S3 X-Amz-Signature, GCS X-Goog-Signature or Azure SAS sig=',
    severity: 'high',
    category: 'signed-url',
    keywords: ['x-amz-signature=', 'x-goog-signature=', 'sig='],
    pattern: /(?:[?&]X-Amz-Signature=(?<secret>[0-9a-f]{64})|[?&]X-Goog-Signature=(?<secret2>[0-9a-f]{64,1024})|[?&](?:sv=[^&\s"']+&(?:[^&\s"']+&)*)?sig=(?<secret3>[A-Za-z0-9%+/]{30,}={0,2}))/g,
    validate: (value, ctx) => {
        // An Azure `sig=` counts only in a URL that also names a SAS version (sv=) or expiry (se=).
        if (/^[0-9a-f]{64,}$/.test(value))
            return true;
        const around = ctx.text.slice(Math.max(0, ctx.index - 400), ctx.index + 400);
        return /[?&]sv=\d{4}-\d{2}-\d{2}/.test(around) || /[?&]se=\d{4}-/.test(around);
    },
    samples: {
        positive: [
            `https://acme-reports.s3.amazonaws.com/board.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature=${fake('', 64, HEX)}`,
            `https://storage.googleapis.com/acme/r.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=${fake('', 256, HEX)}`,
            `https://acme.blob.core.windows.net/r/x.pdf?sv=2023-11-03&se=2026-12-01T00%3A00%3A00Z&sr=b&sp=r&sig=${fake('', 44)}%3D`,
        ],
        negative: ['https://example.com/?sig=short', 'signature in the ?X-Amz-Signature= parameter', 'https://forum.example.org/post?sig=abcdefghijklmnopqrstuvwxyz0123456789'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/url-credentials.ts

const urlCredentials = {
    id: 'url-credentials',
    description: 'Credentials embedded in a URL (scheme://user:password@host)',
    severity: 'high',
    category: 'url-credentials',
    keywords: ['://'],
    // Matched from "://" (cheap to find); the scheme before it is checked in validate().
    pattern: /:\/\/[^\s:@/"'<>`]{1,64}:(?<secret>[^\s@/"'<>`]{3,128})@[A-Za-z0-9.-]+/g,
    validate: (value, ctx) => {
        const before = ctx.text.slice(Math.max(0, ctx.index - 120), ctx.index);
        const scheme = /([a-z][a-z0-9+.-]{1,20}):\/\/[^\s:@/"'<>`]{1,64}:$/i.exec(before);
        if (!scheme || /^smtps?$/i.test(scheme[1]))
            return false; // smtp(s) URLs belong to smtp-credentials
        return !(0,placeholders/* isPlaceholder */.w)(value) && !/^(?:\$|%|<|\{|\*)/.test(value);
    },
    samples: {
        positive: ['DATABASE_URL=postgres://app:s3cr3t-Pa55@db.internal.acme.io:5432/app', 'git clone https://deploy:q8RtZ2vL9xK3@git.acme.io/acme/app.git'],
        negative: ['postgres://app:${DB_PASSWORD}@db:5432/app', 'https://user:<password>@host.example.com', 'mongodb://user:***@cluster0.example.net', 'see https://example.com/a:b@c'],
    },
};
const smtpCredentials = {
    id: 'smtp-credentials',
    description: 'SMTP credentials: an smtp(s) URL with a password, or a password assignment with a literal value',
    severity: 'critical',
    category: 'smtp-credentials',
    keywords: ['smtp'],
    pattern: /(?:smtps?:\/\/[^\s:@/"'<>]{1,64}:(?<secret>[^\s@/"'<>]{3,128})@|smtp[a-z_]*pass(?:word)?["']?\s*[:=]\s*["']?(?<secret2>[^\s"',;]{6,128}))/gi,
    validate: (value) => !(0,placeholders/* isPlaceholder */.w)(value) && !/_REF$/.test(value) && !/^(?:\$|%|<|\{|\*)/.test(value),
    samples: {
        positive: ['REPORT_SMTP_URL=smtps://reports:Xq7!vR2pLm@smtp.mail.acme.io:465', 'SMTP_PASSWORD=Xq7vR2pLm9Kd', '"smtp_password": "Xq7vR2pLm9Kd"'],
        negative: ['SMTP_PASSWORD=${SMTP_PASSWORD}', 'smtp_password: CAVRA_REPORT_SMTP_PASSWORD_REF', 'SMTP_PASSWORD=<redacted>', 'smtps://reports@smtp.mail.acme.io:465'],
    },
};

;// CONCATENATED MODULE: ./src/scan/rules/index.ts















/** The built-in `public-safety` rule set, most specific first. */
const PUBLIC_SAFETY_RULES = [
    githubToken,
    npmToken,
    gitlabToken,
    pypiToken,
    dockerHubToken,
    awsAccessKeyId,
    awsSecretKey,
    gcpServiceAccount,
    azureStorageKey,
    slackToken,
    stripeKey,
    sendgridKey,
    twilioKey,
    mailgunKey,
    privateKey,
    jwt,
    smtpCredentials,
    urlCredentials,
    npmrcAuth,
    registryUrlToken,
    signedUrl,
    cavraLicenseKey,
    licenseKeyAssignment,
    email,
    ipv4,
    ipv6,
    payload/* providerPayload */.Sd,
    dockerfileSecret,
    genericSecret,
];
/**
 * Where rules overlap on the same text, the most specific wins: a named token over the URL or
 * assignment around it, a URL credential over the address-like text inside it, anything over the
 * generic secret rule. Rules not listed are the most specific (3).
 */
const RULE_PRIORITY = {
    'smtp-credentials': 2,
    'url-credentials': 2,
    'npmrc-auth': 2,
    'private-registry-url': 2,
    'signed-url': 2,
    'license-key-assignment': 1,
    'email-address': 1,
    'ipv4-address': 1,
    'ipv6-address': 1,
    'provider-payload': 1,
    'dockerfile-secret': 1,
    'generic-secret': 0,
};
function priorityOf(ruleId) {
    return RULE_PRIORITY[ruleId] ?? 3;
}


/***/ }),

/***/ 1287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sd: () => (/* binding */ providerPayload),
/* harmony export */   iQ: () => (/* binding */ providerPayloadRule)
/* harmony export */ });
/* unused harmony export PAYLOAD_KEYS */
/** JSON or YAML keys whose value is a raw provider response or request payload. */
const PAYLOAD_KEYS = ['provider_response', 'provider_responses', 'raw_response', 'raw_provider_response', 'request_payload', 'raw_request', 'request_body', 'response_body', 'raw_payload'];
/** The key right before the value is one of ours, not the tail of a longer name. */
const WHOLE_KEY = new RegExp(`(?:^|[^A-Za-z0-9_])["']?(?:${PAYLOAD_KEYS.join('|')})["']?\\s*:\\s*$`, 'i');
/** Values that say the payload was left out. */
const REDACTED = /^(?:null|false|""|''|"?(?:redacted|<redacted>|\[redacted\]|omitted|excluded|none|n\/a|\*{3,})"?|"cavra:\/\/evidence\/redacted\/[^"]*")$/i;
/** The rule for a set of keys: the built-in ones plus any a policy adds (`scan.payload-keys`). */
function providerPayloadRule(extraKeys) {
    if (extraKeys.length === 0)
        return providerPayload;
    const keys = [...PAYLOAD_KEYS, ...extraKeys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))];
    const whole = new RegExp(`(?:^|[^A-Za-z0-9_])["']?(?:${keys.join('|')})["']?\\s*:\\s*$`, 'i');
    return {
        ...providerPayload,
        keywords: [...PAYLOAD_KEYS, ...extraKeys.map((k) => k.toLowerCase())],
        pattern: new RegExp(providerPayload.pattern.source.replace(PAYLOAD_KEYS.join('|'), keys.join('|')), 'gi'),
        validate: (value, ctx) => whole.test(ctx.text.slice(Math.max(0, ctx.index - 64), ctx.index)) && !REDACTED.test(value.trim()),
    };
}
const providerPayload = {
    id: 'provider-payload',
    description: 'A raw provider response or request payload under a known key (provider_response, request_payload...)',
    severity: 'high',
    category: 'payload',
    keywords: PAYLOAD_KEYS,
    // Starts at the key itself (cheap to find); validate() checks that no longer name ends there.
    pattern: new RegExp(`(?:${PAYLOAD_KEYS.join('|')})["']?\\s*:\\s*(?<secret>"(?:[^"\\\\\\n]|\\\\.)*"|'[^'\\n]*'|\\{|\\[|[^\\s,}\\]#][^,}\\]\\n#]*)`, 'gi'),
    validate: (value, ctx) => WHOLE_KEY.test(ctx.text.slice(Math.max(0, ctx.index - 64), ctx.index)) && !REDACTED.test(value.trim()),
    samples: {
        positive: ['"provider_response": {"id": "msg_01", "status": 250}', 'request_payload: "{\\"to\\": \\"board\\"}"', '"raw_response": ["250 OK"]'],
        negative: ['"x_provider_response": {"id": 1}', '"provider_response_included": false', '"provider_response": "redacted"', 'provider_response: null', '"request_payload": "cavra://evidence/redacted/req-7"'],
    },
};


/***/ }),

/***/ 7922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ Scanner)
});

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./src/document/load.ts + 4 modules
var load = __webpack_require__(7490);
// EXTERNAL MODULE: ./src/document/select.ts
var document_select = __webpack_require__(7081);
;// CONCATENATED MODULE: ./src/scan/pointer-allowlist.ts



/**
 * Drops the findings that lie inside a value an allowlisted pointer selects. Only files that a
 * pointer entry names are parsed; a file that does not parse keeps all its findings.
 */
function dropAllowedByPointer(file, text, findings, allows) {
    if (!allows || findings.length === 0)
        return findings;
    const mine = allows.filter((a) => (0,esm/* minimatch */.xF)(file, a.path, { dot: true }));
    if (mine.length === 0 || !/\.(json|ya?ml)$/i.test(file))
        return findings;
    const loaded = (0,load/* parseText */.r4)(text, file, load/* DEFAULT_LIMITS */.dR, (0,load/* formatFor */.Bm)(file, text));
    if (!loaded.ok)
        return findings;
    const doc = loaded.document;
    const ranges = mine.flatMap((a) => (0,document_select/* select */.Lt)(doc.value, a.pointer).map((hit) => doc.locate(hit.pointer)));
    const inside = (f) => ranges.some((r) => before(r.line, r.column, f.line, f.column) && before(f.endLine, f.endColumn, r.endLine, r.endColumn));
    return findings.filter((f) => !inside(f));
}
function before(l1, c1, l2, c2) {
    return l1 < l2 || (l1 === l2 && c1 <= c2);
}

// EXTERNAL MODULE: ./src/document/lines.ts
var document_lines = __webpack_require__(498);
;// CONCATENATED MODULE: ./src/scan/entropy.ts
/** Shannon entropy in bits per character: random tokens score high, words and placeholders low. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    const n = [...value].length;
    for (const c of counts.values()) {
        const p = c / n;
        bits -= p * Math.log2(p);
    }
    return bits;
}

// EXTERNAL MODULE: ./src/scan/mask.ts
var mask = __webpack_require__(9345);
// EXTERNAL MODULE: ./src/scan/placeholders.ts
var placeholders = __webpack_require__(4867);
// EXTERNAL MODULE: ./src/scan/rules/index.ts + 15 modules
var rules = __webpack_require__(2048);
;// CONCATENATED MODULE: ./src/scan/keywords.ts
/**
 * Aho-Corasick over lower-cased ASCII: one pass over a text reports every keyword it contains,
 * overlapping ones included ("_password" and "password"), in time linear in the text. This is the
 * prefilter that decides which rules run at all.
 */
/** Byte -> table column: ASCII folded to lower case; other bytes to column 0, which leads back to the root. */
const FOLD = new Uint8Array(256);
for (let c = 1; c < 128; c++)
    FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
class KeywordIndex {
    keywords;
    table;
    /** For each state, the keywords that end there; `terminal` says whether there are any. */
    outputs;
    terminal;
    /** Which keywords the current search has seen: stamped with a search number, never reallocated. */
    stamp;
    search = 0;
    constructor(keywords) {
        this.keywords = keywords;
        const next = [new Map()];
        const out = [[]];
        keywords.forEach((keyword, k) => {
            let s = 0;
            for (const ch of keyword.toLowerCase()) {
                const c = ch.charCodeAt(0);
                if (c >= 128 || c === 0)
                    throw new Error(`keyword "${keyword}" must be printable ASCII`);
                let t = next[s].get(c);
                if (t === undefined) {
                    t = next.length;
                    next.push(new Map());
                    out.push([]);
                    next[s].set(c, t);
                }
                s = t;
            }
            out[s].push(k);
        });
        // Failure links, breadth first, folded into a dense transition table.
        const fail = new Int32Array(next.length);
        const queue = [];
        for (const t of next[0].values())
            queue.push(t);
        const table = new Uint32Array(next.length * 128);
        for (let c = 0; c < 128; c++)
            table[c] = next[0].get(c) ?? 0;
        while (queue.length > 0) {
            const s = queue.shift();
            out[s] = [...out[s], ...out[fail[s]]];
            for (let c = 0; c < 128; c++) {
                const t = next[s].get(c);
                if (t !== undefined) {
                    fail[t] = table[fail[s] * 128 + c];
                    queue.push(t);
                    table[s * 128 + c] = t;
                }
                else {
                    table[s * 128 + c] = table[fail[s] * 128 + c];
                }
            }
        }
        this.table = table;
        this.outputs = out;
        this.terminal = Uint8Array.from(out, (o) => (o.length > 0 ? 1 : 0));
        this.stamp = new Uint32Array(keywords.length);
    }
    /** Indexes of the keywords found in UTF-8 bytes (case-insensitive), each once, without decoding them. */
    findInBytes(bytes) {
        const table = this.table;
        const terminal = this.terminal;
        const found = []; // small and short-lived; most files add nothing to it
        const search = this.nextSearch();
        let s = 0;
        for (let i = 0; i < bytes.length; i++) {
            s = table[(s << 7) | FOLD[bytes[i]]];
            if (terminal[s] === 0)
                continue;
            if (this.collect(s, search, found))
                return found;
        }
        return found;
    }
    nextSearch() {
        if (++this.search === 0xffffffff) {
            this.stamp.fill(0);
            this.search = 1;
        }
        return this.search;
    }
    /** Records the keywords ending in state s; true once every keyword has been seen. */
    collect(s, search, found) {
        for (const k of this.outputs[s]) {
            if (this.stamp[k] !== search) {
                this.stamp[k] = search;
                found.push(k);
            }
        }
        return found.length === this.stamp.length;
    }
    /** Indexes of the keywords found in the text (case-insensitive), each once. */
    find(text) {
        const table = this.table;
        const terminal = this.terminal;
        const found = [];
        const search = this.nextSearch();
        let s = 0;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            s = table[(s << 7) | (c < 256 ? FOLD[c] : 0)];
            if (terminal[s] === 0)
                continue;
            if (this.collect(s, search, found))
                return found;
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/scan/suppress.ts
/**
 * Inline suppression: `readiness-gate:allow RULE[,RULE] reason="why"` on the finding's line or the
 * line before. The reason is required, so every exception says why it exists.
 */
const ALLOW = /readiness-gate:allow\s+([a-z0-9*][a-z0-9,*-]*)\s+reason="([^"]+)"/;
function allowedRules(line) {
    if (!line || !line.includes('readiness-gate:allow'))
        return [];
    const m = ALLOW.exec(line);
    return m ? m[1].split(',').filter(Boolean) : [];
}
function isSuppressed(ruleId, sameLine, previousLine) {
    return [...allowedRules(sameLine), ...allowedRules(previousLine)].some((r) => r === ruleId || r === '*');
}

;// CONCATENATED MODULE: ./src/scan/scanner.ts









/**
 * Finds public-safety findings in text. One pass of a keyword regex decides which rules can match
 * at all; only those run their own regex. Values are checked against entropy, allowlists,
 * placeholders and the rule's own validation, then masked and fingerprinted: the raw value never
 * leaves this function.
 */
class Scanner {
    options;
    compiled;
    always;
    index;
    /** For each keyword of the index, the rules it unlocks. */
    unlocks;
    constructor(options) {
        this.options = options;
        this.compiled = options.rules.map((rule) => ({ rule, find: finder(rule) }));
        this.always = this.compiled.filter((c) => c.rule.keywords.length === 0);
        const byKeyword = new Map();
        for (const c of this.compiled) {
            for (const k of c.rule.keywords)
                byKeyword.set(k.toLowerCase(), [...(byKeyword.get(k.toLowerCase()) ?? []), c]);
        }
        this.index = new KeywordIndex([...byKeyword.keys()]);
        this.unlocks = [...byKeyword.values()];
    }
    /** The rules whose keywords occur in the text, found in one Aho-Corasick pass. */
    candidates(text) {
        const found = new Set(this.always);
        for (const k of this.index.find(text))
            for (const c of this.unlocks[k])
                found.add(c);
        return this.compiled.filter((c) => found.has(c));
    }
    /**
     * Scans UTF-8 bytes. The keyword pass runs on the bytes themselves, so a file no rule can match
     * is never decoded at all (most files of a repository).
     */
    scanBytes(file, bytes) {
        const keys = this.index.findInBytes(bytes);
        if (keys.length === 0 && this.always.length === 0)
            return [];
        const found = new Set(this.always);
        for (const k of keys)
            for (const c of this.unlocks[k])
                found.add(c);
        return this.run(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), this.compiled.filter((c) => found.has(c)));
    }
    scanText(file, text) {
        return this.run(file, text, this.candidates(text));
    }
    run(file, text, candidates) {
        const hits = [];
        for (const compiled of candidates) {
            if (pathAllowed(file, compiled.rule.allowlist) || pathAllowed(file, this.options.allowlist))
                continue;
            for (const { start, value } of compiled.find(text)) {
                if (this.accepts(compiled.rule, value, text, start, file))
                    hits.push({ compiled, start, end: start + value.length, value });
            }
        }
        const findings = this.toFindings(file, text, dropShadowed(hits));
        return dropAllowedByPointer(file, text, findings, this.options.allowlist?.pointers);
    }
    accepts(rule, value, text, index, file) {
        if ((0,placeholders/* isPlaceholder */.w)(value))
            return false;
        if (rule.entropy !== undefined && shannonEntropy(value) < rule.entropy)
            return false;
        if (allowedValue(value, rule.allowlist) || allowedValue(value, this.options.allowlist))
            return false;
        return rule.validate ? rule.validate(value, { text, index, file }) : true;
    }
    toFindings(file, text, hits) {
        if (hits.length === 0)
            return [];
        const lines = new document_lines/* LineIndex */.r(text);
        const out = [];
        for (const hit of hits) {
            const a = lines.position(hit.start);
            const b = lines.position(hit.end);
            if (isSuppressed(hit.compiled.rule.id, lines.lineText(a.line), a.line > 1 ? lines.lineText(a.line - 1) : undefined))
                continue;
            const rule = hit.compiled.rule;
            out.push({
                ruleId: rule.id,
                category: rule.category,
                severity: rule.severity,
                description: rule.description,
                file,
                line: a.line,
                column: a.column,
                endLine: b.line,
                endColumn: b.column,
                masked: (0,mask/* mask */.dK)(hit.value),
                fingerprint: (0,mask/* fingerprint */.Rj)(rule.id, file, hit.value, this.options.fingerprintKey),
            });
        }
        return out.sort((x, y) => x.line - y.line || x.column - y.column || (x.ruleId < y.ruleId ? -1 : 1));
    }
}
/** How a rule's pattern is run: a JS regex with match indices, or an RE2 matcher. */
function finder(rule) {
    const pattern = rule.pattern;
    if (!(pattern instanceof RegExp)) {
        return function* (text) {
            const m = pattern.re2.matcher(text);
            const named = pattern.source.includes('(?P<secret>') || pattern.source.includes('(?<secret>');
            while (m.find()) {
                const value = named ? m.group('secret') : m.group();
                if (value)
                    yield { start: named ? m.start('secret') : m.start(), value };
            }
        };
    }
    const groups = (pattern.source.match(/\(\?<(secret\d*)>/g) ?? []).map((g) => g.slice(3, -1));
    const anchor = rule.anchor;
    if (anchor) {
        // Find each occurrence of the anchor, step back over the characters that may precede it,
        // and try the pattern there only: far cheaper than trying it at every position of the text.
        const sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'yd');
        const lead = charTable(anchor.lead);
        const next = anchor.next ? charTable(anchor.next) : undefined;
        const width = anchor.text.length;
        return function* (text) {
            let after = 0;
            for (let at = text.indexOf(anchor.text); at !== -1; at = text.indexOf(anchor.text, at + 1)) {
                if (at < after)
                    continue;
                if (next && next[text.charCodeAt(at + width)] !== 1)
                    continue;
                let start = at;
                while (start > 0 && at - start < anchor.back && lead[text.charCodeAt(start - 1)] === 1)
                    start--;
                sticky.lastIndex = start;
                const m = sticky.exec(text);
                if (!m)
                    continue;
                after = m.index + m[0].length;
                const name = groups.find((g) => m.groups?.[g] !== undefined);
                yield name ? { start: m.indices.groups[name][0], value: m.groups[name] } : { start: m.index, value: m[0] };
            }
        };
    }
    const re = new RegExp(pattern.source, pattern.flags.includes('d') ? pattern.flags : pattern.flags + 'd');
    return function* (text) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            if (m[0] === '') {
                re.lastIndex++;
                continue;
            }
            const name = groups.find((g) => m.groups?.[g] !== undefined);
            yield name ? { start: m.indices.groups[name][0], value: m.groups[name] } : { start: m.index, value: m[0] };
        }
    };
}
/** Which ASCII characters a one-character class matches, as a lookup table. */
function charTable(re) {
    const table = new Uint8Array(65536);
    for (let c = 0; c < 128; c++)
        if (re.test(String.fromCharCode(c)))
            table[c] = 1;
    return table;
}
/** One value, one finding: where hits overlap, only those of the most specific rule stay. */
function dropShadowed(hits) {
    const seen = new Set();
    return hits.filter((h) => {
        const key = `${h.compiled.rule.id}:${h.start}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        const mine = (0,rules/* priorityOf */.a2)(h.compiled.rule.id);
        return !hits.some((o) => o !== h && o.start < h.end && h.start < o.end && (0,rules/* priorityOf */.a2)(o.compiled.rule.id) > mine);
    });
}
function allowedValue(value, allowlist) {
    if (!allowlist)
        return false;
    if (allowlist.values?.includes(value))
        return true;
    if (allowlist.regexes?.some((re) => re.test(value)))
        return true;
    const lower = value.toLowerCase();
    return allowlist.stopwords?.some((w) => lower.includes(w.toLowerCase())) ?? false;
}
function pathAllowed(file, allowlist) {
    return allowlist?.paths?.some((glob) => (0,esm/* minimatch */.xF)(file, glob, { dot: true })) ?? false;
}


/***/ })

};
