import type { MatchContext } from '../types.js';
import { Lexer, type Region, type RegionKind, type Syntax } from './code-lexer.js';

export type { RegionKind } from './code-lexer.js';

/**
 * Where a value stands in a source file: code, a comment, documentation (doc comments,
 * docstrings, POD, the YAML examples Ansible keeps in Python strings) or a string literal.
 * Personal-data rules read only string literals in code files: an address in a literal is data
 * the program carries; one in a comment or docstring documents, and one in code is syntax
 * (`C::*`, `x[1::]`). Files of other kinds (documentation, data, configuration) have no regions.
 */

const C_BLOCK = { open: '/*', close: '*/', docOpeners: ['/**', '/*!'] };

const C_LIKE: Syntax = { lineComments: ['//'], docLineComments: ['///', '//!'], block: C_BLOCK, quotes: ['"', "'"], charQuote: true, special: cppRawString, specialStarts: 'R' };
const JAVA_LIKE: Syntax = { lineComments: ['//'], block: C_BLOCK, quotes: ['"', "'"], charQuote: true, tripleQuotes: 'string' };
const GO: Syntax = { lineComments: ['//'], block: C_BLOCK, quotes: ['"', "'", '`'], charQuote: true, multilineQuotes: ['`'], special: goRawString, specialStarts: '`' };
const RUST: Syntax = { lineComments: ['//'], docLineComments: ['///', '//!'], block: C_BLOCK, quotes: ['"', "'"], charQuote: true, multilineQuotes: ['"'], special: rustRawString, specialStarts: 'br' };
const JS: Syntax = { lineComments: ['//'], block: C_BLOCK, quotes: ['"', "'", '`'], multilineQuotes: ['`'] };
const PYTHON: Syntax = { lineComments: ['#'], quotes: ['"', "'"], tripleQuotes: 'doc' };
const PHP: Syntax = { lineComments: ['//'], block: C_BLOCK, quotes: ['"', "'", '`'], multilineQuotes: ['"', "'"], special: phpSpecial, specialStarts: '?#<' };
const RUBY: Syntax = { lineComments: [], quotes: ['"', "'", '`'], multilineQuotes: ['"', "'"], special: rubySpecial, specialStarts: '$#=_<%' };
const PERL: Syntax = { lineComments: [], quotes: ['"', "'", '`'], multilineQuotes: ['"', "'"], special: perlSpecial, specialStarts: '$=_#</qmsty' };
const JINJA: Syntax = { lineComments: [], quotes: [], special: jinjaSpecial };

const SYNTAX_BY_EXTENSION: Record<string, Syntax> = {
  ...Object.fromEntries(['c', 'h', 'cc', 'cpp', 'cxx', 'c++', 'hh', 'hpp', 'hxx', 'h++', 'ipp', 'inl', 'tcc', 'tpp', 'ixx', 'cu', 'cuh', 'm', 'mm'].map((e) => [e, C_LIKE])),
  // JavaCC grammars (.jj, .jjt) and BeanShell scripts (.bsh) comment and quote as Java does.
  ...Object.fromEntries(['java', 'kt', 'kts', 'scala', 'groovy', 'cs', 'swift', 'dart', 'jj', 'jjt', 'bsh'].map((e) => [e, JAVA_LIKE])),
  go: GO,
  rs: RUST,
  ...Object.fromEntries(['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx'].map((e) => [e, JS])),
  ...Object.fromEntries(['py', 'pyi', 'pyw', 'pyx', 'pxd'].map((e) => [e, PYTHON])),
  ...Object.fromEntries(['php', 'phpt', 'php3', 'php4', 'php5', 'php7', 'php8', 'phtml', 'inc'].map((e) => [e, PHP])),
  ...Object.fromEntries(['rb', 'rake', 'gemspec', 'ru', 'thor'].map((e) => [e, RUBY])),
  ...Object.fromEntries(['pl', 'pm', 'pod', 't', 'psgi', 'cgi'].map((e) => [e, PERL])),
  ...Object.fromEntries(['j2', 'jinja', 'jinja2'].map((e) => [e, JINJA])),
};
const SYNTAX_BY_NAME: Record<string, Syntax> = { Rakefile: RUBY, Gemfile: RUBY, Guardfile: RUBY, Vagrantfile: RUBY, Podfile: RUBY, Brewfile: RUBY };

