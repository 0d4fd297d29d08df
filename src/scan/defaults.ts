import { PUBLIC_SAFETY_RULES } from './rules/index.js';
import { DEFAULT_SCAN_LIMITS, type ScanLimits } from './run-scan.js';
import { DEFAULT_TEST_CONTENT, DEFAULT_THIRD_PARTY, type ThirdParty } from './third-party.js';
import type { PathRule } from './gitleaks/rule.js';
import type { Allowlist, Rule } from './types.js';

/** What a scan runs with: rules, allowlist, limits. Built from a policy's `scan` section by config.ts. */
export interface ScanSettings {
  rules: Rule[];
  allowlist?: Allowlist;
  limits: ScanLimits;
  gitignore: boolean;
  /** Files that are Enterprise source by where they are. */
  enterprisePaths: string[];
  /** Whether inline `readiness-gate:allow` markers count on a pull request's own lines. */
  inlineAllow: 'always' | 'not-on-pull-requests';
  /** Dependency trees and lock files: only credential categories are scanned there. */
  thirdParty: ThirdParty;
  /** Tests, fixtures and benchmarks: addresses, people and generic assignments there are test data. */
  testContent: ThirdParty;
  /** Whether `gitleaks:allow` markers count as inline allows (policy `scan.gitleaks-allow`). */
  gitleaksAllow: boolean;
  /** Rules that find files by path alone (imported from gitleaks). */
  pathRules: PathRule[];
}

/** The settings of a repository without a policy: every built-in rule, default limits. */
export function defaultScanSettings(): ScanSettings {
  return { rules: [...PUBLIC_SAFETY_RULES], limits: { ...DEFAULT_SCAN_LIMITS }, gitignore: true, enterprisePaths: [], inlineAllow: 'always', thirdParty: DEFAULT_THIRD_PARTY, testContent: DEFAULT_TEST_CONTENT, gitleaksAllow: false, pathRules: [] };
}
