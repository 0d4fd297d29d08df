import { Environment, type ParseResult } from '@marcbachmann/cel-js';
import type { Document } from '../document/document.js';
import { setOwn } from '../document/positions.js';
import { linearRegex } from '../util/linear-regex.js';
import { PACKET_OPTION, PATH_OPTION, requirePacket, requirePattern } from './options.js';
import type { Check, RunContext } from './types.js';

interface Options {
  rule: string;
  packet?: string;
  packets?: string[];
  at?: string;
}

/**
 * A condition in CEL (Common Expression Language) over `packet` (the document being checked),
 * `packets` (the packets the entry lists, by id) and `now` (the evaluation time, a timestamp).
 * CEL is side-effect free and always terminates, so a policy cannot run code or loop forever.
 */
const env = new Environment({ homogeneousAggregateLiterals: false, limits: { maxAstNodes: 5000, maxDepth: 64 } })
  .registerVariable('packet', 'dyn')
  .registerVariable('packets', 'map<string, dyn>')
  .registerVariable('now', 'google.protobuf.Timestamp');

export const exprCheck: Check<Options> = {
  meta: {
    id: 'expr',
    description: 'A CEL condition over `packet`, `packets` and `now` holds.',
    subject: 'packet',
    options: {
      type: 'object',
      required: ['rule'],
      properties: {
        rule: { type: 'string', minLength: 1, maxLength: 10000, description: 'A CEL expression that must evaluate to true.' },
        packet: { ...PACKET_OPTION, description: 'Evaluate once per document of this packet, bound to `packet`.' },
        packets: { type: 'array', items: PACKET_OPTION, uniqueItems: true, description: 'Packets the rule reads as packets.<id>.' },
        at: { ...PATH_OPTION, description: 'Where in the packet to point a failure (default: the document root).' },
      },
    },
    messages: {
      'over-budget': 'rule not evaluated: its nested comprehensions over lists of up to {{largest}} items would cost about {{cost}} steps, over the budget of {{budget}}; the gate cannot be decided: {{rule}}',
      failed: 'rule failed: {{rule}}',
      'not-boolean': 'rule returned {{type}}, not true or false: {{rule}}',
      error: 'rule could not be evaluated ({{error}}): {{rule}}',
      'field-error': 'rule could not be evaluated ({{error}}): {{field}} holds a {{type}} here, which the rule cannot use that way: {{rule}}',
    },
  },

  prepare(options, ctx) {
    requirePacket(ctx, options.packet);
    (options.packets ?? []).forEach((id, i) => requirePacket(ctx, id, `/packets/${i}`));
    requirePattern(ctx, options.at, '/at');
    let compiled: ParseResult;
    try {
      compiled = env.parse(options.rule);
    } catch (err) {
      ctx.problem('/rule', `invalid CEL: ${celMessage(err)}`);
      return undefined;
    }
    const typed = compiled.check();
    if (!typed.valid) ctx.problem('/rule', `invalid CEL: ${celMessage(typed.error)}`);
    else if (typed.type !== 'bool' && typed.type !== 'dyn') ctx.problem('/rule', `the rule must return a bool, but returns ${typed.type}`);
    return { compiled, fields: packetFields(compiled.ast), ...ruleShape(compiled.ast) } satisfies Prepared;
  },

  describe(options) {
    return `${options.packet ? `packet "${options.packet}": ` : ''}${options.rule}`;
  },

  run(ctx) {
    const { compiled, fields, nodes, depth } = ctx.prepared as Prepared;
    const packets: Record<string, unknown> = {};
    for (const id of ctx.options.packets ?? []) packets[id] = packetValue(ctx, id);
    if (ctx.options.packet !== undefined) packets[ctx.options.packet] ??= packetValue(ctx, ctx.options.packet);
    const bindings = { packet: ctx.doc ? celValueOf(ctx.doc, fields) : null, packets, now: ctx.now };
    const rule = oneLine(ctx.options.rule);
    // CEL always terminates, but nested comprehensions over large lists can still take hours: the
    // worst case is known before evaluating, so a rule over budget is unknown rather than run.
    const largest = Math.max(1, largestCollection(bindings));
    const cost = nodes * largest ** depth;
    if (cost > COST_BUDGET) {
      report(ctx, 'over-budget', { rule, largest: String(largest), cost: cost.toExponential(1), budget: COST_BUDGET.toExponential(0) }, 'unknown');
      return;
    }
    let result: unknown;
    try {
      result = withLinearRegExp(() => compiled(bindings));
    } catch (err) {
      const field = ctx.doc ? failingField(ctx.options.rule, err, ctx.doc.value) : undefined;
      if (field && ctx.doc) {
        ctx.report({ messageId: 'field-error', data: { rule, error: celMessage(err), field: field.pointer, type: field.type }, state: 'unknown', at: { doc: ctx.doc, pointer: field.pointer } });
      } else report(ctx, 'error', { rule, error: celMessage(err) }, 'unknown');
      return;
    }
    if (result === true) return;
    if (result === false) report(ctx, 'failed', { rule });
    else report(ctx, 'not-boolean', { rule, type: result === null ? 'null' : typeof result }, 'unknown');
  },
};

