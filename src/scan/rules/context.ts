import { regionAt } from './code-regions.js';
import type { MatchContext } from '../types.js';

/**
 * Where the line holding `index` starts, looking back at most `max` characters (a longer line
 * counts as starting there). Bounded on purpose: a scan of the whole line for every match made a
 * one-line file of many matches quadratic (a 1.7 MB line ran out its time budget).
 */
export function lineStartOf(text: string, index: number, max = 4096): number {
  const from = Math.max(0, index - max);
  return from + text.slice(from, index).lastIndexOf('\n') + 1;
}

/** The text of the match's line before the match (at most 4 KiB of it). */
export function linePrefix(ctx: MatchContext): string {
  return ctx.text.slice(lineStartOf(ctx.text, ctx.index), ctx.index);
}

/**
 * A value shown as an example in documentation: a JSDoc `@example`, "e.g.", "for example",
 * "example:" on the same line before it. Documentation examples are written to be published.
 */
export function inDocumentationExample(ctx: MatchContext): boolean {
  return /(?:@example\b|\be\.g\.|\bfor example\b|\bexample\s*[-:=(]|\bExample\b)/i.test(linePrefix(ctx));
}

/** A dotted or colon address followed by "/prefix": a network, not a host, when its host part is zero. */
export function prefixAfter(ctx: MatchContext, value: string): number | undefined {
  const m = /^\/(\d{1,3})(?![\d.])/.exec(ctx.text.slice(ctx.index + value.length, ctx.index + value.length + 4));
  return m ? Number(m[1]) : undefined;
}

/**
 * Inside a doc comment (slash-star-star) that shows an `@example`: SDKs print sample
 * responses there, tokens and addresses included, written to be published. Looks back at most
 * 8 KiB for the comment's start.
 */
export function inDocCommentExample(ctx: MatchContext): boolean {
  // Search a bounded window: lastIndexOf on the whole text would walk back to its start at every match.
  const window = ctx.text.slice(Math.max(0, ctx.index - 8192), ctx.index);
  const open = window.lastIndexOf('/**');
  if (open === -1) return false;
  const block = window.slice(open);
  return !block.includes('*/') && block.includes('@example');
}

/** The letters and digits of the text before the value on its line, lower-cased (at most 120 characters). */
export function nameBefore(ctx: MatchContext): string {
  const start = lineStartOf(ctx.text, ctx.index, 120);
  return ctx.text.slice(start, ctx.index).toLowerCase().replace(/[^a-z0-9]/g, '');
}

const DOC_FILE = /\.(?:md|markdown|mdx|rst|txt|adoc|asciidoc)$/i;

/**
 * In a documentation file, inside code: an inline code span, a fenced block, or (reStructuredText)
 * an indented literal block or a console line (`>>>`, `$ `). Code in documentation shows how to
 * use something; prose states facts. Looks back at most 64 KiB for an opening fence.
 */
export function inDocCode(ctx: MatchContext): boolean {
  const file = ctx.file.replace(/\.(?:gz|bz2|xz|zst)$/i, ''); // README.md.gz reads as README.md
  if (!DOC_FILE.test(file)) return false;
  const prefix = linePrefix(ctx);
  if ((prefix.match(/`/g) ?? []).length % 2 === 1) return true;
  if (/\.rst$/i.test(file) && /^(?:[ \t]+|>>>|\$ )/.test(prefix)) return true;
  // Markdown: a line indented four spaces or a tab is an indented code block (or code nested in a
  // list item); a quoted console line ("> $ ") likewise.
  if (/^(?: {4}|\t)/.test(prefix) && !/\.rst$/i.test(file)) return true;
  const from = Math.max(0, ctx.index - 65536);
  const fences = ctx.text.slice(from, ctx.index).match(/^[ \t]*(?:```|~~~)/gm);
  return (fences?.length ?? 0) % 2 === 1;
}

/**
 * Inside a Python docstring or triple-quoted block (an Ansible module's EXAMPLES, a class's
 * docstring with sample requests): text that shows how to call something. Read from the file's
 * regions (code-regions.ts), so a docstring of any length counts.
 */
export function inPythonDocstring(ctx: MatchContext): boolean {
  return /\.py$/i.test(ctx.file) && regionAt(ctx) === 'doc';
}

/**
 * A value under `encryptedData:` of a Bitnami SealedSecret: ciphertext only the cluster's
 * controller can open, made to be committed.
 */
export function inSealedSecret(ctx: MatchContext): boolean {
  if (!/\bkind:\s*SealedSecret\b/.test(ctx.text.slice(0, 4096))) return false;
  return ctx.text.slice(Math.max(0, ctx.index - 8192), ctx.index).includes('encryptedData:');
}
