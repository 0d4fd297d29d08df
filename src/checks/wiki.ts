import { isRegularFileInside, readInside } from '../util/safe-read.js';
import { normalize, posix } from 'node:path';
import type { Document } from '../document/document.js';
import { LineIndex } from '../document/lines.js';
import { select } from '../document/select.js';
import { toPosix } from '../engine/discover.js';
import type { Location } from '../engine/finding.js';
import { markdownAnchors } from '../util/markdown-anchors.js';
import { markdownLinks, wikiPageFile } from '../util/markdown-links.js';
import { PACKET_OPTION, PATH_OPTION, quoteValue, requirePacket, requirePattern } from './options.js';
import type { Check, RunContext } from './types.js';
import { checkWikiPage, DEFAULT_SECTIONS, type WikiPage, type WikiPageOptions } from './wiki-page.js';

interface Options extends WikiPageOptions {
  dir: string;
  home?: string;
  packet?: string;
  pages?: string;
  'page-field'?: string;
  'title-field'?: string;
  'page-path-field'?: string;
  'page-id-field'?: string;
  'listed-by'?: 'link' | 'file-name';
  'page-list'?: string[];
  assets?: string;
  'asset-path-field'?: string;
  'asset-flags'?: string[];
  links?: boolean;
}

/**
 * A GitHub wiki is ready to publish: every page exists, Home links it, it has its title and the
 * required sections, its relative links and heading anchors resolve, and its required visual
 * assets are public-safe with alt text where a page embeds them.
 */
