import type { Location } from '../engine/finding.js';
import { markdownSections, markdownTitle } from '../util/markdown-links.js';
import { findTerm, searchable } from '../util/text-terms.js';
import { quoteValue } from './options.js';
import type { Anchor, RunContext } from './types.js';

/** A page as the readiness packet (or the policy) lists it. */
export interface WikiPage {
  /** How messages name the page: its id, or its name. */
  label: string;
  /** The page file, repository-relative. */
  file: string;
  title?: string;
  /** The packet entry, for flags and checkpoint refs. */
  entry?: Record<string, unknown>;
  at: Anchor;
  /** Where a page-level problem of the entry points: the field naming the page. */
  nameAt: Anchor;
}

export interface WikiPageOptions {
  sections?: string[];
  match?: 'markdown' | 'substring';
  'page-flags'?: string[];
  checkpoints?: { field: string; 'covered-by'?: string };
  forbids?: string[];
}

/** No section is required unless the policy names it (the CAVRA bundle requires its two). */
export const DEFAULT_SECTIONS: string[] = [];

/**
 * One existing page: its flags, title, required sections, checkpoint coverage and forbidden
 * markers. `match: substring` decides title and sections as plain case-sensitive substrings (the
 * title anywhere in the text, `## Section` anywhere), the way hand-written validators do.
 */
export function checkWikiPage(ctx: RunContext<WikiPageOptions>, page: WikiPage, text: string): void {
  const o = ctx.options;
  const top: Location = { file: page.file, line: 1, column: 1 };
  for (const flag of o['page-flags'] ?? []) {
    if (!page.entry?.[flag]) ctx.report({ messageId: 'page-flag', data: { page: page.label, flag }, at: flagAnchor(page, flag) });
  }
  if (!titlePresent(text, page, o.match)) {
    ctx.report({ messageId: 'no-title', data: { file: page.file, title: quoteValue(ctx, wantedTitle(page), 200) }, at: { location: top } });
  }
  for (const section of o.sections ?? DEFAULT_SECTIONS) {
    if (!sectionPresent(text, section, o.match)) ctx.report({ messageId: 'no-section', data: { file: page.file, section }, at: { location: top } });
  }
  if (o.checkpoints) checkCheckpoints(ctx, page, text, o.checkpoints);
  if (o.forbids) {
    const s = searchable(page.file, text);
    for (const term of o.forbids) {
      for (const range of findTerm(s, term)) {
        ctx.report({ messageId: 'forbidden', data: { file: page.file, term: quoteValue(ctx, term, 200) }, at: { location: { file: page.file, ...range } } });
      }
    }
  }
}

function wantedTitle(page: WikiPage): string {
  return page.title ?? page.label.replace(/\.md$/i, '').replace(/-/g, ' ');
}

function titlePresent(text: string, page: WikiPage, match: WikiPageOptions['match']): boolean {
  const want = wantedTitle(page);
  if (match === 'substring') return text.includes(want);
  const title = markdownTitle(text);
  return title !== undefined && title.title.toLowerCase() === want.toLowerCase();
}

function sectionPresent(text: string, section: string, match: WikiPageOptions['match']): boolean {
  if (match === 'substring') return text.includes(`## ${section}`);
  return markdownSections(text).some((s) => s.toLowerCase() === section.toLowerCase());
}

/**
 * Each checkpoint ref the entry lists is named in the page, unless the page has a checkpoint
 * section at all (`covered-by`, e.g. "Checkpoint", which also matches "Checkpoints").
 */
function checkCheckpoints(ctx: RunContext<WikiPageOptions>, page: WikiPage, text: string, opt: { field: string; 'covered-by'?: string }): void {
  const refs = page.entry?.[opt.field];
  if (!Array.isArray(refs)) return;
  if (opt['covered-by'] !== undefined && text.includes(opt['covered-by'])) return;
  refs.forEach((ref, i) => {
    if (typeof ref === 'string' && !text.includes(ref)) {
      const at = 'doc' in page.at ? { doc: page.at.doc, pointer: `${page.at.pointer}/${opt.field}/${i}` } : page.at;
      ctx.report({ messageId: 'no-checkpoint', data: { page: page.label, ref: quoteValue(ctx, ref) }, at });
    }
  });
}

function flagAnchor(page: WikiPage, flag: string): Anchor {
  if (!('doc' in page.at)) return page.at;
  const has = page.entry && Object.prototype.hasOwnProperty.call(page.entry, flag);
  return { doc: page.at.doc, pointer: has ? `${page.at.pointer}/${flag}` : page.at.pointer };
}
