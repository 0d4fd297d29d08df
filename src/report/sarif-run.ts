import { VERSION } from '../version.js';

/**
 * The frame every SARIF run of ours shares: the tool and its rules, the category code scanning
 * keys alerts by, UTF-16 columns, and %SRCROOT% for relative URIs.
 */
export function sarifRun(category: string, rules: SarifRule[], results: unknown[]) {
  return {
    tool: { driver: { name: 'readiness-gate', version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules: uniqueNames(rules) } },
    automationDetails: { id: `${category}/` },
    columnKind: 'utf16CodeUnits',
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository.' } } },
    results,
  };
}

/** Where the tool is documented (its package page, which carries the README). */
export const INFORMATION_URI = 'https://www.npmjs.com/package/readiness-gate';

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  [key: string]: unknown;
}

/** Rule names must be unique in a run: two ids that fold to one PascalCase name get a suffix. */
function uniqueNames(rules: SarifRule[]): SarifRule[] {
  const seen = new Map<string, number>();
  return rules.map((r) => {
    const n = (seen.get(r.name) ?? 0) + 1;
    seen.set(r.name, n);
    return n === 1 ? r : { ...r, name: `${r.name}${n}` };
  });
}

/** A rule id as a PascalCase name: github-token -> GithubToken. */
export function ruleName(id: string): string {
  return id.replace(/(^|[-/])(\w)/g, (_, __, c: string) => c.toUpperCase());
}

/** A relative URI reference: each path segment percent-encoded, never an absolute path. */
export function toUri(path: string): string {
  return path
    .replace(/^\/+/, '')
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}
