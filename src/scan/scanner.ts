import { dropAllowedByPointer } from './pointer-allowlist.js';
import { matchesAnyGlob, wrapPath } from '../util/glob.js';
import { LineIndex } from '../document/lines.js';
import { shannonEntropy } from './entropy.js';
import { fingerprint, mask } from './mask.js';
import { isPlaceholder } from './placeholders.js';
import { priorityOf } from './rules/index.js';
import { keywordIndexFor, type KeywordIndex } from './keywords.js';
import { suppressionReason } from './suppress.js';
import { narrowedBy, ThirdPartyMatcher, type NarrowedContent, type ThirdParty } from './third-party.js';
import { verdictOf } from './verdict.js';
import { finder, startTexts, type FindMatches } from './finder.js';
import type { Allowlist, MatchContext, Rule, ScanFinding } from './types.js';
import { regionAt } from './rules/code-regions.js';
import { inDocCode } from './rules/context.js';

export interface Suppression {
  file: string;
  line: number;
  ruleId: string;
  reason: string;
}

export interface ScannerOptions {
  rules: readonly Rule[];
  /** Applies to every rule. */
  allowlist?: Allowlist;
  /** Honour inline `readiness-gate:allow` markers (default true). Off: every marker is ignored. */
  inlineAllow?: boolean;
  /** Dependency trees and lock files, where only some categories are scanned. */
  thirdParty?: ThirdParty;
  /** Tests, fixtures and benchmarks, where only some categories are scanned. */
  testContent?: ThirdParty;
  /** Example content (examples, samples, demos): the categories scanned there. */
  exampleContent?: ThirdParty;
  /**
   * The folder a scan was named by (`scan /tmp/test-app`, `scan examples`): paths carry it for the
   * report, but globs judge the path below it, or a folder named `test-app` or `examples` would
   * make every file test or example content.
   */
  outsideFolder?: string;
  /** Keys fingerprints (an HMAC); see mask.ts for what a plain fingerprint reveals. */
  fingerprintKey?: string;
  /** Also honour gitleaks' `gitleaks:allow` on a finding's own line (policy `scan.gitleaks-allow`). */
  gitleaksAllow?: boolean;
  /**
   * When given, each finding's value is kept here, in memory only, for callers that must compare
   * values across files (history scans: the same value in many versions). Never reported.
   */
  values?: Map<ScanFinding, string>;
}

interface Compiled {
  rule: Rule;
  /** Every match of the rule: where the value starts, and the value. */
  find: FindMatches;
  /** Keyword indexes of the rule's start texts (finder.ts, startTexts), in their order. */
  probes?: number[];
  /** Keyword indexes of the rule's `requires` words: one of them must occur too. */
  needs?: number[];
  /** Its place in the scanner's rules. */
  index: number;
}

/**
 * The time budget of one file ran out (`Scanner.startFile`). Built-in rules are linear (fuzzed in
 * test/scan/redos.test.ts) and custom ones run on RE2, so this is a last line against what is still
 * slow (a huge file of tokens on a slow runner): the file is reported skipped, never half-judged.
 */
export class TimeBudgetExceeded extends Error {}

interface Hit {
  compiled: Compiled;
  /** The whole text's context of the value, for the rule's judgement once it is a finding. */
  ctx: MatchContext;
  start: number;
  end: number;
  value: string;
  /** An allowlist let it pass: not a finding, but it still shadows what a less specific rule found there. */
  allowed?: boolean;
}

/**
 * Finds public-safety findings in text. One pass of a keyword regex decides which rules can match
 * at all; only those run their own regex. Values are checked against entropy, allowlists,
 * placeholders and the rule's own validation, then masked and fingerprinted: the raw value never
 * leaves this function.
 */
