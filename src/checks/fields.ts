import type { Document } from '../document/document.js';
import { childPointer } from '../document/pointer.js';
import { childOf, parsePattern, select, type Segment } from '../document/select.js';
import { PACKET_OPTION, quoteValue, requirePacket, requirePattern } from './options.js';
import type { Check, RunContext } from './types.js';

/** What one field must hold: a value it equals, or a condition. */
type Expectation = string | number | boolean | null | { in: (string | number | boolean)[] } | { prefix: string } | { 'non-empty': true };

interface Options {
  packet: string;
  expect: Record<string, Expectation>;
}

const SCALAR = { type: ['string', 'number', 'boolean', 'null'] } as const;

/**
 * Fields hold expected values: `/status: ready`, `/x/*\/status: {in: [ready, pass]}`,
 * `/enterprise_boundaries/*: {prefix: requires_}`. A path with `*` means "every": each selected
 * parent must have the field, and no parent at all passes (an absent list is an empty list).
 */
export const fieldsCheck: Check<Options> = {
  meta: {
    id: 'fields',
    description: 'Fields hold the expected value: equal to a constant, one of a list, starting with a prefix, or non-empty.',
    subject: 'packet',
    options: {
      type: 'object',
      required: ['packet', 'expect'],
      properties: {
        packet: PACKET_OPTION,
        expect: {
          type: 'object',
          minProperties: 1,
          propertyNames: { pattern: '^/' },
          description: 'Path pattern -> expectation: a constant, {in: [...]}, {prefix: "..."} or {non-empty: true}.',
          additionalProperties: {
            oneOf: [
              SCALAR,
              { type: 'object', additionalProperties: false, required: ['in'], properties: { in: { type: 'array', minItems: 1, items: SCALAR } } },
              { type: 'object', additionalProperties: false, required: ['prefix'], properties: { prefix: { type: 'string', minLength: 1 } } },
              { type: 'object', additionalProperties: false, required: ['non-empty'], properties: { 'non-empty': { const: true } } },
            ],
          },
        },
      },
    },
    messages: {
      mismatch: '{{pointer}} is {{value}}, expected {{expected}}',
      missing: '{{pointer}} is missing, expected {{expected}}',
    },
  },

  prepare(options, ctx) {
    requirePacket(ctx, options.packet);
    for (const path of Object.keys(options.expect)) requirePattern(ctx, path, `/expect/${path.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  },

  describe(options) {
    const parts = Object.entries(options.expect).map(([path, want]) => `${path} ${describeExpectation(want)}`);
    return `packet "${options.packet}": ${parts.join('; ')}`;
  },

  run(ctx) {
    const doc = ctx.doc;
    if (!doc) return;
    for (const [path, want] of Object.entries(ctx.options.expect)) checkPath(ctx, doc, path, want);
  },
};

function checkPath(ctx: RunContext<Options>, doc: Document, path: string, want: Expectation): void {
  const segments = parsePattern(path);
  const last = segments[segments.length - 1];
  const expected = quoteValue(ctx, describeExpectation(want), 200);
  // A concrete last key under a wildcard: every selected parent must have it.
  if (last?.kind === 'key' && segments.some((s) => s.kind !== 'key')) {
    for (const parent of select(doc.value, segments.slice(0, -1))) {
      const pointer = childPointer(parent.pointer, last.key);
      const value = childOf(parent.value, last.key);
      if (value === undefined) ctx.report({ messageId: 'missing', data: { pointer, expected }, at: { doc, pointer: parent.pointer } });
      else compare(ctx, doc, pointer, value, want, expected);
    }
    return;
  }
  const hits = select(doc.value, segments);
  if (hits.length === 0 && segments.every((s: Segment) => s.kind === 'key')) {
    ctx.report({ messageId: 'missing', data: { pointer: path, expected }, at: { doc, pointer: path } });
    return;
  }
  for (const hit of hits) compare(ctx, doc, hit.pointer, hit.value, want, expected);
}

function compare(ctx: RunContext<Options>, doc: Document, pointer: string, value: unknown, want: Expectation, expected: string): void {
  if (satisfies(value, want)) return;
  const shown = typeof value === 'string' ? `"${quoteValue(ctx, value, 60, pointer)}"` : quoteValue(ctx, JSON.stringify(value) ?? 'undefined', 60, pointer);
  ctx.report({ messageId: 'mismatch', data: { pointer, value: shown, expected }, at: { doc, pointer } });
}

function satisfies(value: unknown, want: Expectation): boolean {
  if (want === null || typeof want !== 'object') return value === want;
  if ('in' in want) return want.in.some((w) => w === value);
  if ('prefix' in want) return typeof value === 'string' && value.startsWith(want.prefix);
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.keys(value).length > 0;
  return value !== null && value !== undefined && value !== false && value !== 0;
}

function describeExpectation(want: Expectation): string {
  if (want === null || typeof want !== 'object') return JSON.stringify(want);
  if ('in' in want) return `one of ${want.in.map((w) => JSON.stringify(w)).join(', ')}`;
  if ('prefix' in want) return `a string starting with ${JSON.stringify(want.prefix)}`;
  return 'a non-empty value';
}
