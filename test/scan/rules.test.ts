import { describe, expect, it } from 'vitest';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';
import { RULE_SAMPLES } from '../../src/scan/rules/samples.js';
import { Scanner } from '../../src/scan/scanner.js';

const scanner = new Scanner({ rules: PUBLIC_SAFETY_RULES });

describe('public-safety rules: every rule\'s own samples', () => {
  it('every sample belongs to a rule', () => {
    expect(Object.keys(RULE_SAMPLES).filter((id) => !PUBLIC_SAFETY_RULES.some((r) => r.id === id))).toEqual([]);
  });
  for (const rule of PUBLIC_SAFETY_RULES) {
    const samples = RULE_SAMPLES[rule.id] ?? { positive: [], negative: [] };
    describe(rule.id, () => {
      it('has samples of both kinds and a description', () => {
        expect(samples.positive.length).toBeGreaterThan(0);
        expect(samples.negative.length).toBeGreaterThan(0);
        expect(rule.description.length).toBeGreaterThan(10);
      });
      samples.positive.forEach((sample, i) => {
        it(`finds true positive #${i + 1}, once, with this rule`, () => {
          const found = scanner.scanText('sample.txt', sample);
          expect(found.map((f) => f.ruleId), sample).toEqual([rule.id]);
        });
      });
      samples.negative.forEach((sample, i) => {
        it(`leaves false positive #${i + 1} alone: ${sample.slice(0, 50)}`, () => {
          expect(scanner.scanText('sample.txt', sample).map((f) => `${f.ruleId} ${f.masked}`)).toEqual([]);
        });
      });
    });
  }
});
