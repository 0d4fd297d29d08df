import { joinPointer } from './pointer.js';
import { ParseFailure, setOwn, type ParseIssue, type PosNode } from './positions.js';

export interface JsonParseOptions {
  maxDepth: number;
  /** Record the source range of every node (done lazily, on a second pass, only when a finding needs it). */
  positions: boolean;
}

export interface JsonParseResult {
  value: unknown;
  positions: PosNode | undefined;
  issues: ParseIssue[];
}

const WS = new Uint8Array(128);
WS[0x20] = WS[0x09] = WS[0x0a] = WS[0x0d] = 1;

/**
 * A strict RFC 8259 parser that, unlike JSON.parse, reports duplicate keys, bounds nesting depth
 * and can record where every value is written. Recursion is bounded by maxDepth.
 */
export function parseJson(text: string, options: JsonParseOptions): JsonParseResult {
  const parser = new JsonParser(text, options);
  return parser.parseDocument();
}

/** A run of string characters that need no attention: no quote, backslash or control character. */
const PLAIN = /[^"\\\u0000-\u001f]*/y;

class JsonParser {
  private pos = 0;
  private readonly issues: ParseIssue[] = [];
  /** Keys and indexes from the root to the value being parsed; a pointer is built only when needed. */
  private readonly path: (string | number)[] = [];

  constructor(
    private readonly text: string,
    private readonly options: JsonParseOptions,
  ) {}

  parseDocument(): JsonParseResult {
    // A UTF-8 byte order mark is tolerated, as most editors write it.
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipWs();
    if (this.pos >= this.text.length) this.fail('the file is empty: expected a JSON value');
    const holder: { value: unknown; node: PosNode | undefined } = { value: undefined, node: undefined };
    this.parseValue(0, holder);
    this.skipWs();
    if (this.pos < this.text.length) this.fail(`found ${this.describeHere()} after the end of the JSON value`);
    return { value: holder.value, positions: holder.node, issues: this.issues };
  }

  private fail(message: string, offset = this.pos): never {
    throw new ParseFailure('syntax', message, offset);
  }

  private describeHere(): string {
    if (this.pos >= this.text.length) return 'end of file';
    const ch = this.text[this.pos] as string;
    if (ch === '"') return 'a string';
    return /\s/.test(ch) ? `whitespace character U+${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : `"${ch}"`;
  }

  private skipWs(): void {
    const text = this.text;
    let p = this.pos;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c < 128 && WS[c] === 1) p++;
      else break;
    }
    this.pos = p;
  }

  private parseValue(depth: number, out: { value: unknown; node: PosNode | undefined }): void {
    const start = this.pos;
    const c = this.text.charCodeAt(start);
    let children: PosNode['children'];
    if (c === 0x7b) children = this.parseObject(depth + 1, out);
    else if (c === 0x5b) children = this.parseArray(depth + 1, out);
    else if (c === 0x22) out.value = this.parseString();
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) out.value = this.parseNumber();
    else if (this.text.startsWith('true', start)) {
      this.pos += 4;
      out.value = true;
    } else if (this.text.startsWith('false', start)) {
      this.pos += 5;
      out.value = false;
    } else if (this.text.startsWith('null', start)) {
      this.pos += 4;
      out.value = null;
    } else if (start >= this.text.length) this.fail('unexpected end of file: expected a value');
    else this.fail(`expected a value (object, array, string, number, true, false or null), found ${this.describeHere()}`);
    if (this.options.positions) out.node = children ? { start, end: this.pos, children } : { start, end: this.pos };
  }

  private checkDepth(depth: number): void {
    if (depth > this.options.maxDepth) {
      throw new ParseFailure('too-deep', `nesting deeper than the limit of ${this.options.maxDepth} levels`, this.pos);
    }
  }

  private parseObject(depth: number, out: { value: unknown; node: PosNode | undefined }) {
    this.checkDepth(depth);
    this.pos++;
    const obj: Record<string, unknown> = {};
    const children = this.options.positions ? new Map<string, PosNode>() : undefined;
    out.value = obj;
    this.skipWs();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return children;
    }
    const member = { value: undefined as unknown, node: undefined as PosNode | undefined };
    for (;;) {
      if (this.text.charCodeAt(this.pos) !== 0x22) {
        this.fail(`expected a property name in double quotes, found ${this.describeHere()}`);
      }
      const keyStart = this.pos;
      const key = this.parseString();
      this.skipWs();
      if (this.text.charCodeAt(this.pos) !== 0x3a) this.fail(`expected ":" after property name, found ${this.describeHere()}`);
      this.pos++;
      this.skipWs();
      this.path.push(key);
      this.parseValue(depth, member);
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        this.issues.push({
          messageId: 'duplicate-key',
          message: `duplicate key "${key}": JSON.parse and most tools silently keep only the last one`,
          offset: keyStart,
          pointer: joinPointer(this.path),
        });
      }
      this.path.pop();
      setOwn(obj, key, member.value);
      if (children && member.node) {
        member.node.keyStart = keyStart;
        children.set(key, member.node);
      }
      this.skipWs();
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x2c) {
        const comma = this.pos++;
        this.skipWs();
        if (this.text.charCodeAt(this.pos) === 0x7d) this.fail('trailing comma before "}" is not allowed in JSON', comma);
        continue;
      }
      if (c === 0x7d) {
        this.pos++;
        return children;
      }
      this.fail(`expected "," or "}" after a property value, found ${this.describeHere()}`);
    }
  }

  private parseArray(depth: number, out: { value: unknown; node: PosNode | undefined }) {
    this.checkDepth(depth);
    this.pos++;
    const arr: unknown[] = [];
    const children = this.options.positions ? ([] as PosNode[]) : undefined;
    out.value = arr;
    this.skipWs();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return children;
    }
    const item = { value: undefined as unknown, node: undefined as PosNode | undefined };
    for (;;) {
      this.path.push(arr.length);
      this.parseValue(depth, item);
      this.path.pop();
      arr.push(item.value);
      if (children && item.node) children.push(item.node);
      this.skipWs();
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x2c) {
        const comma = this.pos++;
        this.skipWs();
        if (this.text.charCodeAt(this.pos) === 0x5d) this.fail('trailing comma before "]" is not allowed in JSON', comma);
        continue;
      }
      if (c === 0x5d) {
        this.pos++;
        return children;
      }
      this.fail(`expected "," or "]" after an array element, found ${this.describeHere()}`);
    }
  }

  private parseString(): string {
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
      if (p >= text.length) this.fail('unterminated string: missing closing double quote', start - 1);
      if (c < 0x20) this.fail('control character in string: escape it (for example \\n or \\t)', p);
      if (c !== 0x5c) {
        PLAIN.lastIndex = p;
        PLAIN.test(text);
        result += text.slice(p, PLAIN.lastIndex);
        p = PLAIN.lastIndex;
        continue;
      }
      const e = text[p + 1];
      switch (e) {
        case '"': result += '"'; break;
        case '\\': result += '\\'; break;
        case '/': result += '/'; break;
        case 'b': result += '\b'; break;
        case 'f': result += '\f'; break;
        case 'n': result += '\n'; break;
        case 'r': result += '\r'; break;
        case 't': result += '\t'; break;
        case 'u': {
          const hex = text.slice(p + 2, p + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape: expected four hex digits', p);
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

  private parseNumber(): number {
    const text = this.text;
    const start = this.pos;
    let p = start;
    if (text.charCodeAt(p) === 0x2d) p++;
    const first = text.charCodeAt(p);
    if (first === 0x30) p++;
    else if (first >= 0x31 && first <= 0x39) while (isDigit(text.charCodeAt(p))) p++;
    else this.fail('invalid number: expected a digit', p);
    if (text.charCodeAt(p) === 0x2e) {
      p++;
      if (!isDigit(text.charCodeAt(p))) this.fail('invalid number: expected a digit after "."', p);
      while (isDigit(text.charCodeAt(p))) p++;
    }
    const e = text.charCodeAt(p);
    if (e === 0x65 || e === 0x45) {
      p++;
      const s = text.charCodeAt(p);
      if (s === 0x2b || s === 0x2d) p++;
      if (!isDigit(text.charCodeAt(p))) this.fail('invalid number: expected a digit in the exponent', p);
      while (isDigit(text.charCodeAt(p))) p++;
    }
    if (isDigit(text.charCodeAt(p))) this.fail('invalid number: leading zeros are not allowed', start);
    this.pos = p;
    return Number(text.slice(start, p));
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
