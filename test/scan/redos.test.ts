/**
 * No built-in rule backtracks superlinearly (issue 20, "Nothing stalls"). Built-in rules are JS
 * regexes run by V8's backtracking engine; this fuzz pumps each one through the real scanner
 * (keyword prefilter, anchors, the rule's regex, its validation and context helpers) with inputs
 * made of its own pattern's pieces, and asserts that time grows linearly: ratios of time at 4n to
 * time at n in the same process, never an absolute time.
 */
import { describe, expect, it } from 'vitest';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';
import { RULE_SAMPLES } from '../../src/scan/rules/samples.js';
import { Scanner } from '../../src/scan/scanner.js';
import type { Rule } from '../../src/scan/types.js';
import { growth, timeOnce } from './growth.js';
import { pumped, pumpsFor, type Pump } from './pumps.js';

const DEBUG = process.env.REDOS_DEBUG === '1';

/**
 * The screen's largest size. A quadratic pump of one character passes the clock's noise (0.05 ms)
 * from about 128 repetitions, so 1,024 gives it two chances (512 against 128, 1,024 against 256) to
 * cost over 7x a quarter of its size; 512 missed a planted quadratic on a busy machine. A suspect
 * pump is then measured up to 16,384 repetitions.
 */
const SCREEN_MAX = 1024;

/**
 * A quick look at a pump: single runs at 8, 16, ... SCREEN_MAX repetitions. Returns the size at which
 * it looks superlinear, for a careful measurement; undefined when it is plainly linear. A doubling
 * that costs so much more that the next would take seconds stops there: an exponential pattern
 * shows long before it would hang the test. Otherwise it takes a size costing over 7x a quarter of
 * it (linear work costs 4x; a quadratic pump, with the scanner's fixed cost per file, about 10x at
 * these sizes, and two doublings of 3x each were too close to call on a busy machine): one jump is
 * a step (the size at which a match appears), which growth() then tells from growth.
 */
function screen(scan: (text: string) => void, pump: Pump): number | undefined {
  const times: number[] = [];
  for (let n = 8; n <= SCREEN_MAX; n *= 2) {
    const text = pumped(pump, n);
    const t = timeOnce(() => scan(text));
    const i = times.push(t) - 1;
    if (i === 0 || t < 0.05) continue;
    const r = t / times[i - 1]!;
    if (r > 6 && t * r * r > 1000) return n;
    if (i >= 2 && t > 0.2 && t / times[i - 2]! > 7) return n;
  }
  return undefined;
}

interface Superlinear {
  rule: string;
  prefix: string;
  unit: string;
  sizes: string;
  ratio: number;
}

function fuzz(label: string, rules: readonly Rule[], pumps: readonly Pump[], file = 'fuzz.txt'): Superlinear[] {
  const scanner = new Scanner({ rules });
  const scan = (text: string) => void scanner.scanText(file, text);
  const found: Superlinear[] = [];
  for (const pump of pumps) {
    // A single run can be slowed by the machine: a pump counts as suspect when two looks agree.
    const at = screen(scan, pump) !== undefined ? screen(scan, pump) : undefined;
    if (at === undefined) continue;
    const g = growth((n) => scan(pumped(pump, n)), Math.max(4, at / 4), 16_384);
    if (DEBUG) console.log(label, JSON.stringify(pump.prefix.slice(0, 30)), JSON.stringify(pump.unit), g);
    if (g.ratio > 10) found.push({ rule: label, prefix: pump.prefix.slice(0, 40), unit: pump.unit, sizes: `${g.small} -> ${g.large}`, ratio: Math.round(g.ratio) });
  }
  return found;
}

describe('ReDoS: every built-in rule grows linearly on pumped input', () => {
  it('each rule alone, pumped with pieces of its own pattern and samples', () => {
    const found: Superlinear[] = [];
    for (const rule of PUBLIC_SAFETY_RULES) {
      const started = performance.now();
      const samples = RULE_SAMPLES[rule.id]?.positive ?? [];
      const pumps = pumpsFor(rule, samples.map((s) => (typeof s === 'string' ? s : s.text)));
      // A rule that reads one file format runs only on files of that name: fuzz it under one.
      const named = samples.find((s) => typeof s !== 'string' && s.file !== undefined);
      found.push(...fuzz(rule.id, [rule], pumps, typeof named === 'object' ? named.file : undefined));
      if (DEBUG) console.log(rule.id, pumps.length, 'pumps', Math.round(performance.now() - started), 'ms');
    }
    expect(found).toEqual([]);
  });

  it('the fuzz catches what it is for: a planted superlinear rule', () => {
    // Two digit runs that must be followed by "x", tried from every digit: each start tries every
    // split of the rest between the two runs, cubic in all. (A plain quadratic, `\d+\s*x`, measured
    // 8x to 14x per 4x size here, against the threshold of 10: what the fuzz surely catches is
    // growth past a quadratic with a small constant.)
    const rule: Rule = { id: 'planted', description: 'planted', severity: 'high', category: 'generic-secret', keywords: ['key'], pattern: /(?<secret>\d+\d+\s*x)/g };
    const pump: Pump = { prefix: 'key ', unit: '1', suffix: '!' };
    const scanner = new Scanner({ rules: [rule] });
    const scan = (text: string) => void scanner.scanText('fuzz.txt', text);
    // The fuzz's two stages, each asserted with what it measured, then the fuzz itself.
    const at = [screen(scan, pump), screen(scan, pump)];
    expect(at.every((n) => n !== undefined), `screen: ${at}`).toBe(true);
    const g = growth((n) => scan(pumped(pump, n)), Math.max(4, at[0]! / 4), 16_384);
    expect(g.ratio, JSON.stringify(g)).toBeGreaterThan(10);
    expect(fuzz('planted', [rule], [pump])).toHaveLength(1);
    // A linear rule of the same shape is not reported.
    const linear: Rule = { ...rule, id: 'planted-linear', pattern: /(?<secret>x\d+)/g };
    expect(fuzz('planted-linear', [linear], [pump])).toEqual([]);
  });

  it('the private-key header followed by a long run of spaces is read in linear time', () => {
    const pump: Pump = { prefix: `-----BEGIN ${'PRIVATE'} KEY-----`, unit: ' ', suffix: '!' };
    const scanner = new Scanner({ rules: PUBLIC_SAFETY_RULES });
    const g = growth((n) => void scanner.scanText('key.txt', pumped(pump, n)), 16, 16_384);
    expect(g.ratio).toBeLessThan(10);
  });
});
