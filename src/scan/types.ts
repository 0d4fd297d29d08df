/**
 * One public-safety rule, as plain data (gitleaks' shape). Built-in rules keep their samples in a
 * sibling `<family>.samples.ts`, which only the tests import: the shipped bundles carry no samples.
 */
export interface Rule {
  id: string;
  description: string;
  severity: Severity;
  /** What kind of content must not be published: the redaction flags of packets map to these. */
  category: Category;
  /**
   * Lower-case strings, one of which must occur in the text for the rule to run at all. Empty:
   * the rule always runs (its regex must then be cheap to fail).
   */
  keywords: string[];
  /**
   * Lower-case strings one of which must occur as well (besides a keyword) for the rule to run: the
   * words its pattern cannot match without. `keywords` says where the rule starts looking
   * (`machine`, common in code); this says what every match still holds (`password`), so most
   * files that hold the first but not the second are never searched.
   */
  requires?: readonly string[];
  /**
   * Built-in rules: a global JS regex, reviewed for backtracking. Custom rules from a policy: an
   * RE2 pattern, which matches in linear time whatever it says. Either way the named group
   * `secret` (else the whole match) is the value found.
   */
  pattern: RegExp | Re2Pattern;
  /**
   * For patterns that would otherwise be tried at every position (e-mail and IPv6 addresses):
   * a literal every match contains, how far a match may start before it, and which characters
   * may stand there (`lead`) and, optionally, right after it (`next`). The pattern then runs only
   * where the anchor occurs. Both classes must match single ASCII characters.
   */
  anchor?: { text: string; back: number; lead: RegExp; next?: RegExp };
  /**
   * Where every match of the pattern starts: at one of `texts` (found case-insensitively when the
   * pattern is), or at most `back` characters before one, all of them `lead` characters (`back`
   * Infinity: any number; `backOf` gives a text a reach of its own, in lower case). The pattern is then tried only there, from the left, which finds exactly
   * the matches a search of the whole text finds (test/scan/starts.test.ts compares the two on
   * every rule that has them); a regex V8 would try at every position of a large file is run a few
   * times per occurrence instead.
   */
  starts?: { texts: readonly string[]; back?: number; lead?: RegExp; backOf?: Readonly<Record<string, number>> };
  /** Minimum Shannon entropy (bits per character) of the value. */
  entropy?: number;
  /** Extra validation the regex cannot express (octet ranges, reserved domains...). */
  validate?: (value: string, context: MatchContext) => boolean;
  allowlist?: Allowlist;
  /**
   * A policy's own rule (custom or imported): it runs in third-party and test content too, since
   * the policy wrote it for this repository; only its own allowlist paths exempt files.
   */
  everywhere?: boolean;
  /** Only files whose repository path this accepts (a gitleaks rule's `path`); all files when absent. */
  onlyPaths?: { test(path: string): boolean };
  /**
   * How strong this value's case is, once it is a finding: the evidence the value itself gives
   * (a checksum that holds, a structure that parses) and the severity that follows. Absent: the
   * rule's severity, evidence `shape`. See src/scan/verdict.ts.
   */
  judge?: (value: string, context: MatchContext) => Verdict;
}

/**
 * What a value shows about itself, offline, strongest first: `checksum` (a checksum the provider
 * builds into its tokens holds), `structure` (it decodes and parses as what it claims to be: a JWT's
 * JSON header, a key that node:crypto loads, base64 of user:password), `shape` (prefix, length and
 * alphabet match; nothing more could be checked).
 */
export type Evidence = 'checksum' | 'structure' | 'shape';

export const EVIDENCE_RANK: Readonly<Record<Evidence, number>> = { checksum: 3, structure: 2, shape: 1 };

/** A rule's judgement of one value: evidence, and a severity when it differs from the rule's. */
export interface Verdict {
  evidence: Evidence;
  severity?: Severity;
}

/**
 * One sample: a text scanned as `sample.txt`, or a text scanned under a file name (for rules
 * that read a file format by its name: `.pgpass`, `wp-config.php`). A positive sample may also
 * say the severity and evidence its finding must carry.
 */
export type RuleSample = string | { file?: string; text: string; severity?: Severity; evidence?: Evidence };

/** A built-in rule's true positives (each must give exactly one finding) and false positives (none). */
export interface RuleSamples {
  positive: RuleSample[];
  negative: RuleSample[];
}

export interface Re2Pattern {
  re2: import('re2js').RE2JS;
  source: string;
  /**
   * Which capture group is the value: a number, or `first` for the first group that matched
   * something (gitleaks' rule when `secretGroup` is unset). Absent: the group named `secret`, else
   * the whole match.
   */
  group?: number | 'first';
}

export interface MatchContext {
  /** The whole text and where the value starts in it. */
  text: string;
  index: number;
  file: string;
  /** The whole match of the rule's pattern, when the value is only part of it. */
  match?: string;
}

/** Says a value found at ctx is allowed (not a finding): an imported allowlist's conditions. */
export type AllowPredicate = (value: string, ctx: MatchContext) => boolean;

export interface Allowlist {
  /** Values matching any of these are not findings (JS regexes built in, RE2 from a policy). */
  regexes?: { test(value: string): boolean }[];
  /** Values containing any of these (case-insensitive) are not findings. */
  stopwords?: string[];
  /** Exact values that are not findings (published documentation examples). */
  values?: string[];
  /** Files (minimatch globs) the rule does not apply to. */
  paths?: string[];
  /** Values at these JSON pointers of these files are not findings (they document a rule). */
  pointers?: import('./pointer-allowlist.js').PointerAllow[];
  /** Conditions written as code (imported gitleaks allowlists: AND/OR, match and line targets). */
  predicates?: AllowPredicate[];
}

export type Severity = 'critical' | 'high' | 'medium' | 'low';

export type Category =
  | 'package-token'
  | 'cloud-key'
  | 'saas-key'
  | 'private-key'
  | 'jwt'
  | 'url-credentials'
  | 'smtp-credentials'
  | 'private-registry'
  | 'signed-url'
  | 'license-key'
  | 'identity'
  | 'ip-address'
  | 'payload'
  | 'source-code'
  | 'generic-secret'
  | 'archive';

/** A value found by a rule. It never carries the value itself: only a masked form and a fingerprint. */
export interface ScanFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  description: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  masked: string;
  fingerprint: string;
  /** What the value shows about itself (see Evidence); absent in reports written before it existed. */
  evidence?: Evidence;
  /** History scans: where the value came from and whether it is still there. */
  history?: HistoryOrigin;
}

/** Where a value found in history stands today. Ids and dates only: never the value. */
export interface HistoryOrigin {
  /** The oldest commit that brought the value in, and its committer date. */
  commit: string;
  date: string;
  /** present: in the tip's tree; elsewhere: not in the tip, but in the tree of other refs; removed: in no ref's tree. */
  status: 'present' | 'elsewhere' | 'removed';
  /** For removed values: the commit that took the value out (one on the tip's history when there is one). */
  removedIn?: { commit: string; date: string };
  /** For elsewhere: the refs whose tips still hold the value (at most 10). */
  refs?: string[];
}

