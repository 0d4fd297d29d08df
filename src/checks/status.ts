import { select } from '../document/select.js';
import { isGateState, type GateState } from '../engine/states.js';
import { PACKET_OPTION, PATH_OPTION, quoteValue, requirePacket, requirePattern } from './options.js';
import type { Check } from './types.js';

interface Options {
  packet: string;
  field?: string;
  map?: Record<string, GateState>;
  missing?: 'blocked' | 'unknown';
}

const STATE = { enum: ['ready', 'degraded', 'blocked', 'unknown'] } as const;

/** A packet's own state field decides the gate, through a map from the packet's vocabulary. */
export const statusCheck: Check<Options> = {
  meta: {
    id: 'status',
    description: "The packet's own state field feeds the gate, mapped from the packet's vocabulary to gate states.",
    subject: 'packet',
    options: {
      type: 'object',
      required: ['packet'],
      properties: {
        packet: PACKET_OPTION,
        field: { ...PATH_OPTION, description: 'Where the state is written (default /status); may select several values.' },
        map: {
          type: 'object',
          additionalProperties: STATE,
          description: 'Packet state -> gate state. Without it, ready/degraded/blocked/unknown map to themselves.',
        },
        missing: { enum: ['blocked', 'unknown'], description: 'Gate state when the field is absent (default blocked).' },
      },
    },
    messages: {
      'not-ready': '{{field}} is "{{value}}", which makes the gate {{state}}',
      unmapped: '{{field}} is "{{value}}", which the policy does not map to a gate state (mapped: {{known}})',
      missing: 'evidence missing: no state at {{field}}',
    },
  },

  prepare(options, ctx) {
    requirePacket(ctx, options.packet);
    requirePattern(ctx, options.field, '/field');
  },

  describe(options) {
    const map = options.map ? Object.entries(options.map).map(([k, v]) => `${k}->${v}`).join(', ') : 'ready/degraded/blocked/unknown';
    return `packet "${options.packet}" field ${options.field ?? '/status'} decides the state (${map})`;
  },

  run(ctx) {
    const doc = ctx.doc;
    if (!doc) return;
    const field = ctx.options.field ?? '/status';
    const map = ctx.options.map;
    const hits = select(doc.value, field);
    if (hits.length === 0) {
      ctx.report({ messageId: 'missing', state: ctx.options.missing ?? 'blocked', data: { field }, at: { doc, pointer: '' } });
      return;
    }
    for (const hit of hits) {
      const value = typeof hit.value === 'string' ? hit.value : JSON.stringify(hit.value);
      const state = map ? map[value] : isGateState(value) ? value : undefined;
      if (state === 'ready') continue;
      // Quoted only when reported: the scanner runs over the value to keep secrets out of messages.
      const data = { field: hit.pointer, value: quoteValue(ctx, value, 60, hit.pointer), state: state ?? 'unknown' };
      if (state === undefined) {
        const known = Object.keys(map ?? { ready: 1, degraded: 1, blocked: 1, unknown: 1 }).join(', ');
        ctx.report({ messageId: 'unmapped', state: 'unknown', data: { ...data, known }, at: { doc, pointer: hit.pointer } });
      } else {
        ctx.report({ messageId: 'not-ready', state, data, at: { doc, pointer: hit.pointer } });
      }
    }
  },
};
