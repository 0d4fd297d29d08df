import type { RuleSamples } from '../types.js';

export const SAMPLES: Record<string, RuleSamples> = {};
