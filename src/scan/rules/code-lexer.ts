/**
 * One pass over a source file that marks where its comments, documentation and string literals
 * are. Not a parser: it knows each language's comment and quoting syntax well enough to tell the
 * three apart from code, and nothing else. Every step moves forward (a quote that never closes is
 * code, not a string that swallows the file), so a pass is linear in the text whatever it holds.
 */

/** What a stretch of a source file is. `doc`: doc comments, docstrings, POD, embedded examples. */
export type RegionKind = 'code' | 'comment' | 'doc' | 'string';

export interface Region {
  start: number;
  end: number;
  kind: Exclude<RegionKind, 'code'>;
}

/** How one language family writes comments and literals. */
export interface Syntax {
  lineComments: readonly string[];
  /** Line comments that document (Rust's `///` and `//!`, C's `///`). */
  docLineComments?: readonly string[];
  /** Block comments; one that opens with a doc opener (slash-star-star) documents. */
  block?: { open: string; close: string; docOpeners: readonly string[] };
  /** Quotes of string literals; `'` is a one-character literal in C-like languages (charQuote). */
  quotes: readonly string[];
  charQuote?: boolean;
  /** Python's triple quotes: docstrings and the YAML documentation Ansible keeps in them. */
  tripleQuotes?: 'doc' | 'string';
  /** Quotes that may span lines (JavaScript's backtick, Go's raw string, Perl and Ruby quotes). */
  multilineQuotes?: readonly string[];
  /** Language-specific constructs tried before the generic ones at each position. */
  special?: (lexer: Lexer) => boolean;
  /**
   * The characters at which `special` can act (besides the text's first position). Without them
   * it is tried at every position; with them the lexer steps over every other character at once.
   */
  specialStarts?: string;
}

/**
 * Per syntax, the ASCII characters where a comment, literal or special construct can start; none
 * can start at a non-ASCII character. Undefined when every position must be tried (a special
 * without specialStarts).
 */
const startTables = new WeakMap<Syntax, Uint8Array | null>();

function startTable(syntax: Syntax): Uint8Array | undefined {
  let table = startTables.get(syntax);
  if (table === undefined) {
    if (syntax.special && syntax.specialStarts === undefined) table = null;
    else {
      table = new Uint8Array(128);
      const openers = [...syntax.lineComments, ...(syntax.docLineComments ?? []), ...(syntax.block ? [syntax.block.open] : []), ...syntax.quotes, ...(syntax.specialStarts ?? '')];
      for (const opener of openers) table[opener.charCodeAt(0)] = 1;
    }
    startTables.set(syntax, table);
  }
  return table ?? undefined;
}

export class Lexer {
  readonly regions: Region[] = [];
  pos = 0;
  /** Per quote: up to where a search for its close already failed (a later opener there is code). */
  private readonly noCloseBefore = new Map<string, number>();

  constructor(
    readonly text: string,
    readonly syntax: Syntax,
  ) {}

  run(): Region[] {
    const { text, syntax } = this;
    const starts = startTable(syntax);
    const length = text.length;
    while (this.pos < length) {
      // Most characters start nothing: stepped over here, so the constructs below are tried only
      // where one can begin (a tenth of the cost on real code).
      if (starts !== undefined && this.pos > 0) {
        let i = this.pos;
        let c = text.charCodeAt(i);
        while (c >= 128 || starts[c] === 0) {
          if (++i === length) break;
          c = text.charCodeAt(i);
        }
        this.pos = i;
        if (i === length) break;
      }
      const at = this.pos;
      if (syntax.special?.(this)) {
        if (this.pos === at) this.pos++;
        continue;
      }
      if (this.comment() || this.quoted()) continue;
      this.pos++;
    }
    return this.regions;
  }

  mark(start: number, end: number, kind: Region['kind']): void {
    if (end > start) this.regions.push({ start, end, kind });
    this.pos = Math.max(this.pos, end);
  }

  startsWith(s: string, at = this.pos): boolean {
    return this.text.startsWith(s, at);
  }

  atLineStart(at = this.pos): boolean {
    return at === 0 || this.text.charCodeAt(at - 1) === 10;
  }

  /** The end of the line holding `at` (the newline's index, or the text's end). */
  lineEnd(at = this.pos): number {
    // Asked again and again on one long line (a file without newlines): answered from the last search.
    if (at >= this.lastLine.from && at <= this.lastLine.end) return this.lastLine.end;
    const nl = this.text.indexOf('\n', at);
    const end = nl === -1 ? this.text.length : nl;
    this.lastLine = { from: at, end };
    return end;
  }

  private lastLine = { from: 1, end: 0 };