export class Scanner {
  /** Findings an inline marker allowed: listed where they are reviewed (a pull request's summary). */
  readonly suppressed: Suppression[] = [];
  private readonly thirdParty: ThirdPartyMatcher | undefined;
  private readonly testContent: ThirdPartyMatcher | undefined;
  private readonly exampleContent: ThirdPartyMatcher | undefined;
  private readonly compiled: Compiled[];
  /** Rules without keywords that run on every file, and those that run on the files their `onlyPaths` accepts. */
  private readonly always: number[];
  private readonly alwaysOnPaths: number[];
  private readonly index: KeywordIndex;
  /** For each keyword of the index, the rules it unlocks (indexes into `compiled`). */
  private readonly unlocks: number[][];
  /** Which rules the current file runs: stamped with a file number, never reallocated. */
  private readonly picked: Uint32Array;
  /** Which keywords the current file holds, stamped the same way. */
  private readonly held: Uint32Array;
  /** For each rule the current file runs, which of its start texts the file holds (FindMatches). */
  private readonly present: Uint32Array;
  private pick = 0;

  /** `from`: a scanner of the same rules and paths, whose compiled rules this one shares. */
  constructor(
    private readonly options: ScannerOptions,
    from?: Scanner,
  ) {
    if (from) {
      ({ thirdParty: this.thirdParty, testContent: this.testContent, exampleContent: this.exampleContent } = from);
      ({ compiled: this.compiled, always: this.always, alwaysOnPaths: this.alwaysOnPaths, index: this.index, unlocks: this.unlocks } = from);
    } else {
      this.thirdParty = options.thirdParty ? new ThirdPartyMatcher(options.thirdParty) : undefined;
      this.testContent = options.testContent ? new ThirdPartyMatcher(options.testContent) : undefined;
      this.exampleContent = options.exampleContent ? new ThirdPartyMatcher(options.exampleContent) : undefined;
      this.compiled = options.rules.map((rule, index) => ({ rule, index, find: finder(rule) }));
      const keywordless = [...this.compiled.keys()].filter((i) => this.compiled[i]!.rule.keywords.length === 0);
      this.always = keywordless.filter((i) => !this.compiled[i]!.rule.onlyPaths);
      this.alwaysOnPaths = keywordless.filter((i) => this.compiled[i]!.rule.onlyPaths);
      const byKeyword = new Map<string, number[]>();
      this.compiled.forEach((c, i) => {
        for (const k of new Set(c.rule.keywords.map((k) => k.toLowerCase()))) byKeyword.set(k, [...(byKeyword.get(k) ?? []), i]);
      });
      // A rule's start texts join the keyword pass too, unlocking nothing: the pass then says which of
      // them a file holds, and the rule searches for those only (or not at all). So do the words a
      // rule requires.
      const position = new Map([...byKeyword.keys()].map((k, i) => [k, i]));
      const probe = (text: string): number => {
        const k = text.toLowerCase();
        if (!position.has(k)) position.set(k, byKeyword.size), byKeyword.set(k, []);
        return position.get(k)!;
      };
      for (const c of this.compiled) {
        c.probes = startTexts(c.rule)?.map(probe);
        if (c.rule.requires?.length) c.needs = c.rule.requires.map(probe);
      }
      this.index = keywordIndexFor([...byKeyword.keys()]);
      this.unlocks = [...byKeyword.values()];
    }
    this.picked = new Uint32Array(this.compiled.length);
    this.held = new Uint32Array(this.unlocks.length);
    this.present = new Uint32Array(this.compiled.length);
  }

  /** The same scanner, keeping each finding's value in `values` (memory only, never reported). */
  keepingValues(values: Map<ScanFinding, string>): Scanner {
    // Compiled once: an archive scan asks for one per archive, and compiling every rule again cost
    // a twentieth of a scan of Debian packages (man pages and changelogs come gzipped).
    return new Scanner({ ...this.options, values }, this);
  }

  /** The key fingerprints are made with, if any: to compare a value with a finding made elsewhere. */
  get fingerprintKey(): string | undefined {
    return this.options.fingerprintKey;
  }

