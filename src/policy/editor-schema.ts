import { CHECKS } from '../checks/registry.js';
import { COMMON_CHECK_PROPERTIES, policySchema } from './policy-schema.js';

/** Where editors find the schema; `init` writes it into the starter policy's first line. */
export const POLICY_SCHEMA_URL = 'https://unpkg.com/readiness-gate@0/docs/policy.schema.json';

/**
 * The policy's JSON Schema for editors (docs/policy.schema.json): the same schema the loader
 * validates a policy file with, plus each check's own options (which the loader validates when it
 * reads the check), so an editor completes and checks every key. Generated, never written by hand:
 * `npm run schema` writes it and a test keeps it equal to what the code builds.
 */
export function editorPolicySchema(): Record<string, unknown> {
  const base = policySchema([...CHECKS.keys()]) as unknown as { properties: Record<string, { items?: { properties?: Record<string, unknown> } }> };
  const gateItems = base.properties.gates!.items as { properties: { checks: { items: Record<string, unknown> } } };
  const checkVariants = [...CHECKS.values()].map((c) => ({
    if: { properties: { check: { const: c.meta.id } }, required: ['check'] },
    then: {
      description: c.meta.description,
      properties: { ...COMMON_CHECK_PROPERTIES, ...c.meta.options.properties, check: { const: c.meta.id } },
      ...(c.meta.options.required ? { required: ['check', ...c.meta.options.required] } : {}),
      additionalProperties: false,
    },
  }));
  gateItems.properties.checks.items = { ...gateItems.properties.checks.items, allOf: checkVariants };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: POLICY_SCHEMA_URL,
    title: 'Readiness Gate policy (.readiness-gate.yml)',
    ...base,
  };
}
