import { childPointer, unescapeToken } from './pointer.js';

/**
 * Path patterns: a JSON pointer whose segments may also be `*` (any one key or index), `**` (any
 * depth, including none) or `[key=value]` (the array elements whose `key` equals `value`).
 * Example: `/readiness_gates/[gate_id=runtime-binding]/status`.
 */
export type Segment = { kind: 'key'; key: string } | { kind: 'any' } | { kind: 'deep' } | { kind: 'where'; key: string; value: string };

export interface Selected {
  pointer: string;
  value: unknown;
}

const WHERE = /^\[([^=\]]+)=([^\]]*)\]$/;

export function parsePattern(pattern: string): Segment[] {
  if (pattern === '' || pattern === '/') return [];
  if (!pattern.startsWith('/')) throw new Error(`path "${pattern}" must start with "/"`);
  return pattern
    .slice(1)
    .split('/')
    .map((raw): Segment => {
      if (raw === '*') return { kind: 'any' };
      if (raw === '**') return { kind: 'deep' };
      const where = WHERE.exec(raw);
      if (where) return { kind: 'where', key: unescapeToken(where[1]!), value: unescapeToken(where[2]!) };
      return { kind: 'key', key: unescapeToken(raw) };
    });
}

export function isPatternValid(pattern: string): string | undefined {
  try {
    parsePattern(pattern);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/** Every value the pattern selects, with its concrete pointer, in document order. */
export function select(root: unknown, pattern: string | Segment[]): Selected[] {
  const segments = typeof pattern === 'string' ? parsePattern(pattern) : pattern;
  const out: Selected[] = [];
  const seen = new Set<string>();
  const emit = (pointer: string, value: unknown) => {
    if (!seen.has(pointer)) {
      seen.add(pointer);
      out.push({ pointer, value });
    }
  };
  const step = (value: unknown, pointer: string, i: number): void => {
    if (i === segments.length) {
      emit(pointer, value);
      return;
    }
    const seg = segments[i]!;
    if (seg.kind === 'deep') {
      step(value, pointer, i + 1);
      for (const [k, v] of entries(value)) step(v, childPointer(pointer, k), i);
      return;
    }
    if (seg.kind === 'key') {
      const child = childOf(value, seg.key);
      if (child !== undefined) step(child, childPointer(pointer, seg.key), i + 1);
      return;
    }
    if (seg.kind === 'any') {
      for (const [k, v] of entries(value)) step(v, childPointer(pointer, k), i + 1);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, k) => {
        if (v && typeof v === 'object' && String((v as Record<string, unknown>)[seg.key]) === seg.value) {
          step(v, childPointer(pointer, k), i + 1);
        }
      });
    }
  };
  step(root, '', 0);
  return out;
}

function entries(value: unknown): [string | number, unknown][] {
  if (Array.isArray(value)) return value.map((v, i) => [i, v]);
  if (value && typeof value === 'object') return Object.entries(value);
  return [];
}

/** The child of an object or array at a pointer token, or undefined. */
export function childOf(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return /^\d+$/.test(key) ? value[Number(key)] : undefined;
  if (value && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key)) {
    return (value as Record<string, unknown>)[key];
  }
  return undefined;
}
