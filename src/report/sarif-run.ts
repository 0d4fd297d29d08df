import { VERSION } from '../version.js';

/**
 * The frame every SARIF run of ours shares: the tool and its rules, the category code scanning
 * keys alerts by, UTF-16 columns, and %SRCROOT% for relative URIs.
 */
export function sarifRun(category: string, rules: unknown[], results: unknown[]) {
  return {
    tool: { driver: { name: 'readiness-gate', version: VERSION, semanticVersion: VERSION, rules } },
    automationDetails: { id: `${category}/` },
    columnKind: 'utf16CodeUnits',
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository.' } } },
    results,
  };
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
