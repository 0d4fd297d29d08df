import type { MatchContext } from '../types.js';

/** The text of the match's line before the match. */
export function linePrefix(ctx: MatchContext): string {
  const start = ctx.text.lastIndexOf('\n', ctx.index - 1) + 1;
  return ctx.text.slice(start, ctx.index);
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
