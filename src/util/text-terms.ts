import { readInside } from './safe-read.js';
import type { SourceRange } from '../document/document.js';
import { LineIndex } from '../document/lines.js';
import { childPointer } from '../document/pointer.js';
import { DEFAULT_LIMITS, parseText } from '../document/load.js';

/** Files larger than this are not searched for terms: the check says so instead of reading them. */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

/**
 * A file as a plain-substring search sees it: its text with CRLF folded to LF (as validators that
 * read text mode do), and for JSON also each key (as `"key": `) and each string value (quoted, as a
 * re-serialiser writes it), so an escape such as `\u005f` cannot hide a term from the search.
 */
export interface SearchableText {
  file: string;
  text: string;
  lines: LineIndex;
  decoded: { text: string; pointer: string; range?: () => SourceRange }[];
}

export type ReadResult = { ok: true; searchable: SearchableText } | { ok: false; reason: 'missing' | 'too-large' | 'unreadable' };

export function readSearchable(cwd: string, file: string): ReadResult {
  const read = readInside(cwd, file, MAX_TEXT_BYTES);
  if (!read.ok) return { ok: false, reason: read.reason === 'too-large' ? 'too-large' : read.reason === 'missing' ? 'missing' : 'unreadable' };
  return { ok: true, searchable: searchable(file, read.bytes.toString('utf8').replace(/\r\n/g, '\n')) };
}

export function searchable(file: string, text: string): SearchableText {
  const lines = new LineIndex(text);
  return { file, text, lines, decoded: /\.json$/i.test(file) ? decodedStrings(file, text) : [] };
}

/** True when the term occurs in the text or in any decoded key or string. */
export function containsTerm(s: SearchableText, term: string): boolean {
  return s.text.includes(term) || s.decoded.some((d) => d.text.includes(term));
}

/**
 * Where a term occurs: each occurrence in the text, by line and column; when the text has none,
 * the keys and strings whose decoded form holds it (an escaped occurrence).
 */
export function findTerm(s: SearchableText, term: string): SourceRange[] {
  const out: SourceRange[] = [];
  for (let i = s.text.indexOf(term); i !== -1; i = s.text.indexOf(term, i + term.length)) {
    const a = s.lines.position(i);
    const b = s.lines.position(i + term.length);
    out.push({ line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
  }
  if (out.length > 0) return out;
  for (const d of s.decoded) if (d.text.includes(term)) out.push(d.range ? d.range() : { line: 1, column: 1, endLine: 1, endColumn: 1 });
  return out;
}

/** Keys and string values of a JSON text, decoded, with lazily computed positions. */
function decodedStrings(file: string, text: string): SearchableText['decoded'] {
  const loaded = parseText(text, file, DEFAULT_LIMITS, 'json');
  if (!loaded.ok) return [];
  const doc = loaded.document;
  const out: SearchableText['decoded'] = [];
  const walk = (value: unknown, pointer: string) => {
    if (typeof value === 'string') out.push({ text: JSON.stringify(value), pointer, range: () => doc.locate(pointer) });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, childPointer(pointer, i)));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const child = childPointer(pointer, k);
        out.push({ text: `${JSON.stringify(k)}: `, pointer: child, range: () => doc.locate(child, 'key') });
        walk(v, child);
      }
    }
  };
  walk(doc.value, '');
  return out;
}
