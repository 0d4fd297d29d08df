/**
 * Aho-Corasick over lower-cased ASCII: one pass over a text reports every keyword it contains,
 * overlapping ones included ("_password" and "password"), in time linear in the text. This is the
 * prefilter that decides which rules run at all.
 */
/** Byte -> ASCII folded to lower case; other bytes to 0, which no keyword holds. */
const FOLD = new Uint8Array(256);
for (let c = 1; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

export class KeywordIndex {
  /**
   * The automaton: row `s` (at offset s << shift) gives, per byte class, the next state's row
   * offset. States where a keyword ends are numbered last, so "a keyword ends here" is one
   * comparison with `firstEnding` in the loop that reads every byte of every file.
   */
  private readonly table: Int32Array;
  /**
   * Byte -> column: one per character the keywords hold (either case), 0 for every other byte,
   * which leads back to the root. Rows of 64 columns rather than 128 halve the table the loop
   * reads from: a quarter less time per byte on real files.
   */
  private readonly classes = new Uint8Array(256);
  private readonly shift: number;
  /** For each state's row offset >> shift, the keywords that end there. */
  private readonly outputs: number[][];
  private readonly firstEnding: number;
  /** Which keywords the current search has seen: stamped with a search number, never reallocated. */
  private readonly stamp: Uint32Array;
  /** Which states the current search has collected, stamped the same way. */
  private readonly stateStamp: Uint32Array;
  private search = 0;

  constructor(readonly keywords: readonly string[]) {
    // The trie as a dense table from the start (0: no edge yet; the root is state 0, never a target).
    let table = new Uint32Array(128 * 64);
    let states = 1;
    const ends: number[][] = [[]];
    keywords.forEach((keyword, k) => {
      let s = 0;
      for (const ch of keyword.toLowerCase()) {
        const c = ch.charCodeAt(0);
        if (c >= 128 || c === 0) throw new Error(`keyword "${keyword}" must be printable ASCII`);
        let t = table[s * 128 + c]!;
        if (t === 0) {
          t = states++;
          if (states * 128 > table.length) {
            const grown = new Uint32Array(table.length * 2);
            grown.set(table);
            table = grown;
          }
          ends.push([]);
          table[s * 128 + c] = t;
        }
        s = t;
      }
      ends[s]!.push(k);
    });
    table = table.slice(0, states * 128);
    // Failure links, breadth first (a queue with a read index: shifting an array is quadratic),
    // folded into the table: a missing edge leads where the failure state's edge does.
    const fail = new Uint32Array(states);
    const queue = new Uint32Array(states);
    let head = 0;
    let tail = 0;
    for (let c = 0; c < 128; c++) if (table[c] !== 0) queue[tail++] = table[c]!;
    const out: number[][] = ends.map((e) => e);
    while (head < tail) {
      const s = queue[head++]!;
      const inherited = out[fail[s]!]!;
      if (inherited.length > 0) out[s] = out[s]!.length > 0 ? [...out[s]!, ...inherited] : inherited;
      const row = s * 128;
      const failRow = fail[s]! * 128;
      for (let c = 0; c < 128; c++) {
        const t = table[row + c]!;
        if (t !== 0) {
          fail[t] = table[failRow + c]!;
          queue[tail++] = t;
        } else table[row + c] = table[failRow + c]!;
      }
    }
    // Columns: the characters keywords hold, numbered from 1; every other byte shares column 0.
    const columns: number[] = [0]; // column -> a folded character of it (0: none a keyword holds)
    for (const keyword of keywords) {
      for (const ch of keyword.toLowerCase()) {
        const c = ch.charCodeAt(0);
        if (this.classes[c] !== 0) continue;
        columns.push(c);
        for (let b = 0; b < 256; b++) if (FOLD[b] === c) this.classes[b] = columns.length - 1;
      }
    }
    this.shift = Math.max(1, Math.ceil(Math.log2(columns.length)));
    const width = 1 << this.shift;
    // Renumbered: states without output first (the root, which has none, stays 0), then the others.
    const order = [...out.keys()].sort((a, b) => Number(out[a]!.length > 0) - Number(out[b]!.length > 0) || a - b);
    const renamed = new Int32Array(states);
    order.forEach((old, now) => (renamed[old] = now));
    this.table = new Int32Array(states * width);
    order.forEach((old, now) => {
      columns.forEach((c, column) => (this.table[now * width + column] = renamed[table[old * 128 + c]!]! << this.shift));
    });
    this.outputs = order.map((old) => out[old]!);
    const ending = order.findIndex((old) => out[old]!.length > 0);
    this.firstEnding = (ending < 0 ? states : ending) << this.shift;
    this.stamp = new Uint32Array(keywords.length);
    this.stateStamp = new Uint32Array(states);
  }

  /** Indexes of the keywords found in UTF-8 bytes (case-insensitive), each once, without decoding them. */
  findInBytes(bytes: Uint8Array): number[] {
    const table = this.table;
    const classes = this.classes;
    const firstEnding = this.firstEnding;
    const found: number[] = []; // small and short-lived; most files add nothing to it
    const search = this.nextSearch();
    let s = 0;
    for (let i = 0; i < bytes.length; i++) {
      s = table[s + classes[bytes[i]!]!]!;
      if (s < firstEnding) continue;
      if (this.collect(s >> this.shift, search, found)) return found;
    }
    return found;
  }

  private nextSearch(): number {
    if (++this.search === 0xffffffff) {
      this.stamp.fill(0);
      this.stateStamp.fill(0);
      this.search = 1;
    }
    return this.search;
  }

  /** Records the keywords ending in state s; true once every keyword has been seen. */
  private collect(s: number, search: number, found: number[]): boolean {
    // A state met again in the same search adds nothing: dense text meets "password" on every line.
    if (this.stateStamp[s] === search) return false;
    this.stateStamp[s] = search;
    for (const k of this.outputs[s]!) {
      if (this.stamp[k] !== search) {
        this.stamp[k] = search;
        found.push(k);
      }
    }
    return found.length === this.stamp.length;
  }

  /** Indexes of the keywords found in the text (case-insensitive), each once. */
  find(text: string): number[] {
    const table = this.table;
    const classes = this.classes;
    const firstEnding = this.firstEnding;
    const found: number[] = [];
    const search = this.nextSearch();
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = table[s + (c < 128 ? classes[c]! : 0)]!;
      if (s < firstEnding) continue;
      if (this.collect(s >> this.shift, search, found)) return found;
    }
    return found;
  }
}

/** Indexes built in this thread, by keyword list: a scan builds scanners of the same rules more than once. */
const built = new Map<string, KeywordIndex>();

/** The index of these keywords, built once per thread (the table of all built-in rules takes tens of milliseconds). */
export function keywordIndexFor(keywords: readonly string[]): KeywordIndex {
  const key = keywords.join('\n');
  let index = built.get(key);
  if (!index) {
    if (built.size >= 16) built.clear();
    built.set(key, (index = new KeywordIndex(keywords)));
  }
  return index;
}
