import { linearRegex, type LinearRegex } from '../util/linear-regex.js';
import { posix } from 'node:path';
import type { Document } from '../document/document.js';
import { getAt } from '../document/pointer.js';
import { explainAjvError, pruneAjvErrors } from '../util/ajv-errors.js';
import { didYouMean } from '../util/suggest.js';
import { PACKET_OPTION, quotePointer, quoteValue, requirePacket } from './options.js';
import type { Check, RunContext } from './types.js';

interface Options {
  packet: string;
  schema?: string;
  catalog?: string;
  select?: 'discriminator' | 'file-name';
  discriminator?: string;
  'file-name'?: { match: string; schema: string };
  'max-errors'?: number;
}

interface Prepared {
  fileName?: LinearRegex;
}

/**
 * Validates each document of a packet against a JSON Schema (draft-07, 2019-09 or 2020-12): one
 * named schema, or the schema a catalog holds for it, chosen by discriminator (the schema that pins
 * the packet's `schema_version`) or by file name (enterprise-report-X-public.example.json pairs with
 * aispm-report-X.schema.json). A packet no schema claims is a finding, never a skip.
 */
export const schemaCheck: Check<Options> = {
  meta: {
    id: 'schema',
    description: 'The packet validates against a JSON Schema, named or chosen from a catalog; each violation is reported at the offending value.',
    subject: 'packet',
    options: {
      type: 'object',
      required: ['packet'],
      properties: {
        packet: PACKET_OPTION,
        schema: { type: 'string', minLength: 1, description: "Schema file; defaults to the packet's `schema`." },
        catalog: { type: 'string', minLength: 1, description: 'Glob of schema files to choose from, per document.' },
        select: { enum: ['discriminator', 'file-name'], description: 'How a catalog schema is chosen (default discriminator).' },
        discriminator: { type: 'string', pattern: '^/[^/]+$', description: 'Top-level field whose value a schema pins with const (default /schema_version).' },
        'file-name': {
          type: 'object',
          additionalProperties: false,
          required: ['match', 'schema'],
          properties: {
            match: { type: 'string', minLength: 1, description: "Regular expression on the packet's file name, with capture groups." },
            schema: { type: 'string', minLength: 1, description: 'The schema file name, with $1, $2... from the match.' },
          },
        },
        'max-errors': { type: 'integer', minimum: 1, maximum: 10000, description: 'Findings per document (default 50).' },
      },
    },
    messages: {
      violation: '{{message}} (schema {{schema}})',
      'schema-unusable': 'cannot validate against {{schema}}: {{message}}',
      truncated: '{{count}} more schema violations not shown (raise max-errors to see them)',
      'no-discriminator': 'no {{field}} to choose a schema by: the catalog {{catalog}} pins schemas on it',
      'unknown-discriminator': '{{field}} is "{{value}}", which no schema in {{catalog}} declares{{hint}}',
      'ambiguous-discriminator': '{{field}} "{{value}}" is pinned by several schemas: {{schemas}}',
      'no-file-name-match': 'file name does not match {{pattern}}, so no schema is paired with it',
      'no-paired-schema': 'no schema {{schema}} in {{catalog}} to pair with this file',
    },
  },

  prepare(options, ctx) {
    requirePacket(ctx, options.packet);
    const def = ctx.packets.get(options.packet);
    if (options.catalog && options.schema) ctx.problem('/catalog', 'set "schema" (one schema) or "catalog" (a schema per document), not both');
    if (!options.catalog && (options.select || options.discriminator || options['file-name'])) ctx.problem(options.select ? '/select' : '', '"select", "discriminator" and "file-name" choose from a "catalog": set one');
    if (def && !options.catalog && !options.schema && !def.schema) {
      ctx.problem('/packet', `packet "${options.packet}" declares no schema: set "schema" or "catalog" on this check, or "schema" on the packet`);
    }
    if (options.select === 'file-name' && !options['file-name']) ctx.problem('/select', 'select: file-name needs "file-name": {match, schema}');
    const fileName = options['file-name'];
    if (!fileName) return {};
    try {
      return { fileName: linearRegex(fileName.match) } satisfies Prepared;
    } catch (err) {
      ctx.problem('/file-name/match', (err as Error).message);
      return {};
    }
  },

  describe(options) {
    if (options.catalog) {
      const how = options.select === 'file-name' ? `paired by file name (${options['file-name']?.schema})` : `chosen by ${options.discriminator ?? '/schema_version'}`;
      return `each document of packet "${options.packet}" validates against its schema in ${options.catalog}, ${how}`;
    }
    return `packet "${options.packet}" validates against ${options.schema ?? 'its declared schema'}`;
  },

  run(ctx) {
    const doc = ctx.doc;
    if (!doc) return;
    const schema = ctx.options.catalog ? fromCatalog(ctx, doc) : (ctx.options.schema ?? ctx.packets.defs.get(ctx.options.packet)?.schema);
    if (schema) validate(ctx, doc, schema);
  },
};

