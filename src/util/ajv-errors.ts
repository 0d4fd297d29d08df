import { DURATION_PATTERN } from '../engine/duration.js';
import type { ErrorObject } from 'ajv';
import { childPointer } from '../document/pointer.js';
import { didYouMean } from './suggest.js';

export interface ExplainedError {
  /** Pointer to the value (or key) to blame. */
  pointer: string;
  which: 'value' | 'key';
  messageId: string;
  message: string;
}

const MAX_LISTED = 12;

function list(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_LISTED).map((v) => JSON.stringify(v));
  return shown.join(', ') + (values.length > MAX_LISTED ? `, ... (${values.length - MAX_LISTED} more)` : '');
}

/**
 * Turns one Ajv error into a message that says what is wrong and what would be right. It never
 * quotes the offending value itself (it may be a secret), only keys and what the schema allows.
 * A key is data too (a token used as a property name): `quoteKey` gives the form a message may
 * show of the one it names; the pointer stays exact, for locating it.
 */
export function explainAjvError(err: ErrorObject, data?: unknown, quoteKey: (name: string) => string = (name) => name): ExplainedError {
  const at = err.instancePath;
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys(((err.parentSchema as { properties?: object })?.properties ?? {}) as object);
      const hint = allowed.length > 0 ? didYouMean(name, allowed) : '';
      const allowedText = allowed.length > 0 ? `; allowed: ${allowed.join(', ')}` : '';
      return {
        pointer: childPointer(at, name),
        which: 'key',
        messageId: 'unexpected-property',
        message: `unexpected property "${quoteKey(name)}"${hint}${hint ? '' : allowedText}`,
      };
    }
    case 'unevaluatedProperties': {
      const name = String(params.unevaluatedProperty);
      return { pointer: childPointer(at, name), which: 'key', messageId: 'unexpected-property', message: `unexpected property "${quoteKey(name)}"` };
    }
    case 'required':
      return { pointer: at, which: 'value', messageId: 'missing-property', message: `missing required property "${quoteKey(String(params.missingProperty))}"` };
    case 'const':
      return { pointer: at, which: 'value', messageId: 'wrong-value', message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const hint = typeof data === 'string' ? didYouMean(data, allowed.map(String)) : '';
      return { pointer: at, which: 'value', messageId: 'wrong-value', message: `must be one of ${list(allowed)}${hint}` };
    }
    case 'type':
      return { pointer: at, which: 'value', messageId: 'wrong-type', message: `must be of type ${String(params.type)}` };
    case 'format':
      return { pointer: at, which: 'value', messageId: 'wrong-format', message: `must be a valid ${String(params.format)}` };
    case 'pattern':
      if (String(params.pattern) === DURATION_PATTERN) return { pointer: at, which: 'value', messageId: 'wrong-format', message: durationHint(data) };
      return { pointer: at, which: 'value', messageId: 'wrong-format', message: `must match the pattern ${String(params.pattern)}` };
    default:
      return { pointer: at, which: 'value', messageId: `schema-${err.keyword}`, message: err.message ?? `fails "${err.keyword}"` };
  }
}

/**
 * Ajv reports the branches of a failed oneOf/anyOf as well as the failure itself; keep the
 * most specific error per location so a reader sees one message per problem.
 */
export function pruneAjvErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const kept: ErrorObject[] = [];
  const seen = new Set<string>();
  for (const err of errors) {
    if (err.keyword === 'if') continue;
    const key = `${err.instancePath}|${err.keyword}|${JSON.stringify(err.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(err);
  }
  return kept;
}

/** Every duration of a policy gets the message --horizon gets, with the value rewritten when it can be. */
export function durationHint(data: unknown): string {
  const m = typeof data === 'string' ? /^\s*(\d+)\s*(years?|y|months?|mo|weeks?|w|days?|d|hours?|h|minutes?|mins?|m|seconds?|s)\s*$/i.exec(data) : null;
  const unit = m ? m[2]!.toLowerCase() : '';
  const letter = /^y/.test(unit) ? 'Y' : /^mo/.test(unit) ? 'M' : /^w/.test(unit) ? 'W' : /^d/.test(unit) ? 'D' : /^h/.test(unit) ? 'H' : /^m/.test(unit) ? 'M' : 'S';
  const iso = m ? (/^(?:h|m(?!o)|s)/.test(unit) ? `PT${m[1]}${letter}` : `P${m[1]}${letter}`) : '';
  return `${JSON.stringify(data)} is not an ISO 8601 duration; write it like ${iso ? `${iso} (for ${JSON.stringify(data)}), ` : ''}P14D, P1W or PT36H`;
}
