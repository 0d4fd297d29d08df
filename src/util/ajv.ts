// Ajv ships CommonJS with a `default` export; these lines give ESM code the classes themselves.
import AjvDraft7Module from 'ajv';
import Ajv2019Module from 'ajv/dist/2019.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Options } from 'ajv';
import { linearRegex } from './linear-regex.js';

type AjvClass = typeof AjvDraft7Module.default;
export type AjvInstance = InstanceType<AjvClass>;

function unwrap<T>(m: T): T extends { default: infer D } ? D : T {
  return ((m as { default?: unknown }).default ?? m) as never;
}

const Ajv7 = unwrap(AjvDraft7Module) as AjvClass;
const Ajv2019 = unwrap(Ajv2019Module) as unknown as AjvClass;
const Ajv2020 = unwrap(Ajv2020Module) as unknown as AjvClass;
const addFormats = unwrap(addFormatsModule) as unknown as (ajv: AjvInstance) => void;

export type Draft = 'draft-07' | '2019-09' | '2020-12';

/**
 * `pattern` and `patternProperties` of a schema run on RE2 (linear time): a schema from the
 * repository cannot stall a run with `(a+)+$`. A pattern RE2 cannot express makes the schema
 * unusable, which the schema check reports.
 */
const re2RegExp = Object.assign(
  (pattern: string, flags: string) => {
    const re = linearRegex(pattern);
    return { test: (text: string) => re.test(text), toString: () => `re2:/${pattern}/${flags}` };
  },
  // Only read when Ajv writes standalone code, which this project never does.
  { code: 're2RegExp' },
);

/** An Ajv for one draft. `linear` (default): schema patterns run on RE2; off only for our own reviewed schemas. */
export function createAjv(draft: Draft, options: Options = {}, linear = true): AjvInstance {
  const Klass = draft === '2020-12' ? Ajv2020 : draft === '2019-09' ? Ajv2019 : Ajv7;
  const code = linear ? { regExp: re2RegExp as never, ...options.code } : options.code;
  const ajv = new Klass({ allErrors: true, strict: false, logger: false, ...options, ...(code ? { code } : {}) });
  addFormats(ajv);
  return ajv;
}

/** Which draft a schema asks for through `$schema`; draft-07 when it does not say. */
export function draftOf(schema: unknown): Draft | { unsupported: string } {
  const uri = schema && typeof schema === 'object' ? (schema as { $schema?: unknown }).$schema : undefined;
  if (uri === undefined) return 'draft-07';
  if (typeof uri !== 'string') return { unsupported: String(uri) };
  if (uri.includes('draft/2020-12')) return '2020-12';
  if (uri.includes('draft/2019-09')) return '2019-09';
  if (uri.includes('draft-07')) return 'draft-07';
  return { unsupported: uri };
}

let sharedPolicyAjv: AjvInstance | undefined;

/** The options of policyAjv, shared with the generated policy validator (src/policy/validator-code.ts). */
export const POLICY_AJV_OPTIONS = { verbose: true, code: { optimize: false } } satisfies Options;

/**
 * The instance that validates policy files and check options. Their schemas run once per policy
 * load, so Ajv's code optimiser (which costs more than it saves here) is off, and one instance
 * serves them all.
 */
export function policyAjv(): AjvInstance {
  // The policy and option schemas are ours (reviewed patterns, such as the ISO duration's lookahead).
  sharedPolicyAjv ??= createAjv('draft-07', POLICY_AJV_OPTIONS, false);
  return sharedPolicyAjv;
}
