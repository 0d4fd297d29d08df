import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fake, LOWER_ALNUM } from '../../src/scan/rules/fake.js';
import { cli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';

/**
 * A scan of a subfolder or of one file applies the repository's policy, found from there up to
 * the repository root as check finds it: custom rules were dropped, and a value only the policy
 * knows passed (found by an outside review).
 */
const value = fake('acme_', 20, LOWER_ALNUM, 7);
const policy = { scan: { rules: [{ id: 'acme-key', description: 'Acme key', regex: 'acme_[a-z0-9]{20}', keywords: ['acme_'] }] } };

describe('scan finds the policy up to the repository root', () => {
  const repo = () => gitRepo({ '.readiness-gate.yml': stringify(policy), 'sub/deeper/acme.txt': `key=${value}\n` });

  for (const [name, args, cwd] of [
    ['scan sub from the root', ['scan', 'sub'], ''],
    ['scan . from the subfolder', ['scan', '.'], 'sub'],
    ['scan of one file', ['scan', 'sub/deeper/acme.txt'], ''],
    ['scan . two levels down', ['scan', '.'], 'sub/deeper'],
  ] as const) {
    it(`${name}: the custom rule runs`, async () => {
      const r = repo();
      const run = await cli([...args, '--format', 'json'], join(r.dir, cwd));
      expect(run.code, run.stderr).toBe(1);
      expect((JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toEqual(['acme-key']);
      expect(run.stdout + run.stderr).not.toContain(value);
    });
  }

  it('a policy outside the repository is not used', async () => {
    const r = gitRepo({ 'a.txt': `key=${value}\n` });
    expect((await cli(['scan', '.'], r.dir)).code).toBe(0);
  });
});

describe('a pattern RE2 refuses is named, not echoed whole', () => {
  it('an invalid custom rule written around its value quotes only the start of it', async () => {
    const bad = { scan: { rules: [{ id: 'acme-key', description: 'Acme key', regex: `${value}(`, keywords: ['acme_'] }] } };
    const r = gitRepo({ '.readiness-gate.yml': stringify(bad) });
    for (const args of [['check'], ['scan', '.'], ['check', '--format', 'json']]) {
      const run = await cli(args, r.dir);
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).toMatch(/invalid or unsupported regex/);
      expect(run.stdout + run.stderr).not.toContain(value);
    }
  });
});