/**
 * The name a file's content goes by: a compressed file (README.md.gz, as Debian ships docs) is read
 * decompressed, so its context is its inner name's.
 */
export function contentName(file: string): string {
  return file.replace(/\.(?:gz|bz2|xz|zst|z)$/i, '');
}

/** Interpreters a script without an extension names on its `#!` line (`bin/dbiproxy`). */
const SYNTAX_BY_INTERPRETER: Record<string, Syntax> = { perl: PERL, python: PYTHON, python3: PYTHON, python2: PYTHON, ruby: RUBY, php: PHP, node: JS };

/**
 * The syntax a file is read with, from its name (an archive entry's own name) or, for a script
 * without an extension, its `#!` line; none for data and docs.
 */
export function syntaxOf(file: string, text?: string): Syntax | undefined {
  const inner = contentName(file);
  const name = inner.slice(Math.max(inner.lastIndexOf('/'), inner.lastIndexOf('!')) + 1);
  const dot = name.lastIndexOf('.');
  if (dot > 0) return SYNTAX_BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
  if (SYNTAX_BY_NAME[name] || text === undefined || !text.startsWith('#!')) return SYNTAX_BY_NAME[name];
  const words = text.slice(2, 120).split('\n', 1)[0]!.trim().split(/[ \t]+/);
  let program = words[0]!.slice(words[0]!.lastIndexOf('/') + 1);
  // `#!/usr/bin/env perl`, `#!/usr/bin/env -S python3 -u`: the interpreter is env's first operand.
  if (program === 'env') program = words.slice(1).find((w) => !w.startsWith('-')) ?? '';
  return SYNTAX_BY_INTERPRETER[program.replace(/[\d.]*$/, '').toLowerCase()];
}

/** The regions of the last text asked about: rules validate many matches in one file in a row. */
let memo: { text: string; file: string; regions: Region[] } | undefined;

function regionsOf(text: string, file: string, syntax: Syntax): Region[] {
  if (memo && memo.text === text && memo.file === file) return memo.regions;
  const regions = new Lexer(text, syntax).run();
  memo = { text, file, regions };
  return regions;
}

/** A manual page (man/man3/LWP.3pm.gz): rendered documentation from end to end. */
const MAN_PAGE = /(?:^|\/)man[1-9n][^/]*\/[^/]+\.[1-9n][a-z]{0,4}(?:\.(?:gz|bz2|xz|zst))?$/;

/** The kind of region holding the match, or undefined when the file is not source code. */
export function regionAt(ctx: MatchContext): RegionKind | undefined {
  if (MAN_PAGE.test(ctx.file)) return 'doc';
  const syntax = syntaxOf(ctx.file, ctx.text);
  if (!syntax) return undefined;
  const regions = regionsOf(ctx.text, ctx.file, syntax);
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (ctx.index < r.start) hi = mid - 1;
    else if (ctx.index >= r.end) lo = mid + 1;
    else return r.kind;
  }
  return 'code';
}

/**
 * Jinja templates (Ansible roles' `templates/*.j2`): the text a template renders is data, like
 * PHP's outside `<?php`; a `{# ... #}` comment documents (roles describe their variables there,
 * with example values). `{% raw %}` text is data whatever it holds (shell's `${#array[@]}`), and
 * a `{#` that never closes is no comment (Jinja rejects the template): both stay data.
 */
