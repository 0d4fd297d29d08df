/**
 * The policy validator compiled ahead (src/policy/policy-validator.generated.ts) must be the code
 * Ajv compiles from the schema today, and answer as a compiled validator does: same verdict, same
 * errors, on every policy we ship and on broken variants of them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHECKS } from '../../src/checks/registry.js';
import { checkOptionSchema, policySchema } from '../../src/policy/policy-schema.js';
import { CHECK_NAMES, OPTION_VALIDATORS, validate as generated } from '../../src/policy/policy-validator.generated.js';
import { policyValidatorCode } from '../../src/policy/validator-code.js';
import { policyAjv } from '../../src/util/ajv.js';

const POLICIES = [
  'policies/cavra-aispm-validators/policy.yml',
  'policies/cavra-enterprise-trial/policy.yml',
  'examples/demo/.readiness-gate.yml',
  'test/fixtures/bundles/nested/policy.yml',
  'test/fixtures/bundles/release-basics/policy.yml',
  'test/fixtures/cavra-repo/.readiness-gate.yml',
  '.readiness-gate.yml',
];

/** Broken copies of a policy: each one thing a user gets wrong. */
function variants(policy: Record<string, unknown>): unknown[] {
  const copy = () => structuredClone(policy) as Record<string, any>;
  const out: unknown[] = [policy, [], 'text', null, {}, { version: 2 }, { ...copy(), unknown: 1 }, { ...copy(), settings: { 'fail-on': [] } }, { ...copy(), settings: { 'fail-on': ['red'] } }];
  const withGates = copy();
  if (Array.isArray(withGates.gates) && withGates.gates.length) {
    withGates.gates[0] = { ...withGates.gates[0], id: 'Not An Id', extra: true };
    out.push(withGates);
    const noId = copy();
    delete noId.gates[0].id;
    out.push(noId);
  }
  const withPackets = copy();
  if (Array.isArray(withPackets.packets) && withPackets.packets.length) {
    withPackets.packets[0] = { ...withPackets.packets[0], kind: 42, path: '' };
    out.push(withPackets);
  }
  out.push({ ...copy(), scan: { rules: [{ id: 'x' }], 'example-content': { paths: 'a' }, 'max-file-bytes': -1 } });
  out.push({ ...copy(), scan: { allowlist: { pointers: [{ path: 'a.json', pointer: 'no-slash' }] } } });
  return out;
}

describe('the generated policy validator', () => {
  it('is what the generator writes from the schema today (run node scripts/policy-validator.mjs if not)', () => {
    expect(readFileSync('src/policy/policy-validator.generated.ts', 'utf8')).toBe(policyValidatorCode());
    expect(CHECK_NAMES).toBe([...CHECKS.keys()].join(','));
  });

  it('gives the verdict and the errors a compiled validator gives', () => {
    const compiled = policyAjv().compile(policySchema([...CHECKS.keys()]));
    let invalid = 0;
    for (const file of POLICIES) {
      for (const value of variants(parse(readFileSync(file, 'utf8')) ?? {})) {
        const ok = generated(value);
        expect([file, ok]).toEqual([file, compiled(value)]);
        expect((generated as unknown as { errors: unknown }).errors ?? null).toEqual(compiled.errors ?? null);
        if (!ok) invalid++;
      }
    }
    expect(invalid).toBeGreaterThan(40);
  });

  it('validates each check\'s options as a compiled validator does, on every check entry we ship and broken copies', () => {
    const entries = POLICIES.flatMap((file) => ((parse(readFileSync(file, 'utf8')) ?? {}).gates ?? []).flatMap((g: { checks?: Record<string, unknown>[] }) => g.checks ?? []));
    expect(entries.length).toBeGreaterThan(20);
    let invalid = 0;
    for (const entry of entries) {
      const check = CHECKS.get(String(entry.check));
      if (!check) continue;
      const compiled = policyAjv().compile(checkOptionSchema(check));
      const mine = (OPTION_VALIDATORS as Record<string, ((v: unknown) => boolean) & { errors?: unknown }>)[check.meta.id]!;
      for (const value of [entry, { ...entry, unknown: true }, { check: entry.check }, { ...entry, id: 5 }, { ...entry, description: [] }]) {
        const ok = mine(value);
        expect([entry.check, ok]).toEqual([entry.check, compiled(value)]);
        expect(mine.errors ?? null).toEqual(compiled.errors ?? null);
        if (!ok) invalid++;
      }
    }
    expect(invalid).toBeGreaterThan(entries.length);
    expect(Object.keys(OPTION_VALIDATORS).sort()).toEqual([...CHECKS.keys()].sort());
  });
});
