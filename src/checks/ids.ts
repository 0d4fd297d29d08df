import type { Document } from '../document/document.js';
import { childPointer } from '../document/pointer.js';
import { parsePattern, select } from '../document/select.js';
import { PACKET_OPTION, PATH_OPTION, quoteValue, requirePacket, requirePattern } from './options.js';
import type { Check, RunContext } from './types.js';

interface Options {
  packet: string;
  items: string;
  key?: string;
  equals?: string[];
  includes?: string[];
  within?: string;
  count?: number;
  'min-count'?: number;
  unique?: boolean;
}

interface Item {
  id: string;
  /** Where the id is written (the key field, or the item itself). */
  pointer: string;
}

const IDS = { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } } as const;

/**
 * The ids of a list are the expected ones: exactly a set, or including some, or only ids listed
 * elsewhere in the packet; with an exact or minimum count and no duplicates. Absent lists count as
 * empty, so "exactly these five" fails on them while "only known ids" passes.
 */
export const idsCheck: Check<Options> = {
  meta: {
    id: 'ids',
    description: 'The ids of a list are exactly a set, include some, or are all known; with an exact or minimum count and no duplicates.',
    subject: 'packet',
    options: {
      type: 'object',
      required: ['packet', 'items'],
      properties: {
        packet: PACKET_OPTION,
        items: { ...PATH_OPTION, description: 'Selects the list items, e.g. /control_areas/*.' },
        key: { type: 'string', minLength: 1, description: 'The field of each item holding its id (default: the item itself is the id).' },
        equals: { ...IDS, description: 'The distinct ids must be exactly these.' },
        includes: { ...IDS, description: 'These ids must each appear at least once.' },
        within: { ...PATH_OPTION, description: 'Every id must be one of the values this path selects in the same packet.' },
        count: { type: 'integer', minimum: 0, description: 'The list has exactly this many items.' },
        'min-count': { type: 'integer', minimum: 0, description: 'The list has at least this many items.' },
        unique: { type: 'boolean', description: 'No id appears twice (default false).' },
      },
    },
    messages: {
      'missing-id': '{{list}} has no item with {{key}} "{{id}}"',
      'unexpected-id': '{{pointer}} is "{{id}}", which is not one of the expected ids ({{expected}})',
      'unknown-id': '{{pointer}} is "{{id}}", which is not among {{within}}',
      duplicate: '{{pointer}}: "{{id}}" appears more than once',
      count: '{{list}} has {{actual}} items, expected exactly {{count}}',
      'min-count': '{{list}} has {{actual}} items, expected at least {{count}}',
      'no-id': '{{pointer}} has no string {{key}}',
    },
  },

  prepare(options, ctx) {
    requirePacket(ctx, options.packet);
    requirePattern(ctx, options.items, '/items');
    requirePattern(ctx, options.within, '/within');
    if (!options.equals && !options.includes && !options.within && options.count === undefined && options['min-count'] === undefined && !options.unique) {
      ctx.problem('', 'say what the ids must be: equals, includes, within, count, min-count or unique');
    }
  },

  describe(options) {
    const what = [
      options.equals && `exactly {${options.equals.join(', ')}}`,
      options.includes && `including {${options.includes.join(', ')}}`,
      options.within && `each among ${options.within}`,
      options.count !== undefined && `${options.count} items`,
      options['min-count'] !== undefined && `at least ${options['min-count']} items`,
      options.unique && 'no duplicates',
    ].filter(Boolean);
    return `packet "${options.packet}": ids at ${options.items}${options.key ? `/${options.key}` : ''} are ${what.join(', ')}`;
  },

  run(ctx) {
    const doc = ctx.doc;
    if (!doc) return;
    const o = ctx.options;
    const list = listPointer(o.items);
    const selected = select(doc.value, o.items);
    // An item without an id only matters where every item must have one; for `includes` it just does not count.
    const strict = Boolean(o.equals || o.within || o.unique);
    const items = readIds(ctx, doc, selected, strict);
    const key = o.key ?? 'id';
    const ids = new Set(items.map((i) => i.id));
    const listAt = { doc, pointer: list };
    for (const id of [...(o.equals ?? []), ...(o.includes ?? [])]) {
      if (!ids.has(id)) ctx.report({ messageId: 'missing-id', data: { list: list || '/', key, id: quoteValue(ctx, id) }, at: listAt });
      ids.add(id); // report each missing id once, even when both equals and includes name it
    }
    if (o.equals) {
      const expected = new Set(o.equals);
      for (const item of items) {
        if (!expected.has(item.id)) {
          ctx.report({ messageId: 'unexpected-id', data: { pointer: item.pointer, id: quoteValue(ctx, item.id, 60, item.pointer), expected: o.equals.join(', ') }, at: { doc, pointer: item.pointer } });
        }
      }
    }
    if (o.within) checkWithin(ctx, doc, items, o.within);
    if (o.unique) checkUnique(ctx, doc, items);
    if (o.count !== undefined && selected.length !== o.count) {
      ctx.report({ messageId: 'count', data: { list: list || '/', actual: selected.length, count: o.count }, at: listAt });
    }
    if (o['min-count'] !== undefined && selected.length < o['min-count']) {
      ctx.report({ messageId: 'min-count', data: { list: list || '/', actual: selected.length, count: o['min-count'] }, at: listAt });
    }
  },
};

/** The pointer of the list itself: the pattern up to its first wildcard (its last segment otherwise). */
function listPointer(items: string): string {
  const segments = parsePattern(items);
  const concrete: string[] = [];
  for (const s of segments.slice(0, -1)) {
    if (s.kind !== 'key') break;
    concrete.push(s.key);
  }
  return concrete.reduce<string>((p, k) => childPointer(p, k), '');
}

function readIds(ctx: RunContext<Options>, doc: Document, selected: { pointer: string; value: unknown }[], strict: boolean): Item[] {
  const key = ctx.options.key;
  return selected.flatMap(({ pointer, value }): Item[] => {
    const raw = key === undefined ? value : value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
    if (typeof raw === 'string' || typeof raw === 'number') return [{ id: String(raw), pointer: key === undefined ? pointer : childPointer(pointer, key) }];
    if (strict) ctx.report({ messageId: 'no-id', data: { pointer, key: key ?? 'id' }, at: { doc, pointer } });
    return [];
  });
}

function checkWithin(ctx: RunContext<Options>, doc: Document, items: Item[], within: string): void {
  const known = new Set(select(doc.value, within).map((h) => String(h.value)));
  for (const item of items) {
    if (!known.has(item.id)) ctx.report({ messageId: 'unknown-id', data: { pointer: item.pointer, id: quoteValue(ctx, item.id, 60, item.pointer), within }, at: { doc, pointer: item.pointer } });
  }
}

function checkUnique(ctx: RunContext<Options>, doc: Document, items: Item[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) ctx.report({ messageId: 'duplicate', data: { pointer: item.pointer, id: quoteValue(ctx, item.id, 60, item.pointer) }, at: { doc, pointer: item.pointer } });
    seen.add(item.id);
  }
}