  /**
   * The rules a file runs, in rule order: those whose keywords occur in it (`keys`, from one
   * Aho-Corasick pass) and those without keywords (a credential file's format, `.pgpass`, has no
   * word to look for) that run on every file, or on the files their `onlyPaths` accepts. Without a
   * file name, none of the path-bound ones.
   */
  private rulesFor(keys: readonly number[], file: string | undefined): Compiled[] {
    if (++this.pick === 0xffffffff) {
      this.picked.fill(0);
      this.held.fill(0);
      this.pick = 1;
    }
    const stamp = this.pick;
    const picked = this.picked;
    let any = false;
    for (const i of this.always) (picked[i] = stamp), (any = true);
    if (file !== undefined) {
      for (const i of this.alwaysOnPaths) {
        if (this.compiled[i]!.rule.onlyPaths!.test(file)) (picked[i] = stamp), (any = true);
      }
    }
    for (const k of keys) {
      this.held[k] = stamp;
      for (const i of this.unlocks[k]!) (picked[i] = stamp), (any = true);
    }
    if (!any) return [];
    const out: Compiled[] = [];
    for (let i = 0; i < picked.length; i++) {
      if (picked[i] !== stamp) continue;
      const compiled = this.compiled[i]!;
      if (compiled.needs && !compiled.needs.some((k) => this.held[k] === stamp)) continue;
      const probes = compiled.probes;
      if (probes) {
        let mask = 0;
        for (let j = 0; j < probes.length; j++) if (this.held[probes[j]!] === stamp) mask |= 1 << j;
        if (mask === 0) continue; // none of its start texts occurs: it cannot match here
        this.present[i] = mask;
      }
      out.push(compiled);
    }
    return out;
  }

  /** The rules whose keywords occur in the text, found in one Aho-Corasick pass, and those that always run. */
  candidates(text: string, file?: string): Compiled[] {
    return this.rulesFor(this.index.find(text), file);
  }

