import type { Rule } from '../types.js';
import { PROVIDER_DEVOPS_RULES } from './provider-devops.js';
import { PROVIDER_NAMED_RULES } from './provider-named.js';
import { PROVIDER_PREFIXED_RULES } from './provider-prefixed.js';
import { PROVIDER_SERVICE_RULES } from './provider-services.js';

/**
 * Provider token formats added for issue 21 (part 2), one rule per provider, each from the
 * provider's documented prefix, length and alphabet. Split by kind into provider-*.ts siblings.
 */
export const PROVIDER_FORMAT_RULES: readonly Rule[] = [
  ...PROVIDER_DEVOPS_RULES,
  ...PROVIDER_SERVICE_RULES,
  ...PROVIDER_PREFIXED_RULES,
  ...PROVIDER_NAMED_RULES,
];
