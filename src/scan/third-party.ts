import { pathGlob, wrapPath, type PathGlob } from '../util/glob.js';
import { keywordIndexFor, type KeywordIndex } from './keywords.js';
import type { Category } from './types.js';

/**
 * Third-party content: code and metadata a project installs rather than writes (dependency trees,
 * lock files). It is full of what looks like data but is not the project's: package authors'
 * addresses, spec section numbers, test fixtures, code that names tokens. A real credential in it
 * is still a leak (a dependency tree shipped in an image can hold the project's own .npmrc token),
 * so in third-party content only the credential categories are scanned by default.
 */
/** The categories of what grants access: scanned even where other findings would be noise. */
export const CREDENTIAL_CATEGORIES: readonly Category[] = ['package-token', 'cloud-key', 'saas-key', 'private-key', 'jwt', 'private-registry', 'signed-url', 'license-key', 'smtp-credentials', 'url-credentials'];

/**
 * What text a pull request chose to write (its added lines anywhere, its commit messages) is
 * judged by: every credential category and generic assignments too.
 */
export const CHOSEN_TEXT_CATEGORIES: readonly Category[] = [...CREDENTIAL_CATEGORIES, 'generic-secret'];

export interface ThirdParty {
  paths: string[];
  categories: Category[];
  /** File names are archive entries, `outer!inner`: the inner path is matched too. Elsewhere `!` is an ordinary character. */
  archiveEntries?: boolean;
}

export const DEFAULT_THIRD_PARTY: ThirdParty = {
  paths: [
    '**/node_modules/**',
    '**/bower_components/**',
    '**/jspm_packages/**',
    '**/vendor/**',
    '**/site-packages/**',
    '**/dist-packages/**',
    '**/.yarn/**',
    '**/.pnpm-store/**',
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
    '**/*.lock',
    '**/go.sum',
  ],
  categories: [...CREDENTIAL_CATEGORIES],
};

/**
 * Test content: tests, fixtures and benchmarks are full of made-up addresses, people and
 * passwords (`10.10.10.10`, `jane@corp.io`, a `password:` of `Sup3r` and digits). A credential with a
 * provider's shape is still a leak there; an address, a person or a generic assignment is test data.
 * So is a private key: a test of TLS, SSH or signing cannot run without one, so test trees publish
 * them by design (Go's x/crypto ships seventeen in one `testdata` file), and a key names no service
 * it would open. A key a pull request adds is still judged there (added lines get every credential
 * category, scan.ts); a project that must not publish even test keys lists `private-key` in
 * `scan.test-content.categories`.
 */
export const DEFAULT_TEST_CONTENT: ThirdParty = {
  paths: [
    '**/test/**',
    '**/tests/**',
    '**/__tests__/**',
    '**/_test/**',
    '**/spec/**',
    '**/fixtures/**',
    '**/__fixtures__/**',
    '**/testdata/**',
    '**/test-*/**',
    '**/test_*/**',
    '**/testing/**',
    '**/e2e/**',
    '**/__mocks__/**',
    '**/benchmark/**',
    '**/benchmarks/**',
    '**/*.test.*',
    '**/*.spec.*',
    '**/*_test.go',
    '**/test_*.py',
    '**/*_test.py',
    // Django's test module of an app, and pytest's fixtures.
    '**/tests.py',
    '**/conftest.py',
    '**/molecule/**',
    '**/t/**/*.t',
    '**/*_spec.rb',
    '**/*_test.rb',
    '**/test_*.rb',
    '**/*Test.php',
    '**/*Test.java',
    '**/*Tests.java',
    '**/*_test.cc',
    '**/*_test.cpp',
    '**/*_unittest.cc',
  ],
  categories: ['package-token', 'cloud-key', 'saas-key', 'jwt', 'private-registry', 'signed-url', 'license-key', 'smtp-credentials', 'url-credentials', 'payload', 'source-code', 'archive'],
};

