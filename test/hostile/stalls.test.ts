import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parseText } from '../../src/document/load.js';
import { fake } from '../../src/scan/rules/fake.js';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';
import { Scanner } from '../../src/scan/scanner.js';
import { cliBundle } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { growth } from '../scan/growth.js';

/**
 * Nothing stalls (issue 20, item 16): inputs that are large but within every limit take time in
 * proportion to their size. Growth is a ratio measured in one process (test/scan/growth.ts), never
 * an absolute time: from n to 4n, linear work takes about 4x, quadratic 16x.
 */

const yamlKeys = (n: number) => {
  const lines = ['status: ready'];
  for (let i = 0; i < n; i++) lines.push(`key_${i}: value ${i}`);
  return lines.join('\n') + '\n';
};

describe('packets with very many keys', () => {
  it('a YAML map of n keys parses (positions and duplicate keys included) in linear time', () => {
    const texts = new Map<number, string>();
    const text = (n: number) => texts.get(n) ?? texts.set(n, yamlKeys(n)).get(n)!;
    const g = growth((n) => {
      const r = parseText(text(n), 'p.yml', DEFAULT_LIMITS, 'yaml');
      if (!r.ok) throw new Error(r.failure.message);
    }, 4_000, 64_000);
    expect(g.ratio).toBeLessThan(10);
  });

  it('duplicate keys are still found, each where it is', () => {
    const r = parseText('a: 1\nb: 2\n"1": x\n1: y\na: 3\nb: 4\n', 'p.yml', DEFAULT_LIMITS, 'yaml');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.issues.filter((i) => i.messageId === 'duplicate-key').map((i) => i.pointer)).toEqual(['/a', '/b']);
  });
});

describe('files with very many findings', () => {
  it('n tokens in one file are found in linear time', () => {
    const scanner = new Scanner({ rules: PUBLIC_SAFETY_RULES });
    const tokens = Array.from({ length: 64_000 }, (_, i) => fake('gh' + 'p_', 36, undefined, i + 1));
    const scan = (n: number) => scanner.scanText('t.txt', tokens.slice(0, n).join('\n')).length;
    expect(scan(4_000)).toBe(4_000);
    const g = growth((n) => void scan(n), 1_000, 16_000);
    expect(g.ratio).toBeLessThan(10);
  });

  // 200,000: past the ~120,000 arguments at which push(...findings) once overflowed V8's stack.
  it('a file of 200,000 tokens is scanned to the end through the bundled CLI, every one reported', () => {
    const body = Array.from({ length: 200_000 }, (_, i) => fake('gh' + 'p_', 36, undefined, i + 1)).join('\n');
    const dir = makeRepo({ 't.txt': body });
    const r = cliBundle(['scan', '.', '--no-gitignore', '--format', 'json', '-o', 'scan.json'], dir);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'scan.json'), 'utf8')) as { findings: unknown[] };
    expect(report.findings).toHaveLength(200_000);
  });
});
