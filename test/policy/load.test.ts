import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/policy/errors.js';
import { loadPolicy } from '../../src/policy/load.js';
import { makeRepo } from '../helpers/repo.js';

const BUNDLES = fileURLToPath(new URL('../fixtures/bundles', import.meta.url));

function problems(files: Record<string, string>, policy?: string): { file: string; line?: number; column?: number; message: string }[] {
  const cwd = makeRepo(files);
  try {
    loadPolicy({ cwd, bundleDirs: [BUNDLES], ...(policy ? { policy } : {}) });
  } catch (err) {
    if (err instanceof PolicyError) return err.problems;
    throw err;
  }
  throw new Error('expected the policy to be rejected');
}

function load(files: Record<string, string>) {
  const cwd = makeRepo(files);
  return loadPolicy({ cwd, bundleDirs: [BUNDLES] });
}

const P = '.readiness-gate.yml';

describe('policy loading', () => {
  it('names a typo in a top-level key, with the nearest valid key', () => {
    expect(problems({ [P]: 'version: 1\npakets: []\n' })).toEqual([{ file: P, line: 2, column: 1, message: '/pakets: unexpected property "pakets" (did you mean "packets"?)' }]);
  });

  it('names a typo in a gate key', () => {
    const [p] = problems({ [P]: 'gates:\n  - id: g\n    titel: G\n    checks: []\n' });
    expect(p).toMatchObject({ line: 3, column: 5 });
    expect(p!.message).toMatch(/unexpected property "titel" \(did you mean "title"\?\)/);
  });

  it('names a typo in a check option, with the check kind', () => {
    const [p] = problems({ [P]: 'packets:\n  - id: a\n    file: a.json\ngates:\n  - id: g\n    checks:\n      - check: fresh\n        packet: a\n        field: /t\n        max-agee: P1D\n' });
    expect(p).toMatchObject({ line: 10, column: 9 });
    expect(p!.message).toBe('fresh check: option max-agee: unexpected property "max-agee" (did you mean "max-age"?)');
  });

  it('names an unknown check kind with the nearest one', () => {
    const [p] = problems({ [P]: 'gates:\n  - id: g\n    checks:\n      - check: shema\n' });
    expect(p).toMatchObject({ line: 4, column: 16 });
    expect(p!.message).toMatch(/did you mean "schema"\?/);
  });

  it('rejects a gate named twice in one file, pointing at both', () => {
    const [p] = problems({ [P]: 'gates:\n  - id: g\n    checks: []\n  - id: g\n    checks: []\n' });
    expect(p).toMatchObject({ line: 4, column: 9 });
    expect(p!.message).toBe('gate "g" is declared twice in this file (first at line 2); ids must be unique');
  });

  it('rejects a packet named twice and a check id used twice', () => {
    const list = problems({
      [P]: 'packets:\n  - id: a\n    file: a.json\n  - id: a\n    file: b.json\ngates:\n  - id: g\n    checks:\n      - {check: exists, id: x, paths: [a]}\n      - {check: exists, id: x, paths: [b]}\n',
    });
    expect(list.map((p) => p.message)).toEqual([
      'packet "a" is declared twice in this file (first at line 2); ids must be unique',
      'check id "x" is used twice in this gate (first at line 9); ids must be unique',
    ]);
  });

  it('reports an unknown packet with a suggestion', () => {
    const [p] = problems({ [P]: 'packets:\n  - id: summary\n    file: s.json\ngates:\n  - id: g\n    checks:\n      - check: status\n        packet: sumary\n' });
    expect(p).toMatchObject({ line: 8, column: 17 });
    expect(p!.message).toMatch(/unknown packet "sumary" \(did you mean "summary"\?\)/);
  });

  it('requires file or files on a packet', () => {
    expect(problems({ [P]: 'packets:\n  - id: a\n' })[0]!.message).toMatch(/needs "file" \(one document\) or "files" \(globs\)/);
  });

  it('rejects a bad clock, a bad fail-on state and duplicate YAML keys', () => {
    expect(problems({ [P]: 'settings:\n  clock: tomorrow\n' })[0]).toMatchObject({ line: 2, column: 10 });
    expect(problems({ [P]: 'settings:\n  fail-on: [blockd]\n' })[0]!.message).toMatch(/must be one of .*did you mean "blocked"/);
    expect(problems({ [P]: 'gates: []\ngates: []\n' })[0]).toMatchObject({ line: 2, message: expect.stringMatching(/duplicate key/) });
  });

  it('explains a missing policy file and how to create one', () => {
    expect(problems({})[0]!.message).toMatch(/cannot load policy: file not found \(create one with "readiness-gate init", or pass --policy\)/);
  });

  it('reports policy YAML syntax errors with their line', () => {
    expect(problems({ [P]: 'gates:\n  - id: g\n    checks: [\n' })[0]).toMatchObject({ file: P, line: 4 });
  });

  it('rejects an empty or non-mapping policy', () => {
    expect(problems({ [P]: '- a\n- b\n' })[0]!.message).toMatch(/must be a YAML mapping/);
  });

  describe('extends', () => {
    it('merges local files first, in order, with the extending file winning', () => {
      const policy = load({
        'base.yml': 'settings:\n  fail-on: [blocked]\npackets:\n  - id: a\n    file: a.json\ngates:\n  - id: g\n    title: Base title\n    checks:\n      - {check: status, packet: a}\n',
        'more.yml': 'gates:\n  - id: h\n    checks:\n      - {check: exists, paths: [x]}\n',
        [P]: 'extends: [./base.yml, ./more.yml]\nsettings:\n  clock: "2026-01-01T00:00:00Z"\npackets:\n  - id: a\n    file: other.json\ngates:\n  - id: g\n    title: Local title\n  - id: i\n    checks:\n      - {check: exists, paths: [y]}\n',
      });
      expect(policy.files).toEqual(['base.yml', 'more.yml', P]);
      expect(policy.gates.map((g) => [g.id, g.title, g.checks.length])).toEqual([['g', 'Local title', 1], ['h', 'h', 1], ['i', 'i', 1]]);
      expect(policy.packets.get('a')!.file).toBe('other.json');
      expect(policy.settings).toMatchObject({ failOn: ['blocked'], clock: '2026-01-01T00:00:00Z' });
    });

    it('loads a built-in bundle by name, and bundles that extend others', () => {
      const policy = load({ [P]: 'extends: [nested]\n' });
      expect(policy.files).toEqual(['bundle:release-basics', 'bundle:nested/extra.yml', 'bundle:nested', P]);
      expect(policy.gates.map((g) => [g.id, g.enabled])).toEqual([['summary-ready', true], ['changelog', false], ['extra', true]]);
    });

    it('names an unknown bundle and lists the known ones', () => {
      const [p] = problems({ [P]: 'extends: [release-basic]\n' });
      expect(p).toMatchObject({ line: 1, column: 11 });
      expect(p!.message).toMatch(/unknown built-in bundle "release-basic" \(did you mean "release-basics"\?\); available: nested, release-basics/);
    });

    it('reports a missing extended file and a loop', () => {
      expect(problems({ [P]: 'extends: [./nope.yml]\n' })[0]!.message).toMatch(/extended policy file not found: \.\/nope\.yml/);
      expect(problems({ 'a.yml': 'extends: [./b.yml]\n', 'b.yml': 'extends: [./a.yml]\n', [P]: 'extends: [./a.yml]\n' })[0]!.message).toMatch(/loops back.*a\.yml -> b\.yml -> a\.yml/);
    });

    it('validates every layer where it is written', () => {
      const [p] = problems({ 'base.yml': 'gates:\n  - id: g\n    checks:\n      - {check: exists, path: [x]}\n', [P]: 'extends: [./base.yml]\n' });
      expect(p).toMatchObject({ file: 'base.yml', line: 4 });
    });
  });

  it('digests the merged policy, so a report names the policy it was made under', () => {
    const a = load({ [P]: 'gates: []\n' });
    const b = load({ [P]: 'gates: []\n' });
    const c = load({ [P]: 'gates: []\nsettings: {}\n' });
    expect(a.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.digest).toBe(b.digest);
    expect(a.digest).not.toBe(c.digest);
  });
});

describe('durations', () => {
  it('every duration in a policy gets the same friendly message as --horizon, with the value rewritten', async () => {
    const { loadPolicy } = await import('../../src/policy/load.js');
    const { makeRepo } = await import('../helpers/repo.js');
    const dir = makeRepo({ '.readiness-gate.yml': 'version: 1\npackets:\n  - id: p\n    file: p.json\ngates:\n  - id: g\n    checks:\n      - check: fresh\n        packet: p\n        field: /at\n        max-age: 7d\n        warn-within: 12h\n' });
    expect(() => loadPolicy({ cwd: dir })).toThrow(/max-age: "7d" is not an ISO 8601 duration; write it like P7D \(for "7d"\)[\s\S]*warn-within: "12h" is not an ISO 8601 duration; write it like PT12H/);
  });
});
