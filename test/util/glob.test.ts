import { describe, expect, it } from 'vitest';
import { minimatch } from 'minimatch';
import { PathGlob, requiredLiteral } from '../../src/util/glob.js';
import { DEFAULT_EXAMPLE_CONTENT, DEFAULT_TEST_CONTENT, DEFAULT_THIRD_PARTY } from '../../src/scan/third-party.js';

/** A small seeded generator, so a failure names a case that can be run again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = ['a', 'b', 'x', 'y', 'xay', '.js.map', '.ts', '.map', 't', '.t', 'docs', 'test', 'tests', 'node_modules', 'vendor', '.lock', '.git', 'ex.amples', '!', '~', ' ', '-', '_', 'é', '.', '..', 'spec', '*', 'Test', 'playbooks'];

function randomPath(next: () => number): string {
  const segments = 1 + Math.floor(next() * 5);
  return Array.from({ length: segments }, () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('')).join('/');
}

const PATTERNS = [
  ...DEFAULT_THIRD_PARTY.paths,
  ...DEFAULT_TEST_CONTENT.paths,
  ...DEFAULT_EXAMPLE_CONTENT.paths,
  'docs/**', '**/*.md', 't/**', '**/t', 'a/**/b/**', '**/t/**/*.t', 'a/**/b', 'a/b', '*.lock', 'x/*/y/**', '**/a?b/**', '**/[ab]x/**', '**/{a,b}/**', '**/*.{js,ts}.map', 'x{a,b}y/**', '{a,b}', '**/{a,{b,c}}/**', '**/+(a|b)/**', '**/!(a)/**',
  '!a/**', './a/**', 'a//b', 'a/./b', 'a/../b', '/a/**', 'a/', '**', '', '**/te\\st/**', '**/.git/**', '**/ex.amples/**',
];

describe('PathGlob', () => {
  it('answers exactly as minimatch with dot: true, on generated paths', () => {
    const next = random(7);
    const globs = PATTERNS.map((p) => new PathGlob(p));
    const disagreements: string[] = [];
    let matched = 0;
    for (let i = 0; i < 4000; i++) {
      const path = randomPath(next);
      for (const glob of globs) {
        const expected = minimatch(path, glob.pattern, { dot: true });
        if (expected) matched++;
        if (glob.match(path) !== expected) disagreements.push(`${glob.pattern} ${JSON.stringify(path)} minimatch: ${expected}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });

  it('answers exactly as minimatch on paths built from the patterns themselves', () => {
    // Paths that do match: the pattern with each wildcard replaced by plain text.
    for (const pattern of PATTERNS) {
      const glob = new PathGlob(pattern);
      for (const fill of ['a', 'x/y', 'node_modules', '']) {
        const path = pattern.replace(/\*\*/g, fill).replace(/\*/g, 'f').replace(/\?/g, 'q').replace(/^\/+/, '');
        expect([pattern, path, glob.match(path)]).toEqual([pattern, path, minimatch(path, pattern, { dot: true })]);
      }
    }
  });

  it('requires only text a match must hold', () => {
    expect(requiredLiteral('**/node_modules/**')).toBe('/node_modules/');
    expect(requiredLiteral('**/*.test.*')).toBe('.test.');
    expect(requiredLiteral('**/ansible_collections/*/*/playbooks/**')).toBe('/ansible_collections/');
    expect(requiredLiteral('**/t/**/*.t')).toBe('/t/');
    expect(requiredLiteral('a/**/b')).toBe('a/');
    expect(requiredLiteral('**/{a,b}/**')).toBe('/');
    expect(requiredLiteral('**/*.{js,mjs,cjs,css,ts}.map')).toBe('.map');
    expect(requiredLiteral('**/{a,{b,c}}/**')).toBe('');
    expect(requiredLiteral('**/[ab]x/**')).toBe('');
    expect(requiredLiteral('**/+(a|b)/**')).toBe('');
    expect(requiredLiteral('**/te\\st/**')).toBe('');
    expect(requiredLiteral('!a/**')).toBe('');
    expect(requiredLiteral('a//b')).toBe('');
    expect(requiredLiteral('./a/**')).toBe('');
  });
});
