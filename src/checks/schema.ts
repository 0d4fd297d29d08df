import { explainAjvError, pruneAjvErrors } from '../util/ajv-errors.js';
import { PACKET_OPTION, requirePacket } from './options.js';
import type { Check } from './types.js';

interface Options {
  packet: string;
  schema?: string;
  'max-errors'?: number;
}

/** Validates each document of a packet against a JSON Schema (draft-07, 2019-09 or 2020-12). */
export const schemaCheck: Check<Options> = {
  meta: {
    id: 'schema',
    description: 'The packet validates against a JSON Schema; each violation is reported at the offending value.',
    subject: 'packet',
    options: {
      type: 'object',
      required: ['packet'],
      properties: {
        packet: PACKET_OPTION,
        schema: { type: 'string', minLength: 1, description: "Schema file; defaults to the packet's `schema`." },
        'max-errors': { type: 'integer', minimum: 1, maximum: 10000, description: 'Findings per document (default 50).' },
      },
    },
    messages: {
      violation: '{{message}} (schema {{schema}})',
      'schema-unusable': 'cannot validate against {{schema}}: {{message}}',
      truncated: '{{count}} more schema violations not shown (raise max-errors to see them)',
    },
  },

  prepare(options, ctx) {
    requirePacket(ctx, options.packet);
    const def = ctx.packets.get(options.packet);
    if (def && !options.schema && !def.schema) {
      ctx.problem('/packet', `packet "${options.packet}" declares no schema: set "schema" on this check or on the packet`);
    }
  },

  describe(options) {
    return `packet "${options.packet}" validates against ${options.schema ?? 'its declared schema'}`;
  },

  run(ctx) {
    const schema = ctx.options.schema ?? ctx.packets.defs.get(ctx.options.packet)?.schema;
    const doc = ctx.doc;
    if (!schema || !doc) return;
    const compiled = ctx.schemas.validator(schema);
    if (!compiled.ok) {
      ctx.report({ messageId: 'schema-unusable', state: 'unknown', data: { schema, message: compiled.message }, at: { location: compiled.location } });
      return;
    }
    if (compiled.validate(doc.value)) return;
    const errors = pruneAjvErrors(compiled.validate.errors ?? []);
    const max = ctx.options['max-errors'] ?? 50;
    for (const err of errors.slice(0, max)) {
      const explained = explainAjvError(err, undefined);
      ctx.report({
        messageId: 'violation',
        data: { message: `${explained.pointer || '/'}: ${explained.message}`, schema },
        at: { doc, pointer: explained.pointer, which: explained.which },
      });
    }
    if (errors.length > max) {
      ctx.report({ messageId: 'truncated', data: { count: errors.length - max }, at: { doc, pointer: '' } });
    }
  },
};
