import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/checks/registry.js';
import { COMMON_CHECK_PROPERTIES } from '../src/policy/policy-schema.js';
import { ROOT } from './helpers/cli.js';

const policyDoc = readFileSync(join(ROOT, 'docs', 'policy.md'), 'utf8');

describe('docs/policy.md keeps up with the code', () => {
  for (const [id, check] of CHECKS) {
    it(`documents the ${id} check and every one of its options`, () => {
      const section = policyDoc.split(`#### \`${id}\``)[1]?.split('\n#### ')[0];
      expect(section, `no section for ${id}`).toBeDefined();
      for (const option of Object.keys(check.meta.options.properties)) expect(section, `${id} option ${option}`).toContain(`\`${option}\``);
    });
  }

  it('documents the keys every check entry accepts', () => {
    for (const key of Object.keys(COMMON_CHECK_PROPERTIES)) expect(policyDoc).toContain(`\`${key}\``);
  });
});

describe('docs/scan.md keeps up with the rules', () => {
  it('lists every built-in rule', async () => {
    const { PUBLIC_SAFETY_RULES } = await import('../src/scan/rules/index.js');
    const doc = readFileSync(join(ROOT, 'docs', 'scan.md'), 'utf8');
    for (const rule of PUBLIC_SAFETY_RULES) expect(doc, rule.id).toContain(`| \`${rule.id}\` |`);
  });
});

describe('README keeps up with action.yml', () => {
  it('has a table row for every input (with its default) and every output', async () => {
    const { parse } = await import('yaml');
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> };
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const [name, input] of Object.entries(action.inputs)) expect(readme, name).toContain(`| \`${name}\` | ${input.default !== undefined ? `\`${input.default}\`` : ''} |`);
    for (const name of Object.keys(action.outputs)) expect(readme, name).toContain(`| \`${name}\` |`);
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
  });
});
