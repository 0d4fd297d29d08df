import type { Rule } from '../types.js';

/**
 * Enterprise source code is recognised by what the repository says marks it: import paths of a
 * private package, a proprietary header. Without configured markers the rule does not exist.
 */
export function enterpriseSourceRule(markers: readonly string[]): Rule | undefined {
  if (markers.length === 0) return undefined;
  const escaped = markers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    id: 'enterprise-source',
    description: 'Enterprise source code: a configured private import path or proprietary marker',
    severity: 'critical',
    category: 'source-code',
    keywords: markers.map((m) => m.toLowerCase()),
    pattern: new RegExp(`(?<secret>${escaped.join('|')})`, 'gi'),
  };
}