  /**
   * Scans UTF-8 bytes. The keyword pass runs on the bytes themselves, so a file no rule can match
   * is never decoded at all (most files of a repository).
   */
  scanBytes(file: string, bytes: Uint8Array): ScanFinding[] {
    const rules = this.rulesFor(this.index.findInBytes(bytes), file);
    if (rules.length === 0) return [];
    return this.run(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), rules);
  }

  scanText(file: string, text: string): ScanFinding[] {
    return this.run(file, text, this.candidates(text, file));
  }

  /** Milliseconds the current file may still take, from now (`undefined`: no budget). */
  startFile(budgetMs: number | undefined): void {
    this.deadline = budgetMs === undefined ? Infinity : performance.now() + budgetMs;
  }

  private deadline = Infinity;

  /**
   * Whether the file is third-party, test or example content to this scanner (third-party first, as the
   * rules decide), with the glob that said so and the categories scanned there; undefined when every
   * category is. The last answer is kept: a file is asked about once per chunk and once more when counted.
   */
  contentOf(file: string): NarrowedContent | undefined {
    if (this.lastContent?.file === file) return this.lastContent.content;
    const base = this.options.outsideFolder;
    const judged = base && file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
    const content = narrowedBy('thirdParty', this.thirdParty, judged) ?? narrowedBy('testContent', this.testContent, judged) ?? narrowedBy('exampleContent', this.exampleContent, judged);
    this.lastContent = { file, content };
    return content;
  }

  private lastContent: { file: string; content: NarrowedContent | undefined } | undefined;

  private checkBudget(): void {
    if (this.deadline !== Infinity && performance.now() >= this.deadline) throw new TimeBudgetExceeded('time budget of one file exceeded');
  }

  private run(file: string, text: string, candidates: Compiled[]): ScanFinding[] {
    // A UTF-8 byte-order mark is no character of the text (editors show none, and count no column
    // for it): left in, it hid the first line from every rule anchored at a line's start (Notepad
    // writes one). Chunked reads decode with TextDecoder, which drops it too.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const hits: Hit[] = [];
    const third = this.contentOf(file)?.categories;
    // A file the policy's allowlist names is skipped by every rule: asked once, not once per rule.
    const wrapped = wrapPath(file);
    if (pathAllowed(file, this.options.allowlist, wrapped)) return [];
    // The clock is read between rules only when a text is long enough for one rule to take a while:
    // rules are linear, and on a small file reading the clock cost more than the rule (dense corpus).
    const timed = text.length > 16384;
    for (const compiled of candidates) {
      if (timed) this.checkBudget();
      if (third && !third.has(compiled.rule.category) && !compiled.rule.everywhere) continue;
      if (compiled.rule.onlyPaths && !compiled.rule.onlyPaths.test(file)) continue;
      if (pathAllowed(file, compiled.rule.allowlist, wrapped)) continue;
      for (const { start, value, match } of compiled.find(text, compiled.probes ? this.present[compiled.index] : undefined)) {
        if ((hits.length & 1023) === 1023) this.checkBudget();
        const ctx = { text, index: start, file, ...(match !== undefined ? { match } : {}) };
        const verdict = this.accepts(compiled.rule, value, ctx);
        if (verdict !== 'rejected') hits.push({ compiled, ctx, start, end: start + value.length, value, ...(verdict === 'allowed' ? { allowed: true } : {}) });
      }
    }
    this.checkBudget();
    const findings = this.toFindings(file, text, dropShadowed(hits).filter((h) => !h.allowed));
    return dropAllowedByPointer(file, text, findings, this.options.allowlist?.pointers);
  }

  /**
   * Whether a match is a finding. A value the rule itself rejects (placeholder, low entropy, its
   * own validation) is nothing; a value an allowlist lets pass is `allowed`: the user said this
   * value is fine, so a less specific rule must not report it in its place.
   */
  private accepts(rule: Rule, value: string, ctx: MatchContext): 'finding' | 'allowed' | 'rejected' {
    if (isPlaceholder(value)) return 'rejected';
    if (rule.entropy !== undefined && shannonEntropy(value) < rule.entropy) return 'rejected';
    if (rule.validate && !validates(rule, value, ctx)) return 'rejected';
    if (isDocumentationExample(rule, ctx)) return 'rejected';
    return allowedValue(value, ctx, rule.allowlist) || allowedValue(value, ctx, this.options.allowlist) ? 'allowed' : 'finding';
  }

  private suppression(ruleId: string, line: string, previous: string | undefined): string | undefined {
    return inlineReason(ruleId, line, previous, this.options.gitleaksAllow === true);
  }

  private toFindings(file: string, text: string, hits: Hit[]): ScanFinding[] {
    if (hits.length === 0) return [];
    const lines = new LineIndex(text);
    const out: ScanFinding[] = [];
    // One look per line and rule: many findings on one long line must not read it again each time.
    const reasons = new Map<string, string | undefined>();
    const reasonAt = (ruleId: string, line: number): string | undefined => {
      const key = `${ruleId}\n${line}`;
      if (!reasons.has(key)) reasons.set(key, this.suppression(ruleId, lines.lineText(line), line > 1 ? lines.lineText(line - 1) : undefined));
      return reasons.get(key);
    };
    for (const hit of hits) {
      const a = lines.position(hit.start);
      const b = lines.position(hit.end);
      const reason = this.options.inlineAllow === false ? undefined : reasonAt(hit.compiled.rule.id, a.line);
      if (reason !== undefined) {
        this.suppressed.push({ file, line: a.line, ruleId: hit.compiled.rule.id, reason });
        continue;
      }
      const rule = hit.compiled.rule;
      const verdict = verdictOf(rule, hit.value, hit.ctx);
      const finding: ScanFinding = {
        ruleId: rule.id,
        category: rule.category,
        severity: verdict.severity,
        description: rule.description,
        file,
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        masked: mask(hit.value),
        fingerprint: fingerprint(rule.id, file, hit.value, this.options.fingerprintKey),
        evidence: verdict.evidence,
      };
      this.options.values?.set(finding, hit.value);
      out.push(finding);
    }
    return out.sort((x, y) => x.line - y.line || x.column - y.column || (x.ruleId < y.ruleId ? -1 : 1));
  }
}