  /** A line comment (doc or plain) or a block comment starting here. */
  private comment(): boolean {
    const { syntax } = this;
    for (const open of syntax.docLineComments ?? []) {
      if (this.startsWith(open)) return this.mark(this.pos, this.lineEnd(), 'doc'), true;
    }
    for (const open of syntax.lineComments) {
      if (this.startsWith(open)) return this.mark(this.pos, this.lineEnd(), 'comment'), true;
    }
    const block = syntax.block;
    if (block && this.startsWith(block.open)) {
      const close = this.text.indexOf(block.close, this.pos + block.open.length);
      const end = close === -1 ? this.text.length : close + block.close.length;
      const isDoc = block.docOpeners.some((d) => this.startsWith(d) && !this.startsWith(d + '/'));
      this.mark(this.pos, end, isDoc ? 'doc' : 'comment');
      return true;
    }
    return false;
  }

  /** A string literal starting here: triple-quoted, multi-line or one-line. */
  private quoted(): boolean {
    const { syntax, text } = this;
    const c = text[this.pos]!;
    if (!syntax.quotes.includes(c)) return false;
    if (syntax.tripleQuotes && this.startsWith(c + c + c)) {
      const close = text.indexOf(c + c + c, this.pos + 3);
      if (close !== -1 && (c === '"' || c === "'")) return this.mark(this.pos, close + 3, syntax.tripleQuotes), true;
    }
    if (c === "'" && syntax.charQuote) return this.charLiteral();
    return this.stringLiteral(c, syntax.multilineQuotes?.includes(c) ?? false);
  }

  /**
   * A quoted literal closed by `quote`, backslash escapes honoured (except Go's raw backtick).
   * One that does not close (on its line, unless it may span lines) is not a string: the quote
   * is skipped as code, so an apostrophe in a regex or prose never flips the rest of the file.
   */
  stringLiteral(quote: string, multiline: boolean, from = this.pos + 1, raw = false): boolean {
    const { text } = this;
    const limit = multiline ? text.length : this.lineEnd(from);
    if ((this.noCloseBefore.get(quote) ?? -1) >= limit) return this.pos++, true;
    for (let i = from; i < limit; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 92 /* \ */ && !raw) i++;
      else if (text.startsWith(quote, i)) return this.mark(this.pos, i + quote.length, 'string'), true;
    }
    // No close up to `limit`: every later opener of this quote before it would search the same
    // stretch again (quadratic on a line of lone quotes), so they are code too.
    this.noCloseBefore.set(quote, limit);
    this.pos++;
    return true;
  }

  /** 'a', '\n', '\u{1F600}': a character literal; otherwise (a Rust lifetime, 1'000) code. */
  private charLiteral(): boolean {
    const { text, pos } = this;
    const before = text.charCodeAt(pos - 1);
    const isWordBefore = (before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122);
    const m = /^'(?:\\(?:u\{[0-9a-fA-F]{1,6}\}|x[0-9a-fA-F]{2}|.)|[^'\\\n]{1,2})'/.exec(text.slice(pos, pos + 16));
    if (m && !isWordBefore) return this.mark(pos, pos + m[0].length, 'string'), true;
    this.pos++;
    return true;
  }

  /** Lines that could end a heredoc (a lone word), by word: found in one pass, on first need. */
  private terminators: Map<string, number[]> | undefined;

  /**
   * A heredoc body from `bodyStart` to the first later line that is `terminator` (after indent
   * when allowed). False, and nothing marked, when no such line follows. Terminator lines are
   * indexed once per text, so many openers never rescan the file.
   */
  heredoc(bodyStart: number, terminator: string, allowIndent: boolean): boolean {
    if (!this.terminators) {
      this.terminators = new Map();
      for (const m of this.text.matchAll(/^([ \t]*)([A-Za-z_]\w{0,63});?\r?$/gm)) {
        const key = (m[1] ? '\t' : '') + m[2]!;
        const list = this.terminators.get(key) ?? [];
        list.push(m.index);
        this.terminators.set(key, list);
      }
    }
    let best = -1;
    for (const at of firstAtOrAfter(this.terminators.get(terminator), bodyStart)) best = at;
    if (allowIndent) for (const at of firstAtOrAfter(this.terminators.get('\t' + terminator), bodyStart)) best = best === -1 ? at : Math.min(best, at);
    if (best === -1) return false;
    this.mark(bodyStart, this.lineEnd(best), 'string');
    return true;
  }

  /** A doc block from a line-start marker to the line that starts with `close` (POD, =begin). */
  docUntilLine(close: RegExp): void {
    const { text } = this;
    const start = this.pos;
    let lineStart = this.lineEnd(start) + 1;
    while (lineStart < text.length) {
      const end = this.lineEnd(lineStart);
      if (close.test(text.slice(lineStart, Math.min(end, lineStart + 16)))) return this.mark(start, end, 'doc');
      lineStart = end + 1;
    }
    this.mark(start, text.length, 'doc');
  }
}

/** The first position in an ascending list at or after `from` (binary search), as zero or one item. */
function firstAtOrAfter(list: number[] | undefined, from: number): number[] {
  if (!list) return [];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? [list[lo]!] : [];
}
