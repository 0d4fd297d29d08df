import type { Scanner } from './scanner.js';
import type { ScanStats } from './targets/source.js';
import type { Category } from './types.js';

/**
 * What the scan narrowed, and where: files of third-party content and of test content were scanned
 * for some categories only (third-party.ts), and documentation files read code in them as examples
 * (src/scan/rules/context.ts). Counted per file scanned, so a reader can see why a value was not
 * reported. Plain data only, no value: it travels between threads and into every report format.
 */
export type NarrowedKind = 'thirdParty' | 'testContent' | 'exampleContent' | 'documentation';

export interface NarrowedClass {
  /** Files scanned as this kind of content. */
  files: number;
  /** The categories whose rules ran on them, in CATEGORIES order. */
  ran: Category[];
  /** The categories left out there (a policy's own rules still run everywhere). */
  leftOut: Category[];
  /** Categories whose values in code (inline code, fenced and literal blocks) are read as examples. */
  readAsExamples: Category[];
  /** What decided: the globs that matched (documentation: `*.md` and such, by extension), most files first. */
  globs: { glob: string; files: number }[];
  /** The first few of the files, in path order. */
  examples: string[];
}

export type Narrowed = Record<NarrowedKind, NarrowedClass>;

export const NARROWED_KINDS: readonly NarrowedKind[] = ['thirdParty', 'testContent', 'exampleContent', 'documentation'];

/** How many example paths each kind keeps. */
export const NARROWED_EXAMPLES = 5;

/** Every category, in the order reports list them. The record makes the compiler check the list is whole. */
const ORDER: Record<Category, number> = {
  'package-token': 0,
  'cloud-key': 1,
  'saas-key': 2,
  'private-key': 3,
  jwt: 4,
  'private-registry': 5,
  'signed-url': 6,
  'license-key': 7,
  'smtp-credentials': 8,
  'url-credentials': 9,
  'generic-secret': 10,
  identity: 11,
  'ip-address': 12,
  payload: 13,
  'source-code': 14,
  archive: 15,
};
export const CATEGORIES = (Object.keys(ORDER) as Category[]).sort((a, b) => ORDER[a] - ORDER[b]);

/**
 * Documentation files: the extensions src/scan/rules/context.ts reads as documentation (its
 * DOC_FILE; test/scan/narrowed.test.ts keeps the two equal), where code in the text is an example.
 */
const DOC_FILE = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc)$/i;

/** In documentation, code is read as examples by these categories' rules: private addresses, passwords. */
const DOC_EXAMPLES: Category[] = ['generic-secret', 'identity', 'ip-address'];

export function emptyNarrowed(): Narrowed {
  const empty = (): NarrowedClass => ({ files: 0, ran: [], leftOut: [], readAsExamples: [], globs: [], examples: [] });
  return { thirdParty: empty(), testContent: empty(), exampleContent: empty(), documentation: empty() };
}

/**
 * Counts one scanned file under the kind of content it is to `scanner`: third-party, else test
 * content, else documentation (by extension), else nothing. Constant work per file.
 */
export function noteNarrowed(stats: ScanStats, scanner: Scanner, file: string): void {
  const content = scanner.contentOf(file);
  let kind: NarrowedKind;
  let glob: string;
  let ran: ReadonlySet<Category> | undefined;
  if (content) ({ kind, glob, categories: ran } = content);
  else {
    const doc = DOC_FILE.exec(file);
    if (!doc) return;
    kind = 'documentation';
    glob = `*.${doc[1]!.toLowerCase()}`;
  }
  const entry = (stats.narrowed ??= emptyNarrowed())[kind];
  // Scanners of one scan may scan different categories there (a pull request's added lines): joined.
  if (entry.files === 0 || (ran && lastRan.get(entry) !== ran)) {
    Object.assign(entry, describe(kind, ran && entry.files > 0 ? new Set([...entry.ran, ...ran]) : ran));
    if (ran) lastRan.set(entry, ran);
  }
  entry.files++;
  const counted = entry.globs.find((g) => g.glob === glob);
  if (counted) counted.files++;
  else entry.globs.push({ glob, files: 1 });
  addExample(entry.examples, file);
}

/** The categories a tally was last described with, so that a file of the same scanner costs no comparison. */
const lastRan = new WeakMap<NarrowedClass, ReadonlySet<Category>>();

/** ran, leftOut and readAsExamples of a kind; `ran` undefined: every category. */
function describe(kind: NarrowedKind, ran: ReadonlySet<Category> | undefined): Pick<NarrowedClass, 'ran' | 'leftOut' | 'readAsExamples'> {
  return {
    ran: CATEGORIES.filter((c) => !ran || ran.has(c)),
    leftOut: CATEGORIES.filter((c) => ran && !ran.has(c)),
    readAsExamples: kind === 'documentation' ? [...DOC_EXAMPLES] : [],
  };
}

/** Keeps the NARROWED_EXAMPLES smallest paths, sorted, each once. */
function addExample(examples: string[], file: string): void {
  if (examples.length === NARROWED_EXAMPLES && file >= examples[NARROWED_EXAMPLES - 1]!) return;
  let at = examples.length;
  while (at > 0 && examples[at - 1]! > file) at--;
  if (examples[at - 1] === file) return;
  examples.splice(at, 0, file);
  if (examples.length > NARROWED_EXAMPLES) examples.pop();
}

/** Two tallies as one (shards, threads, merged reports): counts added, categories joined, examples re-picked. */
export function mergeNarrowed(a: Narrowed | undefined, b: Narrowed | undefined): Narrowed {
  const out = emptyNarrowed();
  for (const kind of NARROWED_KINDS) {
    const sides = [a?.[kind], b?.[kind]].filter((x): x is NarrowedClass => x !== undefined && x.files > 0);
    if (sides.length === 0) continue;
    const ran = new Set(sides.flatMap((s) => s.ran));
    const entry = out[kind];
    Object.assign(entry, describe(kind, ran));
    entry.readAsExamples = CATEGORIES.filter((c) => sides.some((s) => s.readAsExamples.includes(c)));
    for (const side of sides) {
      entry.files += side.files;
      for (const g of side.globs) {
        const counted = entry.globs.find((x) => x.glob === g.glob);
        if (counted) counted.files += g.files;
        else entry.globs.push({ ...g });
      }
      for (const file of side.examples) addExample(entry.examples, file);
    }
  }
  return sortedNarrowed(out);
}

/** The tally as reports give it: globs most files first, then by glob. */
export function sortedNarrowed(n: Narrowed): Narrowed {
  const out = emptyNarrowed();
  for (const kind of NARROWED_KINDS) {
    const c = n[kind];
    out[kind] = { ...c, globs: [...c.globs].sort((x, y) => y.files - x.files || (x.glob < y.glob ? -1 : x.glob > y.glob ? 1 : 0)), examples: [...c.examples] };
  }
  return out;
}

/** Whether anything was narrowed at all (the text report shows its block only then). */
export function anyNarrowed(n: Narrowed): boolean {
  return NARROWED_KINDS.some((k) => n[k].files > 0);
}