/**
 * Assignment-shaped rules (a password, a URL's user:password, a key's value) in a source file's
 * documentation (docstrings, doc comments, POD) and in documentation's code (inline code, fenced
 * and indented blocks) read examples written to be published. Rules of a
 * provider's shape still run there (a real key pasted into a docstring has its shape), as does
 * every policy rule; plain comments are not documentation (commented-out configuration leaks).
 */
const EXAMPLE_SHAPED = new Set(['generic-secret', 'url-credentials', 'smtp-credentials', 'license-key', 'payload']);

function isDocumentationExample(rule: Rule, ctx: MatchContext): boolean {
  return !rule.everywhere && EXAMPLE_SHAPED.has(rule.category) && (regionAt(ctx) === 'doc' || inDocCode(ctx));
}

/**
 * A rule's own validation; one that throws (a decoder meeting input it did not expect) cannot say
 * the value is not a secret, so the value counts: fail closed, and the file is still scanned.
 */
function validates(rule: Rule, value: string, ctx: MatchContext): boolean {
  try {
    return rule.validate!(value, ctx);
  } catch {
    return true;
  }
}

/** Why an inline marker allows this finding, if one does. */
function inlineReason(ruleId: string, line: string, previous: string | undefined, gitleaks: boolean): string | undefined {
  const own = suppressionReason(ruleId, line, previous);
  if (own !== undefined) return own;
  // gitleaks honours its marker on the finding's own line only, for every rule, with no reason.
  return gitleaks && line.includes('gitleaks:allow') ? 'gitleaks:allow' : undefined;
}

/** One value, one finding: where hits overlap, only those of the most specific rule stay. */
function dropShadowed(hits: Hit[]): Hit[] {
  // A sweep over hits sorted by start: each pair that overlaps is met once, when the later-starting
  // hit is reached from the earlier one. A rule's own matches never overlap, so a hit meets at most
  // one overlapping hit per rule on each side: linear in the hits (a pairwise check was quadratic,
  // minutes for a file of 200,000 tokens).
  const seen = new Set<string>();
  const unique = hits.filter((h) => {
    const key = `${h.compiled.rule.id}:${h.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const order = unique.map((_, i) => i).sort((a, b) => unique[a]!.start - unique[b]!.start || a - b);
  const shadowed = new Uint8Array(unique.length);
  for (let x = 0; x < order.length; x++) {
    const h = unique[order[x]!]!;
    const mine = priorityOf(h.compiled.rule.id);
    for (let y = x + 1; y < order.length; y++) {
      const o = unique[order[y]!]!;
      if (o.start >= h.end) break;
      if (o.end <= h.start) continue;
      const theirs = priorityOf(o.compiled.rule.id);
      if (theirs > mine) shadowed[order[x]!] = 1;
      else if (mine > theirs) shadowed[order[y]!] = 1;
    }
  }
  return unique.filter((_, i) => shadowed[i] === 0);
}

function allowedValue(value: string, ctx: MatchContext, allowlist: Allowlist | undefined): boolean {
  if (!allowlist) return false;
  if (allowlist.predicates?.some((allowed) => allowed(value, ctx))) return true;
  if (allowlist.values?.includes(value)) return true;
  if (allowlist.regexes?.some((re) => re.test(value))) return true;
  const lower = value.toLowerCase();
  return allowlist.stopwords?.some((w) => lower.includes(w.toLowerCase())) ?? false;
}

function pathAllowed(file: string, allowlist: Allowlist | undefined, wrapped: string): boolean {
  return allowlist?.paths !== undefined && allowlist.paths.length > 0 && matchesAnyGlob(file, allowlist.paths, wrapped);
}