function jinjaSpecial(lx: Lexer): boolean {
  const { text, pos } = lx;
  if (text.startsWith('{#', pos)) {
    const close = nextIndex(lx, '#}', pos + 2);
    if (close !== -1) return lx.mark(pos, close + 2, 'doc'), true;
    lx.mark(pos, text.length, 'string');
    return true;
  }
  const raw = /^\{%-?\s*raw\s*-?%\}/.exec(text.slice(pos, pos + 16));
  if (raw) {
    const end = /\{%-?\s*endraw\s*-?%\}/g;
    end.lastIndex = pos + raw[0].length;
    const m = end.exec(text);
    lx.mark(pos, m ? m.index + m[0].length : text.length, 'string');
    return true;
  }
  // Data up to the next construct that can change what follows: a comment or a raw block.
  const comment = nextIndex(lx, '{#', pos + 1);
  let block = nextIndex(lx, '{%', pos + 1);
  // Each search moves forward only: linear however many `{%` there are.
  while (block !== -1 && (comment === -1 || block < comment) && !/^\{%-?\s*raw\s*-?%\}/.test(text.slice(block, block + 16))) block = nextIndex(lx, '{%', block + 2);
  const stop = Math.min(comment === -1 ? text.length : comment, block === -1 ? text.length : block);
  lx.mark(pos, stop, 'string');
  return true;
}

/**
 * The next `needle` at or after `from`, remembered per lexer and needle: a template of many
 * comments and no block tag (or the reverse) is searched once, not once per stretch of data.
 */
const nextFound = new WeakMap<Lexer, Map<string, { from: number; at: number }>>();

function nextIndex(lx: Lexer, needle: string, from: number): number {
  let byNeedle = nextFound.get(lx);
  if (!byNeedle) nextFound.set(lx, (byNeedle = new Map()));
  const known = byNeedle.get(needle);
  if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known.at;
  const at = lx.text.indexOf(needle, from);
  byNeedle.set(needle, { from, at });
  return at;
}

/** C++ raw strings: R"delim( ... )delim", with an optional u8/u/U/L prefix. */
function cppRawString(lx: Lexer): boolean {
  if (lx.text[lx.pos] !== 'R' || lx.text[lx.pos + 1] !== '"' || /\w/.test(lx.text[lx.pos - 1] ?? '') && !/(?:u8|[uUL])$/.test(lx.text.slice(lx.pos - 2, lx.pos))) return false;
  const m = /^R"([^()\\\s"]{0,16})\(/.exec(lx.text.slice(lx.pos, lx.pos + 20));
  if (!m) return false;
  const close = lx.text.indexOf(`)${m[1]}"`, lx.pos + m[0].length);
  lx.mark(lx.pos, close === -1 ? lx.text.length : close + m[1]!.length + 2, 'string');
  return true;
}

/** Go's raw string: backticks, no escapes. */
function goRawString(lx: Lexer): boolean {
  return lx.text[lx.pos] === '`' && lx.stringLiteral('`', true, lx.pos + 1, true);
}