/**
 * Example content: folders a project names as its examples and demos, and the playbooks an
 * Ansible collection ships to show its modules. They are written to be published and read by
 * others, so their addresses, people and passwords are stand-ins (`host: 192.168.0.2`,
 * `engine_password: 123456`), repeated from file to file. A credential with a provider's shape is
 * still a leak there, as in test content. A project that publishes redacted examples it must keep
 * free of addresses (CAVRA's `examples/`) sets `scan.example-content.paths: []`.
 */
export const DEFAULT_EXAMPLE_CONTENT: ThirdParty = {
  // Plural folder names only: a singular one is as often a code package (Java's `com/example/`).
  // Not `samples/`: in data work a sample is an extract of real records.
  paths: ['**/examples/**', '**/demos/**', '**/ansible_collections/*/*/playbooks/**'],
  categories: DEFAULT_TEST_CONTENT.categories,
};

/** Decides, per file, whether it is third-party content and which categories are scanned there. */
export class ThirdPartyMatcher {
  private readonly globs: PathGlob[];
  readonly categories: ReadonlySet<Category>;
  private readonly archiveEntries: boolean;
  /**
   * The globs' literals in one Aho-Corasick index (case-folded: it may say yes where the glob says
   * no, never the reverse): one pass over a path tells which few globs can match at all.
   */
  private readonly literals: KeywordIndex;
  /** Per literal of the index, the globs that need it; and the globs without one, asked always. */
  private readonly byLiteral: number[][];
  private readonly unfiltered: number[];

  constructor(config: ThirdParty) {
    this.globs = config.paths.map((p) => pathGlob(p));
    this.categories = new Set(config.categories);
    this.archiveEntries = config.archiveEntries === true;
    const indexed = new Map<string, number[]>();
    this.unfiltered = [];
    this.globs.forEach((g, i) => {
      if (/^[\x20-\x7e]+$/.test(g.literal)) indexed.set(g.literal.toLowerCase(), [...(indexed.get(g.literal.toLowerCase()) ?? []), i]);
      else this.unfiltered.push(i);
    });
    this.literals = keywordIndexFor([...indexed.keys()]);
    this.byLiteral = [...indexed.values()];
  }

  matches(file: string): boolean {
    return this.matching(file) !== undefined;
  }

  /** The first glob (in the policy's order) that says the file is this content, or undefined. */
  matching(file: string): string | undefined {
    // An archive entry is named "outer.tgz!inner/path": its inner path decides. A file of a tree
    // may have `!` in its name: there it separates nothing (a pull request could otherwise name
    // a folder `x!tests` to pass for test content).
    const inner = this.archiveEntries && file.includes('!') ? file.slice(file.lastIndexOf('!') + 1) : file;
    const possible = this.possible(inner);
    if (inner !== file) for (const i of this.possible(file)) possible.add(i);
    if (possible.size === 0) return undefined;
    // In the policy's order: the first glob that matches names the reason.
    for (let i = 0; i < this.globs.length; i++) {
      if (!possible.has(i)) continue;
      const g = this.globs[i]!;
      if (g.match(inner) || (inner !== file && g.match(file))) return g.pattern;
    }
    return undefined;
  }

  /** The globs whose literal the path holds (and those without one). */
  private possible(path: string): Set<number> {
    const out = new Set<number>(this.unfiltered);
    for (const k of this.literals.find(wrapPath(path))) for (const i of this.byLiteral[k]!) out.add(i);
    return out;
  }
}

/** Content where only some categories are scanned: which kind, the glob that decided, the categories. */
export interface NarrowedContent {
  kind: 'thirdParty' | 'testContent' | 'exampleContent';
  glob: string;
  categories: ReadonlySet<Category>;
}

/** What `matcher` makes of the file, as `kind`; undefined when no glob of it matches. */
export function narrowedBy(kind: NarrowedContent['kind'], matcher: ThirdPartyMatcher | undefined, file: string): NarrowedContent | undefined {
  const glob = matcher?.matching(file);
  return glob === undefined ? undefined : { kind, glob, categories: matcher!.categories };
}