function report(ctx: RunContext<Options>, messageId: string, data: Record<string, string>, state?: 'unknown'): void {
  const doc = ctx.doc;
  ctx.report({
    messageId,
    data,
    ...(state ? { state } : {}),
    at: doc ? { doc, pointer: ctx.options.at ?? '' } : { option: '/rule' },
  });
}

/** Evaluation steps a rule may take at worst: AST nodes times the largest list to the power of the comprehension depth. */
const COST_BUDGET = 2e7;

interface Prepared {
  compiled: ParseResult;
  /** AST size and the deepest nesting of comprehension macros, for the cost bound. */
  nodes: number;
  depth: number;
  /** The top-level fields of `packet` the rule reads, or 'all' when it uses `packet` otherwise. */
  fields: ReadonlySet<string> | 'all';
}

/**
 * Which fields of `packet` a rule reads: `packet.x` and `packet['x']`. Any other use of `packet`
 * (passed whole, compared, iterated) needs all of it.
 */
function packetFields(ast: unknown): ReadonlySet<string> | 'all' {
  const fields = new Set<string>();
  let all = false;
  const visit = (node: unknown, parent: { op?: string; args?: unknown } | undefined, index: number) => {
    if (Array.isArray(node)) {
      node.forEach((n) => visit(n, undefined, -1));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as { op?: string; args?: unknown };
    if (n.op === 'id' && n.args === 'packet') {
      const pargs = parent?.args as unknown[] | undefined;
      const key = pargs?.[1] as { op?: string; args?: unknown } | string | undefined;
      if (parent?.op === '.' && index === 0 && typeof key === 'string') fields.add(key);
      else if (parent?.op === '[]' && index === 0 && typeof key === 'object' && key?.op === 'value' && typeof key.args === 'string') fields.add(key.args);
      else all = true;
      return;
    }
    if (Array.isArray(n.args)) n.args.forEach((a, i) => visit(a, n, i));
    else visit(n.args, n, 0);
  };
  visit(ast, undefined, -1);
  return all ? 'all' : fields;
}

/**
 * JSON integers become CEL ints (so `size(x) == packet.count` and `count + 1` work). Only the
 * fields the rule reads are converted: a packet's other fields are never looked at.
 */
const converted = new WeakMap<Document, unknown>();
function celValueOf(doc: Document, fields: ReadonlySet<string> | 'all'): unknown {
  const value = doc.value;
  if (fields !== 'all' && value && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const f of fields) if (Object.prototype.hasOwnProperty.call(value, f)) setOwn(out, f, toCel((value as Record<string, unknown>)[f]));
    return out;
  }
  if (!converted.has(doc)) converted.set(doc, toCel(value));
  return converted.get(doc);
}

/** Converted `packets.<id>` values, kept as long as the packet itself is loaded. */
const packetValues = new WeakMap<object, unknown>();
function packetValue(ctx: RunContext<Options>, id: string): unknown {
  const packet = ctx.packets.get(id);
  if (!packet) return undefined;
  if (!packetValues.has(packet)) packetValues.set(packet, toCel(ctx.packets.value(id)));
  return packetValues.get(packet);
}