export const wikiCheck: Check<Options> = {
  meta: {
    id: 'wiki',
    description: 'Wiki pages exist, are linked from Home, carry their title and required sections, and their links, anchors and assets are sound.',
    subject: 'repository',
    options: {
      type: 'object',
      required: ['dir'],
      properties: {
        dir: { type: 'string', minLength: 1, description: 'The wiki folder, e.g. docs/wiki.' },
        home: { type: 'string', minLength: 1, description: 'The navigation page (default Home.md).' },
        packet: { ...PACKET_OPTION, description: 'A publication-readiness packet listing the pages and assets.' },
        pages: { ...PATH_OPTION, description: 'With packet: selects the page entries, e.g. /wiki_pages/*.' },
        'page-field': { type: 'string', minLength: 1, description: 'Entry field with the page name or path (default page).' },
        'title-field': { type: 'string', minLength: 1, description: 'Entry field with the page title (default title).' },
        'page-path-field': { type: 'string', minLength: 1, description: "Entry field with the page file's repository-relative path (e.g. source_ref); overrides page-field." },
        'page-id-field': { type: 'string', minLength: 1, description: 'Entry field that names the page in messages (e.g. page_id).' },
        'listed-by': {
          enum: ['link', 'file-name'],
          description: 'How Home lists a page: a link to it (default), or its bare file name (e.g. X.md) anywhere in the text.',
        },
        'page-list': { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Pages named here instead of in a packet.' },
        sections: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Headings every page needs (default none; the CAVRA bundle requires Public Safety Rules and Related Pages).' },
        match: {
          enum: ['markdown', 'substring'],
          description: 'Title and sections as Markdown headings, case-insensitive (default), or as case-sensitive substrings.',
        },
        'page-flags': { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Entry fields that must be true (e.g. nav_entry_required).' },
        checkpoints: {
          type: 'object',
          additionalProperties: false,
          required: ['field'],
          properties: { field: { type: 'string', minLength: 1 }, 'covered-by': { type: 'string', minLength: 1 } },
          description: 'Entry field listing checkpoint refs each page must name, unless it contains `covered-by`.',
        },
        forbids: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Strings no page may contain.' },
        assets: { ...PATH_OPTION, description: 'With packet: selects the visual asset entries, e.g. /visual_assets/*.' },
        'asset-path-field': { type: 'string', minLength: 1, description: 'Asset entry field with its file path (default path); absent: the file is not looked up.' },
        'asset-flags': { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Asset entry fields that must be true (e.g. alt_text_required).' },
        links: { type: 'boolean', description: 'Check relative links and heading anchors (default true).' },
      },
    },
    messages: {
      'no-home': 'the wiki has no navigation page {{file}}',
      'page-missing': 'wiki page "{{page}}" has no file {{file}}',
      'not-in-home': 'wiki page "{{page}}" is not linked from {{home}}',
      'not-listed-in-home': 'wiki page "{{page}}": its file name {{name}} does not appear in {{home}}',
      'page-flag': 'wiki page "{{page}}": {{flag}} must be true',
      'asset-flag': 'visual asset {{asset}}: {{flag}} must be true',
      'no-checkpoint': 'wiki page "{{page}}" names no checkpoint {{ref}} and has no checkpoint section',
      forbidden: '{{file}} contains the forbidden marker "{{term}}"',
      'no-title': '{{file}} has no "# {{title}}" title',
      'no-section': '{{file}} has no "## {{section}}" section',
      'broken-link': 'link to "{{target}}" does not resolve{{why}}',
      'asset-not-public-safe': 'visual asset {{asset}}: its redaction_status is "{{status}}", not public_safe',
      'asset-missing': 'visual asset {{asset}} is required but the file does not exist',
      'no-alt': 'image {{asset}} has no alt text',
      'no-pages': 'no wiki pages are listed at {{pages}}',
    },
  },

  prepare(options, ctx) {
    requirePacket(ctx, options.packet);
    requirePattern(ctx, options.pages, '/pages');
    requirePattern(ctx, options.assets, '/assets');
    if (options.packet && !options.pages) ctx.problem('/packet', 'with "packet", set "pages": where the packet lists the wiki pages (e.g. /wiki_pages/*)');
    if (!options.packet && !options['page-list']) ctx.problem('', 'name the pages: "packet" with "pages", or "page-list"');
    if (options.assets && !options.packet) ctx.problem('/assets', '"assets" reads the packet: set "packet"');
  },

  describe(options) {
    return `wiki ${options.dir}: pages exist, are linked from ${options.home ?? 'Home.md'}, have their title${(options.sections ?? DEFAULT_SECTIONS).length ? ` and sections (${(options.sections ?? DEFAULT_SECTIONS).join(', ')})` : ''}, links resolve`;
  },

  run(ctx) {
    texts = new Map();
    const o = ctx.options;
    const doc = o.packet ? ctx.packets.get(o.packet)?.instances.find((i) => i.document)?.document : undefined;
    const pages = listPages(ctx, doc);
    if (pages === undefined) return;
    const home = posix.join(o.dir, o.home ?? 'Home.md');
    const homeText = readText(ctx.cwd, home);
    if (homeText === undefined) ctx.report({ messageId: 'no-home', data: { file: home }, at: { location: { file: home } } });
    const requiredAssets = doc && o.assets ? checkAssets(ctx, doc) : new Set<string>();
    const files = new Set<string>(homeText !== undefined ? [home] : []);
    for (const page of pages) {
      const text = readText(ctx.cwd, page.file);
      if (text === undefined) {
        ctx.report({ messageId: 'page-missing', data: { page: page.label, file: page.file }, at: page.nameAt });
        continue;
      }
      files.add(page.file);
      if (homeText !== undefined) checkListed(ctx, page, home, homeText);
      checkWikiPage(ctx, page, text);
    }
    if (o.links !== false) for (const file of files) checkLinks(ctx, file, requiredAssets);
  },
};

function listPages(ctx: RunContext<Options>, doc: Document | undefined): WikiPage[] | undefined {
  const o = ctx.options;
  if (o['page-list']) {
    return o['page-list'].map((name, i) => {
      const at = { option: `/page-list/${i}` };
      return { label: name, file: posix.join(o.dir, wikiPageFile(name)), at, nameAt: at };
    });
  }
  if (!doc) return undefined; // the packet is missing or unreadable: already reported
  const entries = select(doc.value, o.pages!);
  if (entries.length === 0) {
    ctx.report({ messageId: 'no-pages', data: { pages: o.pages! }, at: { doc, pointer: '' } });
    return undefined;
  }
  return entries.flatMap(({ pointer, value }): WikiPage[] => {
    const entry = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    const pathField = o['page-path-field'];
    const nameField = pathField ?? o['page-field'] ?? 'page';
    const name = typeof value === 'string' ? value : entry?.[nameField];
    if (typeof name !== 'string') return [];
    const file = pathField ? toPosix(normalize(name)) : posix.join(o.dir, wikiPageFile(name));
    const id = o['page-id-field'] ? entry?.[o['page-id-field']] : undefined;
    const title = entry?.[o['title-field'] ?? 'title'];
    const at = { doc, pointer };
    const nameAt = entry ? { doc, pointer: `${pointer}/${nameField}` } : at;
    return [{ label: typeof id === 'string' ? id : name, file, ...(typeof title === 'string' ? { title } : {}), ...(entry ? { entry } : {}), at, nameAt }];
  });
}

/**
 * Home lists the page: a link to it, or (`listed-by: file-name`) its bare file name anywhere in
 * Home's text, case-sensitive, so a wiki link without ".md" does not count.
 */
function checkListed(ctx: RunContext<Options>, page: WikiPage, home: string, homeText: string): void {
  if (ctx.options['listed-by'] === 'file-name') {
    const name = posix.basename(page.file);
    if (!homeText.includes(name)) ctx.report({ messageId: 'not-listed-in-home', data: { page: page.label, name: quoteValue(ctx, name), home }, at: page.nameAt });
    return;
  }
  const linked = new Set(markdownLinks(homeText).map((l) => pageFileOf(l.target)).filter((f): f is string => f !== undefined));
  if (!linked.has(posix.basename(page.file)) && !linked.has(posix.relative(ctx.options.dir, page.file))) {
    ctx.report({ messageId: 'not-in-home', data: { page: page.label, home }, at: page.nameAt });
  }
}

/** Relative links and anchors in one page; images of required assets need alt text. */
function checkLinks(ctx: RunContext<Options>, file: string, requiredAssets: ReadonlySet<string>): void {
  const text = readText(ctx.cwd, file)!;
  const lines = new LineIndex(text);
  const dir = posix.dirname(file);
  for (const link of markdownLinks(text)) {
    const at = (): Location => ({ file, ...lines.position(link.offset) });
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(link.target)) continue; // external: http(s), mailto...
    const [path, anchor] = splitAnchor(link.target);
    const targetFile = path === '' ? file : link.kind === 'wiki' || !posix.extname(path) ? posix.join(ctx.options.dir, wikiPageFile(path)) : toPosix(normalize(posix.join(dir, path)));
    if (link.kind === 'image' && requiredAssets.has(targetFile) && link.text.trim() === '') {
      ctx.report({ messageId: 'no-alt', data: { asset: targetFile }, at: { location: at() } });
    }
    if (targetFile.startsWith('../') || !isRegularFileInside(ctx.cwd, targetFile)) {
      ctx.report({ messageId: 'broken-link', data: { target: link.target, why: `: ${targetFile} does not exist` }, at: { location: at() } });
      continue;
    }
    if (anchor && /\.md$/i.test(targetFile)) {
      const anchors = markdownAnchors(readText(ctx.cwd, targetFile) ?? '');
      if (!anchors.has(anchor.toLowerCase())) ctx.report({ messageId: 'broken-link', data: { target: link.target, why: `: ${targetFile} has no heading "#${anchor}"` }, at: { location: at() } });
    }
  }
}

/** Required assets must be public-safe and exist; returns their paths for the alt-text check. */
function checkAssets(ctx: RunContext<Options>, doc: Document): Set<string> {
  const o = ctx.options;
  const flags = o['asset-flags'];
  const required = new Set<string>();
  for (const { pointer, value } of select(doc.value, o.assets!)) {
    const entry = value as Record<string, unknown> | null;
    if (!entry || typeof entry !== 'object') continue;
    const idField = typeof entry.asset_id === 'string' ? entry.asset_id : undefined;
    const path = entry[o['asset-path-field'] ?? 'path'];
    const asset = typeof path === 'string' ? toPosix(normalize(path)) : (idField ?? pointer);
    for (const flag of flags ?? []) {
      if (!entry[flag]) ctx.report({ messageId: 'asset-flag', data: { asset: quoteValue(ctx, asset), flag }, at: { doc, pointer: flag in entry ? `${pointer}/${flag}` : pointer } });
    }
    // Without asset-flags an asset marked required: false is optional and not checked further.
    if (!flags && entry.required === false) continue;
    if (typeof path === 'string') required.add(asset);
    if (entry.redaction_status !== 'public_safe') {
      const status = quoteValue(ctx, String(entry.redaction_status ?? '(none)'), 60, `${pointer}/redaction_status`);
      ctx.report({ messageId: 'asset-not-public-safe', data: { asset: quoteValue(ctx, asset), status }, at: { doc, pointer: 'redaction_status' in entry ? `${pointer}/redaction_status` : pointer } });
    }
    if (typeof path === 'string' && !isRegularFileInside(ctx.cwd, asset)) ctx.report({ messageId: 'asset-missing', data: { asset: quoteValue(ctx, asset) }, at: { doc, pointer } });
  }
  return required;
}

/** The wiki page file a Home link points at, or undefined for links that are not pages. */
function pageFileOf(target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(target)) return undefined;
  const [path] = splitAnchor(target);
  const ext = posix.extname(path);
  if (ext && ext.toLowerCase() !== '.md') return undefined;
  return wikiPageFile(path);
}

function splitAnchor(target: string): [string, string | undefined] {
  const i = target.indexOf('#');
  const path = (i === -1 ? target : target.slice(0, i)).replace(/\?.*$/, '');
  if (i === -1) return [path, undefined];
  try {
    return [path, decodeURIComponent(target.slice(i + 1))];
  } catch {
    return [path, target.slice(i + 1)];
  }
}

/** Pages read once per check run (a page is read for its title, its links, and as a link target). */
let texts = new Map<string, string | undefined>();
function readText(cwd: string, file: string): string | undefined {
  if (!texts.has(file)) {
    const read = readInside(cwd, file);
    texts.set(file, read.ok ? read.bytes.toString('utf8') : undefined);
  }
  return texts.get(file);
}
