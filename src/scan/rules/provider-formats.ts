import type { Rule } from '../types.js';

export const PROVIDER_FORMAT_RULES: readonly Rule[] = [];
