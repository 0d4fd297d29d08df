/**
 * Aho-Corasick over lower-cased ASCII: one pass over a text reports every keyword it contains,
 * overlapping ones included ("_password" and "password"), in time linear in the text. This is the
 * prefilter that decides which rules run at all.
 */
export class KeywordIndex {
  private readonly table: Int32Array;
  /** For each state, the keywords that end there. */
  private readonly outputs: number[][];

  constructor(readonly keywords: readonly string[]) {
    const next: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    keywords.forEach((keyword, k) => {
      let s = 0;
      for (const ch of keyword.toLowerCase()) {
        const c = ch.charCodeAt(0);
        if (c >= 128) throw new Error(`keyword "${keyword}" must be ASCII`);
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
    const table = new Int32Array(next.length * 128);
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
  }

  /** Indexes of the keywords found in UTF-8 bytes (case-insensitive), each once, without decoding them. */
  findInBytes(bytes: Uint8Array): number[] {
    const table = this.table;
    const outputs = this.outputs;
    const seen = new Uint8Array(this.keywords.length);
    const found: number[] = [];
    let s = 0;
    for (let i = 0; i < bytes.length; i++) {
      let c = bytes[i]!;
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 128) {
        s = 0; // part of a multi-byte character: no ASCII keyword runs through it
        continue;
      }
      s = table[s * 128 + c]!;
      const o = outputs[s]!;
      if (o.length === 0) continue;
      for (const k of o) {
        if (seen[k] === 0) {
          seen[k] = 1;
          found.push(k);
          if (found.length === seen.length) return found;
        }
      }
    }
    return found;
  }

  /** Indexes of the keywords found in the text (case-insensitive), each once. */
  find(text: string): number[] {
    const table = this.table;
    const outputs = this.outputs;
    const seen = new Uint8Array(this.keywords.length);
    const found: number[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 128) {
        s = 0;
        continue;
      }
      s = table[s * 128 + c]!;
      const o = outputs[s]!;
      if (o.length === 0) continue;
      for (const k of o) {
        if (seen[k] === 0) {
          seen[k] = 1;
          found.push(k);
          if (found.length === seen.length) return found;
        }
      }
    }
    return found;
  }
}
