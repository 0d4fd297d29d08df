import { relative, resolve, sep } from 'node:path';
import type { GateState } from '../../engine/states.js';

/** Text into HTML: every value that came from a packet, a policy or a report goes through this. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const STATE_ICON: Record<GateState, string> = { ready: '✔', degraded: '▲', blocked: '✖', unknown: '?' };

/** A state as a badge: colour, a shape and the word, so it reads in grey print and for colour-blind eyes. */
export function badge(state: GateState | 'absent'): string {
  if (state === 'absent') return '<span class="badge absent">absent</span>';
  return `<span class="badge ${state}"><span aria-hidden="true">${STATE_ICON[state]}</span> ${state}</span>`;
}

/**
 * Where a file link points. With a base (https://github.com/o/r/blob/<sha>/) it is the line on
 * GitHub; without one it is the file relative to where the page is written, so the page works from
 * a checkout with no network. Bundle files (`bundle:...`) have no link.
 */
export interface LinkBase {
  /** A URL prefix the repository path is appended to; GitHub's line anchor #L<n> is added. */
  url?: string;
  /** The repository root and the folder the page is written to, for relative links. */
  root?: string;
  pageDir?: string;
}

export function fileHref(links: LinkBase, file: string, line?: number): string | undefined {
  if (file.startsWith('bundle:') || file === '') return undefined;
  const anchor = line ? `#L${line}` : '';
  const encode = (path: string) => path.split('/').map(encodeURIComponent).join('/');
  if (links.url) return `${links.url.endsWith('/') ? links.url : `${links.url}/`}${encode(file)}${anchor}`;
  if (links.root === undefined || links.pageDir === undefined) return undefined;
  const rel = relative(links.pageDir, resolve(links.root, file)).split(sep).join('/');
  return `${encode(rel)}${anchor}`;
}

/** file:line:col as a link when there is somewhere to link to, as code text otherwise. */
export function fileLink(links: LinkBase, file: string, line?: number, column?: number): string {
  const text = `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}`;
  const href = fileHref(links, file, line);
  return href ? `<a class="loc" href="${esc(href)}"><code>${esc(text)}</code></a>` : `<code>${esc(text)}</code>`;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
