// Ajv ships CommonJS with a `default` export; these lines give ESM code the classes themselves.
import AjvDraft7Module from 'ajv';
import Ajv2019Module from 'ajv/dist/2019.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Options } from 'ajv';

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

export function createAjv(draft: Draft, options: Options = {}): AjvInstance {
  const Klass = draft === '2020-12' ? Ajv2020 : draft === '2019-09' ? Ajv2019 : Ajv7;
  const ajv = new Klass({ allErrors: true, strict: false, logger: false, ...options });
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

/**
 * The instance that validates policy files and check options. Their schemas run once per policy
 * load, so Ajv's code optimiser (which costs more than it saves here) is off, and one instance
 * serves them all.
 */
export function policyAjv(): AjvInstance {
  sharedPolicyAjv ??= createAjv('draft-07', { verbose: true, code: { optimize: false } });
  return sharedPolicyAjv;
}
