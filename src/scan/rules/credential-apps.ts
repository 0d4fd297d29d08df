import type { Rule } from '../types.js';

export const CREDENTIAL_APP_RULES: readonly Rule[] = [];
