/**
 * Escaping by output context. Data (messages, file names, ids, titles) comes from the checkout and
 * the policy, so it is escaped where it is written: plain text cannot carry a newline, a carriage
 * return or a terminal escape (a line starting `::` would be a workflow command when the CLI runs
 * in a step), and Markdown cannot open a heading, link, image, table cell or HTML. JSON and SARIF
 * are written by JSON.stringify and stay exact.
 */

// C0 and C1 controls (ESC starts every ANSI sequence), DEL, line and paragraph separators,
// bidirectional embeddings, overrides, isolates and marks (U+202A-U+202E, U+2066-U+2069,
// U+200E/U+200F, U+061C): each can make text read differently from what it holds.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of plain text: every control character shown as an escape, never acted on. */
export function textSafe(text: string): string {
  return text.replace(CONTROL, visible);
}

/**
 * A whole text output, last line of defence: no line may start a workflow command. A line that
 * would begin with `::` (only data could put it there) is indented.
 */
export function noWorkflowCommands(output: string): string {
  return output.replace(/^(\s*)::/gm, '$1 ::');
}

/** Multi-line text: each line made safe, the line breaks kept (for error messages written line by line). */
export function textSafeLines(text: string): string {
  return text.split('\n').map(textSafe).join('\n');
}

/**
 * Markdown text: inline, with every character that could open a construct escaped: emphasis,
 * code, links and images (`[`, `]`), HTML and entities (`<`, `&`), headings (`#`), tables (`|`),
 * strikethrough (`~`), and a list or quote marker at its start. URLs are kept from autolinking.
 */
export function mdText(text: string): string {
  return textSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
    .replace(/^([-+=]|\d+[.)])/, '\\$1')
    .replace(MENTION, '@&#8203;');
}

/**
 * An `@` that could start a mention (`@user`, `@org/team`, also after a word: `x@user`). GitHub
 * finds mentions in the text of the rendered page, after entities and backslash escapes are
 * decoded, so `&#64;user` and `\@user` still notify. A zero-width space between `@` and the name
 * (as the `&#8203;` entity, which no tool strips as "invisible") leaves text that reads `@user`
 * but no longer matches a mention, which needs a letter or digit right after the `@`. Code spans
 * (mdCode) are never scanned for mentions and need nothing.
 */
const MENTION = /@(?=[\p{L}\p{N}_-])/gu;

/** Plain text GitHub shows as is (a check run's or an issue's title): the zero-width space itself. */
export function noMentions(text: string): string {
  return text.replace(MENTION, '@\u200b');
}

/**
 * A Markdown link target, every character that could end or change it percent-encoded: `(`, `)`,
 * spaces, `<`, `>`, quotes, brackets, backslashes and controls, so data can neither close the
 * link early nor add a title. `keep` lists the separators a URL keeps (`/` for a path).
 */
export function mdLinkTarget(target: string, keep = ''): string {
  return [...target]
    .map((c) => (/[A-Za-z0-9\-._~]/.test(c) || keep.includes(c) ? c : [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')))
    .join('');
}

/** The characters a URL from the environment keeps as they are (its structure), all else encoded. */
export const URL_SEPARATORS = ':/?#&=%+,;@';

/** Markdown inline code: a fence longer than any backtick run inside, newlines and controls escaped. */
export function mdCode(text: string): string {
  const safe = textSafe(text).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = safe.startsWith('`') || safe.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}

/** A copy of a report with every string made safe for plain text (for the text renderers). */
export function textSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return textSafe(value) as T;
  if (Array.isArray(value)) return value.map((v) => textSafeDeep(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = textSafeDeep(v);
    return out as T;
  }
  return value;
}
