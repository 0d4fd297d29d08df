/**
 * Aho-Corasick over lower-cased ASCII: one pass over a text reports every keyword it contains,
 * overlapping ones included ("_password" and "password"), in time linear in the text. This is the
 * prefilter that decides which rules run at all.
 */
/** Byte -> table column: ASCII folded to lower case; other bytes to column 0, which leads back to the root. */
const FOLD = new Uint8Array(256);
for (let c = 1; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

export class KeywordIndex {
  private readonly table: Uint32Array;
  /** For each state, the keywords that end there; `terminal` says whether there are any. */
  private readonly outputs: number[][];
  private readonly terminal: Uint8Array;
  /** Which keywords the current search has seen: stamped with a search number, never reallocated. */
  private readonly stamp: Uint32Array;
  private search = 0;

  constructor(readonly keywords: readonly string[]) {
    const next: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    keywords.forEach((keyword, k) => {
      let s = 0;
      for (const ch of keyword.toLowerCase()) {
        const c = ch.charCodeAt(0);
        if (c >= 128 || c === 0) throw new Error(`keyword "${keyword}" must be printable ASCII`);
        let t = next[s]!.get(c);
        if (t === undefined) {
          t = next.length;
          next.push(new Map());
          out.push([]);
          next[s]!.set(c, t);
        }
        s = t;
      }
      out[s]!.push(k);
    });
    // Failure links, breadth first, folded into a dense transition table.
    const fail = new Int32Array(next.length);
    const queue: number[] = [];
    for (const t of next[0]!.values()) queue.push(t);
    const table = new Uint32Array(next.length * 128);
    for (let c = 0; c < 128; c++) table[c] = next[0]!.get(c) ?? 0;
    while (queue.length > 0) {
      const s = queue.shift()!;
      out[s] = [...out[s]!, ...out[fail[s]!]!];
      for (let c = 0; c < 128; c++) {
        const t = next[s]!.get(c);
        if (t !== undefined) {
          fail[t] = table[fail[s]! * 128 + c]!;
          queue.push(t);
          table[s * 128 + c] = t;
        } else {
          table[s * 128 + c] = table[fail[s]! * 128 + c]!;
        }
      }
    }
    this.table = table;
    this.outputs = out;
    this.terminal = Uint8Array.from(out, (o) => (o.length > 0 ? 1 : 0));
    this.stamp = new Uint32Array(keywords.length);
  }

  /** Indexes of the keywords found in UTF-8 bytes (case-insensitive), each once, without decoding them. */
  findInBytes(bytes: Uint8Array): number[] {
    const table = this.table;
    const terminal = this.terminal;
    const found: number[] = []; // small and short-lived; most files add nothing to it
    const search = this.nextSearch();
    let s = 0;
    for (let i = 0; i < bytes.length; i++) {
      s = table[(s << 7) | FOLD[bytes[i]!]!]!;
      if (terminal[s] === 0) continue;
      if (this.collect(s, search, found)) return found;
    }
    return found;
  }

  private nextSearch(): number {
    if (++this.search === 0xffffffff) {
      this.stamp.fill(0);
      this.search = 1;
    }
    return this.search;
  }

  /** Records the keywords ending in state s; true once every keyword has been seen. */
  private collect(s: number, search: number, found: number[]): boolean {
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
    const terminal = this.terminal;
    const found: number[] = [];
    const search = this.nextSearch();
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = table[(s << 7) | (c < 256 ? FOLD[c]! : 0)]!;
      if (terminal[s] === 0) continue;
      if (this.collect(s, search, found)) return found;
    }
    return found;
  }
}
