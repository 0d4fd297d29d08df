import { describe, expect, it } from 'vitest';
import { PUBLIC_SAFETY_RULES } from '../../src/scan/rules/index.js';
import { RULE_SAMPLES } from '../../src/scan/rules/samples.js';
import { Scanner } from '../../src/scan/scanner.js';
import type { Evidence, RuleSample, Severity } from '../../src/scan/types.js';

const scanner = new Scanner({ rules: PUBLIC_SAFETY_RULES });

/** A sample with its file name (`sample.txt` unless it names one). */
function asSample(sample: RuleSample): { file: string; text: string; severity?: Severity; evidence?: Evidence } {
  return typeof sample === 'string' ? { file: 'sample.txt', text: sample } : { ...sample, file: sample.file ?? 'sample.txt' };
}

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
      samples.positive.map(asSample).forEach((sample, i) => {
        it(`finds true positive #${i + 1}, once, with this rule`, () => {
          const found = scanner.scanText(sample.file, sample.text);
          expect(found.map((f) => f.ruleId), `${sample.file}: ${sample.text}`).toEqual([rule.id]);
          if (sample.severity) expect(found[0]!.severity).toBe(sample.severity);
          if (sample.evidence) expect(found[0]!.evidence).toBe(sample.evidence);
        });
      });
      samples.negative.map(asSample).forEach((sample, i) => {
        it(`leaves false positive #${i + 1} alone: ${sample.file} ${sample.text.slice(0, 50)}`, () => {
          expect(scanner.scanText(sample.file, sample.text).map((f) => `${f.ruleId} ${f.masked}`)).toEqual([]);
        });
      });
    });
  }
});
