import type { Check } from '../checks/types.js';
/**
 * The JSON Schema of one policy file (before `extends` are merged). Check entries are only checked
 * for their `check` name here; each check validates its own options against its own schema.
 */
import { SCAN_SCHEMA } from '../scan/config.js';

const ID = { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$', maxLength: 100 } as const;
const STATE_LIST = {
  type: 'array',
  items: { enum: ['ready', 'degraded', 'blocked', 'unknown'] },
  uniqueItems: true,
} as const;

export function policySchema(checkNames: readonly string[]) {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      version: { const: 1, description: 'Policy format version. Only 1 exists.' },
      extends: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'Local policy files (paths) or built-in bundles (names), merged before this file.',
      },
      settings: {
        type: 'object',
        additionalProperties: false,
        properties: {
          'fail-on': { ...STATE_LIST, minItems: 1 },
          clock: { type: 'string', description: 'An RFC 3339 time to evaluate at, or "now".' },
          'allow-empty': { type: 'boolean', description: 'Pass a run that has no gate to decide (default false: it fails as unknown).' },
          limits: {
            type: 'object',
            additionalProperties: false,
            properties: {
              'max-file-bytes': { type: 'integer', minimum: 1 },
              'max-depth': { type: 'integer', minimum: 1, maximum: 10000 },
              'max-aliases': { type: 'integer', minimum: 0 },
            },
          },
          'schema-map': {
            type: 'object',
            additionalProperties: { type: 'string', minLength: 1 },
            description: 'Maps remote schema URIs to local files, so $refs resolve offline.',
          },
        },
      },
      scan: SCAN_SCHEMA,
      payloads: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'kind', 'path'],
          properties: {
            id: ID,
            title: { type: 'string' },
            kind: { enum: ['npm-pack', 'docker-context', 'image', 'archive', 'directory', 'git-history'] },
            path: { type: 'string', minLength: 1 },
            dockerfile: { type: 'string', minLength: 1 },
            range: { type: 'string', minLength: 1, pattern: '^[^-\\s][^\\s]*$' },
          },
        },
      },
      packets: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id'],
          properties: {
            id: ID,
            title: { type: 'string' },
            description: { type: 'string' },
            file: { type: 'string', minLength: 1 },
            files: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
            schema: { type: 'string', minLength: 1 },
            format: { enum: ['json', 'yaml'] },
            required: { type: 'boolean' },
          },
        },
      },
      gates: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id'],
          properties: {
            id: ID,
            title: { type: 'string' },
            description: { type: 'string' },
            enabled: { type: 'boolean' },
            checks: {
              type: 'array',
              items: {
                type: 'object',
                required: ['check'],
                properties: { check: { enum: [...checkNames] } },
              },
            },
          },
        },
      },
    },
  } as const;
}

/** Keys every check entry accepts, beside its own options. */
export const COMMON_CHECK_PROPERTIES = {
  check: { type: 'string' },
  id: ID,
  description: { type: 'string' },
  'on-fail': { enum: ['blocked', 'degraded'] },
  message: { type: 'string', minLength: 1 },
} as const;

/** The schema a check's options are validated with (its own options and the properties every check has). */
export function checkOptionSchema(check: Pick<Check, 'meta'>): Record<string, unknown> {
  const { properties, required } = check.meta.options;
  return { type: 'object', additionalProperties: false, properties: { ...COMMON_CHECK_PROPERTIES, ...properties }, ...(required ? { required } : {}) };
}
