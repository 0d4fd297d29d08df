import { describe, expect, it } from 'vitest';
import { minimatch } from 'minimatch';
import { DEFAULT_EXAMPLE_CONTENT, DEFAULT_TEST_CONTENT, DEFAULT_THIRD_PARTY, ThirdPartyMatcher } from '../../src/scan/third-party.js';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = ['src', 'lib', 'Test', 'test', 'tests', 'node_modules', 'vendor', 'examples', 'x', 'a.lock', 'go.sum', 'foo_test.go', 'test_x.py', 'b.spec.ts', 't', 'c.t', 'ansible_collections', 'ns', 'playbooks', 'pkg.tgz!', 'é', 'TESTS'];

/** What the matcher must answer: the first glob, in the list's order, that minimatch says matches. */
function naive(paths: readonly string[], file: string, archiveEntries: boolean): string | undefined {
  const inner = archiveEntries && file.includes('!') ? file.slice(file.lastIndexOf('!') + 1) : file;
  return paths.find((p) => minimatch(inner, p, { dot: true }) || minimatch(file, p, { dot: true }));
}

describe('ThirdPartyMatcher', () => {
  it('names the first matching glob exactly as minimatch would, for the built-in lists and a policy list', () => {
    const lists = [DEFAULT_THIRD_PARTY.paths, DEFAULT_TEST_CONTENT.paths, DEFAULT_EXAMPLE_CONTENT.paths, ['docs/**', '**/*.{md,txt}', 'build/[ab]*/**', '**/é/**', '**/TESTS/**']];
    const next = random(11);
    const disagreements: string[] = [];
    let matched = 0;
    for (const paths of lists) {
      for (const archiveEntries of [false, true]) {
        const matcher = new ThirdPartyMatcher({ paths, categories: [], archiveEntries });
        for (let i = 0; i < 1500; i++) {
          const file = Array.from({ length: 1 + Math.floor(next() * 5) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('/');
          const expected = naive(paths, file, archiveEntries);
          if (expected !== undefined) matched++;
          if (matcher.matching(file) !== expected) disagreements.push(`${file}: ${matcher.matching(file)} vs ${expected}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });
});
