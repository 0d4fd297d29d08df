/**
 * Escaping by output context. Data (messages, file names, ids, titles) comes from the checkout and
 * the policy, so it is escaped where it is written: plain text cannot carry a newline, a carriage
 * return or a terminal escape (a line starting `::` would be a workflow command when the CLI runs
 * in a step), and Markdown cannot open a heading, link, image, table cell or HTML. JSON and SARIF
 * are written by JSON.stringify and stay exact.
 */

// C0 and C1 controls, DEL, line and paragraph separators, bidirectional overrides and isolates.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

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
    .replace(/^([-+=]|\d+[.)])/, '\\$1');
}

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
