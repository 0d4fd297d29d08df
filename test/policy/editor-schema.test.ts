import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { POLICY_SCHEMA_URL, editorPolicySchema } from '../../src/policy/editor-schema.js';
import { STARTER_POLICY } from '../../src/cli/starter-policy.js';

const ROOT = join(import.meta.dirname, '..', '..');
const committed = JSON.parse(readFileSync(join(ROOT, 'docs', 'policy.schema.json'), 'utf8'));

describe('docs/policy.schema.json, for editors', () => {
  it('is exactly what the code builds (run npm run schema after changing a check or the policy format)', () => {
    expect(committed).toEqual(editorPolicySchema());
  });

  const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(committed);
  const policies = [
    ...readdirSync(join(ROOT, 'policies'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(ROOT, 'policies', d.name, 'policy.yml')),
    join(ROOT, 'examples', 'demo', '.readiness-gate.yml'),
    join(ROOT, 'test', 'fixtures', 'cavra-repo', '.readiness-gate.yml'),
    join(ROOT, '.readiness-gate.yml'),
  ];

  it('accepts every bundled and example policy, and the starter policy init writes', () => {
    for (const file of policies) expect(validate(parse(readFileSync(file, 'utf8'), { merge: true })), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    expect(validate(parse(STARTER_POLICY)), ajv.errorsText(validate.errors)).toBe(true);
  });

  it("rejects a typo in a check's own option and a check without its required option", () => {
    const policy = (check: Record<string, unknown>) => ({ version: 1, gates: [{ id: 'g', checks: [check] }] });
    expect(validate(policy({ check: 'fresh', packet: 'p', 'max-age': 'P7D' }))).toBe(true);
    expect(validate(policy({ check: 'fresh', packet: 'p', 'max-agee': 'P7D' }))).toBe(false);
    expect(validate(policy({ check: 'fresh' }))).toBe(false);
    expect(validate(policy({ check: 'nope' }))).toBe(false);
  });

  it('init writes the yaml-language-server line that points editors at it', () => {
    expect(STARTER_POLICY.split('\n')[0]).toBe(`# yaml-language-server: $schema=${POLICY_SCHEMA_URL}`);
  });
});
