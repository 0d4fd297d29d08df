import { RE2JS } from 're2js';
import { enterpriseSourceRule } from './rules/enterprise-source.js';
import { PUBLIC_SAFETY_RULES } from './rules/index.js';
import { providerPayloadRule } from './rules/payload.js';
import { DEFAULT_ALLOW_SKIPPED, type ScanSettings } from './defaults.js';
import { SKIP_REASONS, type SkipReason } from './targets/source.js';
import { DEFAULT_SCAN_LIMITS, DEFAULT_TIME_BUDGET_MS } from './run-scan.js';
import { DEFAULT_EXAMPLE_CONTENT, DEFAULT_TEST_CONTENT, DEFAULT_THIRD_PARTY } from './third-party.js';
import type { Allowlist, Category, Rule, Severity } from './types.js';
import { rememberRules } from '../report/known-rules.js';
import { re2Reason } from '../util/re2-reason.js';

/** The `scan` section of a policy, as written (validated by the policy schema). */
export interface RawScanSettings {
  disable?: string[];
  rules?: RawCustomRule[];
  allowlist?: RawAllowlist;
  'enterprise-markers'?: string[];
  'enterprise-paths'?: string[];
  'payload-keys'?: string[];
  'max-file-bytes'?: number;
  'large-files'?: 'chunk' | 'skip';
  'archive-depth'?: number;
  'time-budget-seconds'?: number;
  gitignore?: boolean;
  'inline-allow'?: 'always' | 'not-on-pull-requests';
  'third-party'?: { paths?: string[]; categories?: Category[] };
  'test-content'?: { paths?: string[]; categories?: Category[] };
  'example-content'?: { paths?: string[]; categories?: Category[] };
  /** A gitleaks configuration (or several) whose rules and allowlists join the scan. */
  import?: string | string[];
  /** Whether `gitleaks:allow` on a line allows its findings, like `readiness-gate:allow`. */
  'gitleaks-allow'?: boolean;
  /** Skip reasons a pull request's changed files may have without failing the scan. */
  'allow-skipped'?: SkipReason[];
}

interface RawAllowlist {
  paths?: string[];
  pointers?: { path: string; pointer: string }[];
  regexes?: string[];
  stopwords?: string[];
  values?: string[];
}

export interface RawCustomRule {
  id: string;
  description: string;
  regex: string;
  keywords?: string[];
  entropy?: number;
  severity?: Severity;
  category?: Category;
  allowlist?: RawAllowlist;
}

export type { ScanSettings };

export const CATEGORIES: Category[] = ['package-token', 'cloud-key', 'saas-key', 'private-key', 'jwt', 'url-credentials', 'smtp-credentials', 'private-registry', 'signed-url', 'license-key', 'identity', 'ip-address', 'payload', 'source-code', 'generic-secret', 'archive'];

/** JSON Schema of the `scan` section, merged into the policy schema. */
export const SCAN_SCHEMA = (() => {
  const strings = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
  const pointers = {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'pointer'],
      properties: { path: { type: 'string', minLength: 1 }, pointer: { type: 'string', pattern: '^/' } },
    },
  } as const;
  const allowlist = { type: 'object', additionalProperties: false, properties: { paths: strings, regexes: strings, stopwords: strings, values: strings, pointers } } as const;
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      disable: strings,
      rules: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'description', 'regex'],
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
            description: { type: 'string', minLength: 1 },
            regex: { type: 'string', minLength: 1 },
            keywords: strings,
            entropy: { type: 'number', minimum: 0, maximum: 8 },
            severity: { enum: ['critical', 'high', 'medium', 'low'] },
            category: { enum: CATEGORIES },
            allowlist,
          },
        },
      },
      allowlist,
      'enterprise-markers': strings,
      'enterprise-paths': strings,
      'payload-keys': { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' } },
      'max-file-bytes': { type: 'integer', minimum: 1 },
      'large-files': { enum: ['chunk', 'skip'] },
      'archive-depth': { type: 'integer', minimum: 1, maximum: 10 },
      'time-budget-seconds': { type: 'number', minimum: 0, maximum: 3600, description: 'Seconds one file may take before it is skipped as time-budget (default 60).' },
      gitignore: { type: 'boolean' },
      'inline-allow': { enum: ['always', 'not-on-pull-requests'] },
      import: { anyOf: [{ type: 'string', pattern: '\\.toml$' }, { type: 'array', items: { type: 'string', pattern: '\\.toml$' } }] },
      'gitleaks-allow': { type: 'boolean' },
      'allow-skipped': {
        type: 'array',
        items: { enum: SKIP_REASONS },
        uniqueItems: true,
        description: 'Why a changed file may go unscanned on a pull request without failing it (default: binary, lfs-pointer; [] allows none).',
      },
      'third-party': {
        type: 'object',
        additionalProperties: false,
        properties: { paths: strings, categories: { type: 'array', items: { enum: CATEGORIES } } },
      },
      'test-content': {
        type: 'object',
        additionalProperties: false,
        properties: { paths: strings, categories: { type: 'array', items: { enum: CATEGORIES } } },
      },
      'example-content': {
        type: 'object',
        additionalProperties: false,
        properties: { paths: strings, categories: { type: 'array', items: { enum: CATEGORIES } } },
      },
    },
  } as const;
})();