function toCel(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toCel);
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const converted = toCel((value as Record<string, unknown>)[key]);
    if (key === '__proto__') setOwn(out, key, converted);
    else out[key] = converted;
  }
  return out;
}

/**
 * The packet field a runtime error is about: of the `packet.a.b` paths inside the failing part of
 * the rule, the one whose value has a type the error names (`dyn<string> > int`: the string), else
 * the first. Returned as a JSON pointer (so the report points at the value's line) and the type.
 */
function failingField(rule: string, err: unknown, value: unknown): { pointer: string; type: string } | undefined {
  const range = (err as { range?: { start: number; end: number } })?.range;
  const part = range ? rule.slice(range.start, range.end) : rule;
  const message = celMessage(err);
  const paths = [...part.matchAll(/\bpacket((?:\.[A-Za-z_]\w*|\[\s*(?:'[^']*'|"[^"]*"|\d+)\s*\])+)/g)].map((m) =>
    [...m[1]!.matchAll(/\.([A-Za-z_]\w*)|\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\]/g)].map((k) => k[1] ?? k[2] ?? k[3] ?? k[4]!),
  );
  const resolved = paths.flatMap((keys) => {
    let v: unknown = value;
    for (const k of keys) {
      if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, k)) return [];
      v = (v as Record<string, unknown>)[k];
    }
    return [{ pointer: '/' + keys.map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1')).join('/'), type: celType(v) }];
  });
  return resolved.find((r) => new RegExp(`\\b${r.type}\\b`).test(message)) ?? resolved[0];
}

function celType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'object') return 'map';
  return typeof v;
}

function celMessage(err: unknown): string {
  const e = err as { summary?: string; message?: string; range?: { start: number } };
  const text = (e?.summary ?? e?.message ?? String(err)).split('\n')[0]!;
  return e?.range ? `${text} at character ${e.range.start + 1}` : text;
}

function oneLine(rule: string): string {
  const flat = rule.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}

const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);

function ruleShape(ast: unknown): { nodes: number; depth: number } {
  let nodes = 0;
  const visit = (node: unknown, depth: number): number => {
    if (Array.isArray(node)) return node.reduce((m: number, n) => Math.max(m, visit(n, depth)), depth);
    if (!node || typeof node !== 'object') return depth;
    nodes++;
    const n = node as { op?: string; args?: unknown };
    const here = n.op === 'rcall' && Array.isArray(n.args) && MACROS.has(n.args[0] as string) ? depth + 1 : depth;
    return Array.isArray(n.args) ? n.args.reduce((m: number, a) => Math.max(m, visit(a, here)), here) : Math.max(here, visit(n.args, here));
  };
  const depth = visit(ast, 0);
  return { nodes: Math.max(nodes, 1), depth };
}

/** The length of the largest list or map anywhere in the bound values. */
const largestCache = new WeakMap<object, number>();
function largestCollection(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  const cached = largestCache.get(value);
  if (cached !== undefined) return cached;
  const children = Array.isArray(value) ? value : value instanceof Date ? [] : Object.values(value);
  let largest = children.length;
  for (const child of children) largest = Math.max(largest, largestCollection(child));
  largestCache.set(value, largest);
  return largest;
}

/**
 * CEL's `matches()` is defined on RE2 syntax; cel-js runs it with the JavaScript RegExp, which
 * backtracks. During an evaluation (synchronous, so nothing else runs meanwhile) RegExp is
 * replaced by an RE2 matcher, so `x.matches('(a+)+$')` takes linear time like the spec says.
 */
function withLinearRegExp<T>(evaluate: () => T): T {
  const original = globalThis.RegExp;
  const Linear = function (this: unknown, source: string) {
    const re = linearRegex(String(source));
    return { test: (text: string) => re.test(String(text)) };
  } as unknown as RegExpConstructor;
  globalThis.RegExp = Linear;
  try {
    return evaluate();
  } finally {
    globalThis.RegExp = original;
  }
}
