import type { RuleSamples } from '../types.js';
import { SAMPLES as devops } from './provider-devops.samples.js';
import { SAMPLES as named } from './provider-named.samples.js';
import { SAMPLES as prefixed } from './provider-prefixed.samples.js';
import { SAMPLES as services } from './provider-services.samples.js';

export const SAMPLES: Record<string, RuleSamples> = { ...devops, ...services, ...prefixed, ...named };
