/** A link written in Markdown, as GitHub and its wikis read them. */
export interface MarkdownLink {
  kind: 'link' | 'image' | 'wiki';
  /** The target as written (for [[Text|Page]] the page). */
  target: string;
  /** Link text, or an image's alt text. */
  text: string;
  /** Where the link starts in the text. */
  offset: number;
}

const INLINE = /(!?)\[((?:[^\[\]\\]|\\.)*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;
const WIKI = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;

/** Inline links, images and [[wiki links]], outside code fences and inline code. */
export function markdownLinks(text: string): MarkdownLink[] {
  const masked = maskCode(text);
  const links: MarkdownLink[] = [];
  for (const m of masked.matchAll(INLINE)) {
    links.push({ kind: m[1] ? 'image' : 'link', text: text.slice(m.index + m[1]!.length + 1, m.index + m[1]!.length + 1 + m[2]!.length), target: m[3]!, offset: m.index });
  }
  for (const m of masked.matchAll(WIKI)) {
    // [[Page]] or [[Text|Page]]: GitHub wikis put the page last.
    const page = (m[2] ?? m[1]!).trim();
    links.push({ kind: 'wiki', text: m[1]!.trim(), target: page, offset: m.index });
  }
  return links.sort((a, b) => a.offset - b.offset);
}

/** Replaces fenced code and inline code spans with spaces, keeping every offset where it was. */
function maskCode(text: string): string {
  let out = text.replace(/^( {0,3})(```|~~~)[^\n]*\n[\s\S]*?(?:^\1\2[^\n]*$|(?![\s\S]))/gm, (block) => block.replace(/[^\n]/g, ' '));
  out = out.replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length));
  return out;
}

/** The file a GitHub wiki page name stands for: "Trial Field Guide" -> "Trial-Field-Guide.md". */
export function wikiPageFile(name: string): string {
  const base = name.split('/').pop()!.replace(/\.md$/i, '');
  return `${base.trim().replace(/\s+/g, '-')}.md`;
}

/** The H1 title of a Markdown page (ATX or setext), if any. */
export function markdownTitle(text: string): { title: string; offset: number } | undefined {
  const masked = maskCode(text);
  const atx = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(masked);
  const setext = /^(?! {0,3}[-*+>#])(\S.*)\n {0,3}=+[ \t]*$/m.exec(masked);
  const first = [atx, setext].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  return first ? { title: text.slice(first.index, first.index + first[0].length).replace(/^ {0,3}#[ \t]+/, '').replace(/[ \t#]*$/, '').split('\n')[0]!.trim(), offset: first.index } : undefined;
}

/** Section headings (levels 2 to 6) of a Markdown page. */
export function markdownSections(text: string): string[] {
  const masked = maskCode(text);
  return [...masked.matchAll(/^ {0,3}#{2,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1]!.trim());
}