/** The catalog schema for one document, or undefined after reporting why there is none. */
function fromCatalog(ctx: RunContext<Options>, doc: Document): string | undefined {
  const o = ctx.options;
  const catalog = o.catalog!;
  if (o.select === 'file-name') {
    const rule = o['file-name']!;
    const m = (ctx.prepared as Prepared).fileName!.exec(posix.basename(doc.file));
    if (!m) {
      ctx.report({ messageId: 'no-file-name-match', data: { pattern: rule.match }, at: { doc, pointer: '' } });
      return undefined;
    }
    const name = rule.schema.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '');
    const file = ctx.schemas.catalog(catalog, '').byName.get(name);
    if (!file) ctx.report({ messageId: 'no-paired-schema', data: { schema: name, catalog }, at: { doc, pointer: '' } });
    return file;
  }
  const pointer = o.discriminator ?? '/schema_version';
  const field = pointer.slice(1);
  const value = getAt(doc.value, pointer);
  if (typeof value !== 'string') {
    ctx.report({ messageId: 'no-discriminator', data: { field: pointer, catalog }, at: { doc, pointer: '' } });
    return undefined;
  }
  const found = ctx.schemas.catalog(catalog, field).byConst;
  const files = found.get(value);
  if (!files) {
    const hint = didYouMean(value, found.keys());
    ctx.report({ messageId: 'unknown-discriminator', data: { field: pointer, value: quoteValue(ctx, value, 100, pointer), catalog, hint }, at: { doc, pointer } });
    return undefined;
  }
  if (files.length > 1) {
    ctx.report({ messageId: 'ambiguous-discriminator', state: 'unknown', data: { field: pointer, value: quoteValue(ctx, value, 100, pointer), schemas: files.join(', ') }, at: { doc, pointer } });
    return undefined;
  }
  return files[0];
}

function validate(ctx: RunContext<Options>, doc: Document, schema: string): void {
  const compiled = ctx.schemas.validator(schema);
  if (!compiled.ok) {
    ctx.report({ messageId: 'schema-unusable', state: 'unknown', data: { schema, message: compiled.message }, at: { location: compiled.location } });
    return;
  }
  if (compiled.validate(doc.value)) return;
  const errors = pruneAjvErrors(compiled.validate.errors ?? []);
  const max = ctx.options['max-errors'] ?? 50;
  for (const err of errors.slice(0, max)) {
    const explained = explainAjvError(err, undefined, (name) => quoteValue(ctx, name, 200));
    ctx.report({
      messageId: 'violation',
      data: { message: `${quotePointer(ctx, explained.pointer) || '/'}: ${explained.message}`, schema },
      at: { doc, pointer: explained.pointer, which: explained.which },
    });
  }
  if (errors.length > max) ctx.report({ messageId: 'truncated', data: { count: errors.length - max }, at: { doc, pointer: '' } });
}
