import { select } from '../document/select.js';
import { addDuration, humanSpan, parseTimestamp, type Duration } from '../engine/duration.js';
import { DURATION_OPTION, PACKET_OPTION, PATH_OPTION, duration, requirePacket, requirePattern } from './options.js';
import type { Check, RunContext } from './types.js';

interface Options {
  packet: string;
  field?: string;
  'max-age'?: string;
  expires?: string;
  'warn-within'?: string;
  'future-tolerance'?: string;
  missing?: 'blocked' | 'skip';
}

interface Prepared {
  maxAge?: Duration;
  warn?: Duration;
  tolerance: Duration;
}

/**
 * Evidence is recent enough (`field` younger than `max-age`) and/or not expired (`expires` in the
 * future). Inside the `warn-within` horizon the gate is degraded before it becomes blocked.
 */
export const freshCheck: Check<Options> = {
  meta: {
    id: 'fresh',
    description: 'A timestamp is younger than a maximum age and/or an expiry lies in the future, with a warning horizon.',
    subject: 'packet',
    options: {
      type: 'object',
      required: ['packet'],
      properties: {
        packet: PACKET_OPTION,
        field: { ...PATH_OPTION, description: 'Where the timestamp the age is measured from is written (e.g. /generated_at).' },
        'max-age': { ...DURATION_OPTION, description: 'How old `field` may be.' },
        expires: { ...PATH_OPTION, description: 'Where an expiry timestamp is written; it must lie in the future.' },
        'warn-within': { ...DURATION_OPTION, description: 'Degrade the gate this long before the evidence goes stale or expires.' },
        'future-tolerance': { ...DURATION_OPTION, description: 'How far in the future `field` may lie (clock skew; default PT5M).' },
        missing: {
          enum: ['blocked', 'skip'],
          description: 'A document with no timestamp at all is evidence missing (blocked, default) or not subject to this check (skip).',
        },
      },
    },
    messages: {
      stale: '{{field}} is {{age}} old, over the maximum age of {{maxAge}}',
      'stale-soon': '{{field}} goes stale in {{left}} (maximum age {{maxAge}}, warning within {{warn}})',
      expired: '{{field}} expired {{ago}} ago ({{when}})',
      'expires-soon': '{{field}} expires in {{left}} ({{when}}; warning within {{warn}})',
      future: '{{field}} lies {{ahead}} in the future ({{when}}): evidence cannot be generated after the time of the check',
      missing: 'evidence missing: no timestamp at {{field}}',
      invalid: '{{field}} is not an RFC 3339 timestamp',
    },
  },

  prepare(options, ctx) {
    requirePacket(ctx, options.packet);
    requirePattern(ctx, options.field, '/field');
    requirePattern(ctx, options.expires, '/expires');
    if (options['max-age'] !== undefined && options.field === undefined) ctx.problem('/max-age', '"max-age" needs "field": the timestamp to measure the age of');
    if (options.field !== undefined && options['max-age'] === undefined) ctx.problem('/field', '"field" needs "max-age": how old the timestamp may be');
    if (options.field === undefined && options.expires === undefined) ctx.problem('', 'set "field" with "max-age", or "expires", or both');
    return { maxAge: duration(options['max-age']), warn: duration(options['warn-within']), tolerance: duration(options['future-tolerance']) ?? duration('PT5M')! } satisfies Prepared;
  },

  describe(options) {
    const parts: string[] = [];
    if (options.field) parts.push(`${options.field} is younger than ${options['max-age']}`);
    if (options.expires) parts.push(`${options.expires} lies in the future`);
    const warn = options['warn-within'] ? `; degraded from ${options['warn-within']} before that` : '';
    return `packet "${options.packet}": ${parts.join(' and ')}${warn}`;
  },

  run(ctx) {
    const p = ctx.prepared as Prepared;
    if (ctx.options.field && p.maxAge) checkAge(ctx, ctx.options.field, p);
    if (ctx.options.expires) checkExpiry(ctx, ctx.options.expires, p);
  },
};

function timestamps(ctx: RunContext<Options>, field: string): { pointer: string; at: Date }[] {
  const doc = ctx.doc!;
  const hits = select(doc.value, field);
  if (hits.length === 0 && ctx.options.missing !== 'skip') ctx.report({ messageId: 'missing', data: { field }, at: { doc, pointer: '' } });
  const out: { pointer: string; at: Date }[] = [];
  for (const hit of hits) {
    const at = parseTimestamp(hit.value);
    if (!at) ctx.report({ messageId: 'invalid', data: { field: hit.pointer }, at: { doc, pointer: hit.pointer } });
    else out.push({ pointer: hit.pointer, at });
  }
  return out;
}

function checkAge(ctx: RunContext<Options>, field: string, p: Prepared): void {
  const doc = ctx.doc!;
  const now = ctx.now.getTime();
  for (const { pointer, at } of timestamps(ctx, field)) {
    const where = { doc, pointer };
    if (at.getTime() > addDuration(ctx.now, p.tolerance).getTime()) {
      ctx.report({ messageId: 'future', data: { field: pointer, ahead: humanSpan(at.getTime() - now), when: at.toISOString() }, at: where });
      continue;
    }
    const staleAt = addDuration(at, p.maxAge!).getTime();
    if (now > staleAt) {
      ctx.report({ messageId: 'stale', data: { field: pointer, age: humanSpan(now - at.getTime()), maxAge: p.maxAge!.text }, at: where });
    } else if (p.warn && addDuration(ctx.now, p.warn).getTime() > staleAt) {
      ctx.report({
        messageId: 'stale-soon',
        state: 'degraded',
        data: { field: pointer, left: humanSpan(staleAt - now), maxAge: p.maxAge!.text, warn: p.warn.text },
        at: where,
      });
    }
  }
}

function checkExpiry(ctx: RunContext<Options>, field: string, p: Prepared): void {
  const doc = ctx.doc!;
  const now = ctx.now.getTime();
  for (const { pointer, at } of timestamps(ctx, field)) {
    const when = at.toISOString();
    if (at.getTime() <= now) {
      ctx.report({ messageId: 'expired', data: { field: pointer, ago: humanSpan(now - at.getTime()), when }, at: { doc, pointer } });
    } else if (p.warn && addDuration(ctx.now, p.warn).getTime() > at.getTime()) {
      ctx.report({
        messageId: 'expires-soon',
        state: 'degraded',
        data: { field: pointer, left: humanSpan(at.getTime() - now), when, warn: p.warn.text },
        at: { doc, pointer },
      });
    }
  }
}
