import { keywordLoop, STATE_AT, TABLE_AT, type KeywordLoop } from './keyword-wasm.js';

/**
 * Aho-Corasick over lower-cased ASCII: one pass over a text reports every keyword it contains,
 * overlapping ones included ("_password" and "password"), in time linear in the text. This is the
 * prefilter that decides which rules run at all.
 */
/** Byte -> ASCII folded to lower case; other bytes to 0, which no keyword holds. */
const FOLD = new Uint8Array(256);
for (let c = 1; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

interface WasmLoop {
  memory: WebAssembly.Memory;
  run: KeywordLoop;
  /** Where each state's stamp is (just past the table), and where input bytes go (past the stamps). */
  stamps: number;
  input: number;
  /** Views of the memory, made again when it grows. */
  bytes: Buffer;
  state: Int32Array;
}

const WASM_MAX_INPUT = 16 * 1024 * 1024;

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
    // Columns first: the characters keywords hold, numbered from 1; every other byte shares column 0.
    let columns = 1;
    for (const keyword of keywords) {
      for (const ch of keyword.toLowerCase()) {
        const c = ch.charCodeAt(0);
        if (c >= 128 || c === 0) throw new Error(`keyword "${keyword}" must be printable ASCII`);
        if (this.classes[c] !== 0) continue;
        for (let b = 0; b < 256; b++) if (FOLD[b] === c) this.classes[b] = columns;
        columns++;
      }
    }
    this.shift = Math.max(1, Math.ceil(Math.log2(columns)));
    const width = 1 << this.shift;
    // The trie as a dense table from the start (0: no edge yet; the root is state 0, never a target).
    let table = new Uint32Array(width * 64);
    let states = 1;
    const ends: number[][] = [[]];
    keywords.forEach((keyword, k) => {
      let s = 0;
      for (const ch of keyword.toLowerCase()) {
        const at = s * width + this.classes[ch.charCodeAt(0)]!;
        let t = table[at]!;
        if (t === 0) {
          t = states++;
          if (states * width > table.length) {
            const grown = new Uint32Array(table.length * 2);
            grown.set(table);
            table = grown;
          }
          ends.push([]);
          table[at] = t;
        }
        s = t;
      }
      ends[s]!.push(k);
    });
    // Failure links, breadth first (a queue with a read index: shifting an array is quadratic),
    // folded into the table: a missing edge leads where the failure state's edge does. Column 0
    // has no edge anywhere: it always leads back to the root.
    const fail = new Uint32Array(states);
    const queue = new Uint32Array(states);
    let head = 0;
    let tail = 0;
    for (let c = 0; c < width; c++) if (table[c] !== 0) queue[tail++] = table[c]!;
    const out: number[][] = ends.map((e) => e);
    while (head < tail) {
      const s = queue[head++]!;
      const inherited = out[fail[s]!]!;
      if (inherited.length > 0) out[s] = out[s]!.length > 0 ? [...out[s]!, ...inherited] : inherited;
      const row = s * width;
      const failRow = fail[s]! * width;
      for (let c = 0; c < width; c++) {
        const t = table[row + c]!;
        if (t !== 0) {
          fail[t] = table[failRow + c]!;
          queue[tail++] = t;
        } else table[row + c] = table[failRow + c]!;
      }
    }
    // Renumbered: states without output first (the root, which has none, stays 0), then the others;
    // each entry the next state's row offset.
    const order = [...out.keys()].sort((a, b) => Number(out[a]!.length > 0) - Number(out[b]!.length > 0) || a - b);
    const renamed = new Int32Array(states);
    order.forEach((old, now) => (renamed[old] = now << this.shift));
    this.table = new Int32Array(states * width);
    for (let now = 0; now < states; now++) {
      const from = order[now]! * width;
      for (let c = 0; c < width; c++) this.table[now * width + c] = renamed[table[from + c]!]!;
    }
    this.outputs = order.map((old) => out[old]!);
    const ending = order.findIndex((old) => out[old]!.length > 0);
    this.firstEnding = (ending < 0 ? states : ending) << this.shift;
    this.stamp = new Uint32Array(keywords.length);
    this.stateStamp = new Uint32Array(states);
    if (width > 64) this.loaded = null;
  }

  /**
   * The automaton in WebAssembly memory (keyword-wasm.ts), for byte classes of at most 64 columns:
   * loaded when a long input first comes (an index of a few path globs never sees one); null when
   * it cannot be.
   */
  private loaded: WasmLoop | null | undefined;

  private get wasm(): WasmLoop | undefined {
    if (this.loaded === undefined) this.loaded = this.loadWasm() ?? null;
    return this.loaded ?? undefined;
  }

  private loadWasm(): WasmLoop | undefined {
    // `node --jitless` has no WebAssembly at all: the JavaScript loop then does the work.
    if (typeof WebAssembly === 'undefined') return undefined;
    const stamps = TABLE_AT + this.table.length * 4;
    const input = stamps + this.stateStamp.length * 4;
    const memory = new WebAssembly.Memory({ initial: Math.ceil((input + 65536) / 65536) });
    const run = keywordLoop(memory);
    if (!run) return undefined;
    const bytes = Buffer.from(memory.buffer);
    for (let b = 0; b < 256; b++) bytes[b] = this.classes[b]! * 4;
    const table = new Int32Array(memory.buffer, TABLE_AT, this.table.length);
    for (let i = 0; i < this.table.length; i++) table[i] = this.table[i]! * 4;
    return { memory, run, stamps, input, bytes, state: new Int32Array(memory.buffer, STATE_AT, 1) };
  }

  /** find or findInBytes in WebAssembly: the bytes (a text as UTF-8) copied into its memory, the loop run there. */
  private findWasm(wasm: WasmLoop, input: Uint8Array | string): number[] {
    const room = typeof input === 'string' ? input.length * 3 : input.length;
    if (wasm.input + room > wasm.bytes.length) {
      wasm.memory.grow(Math.ceil((wasm.input + room - wasm.bytes.length) / 65536));
      wasm.bytes = Buffer.from(wasm.memory.buffer);
      wasm.state = new Int32Array(wasm.memory.buffer, STATE_AT, 1);
    }
    let end = wasm.input;
    if (typeof input === 'string') end += wasm.bytes.write(input, wasm.input, 'utf8');
    else wasm.bytes.set(input, wasm.input), (end += input.length);
    const found: number[] = [];
    const search = this.nextSearch();
    const firstEnding = this.firstEnding * 4;
    const shift = this.shift + 2;
    let s = 0;
    for (let at = wasm.input; ; ) {
      at = wasm.run(s, at, end, firstEnding, shift, wasm.stamps, search);
      s = wasm.state[0]!;
      if (at < 0 || this.collect(s >> shift, search, found)) return found;
    }
  }

  /** Indexes of the keywords found in UTF-8 bytes (case-insensitive), each once, without decoding them. */
  findInBytes(bytes: Uint8Array): number[] {
    // Copying into WebAssembly's memory pays from a few hundred bytes; past 16 MiB its memory would stay that large.
    const wasm = bytes.length >= 256 && bytes.length <= WASM_MAX_INPUT ? this.wasm : undefined;
    if (wasm) return this.findWasm(wasm, bytes);
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
    if (++this.search === 0x7fffffff) {
      this.stamp.fill(0);
      this.stateStamp.fill(0);
      if (this.loaded) this.loaded.bytes.fill(0, this.loaded.stamps, this.loaded.input);
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
    // As UTF-8 bytes in WebAssembly's memory: ASCII keeps its place and every other character
    // becomes bytes no keyword holds, so the keywords found are the same.
    const wasm = text.length >= 256 && text.length * 3 <= WASM_MAX_INPUT ? this.wasm : undefined;
    if (wasm) return this.findWasm(wasm, text);
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