export type Problem = (pointer: string, message: string) => void;

/**
 * Compiles the scan settings. Custom and allowlist regexes use RE2 (linear-time matching), so a
 * policy cannot stall a scan with a catastrophic pattern; RE2 rejects what it cannot run in linear
 * time (backreferences, lookaround) here, at policy load, with the rule named.
 */
export function buildScanSettings(raw: RawScanSettings | undefined, problem: Problem): ScanSettings {
  const builtIn = PUBLIC_SAFETY_RULES.map((r) => r.id);
  (raw?.disable ?? []).forEach((id, i) => {
    if (!builtIn.includes(id)) problem(`/scan/disable/${i}`, `unknown rule "${id}"; built-in rules: ${builtIn.join(', ')}`);
  });
  const disabled = new Set(raw?.disable ?? []);
  const payload = providerPayloadRule(raw?.['payload-keys'] ?? []);
  const rules: Rule[] = PUBLIC_SAFETY_RULES.filter((r) => !disabled.has(r.id)).map((r) => (r.id === payload.id ? payload : r));
  (raw?.rules ?? []).forEach((custom, i) => {
    if (builtIn.includes(custom.id)) problem(`/scan/rules/${i}/id`, `rule id "${custom.id}" is a built-in rule's; choose another (or disable the built-in)`);
    const rule = customRule(custom, `/scan/rules/${i}`, problem);
    if (rule) rules.push(rule);
    if (rule) rememberRules([rule]); // messages written without the policy at hand mask its values too
  });
  const enterprise = enterpriseSourceRule(raw?.['enterprise-markers'] ?? []);
  if (enterprise) rules.push(enterprise);
  const allowlist = raw?.allowlist ? compileAllowlist(raw.allowlist, '/scan/allowlist', problem) : undefined;
  return {
    rules,
    ...(allowlist ? { allowlist } : {}),
    limits: {
      maxFileBytes: raw?.['max-file-bytes'] ?? DEFAULT_SCAN_LIMITS.maxFileBytes,
      largeFiles: raw?.['large-files'] ?? DEFAULT_SCAN_LIMITS.largeFiles,
      timeBudgetMs: raw?.['time-budget-seconds'] !== undefined ? raw['time-budget-seconds'] * 1000 : DEFAULT_TIME_BUDGET_MS,
      ...(raw?.['archive-depth'] ? { archiveDepth: raw['archive-depth'] } : {}),
    },
    gitignore: raw?.gitignore ?? true,
    enterprisePaths: raw?.['enterprise-paths'] ?? [],
    inlineAllow: raw?.['inline-allow'] ?? 'always',
    testContent: {
      paths: raw?.['test-content']?.paths ?? DEFAULT_TEST_CONTENT.paths,
      categories: raw?.['test-content']?.categories ?? DEFAULT_TEST_CONTENT.categories,
    },
    exampleContent: {
      paths: raw?.['example-content']?.paths ?? DEFAULT_EXAMPLE_CONTENT.paths,
      categories: raw?.['example-content']?.categories ?? DEFAULT_EXAMPLE_CONTENT.categories,
    },
    gitleaksAllow: raw?.['gitleaks-allow'] ?? false,
    pathRules: [],
    allowSkipped: raw?.['allow-skipped'] ? [...new Set(raw['allow-skipped'])] : DEFAULT_ALLOW_SKIPPED,
    thirdParty: {
      paths: raw?.['third-party']?.paths ?? DEFAULT_THIRD_PARTY.paths,
      categories: raw?.['third-party']?.categories ?? DEFAULT_THIRD_PARTY.categories,
    },
  };
}

function customRule(raw: RawCustomRule, at: string, problem: Problem): Rule | undefined {
  const re2 = compileRe2(raw.regex, `${at}/regex`, problem, true);
  if (!re2) return undefined;
  const allowlist = raw.allowlist ? compileAllowlist(raw.allowlist, `${at}/allowlist`, problem) : undefined;
  return {
    id: raw.id,
    description: raw.description,
    severity: raw.severity ?? 'high',
    category: raw.category ?? 'generic-secret',
    everywhere: true,
    keywords: (raw.keywords ?? []).map((k) => k.toLowerCase()),
    pattern: { re2, source: raw.regex },
    ...(raw.entropy !== undefined ? { entropy: raw.entropy } : {}),
    ...(allowlist ? { allowlist } : {}),
  };
}

function compileAllowlist(raw: RawAllowlist, at: string, problem: Problem): Allowlist {
  const regexes = (raw.regexes ?? []).flatMap((source, i) => {
    const re2 = compileRe2(source, `${at}/regexes/${i}`, problem, false);
    return re2 ? [{ test: (value: string) => re2.matcher(value).find() }] : [];
  });
  return { ...raw, regexes };
}

function compileRe2(source: string, at: string, problem: Problem, global: boolean): RE2JS | undefined {
  try {
    const re = RE2JS.compile(source);
    if (global && re.matcher('').find()) {
      problem(at, 'the regex matches the empty string, so it would flag every file; make it match at least one character');
      return undefined;
    }
    return re;
  } catch (err) {
    const reason = re2Reason(err);
    problem(at, `invalid or unsupported regex (${reason}); custom rules use RE2 syntax, which runs in linear time and has no backreferences or lookaround`);
    return undefined;
  }
}
