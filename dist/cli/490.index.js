export const id = 490;
export const ids = [490];
export const modules = {

/***/ 7490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dR: () => (/* binding */ DEFAULT_LIMITS),
  Az: () => (/* binding */ loadDocument),
  r4: () => (/* binding */ parseText)
});

// UNUSED EXPORTS: formatBytes, formatFor

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
function loadDocument(absPath, file, limits, format) {
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
        fd = (0,external_node_fs_.openSync)(absPath, 'r');
    }
    catch (err) {
        return { failure: ioFailure(file, err) };
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile()) {
            return { failure: { file, messageId: 'not-a-file', message: 'not a regular file' } };
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


/***/ })

};
