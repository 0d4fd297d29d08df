import { PUBLIC_SAFETY_RULES } from './rules/index.js';
import { DEFAULT_SCAN_LIMITS, type ScanLimits } from './run-scan.js';
import { DEFAULT_EXAMPLE_CONTENT, DEFAULT_TEST_CONTENT, DEFAULT_THIRD_PARTY, type ThirdParty } from './third-party.js';
import type { PathRule } from './gitleaks/rule.js';
import type { Allowlist, Rule } from './types.js';
import type { SkipReason } from './targets/source.js';

/**
 * The skip reasons a pull request may have without failing (policy `scan.allow-skipped`). Allowed:
 * - `lfs-pointer`: only a file of the exact pointer grammar is one (run-scan.ts isLfsPointer), and
 *   that grammar holds two hashes and a size, nothing a secret could hide in;
 * - `binary`: such a file is read, its printable ASCII and UTF-16 strings scanned with every
 *   credential rule (binary-strings.ts); what stays unseen is a value the binary encodes
 *   (compressed, XORed), which a text file could hide as well (base64 in a string) and no
 *   scanner finds. Failing every pull request that adds an image would teach people to allow it.
 * Not allowed: a file too large, a link, an unreadable file or one over the time budget was not
 * read at all. A policy that wants binaries refused too sets `allow-skipped: [lfs-pointer]`.
 */
export const DEFAULT_ALLOW_SKIPPED: readonly SkipReason[] = ['binary', 'lfs-pointer'];

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
  /** Examples, samples and demos: addresses, people and generic assignments there are stand-ins. */
  exampleContent: ThirdParty;
  /** Whether `gitleaks:allow` markers count as inline allows (policy `scan.gitleaks-allow`). */
  gitleaksAllow: boolean;
  /** Rules that find files by path alone (imported from gitleaks). */
  pathRules: PathRule[];
  /** Skip reasons that do not fail a pull request's scan (skip-policy.ts). */
  allowSkipped: readonly SkipReason[];
}

/** The settings of a repository without a policy: every built-in rule, default limits. */
export function defaultScanSettings(): ScanSettings {
  return { rules: [...PUBLIC_SAFETY_RULES], limits: { ...DEFAULT_SCAN_LIMITS }, gitignore: true, enterprisePaths: [], inlineAllow: 'always', thirdParty: DEFAULT_THIRD_PARTY, testContent: DEFAULT_TEST_CONTENT, exampleContent: DEFAULT_EXAMPLE_CONTENT, gitleaksAllow: false, pathRules: [], allowSkipped: DEFAULT_ALLOW_SKIPPED };
}