/** Rust's raw strings r"..", r#".."#, br".."; a byte string b".." reads as a normal string. */
function rustRawString(lx: Lexer): boolean {
  const { text, pos } = lx;
  if (/\w/.test(text[pos - 1] ?? '')) return false;
  const m = /^b?r(#{0,8})"/.exec(text.slice(pos, pos + 12));
  if (!m) return false;
  const hashes = m[1]!;
  const close = text.indexOf('"' + hashes, pos + m[0].length);
  lx.mark(pos, close === -1 ? text.length : close + 1 + hashes.length, 'string');
  return true;
}

/**
 * PHP: text outside `<?php ... ?>` is the page a script prints (data, like a template); `#` starts
 * a comment except PHP 8's `#[Attribute]`; heredocs and nowdocs (<<<ID ... ID) are strings.
 */
function phpSpecial(lx: Lexer): boolean {
  const { text, pos } = lx;
  if (pos === 0 && !text.startsWith('<?')) return outsidePhp(lx, 0);
  if (text.startsWith('?>', pos)) return outsidePhp(lx, pos + 2);
  if (text[pos] === '#' && text[pos + 1] !== '[') return lx.mark(pos, lx.lineEnd(), 'comment'), true;
  if (text.startsWith('<<<', pos)) {
    const m = /^<<<[ \t]*(["']?)([A-Za-z_]\w{0,63})\1\r?\n/.exec(text.slice(pos, pos + 80));
    if (!m) return false;
    return lx.heredoc(pos + m[0].length, m[2]!, true);
  }
  return false;
}

function outsidePhp(lx: Lexer, from: number): boolean {
  const open = lx.text.indexOf('<?', from);
  const end = open === -1 ? lx.text.length : open;
  lx.mark(from, end, 'string');
  lx.pos = Math.max(lx.pos, end + (open === -1 ? 0 : 2));
  return true;
}

/** A here-document opener (`<<~EOS`, `<<-'EOS'`, `<<"EOS"`): its body starts on the next line. */
function hereDocument(lx: Lexer, indentMarks: string): boolean {
  const { text, pos } = lx;
  const m = new RegExp(`^<<([${indentMarks}]?)(["'\`]?)([A-Za-z_]\\w{0,63})\\2`).exec(text.slice(pos, pos + 80));
  if (!m) return false;
  const bodyStart = lx.lineEnd(pos) + 1;
  // The rest of the opener's line is read as code; the body is a string up to its terminator.
  // A shift (`1 <<BITS`) has no terminator line: then this is not a heredoc.
  return bodyStart < text.length && lx.heredoc(bodyStart, m[3]!, m[1] !== '' || indentMarks === '~');
}

/** Ruby: `#` comments, `=begin ... =end` documentation, heredocs, %q/%Q/%w literals. */
function rubySpecial(lx: Lexer): boolean {
  const { text, pos } = lx;
  const c = text[pos];
  if (punctuationVariable(lx)) return true;
  if (c === '#') {
    if (text[pos - 1] === '$' || text[pos - 1] === '?') return false;
    return lx.mark(pos, lx.lineEnd(), 'comment'), true;
  }
  if (c === '=' && lx.atLineStart() && text.startsWith('=begin', pos)) return lx.docUntilLine(/^=end\b/), true;
  // After __END__ is the program's DATA: data, not documentation.
  if (c === '_' && lx.atLineStart() && /^__END__\r?$/.test(text.slice(pos, lx.lineEnd()))) return lx.mark(pos, text.length, 'string'), true;
  if (c === '<') return hereDocument(lx, '~-');
  if (c === '%') return percentLiteral(lx, /^%[qQwWiI]?([{[(<|!/^])/);
  return false;
}

const CLOSERS: Record<string, string> = { '{': '}', '[': ']', '(': ')', '<': '>' };

/** Ruby %q{...} and Perl q{...}/qq(...)/qw[...]: the delimiter decides the close; brackets nest. */
function percentLiteral(lx: Lexer, opener: RegExp, kind: Region['kind'] = 'string'): boolean {
  const { text, pos } = lx;
  const m = opener.exec(text.slice(pos, pos + 8));
  if (!m) return false;
  const open = m[1]!;
  const end = CLOSERS[open] ? bracketClose(lx, open, pos + m[0].length - 1) : delimiterClose(lx, open, pos + m[0].length);
  if (end === -1) return false;
  lx.mark(pos, end + 1, kind);
  return true;
}

/**
 * Where each opening bracket's nesting-aware close is, for one lexer and bracket: one stack pass
 * over the whole text, so that a file of 100,000 unclosed `%q{` is read once, not once per opener.
 */
const bracketCloses = new WeakMap<Lexer, Map<string, Map<number, number>>>();

function bracketClose(lx: Lexer, open: string, at: number): number {
  let byBracket = bracketCloses.get(lx);
  if (!byBracket) bracketCloses.set(lx, (byBracket = new Map()));
  let closes = byBracket.get(open);
  if (!closes) {
    closes = new Map();
    const close = CLOSERS[open]!;
    const stack: number[] = [];
    const { text } = lx;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\\') i++;
      else if (ch === open) stack.push(i);
      else if (ch === close && stack.length > 0) closes.set(stack.pop()!, i);
    }
    byBracket.set(open, closes);
  }
  return closes.get(at) ?? -1;
}

/** Per lexer and delimiter: from where a search for it already found none (a later one finds none either). */
const noDelimiterFrom = new WeakMap<Lexer, Map<string, number>>();

function delimiterClose(lx: Lexer, delimiter: string, from: number): number {
  let failed = noDelimiterFrom.get(lx);
  if (!failed) noDelimiterFrom.set(lx, (failed = new Map()));
  if (from >= (failed.get(delimiter) ?? Infinity)) return -1;
  const { text } = lx;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === delimiter) return i;
  }
  failed.set(delimiter, Math.min(from, failed.get(delimiter) ?? Infinity));
  return -1;
}

/**
 * Perl: POD (a line starting `=word` up to `=cut`) and everything after `__END__`/`__DATA__` are
 * documentation; `#` comments (not `$#array`); q// qq// qw// strings; m// qr// s/// tr/// y///
 * and `=~ /.../` are patterns (code, but their quotes and `#` must not open anything).
 */
function perlSpecial(lx: Lexer): boolean {
  const { text, pos } = lx;
  const c = text[pos]!;
  if (punctuationVariable(lx)) return true;
  if (lx.atLineStart()) {
    if (c === '=' && /^=[a-zA-Z]/.test(text.slice(pos, pos + 2))) return lx.docUntilLine(/^=cut\b/), true;
    // After __END__ comes POD (documentation); after __DATA__ the program's data.
    const end = /^__(END|DATA)__\r?$/.exec(text.slice(pos, lx.lineEnd()));
    if (c === '_' && end) return lx.mark(pos, text.length, end[1] === 'END' ? 'doc' : 'string'), true;
  }
  if (c === '#') {
    if (text[pos - 1] === '$' || (text[pos - 1] === '{' && text[pos - 2] === '$')) return false;
    return lx.mark(pos, lx.lineEnd(), 'comment'), true;
  }
  if (c === '<') return hereDocument(lx, '~');
  // A sigil or arrow before a letter makes it a name ($s{key}, -s $file, ->s()), not an operator.
  if (/[\w$@%&*>:-]/.test(text[pos - 1] ?? '') || !/[qmsty]/.test(c)) return c === '/' && perlBareRegex(lx);
  // Delimiters: ASCII punctuation (what Perl code uses; a handful, so a missing close is searched
  // for once per delimiter, not once per opener).
  if (percentLiteral(lx, /^q[qw]?\s*([!-'*+\-./:<>?@[\\\]^`{|}~"(])/)) return true;
  if (percentLiteral(lx, /^(?:m|qr|qx)\s*([!-'*+\-./:<>?@[\\\]^`{|}~"(])/, 'comment')) return skipPattern(lx);
  const sub = /^(?:s|tr|y)\s*([!-'*+\-./:<>?@[\\\]^`{|}~"(])/.exec(text.slice(pos, pos + 8));
  if (!sub) return false;
  // s/a/b/: two delimited parts; with brackets s{a}{b} the second part has its own pair.
  const first = percentLiteral(lx, /^(?:s|tr|y)\s*([!-'*+\-./:<>?@[\\\]^`{|}~"(])/, 'comment');
  if (!first) return false;
  skipPattern(lx);
  const open = sub[1]!;
  if (CLOSERS[open]) {
    while (/\s/.test(text[lx.pos] ?? '')) lx.pos++;
    const second = CLOSERS[text[lx.pos] ?? ''] ? percentLiteral(lx, /^([{[(<])/, 'comment') : false;
    if (second) skipPattern(lx);
  } else {
    const end = delimiterClose(lx, open, lx.pos);
    if (end !== -1 && end < lx.lineEnd()) lx.pos = end + 1;
  }
  return true;
}

/** Perl's and Ruby's punctuation variables that are quotes (`$"` the list separator, `$'`, `` $` ``): code, no string. */
function punctuationVariable(lx: Lexer): boolean {
  if (lx.text[lx.pos] !== '$' || !/["'`]/.test(lx.text[lx.pos + 1] ?? '')) return false;
  lx.pos += 2;
  return true;
}

/** A pattern was read as a region only to skip it: it is code, so drop the region it left. */
function skipPattern(lx: Lexer): boolean {
  lx.regions.pop();
  return true;
}

/** `=~ /.../`, `split /.../`, `(/.../`: a bare match pattern after an operator. */
function perlBareRegex(lx: Lexer): boolean {
  const before = lx.text.slice(Math.max(0, lx.pos - 8), lx.pos);
  if (!/(?:[=!]~|\(|\bsplit|\bgrep|\band|\bor|\bif|\bunless|,)\s*$/.test(before)) return false;
  const count = lx.regions.length;
  lx.stringLiteral('/', false);
  if (lx.regions.length > count) lx.regions.pop();
  return true;
}

/**
 * Personal-data rules read code files only in string literals (data the program carries); in
 * documentation, data and configuration files everywhere. True when the match may be reported.
 */
export function inDataOfCode(ctx: MatchContext): boolean {
  const region = regionAt(ctx);
  if (region === 'string' && /\.rs$/i.test(contentName(ctx.file)) && inRustTestModule(ctx)) return false;
  return region === undefined || region === 'string';
}

/**
 * Rust keeps unit tests beside the code, in a module built only for `cargo test`
 * (`#[cfg(test)] mod tests { ... }`): its literals are test data, as a file under `tests/` is
 * (reqwest's proxy.rs tests its proxy rules with 10.x and 192.168.x addresses there).
 */
function inRustTestModule(ctx: MatchContext): boolean {
  return rustTestModules(ctx.text, ctx.file).some(([start, end]) => ctx.index >= start && ctx.index < end);
}

let testModulesMemo: { text: string; file: string; modules: [number, number][] } | undefined;

/** Where each `#[cfg(test)]` module of a Rust file starts and ends (its braces matched in code only). */
function rustTestModules(text: string, file: string): [number, number][] {
  if (testModulesMemo?.text === text && testModulesMemo.file === file) return testModulesMemo.modules;
  const regions = regionsOf(text, file, RUST);
  const modules: [number, number][] = [];
  const attribute = /#\[cfg\(test\)\]/g;
  // At most eight more attributes before `mod`: each attempt reads a bounded stretch, so a file of
  // nothing but attributes is still read in linear time (unbounded, every attempt read all the rest).
  const head = /\s*(?:#\[[^\]\n]{0,200}\]\s*){0,8}(?:pub(?:\([^)\n]{0,40}\))?\s+)?mod\s+\w+\s*\{/y;
  for (let m = attribute.exec(text); m; m = attribute.exec(text)) {
    if (kindAt(regions, m.index) !== 'code') continue;
    head.lastIndex = m.index + m[0].length;
    const opened = head.exec(text);
    if (!opened) continue;
    const end = closingBrace(text, regions, head.lastIndex);
    modules.push([m.index, end]);
    attribute.lastIndex = end; // a module inside this one adds nothing; each character is read once
  }
  testModulesMemo = { text, file, modules };
  return modules;
}

/** The region kind at `index` ('code' outside every region). */
function kindAt(regions: readonly Region[], index: number): RegionKind {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (index < r.start) hi = mid - 1;
    else if (index >= r.end) lo = mid + 1;
    else return r.kind;
  }
  return 'code';
}

/** Just past the `}` that closes the brace opened before `from`, counting braces in code only; the text's end if none. */
function closingBrace(text: string, regions: readonly Region[], from: number): number {
  let depth = 1;
  let r = 0;
  while (r < regions.length && regions[r]!.end <= from) r++;
  for (let i = from; i < text.length; i++) {
    if (r < regions.length && i >= regions[r]!.start) {
      i = regions[r]!.end - 1; // a string or comment: its braces are not code
      r++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i + 1;
  }
  return text.length;
}
