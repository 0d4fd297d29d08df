import { isRegularFileInside, readInside } from '../util/safe-read.js';
import { linearRegex, type LinearRegex } from '../util/linear-regex.js';
import { dirname, join, normalize } from 'node:path';
import type { Document } from '../document/document.js';
import { select } from '../document/select.js';
import { toPosix } from '../engine/discover.js';
import { markdownAnchors } from '../util/markdown-anchors.js';
import { PACKET_OPTION, PATH_OPTION, quoteValue, requirePacket, requirePattern } from './options.js';
import type { Check, RunContext } from './types.js';

interface Options {
  packet: string;
  fields: string[];
  resolve?: ('file' | 'packet')[];
  match?: string;
  base?: 'root' | 'packet';
  'id-fields'?: string[];
}

interface Prepared {
  match?: LinearRegex;
}

/** Evidence refs resolve: to a file (and a heading anchor in it), or to another packet. */
export const refsCheck: Check<Options> = {
  meta: {
    id: 'refs',
    description: 'Evidence refs resolve to an existing file (and heading anchor) or to another packet.',
    subject: 'packet',
    options: {
      type: 'object',
      required: ['packet', 'fields'],
      properties: {
        packet: PACKET_OPTION,
        fields: { type: 'array', minItems: 1, items: PATH_OPTION, description: 'Where refs are written; a selected list counts each string in it.' },
        resolve: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { enum: ['file', 'packet'] },
          description: 'What a ref may resolve to (default [file]).',
        },
        match: { type: 'string', minLength: 1, description: 'Only values matching this regular expression are refs.' },
        base: { enum: ['root', 'packet'], description: "File refs are relative to the repository root (default) or the packet's folder." },
        'id-fields': { type: 'array', items: PATH_OPTION, description: 'Pointers to the id of other packets, for `packet` resolution.' },
      },
    },
    messages: {
      unresolved: '{{pointer}}: ref "{{ref}}" does not resolve to {{kinds}}',
      'no-anchor': '{{pointer}}: "{{file}}" has no heading "#{{anchor}}"',
      'not-a-string': '{{pointer}}: a ref must be a string',
      'no-refs': 'evidence missing: no refs at {{fields}}',
    },
  },

  prepare(options, ctx) {
    requirePacket(ctx, options.packet);
    options.fields.forEach((f, i) => requirePattern(ctx, f, `/fields/${i}`));
    (options['id-fields'] ?? []).forEach((f, i) => requirePattern(ctx, f, `/id-fields/${i}`));
    if (options.match === undefined) return {};
    try {
      return { match: linearRegex(options.match) } satisfies Prepared;
    } catch (err) {
      ctx.problem('/match', (err as Error).message);
      return {};
    }
  },

  describe(options) {
    return `refs at ${options.fields.join(', ')} in packet "${options.packet}" resolve to ${(options.resolve ?? ['file']).join(' or ')}`;
  },

  run(ctx) {
    const doc = ctx.doc!;
    const { match } = ctx.prepared as Prepared;
    let seen = 0;
    for (const field of ctx.options.fields) {
      for (const hit of select(doc.value, field)) {
        const items = Array.isArray(hit.value) ? hit.value.map((v, i) => ({ pointer: `${hit.pointer}/${i}`, value: v })) : [hit];
        for (const item of items) {
          seen++;
          if (typeof item.value !== 'string') {
            ctx.report({ messageId: 'not-a-string', data: { pointer: item.pointer }, at: { doc, pointer: item.pointer } });
            continue;
          }
          if (match && !match.test(item.value)) continue;
          checkRef(ctx, doc, item.pointer, item.value);
        }
      }
    }
    if (seen === 0 && !match) ctx.report({ messageId: 'no-refs', data: { fields: ctx.options.fields.join(', ') }, at: { doc, pointer: '' } });
  },
};

function checkRef(ctx: RunContext<Options>, doc: Document, pointer: string, ref: string): void {
  const kinds = ctx.options.resolve ?? ['file'];
  if (kinds.includes('packet') && resolvesToPacket(ctx, ref)) return;
  if (kinds.includes('file')) {
    const [path, anchor] = splitAnchor(ref);
    const base = ctx.options.base === 'packet' ? dirname(doc.file) : '';
    const file = toPosix(normalize(join(base, path)));
    if (path !== '' && !file.startsWith('../') && isRegularFileInside(ctx.cwd, file)) {
      if (anchor === undefined || !/\.(md|markdown)$/i.test(file)) return;
      const read = readInside(ctx.cwd, file);
      const anchors = markdownAnchors(read.ok ? read.bytes.toString('utf8') : '');
      if (anchors.has(anchor.toLowerCase()) || anchors.has(anchor)) return;
      ctx.report({ messageId: 'no-anchor', data: { pointer, file, anchor: quoteValue(ctx, anchor, 60, pointer) }, at: { doc, pointer } });
      return;
    }
  }
  ctx.report({ messageId: 'unresolved', data: { pointer, ref: quoteValue(ctx, ref, 120, pointer), kinds: kinds.map(describeKind).join(' or ') }, at: { doc, pointer } });
}

function describeKind(kind: 'file' | 'packet'): string {
  return kind === 'file' ? 'an existing file' : 'a packet';
}

function splitAnchor(ref: string): [string, string | undefined] {
  const i = ref.indexOf('#');
  if (i === -1) return [ref, undefined];
  const fragment = ref.slice(i + 1);
  try {
    return [ref.slice(0, i), decodeURIComponent(fragment)];
  } catch {
    return [ref.slice(0, i), fragment];
  }
}

function resolvesToPacket(ctx: RunContext<Options>, ref: string): boolean {
  if (ctx.packets.defs.has(ref)) return true;
  const idFields = ctx.options['id-fields'] ?? [];
  if (idFields.length === 0) return false;
  return ctx.packets.documents().some((d) => idFields.some((f) => select(d.value, f).some((hit) => hit.value === ref)));
}
