/**
 * The keyword automaton's inner loop as WebAssembly (keywords.ts). The loop reads every byte of
 * every file a scan reads; as JavaScript each step pays three bounds checks and a byte fold, and it
 * ran at about 4 ns a byte. As WebAssembly it runs at the speed of its two dependent loads.
 *
 * The module is written here byte by byte (144 bytes; a compiler would be a dependency for
 * one loop). It imports its memory, laid out by the caller:
 *
 *   0..255    byte -> column * 4 (the automaton's byte classes, as byte offsets into a row)
 *   256..259  the state the last call ended in
 *   512..     the table: per state and column, the byte offset (from 512) of the next state's row
 *   stamps    after the table: per state, the search that last met it (an i32 each)
 *   input     after the stamps: the bytes to read
 *
 * `r(state, from, end, firstEnding, shift, stamps, search)` steps from address `from` to `end` and
 * returns the address after the byte that led into a state at or past `firstEnding` (where some
 * keyword ends) not met before in this search, or -1 at the end; either way the state it stopped in
 * is at address 256. A state's number is its row offset >> `shift`; its stamp is at `stamps` + 4 x
 * that. (Text full of one keyword meets its state on every line: each return to JavaScript costs
 * more than a hundred steps here.)
 */
export const STATE_AT = 256;
export const TABLE_AT = 512;

/** An unsigned LEB128 number, as WebAssembly writes sizes and offsets. */
function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** A signed LEB128 number, as `i32.const` takes its operand. */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

function section(id: number, contents: number[]): number[] {
  return [id, ...leb(contents.length), ...contents];
}

const I32 = 0x7f;
const [S, FROM, END, FIRST, SHIFT, STAMPS, SEARCH, AT] = [0, 1, 2, 3, 4, 5, 6, 7];
const op = {
  block: 0x02,
  loop: 0x03,
  void: 0x40,
  end: 0x0b,
  brIf: 0x0d,
  ret: 0x0f,
  get: 0x20,
  set: 0x21,
  load: 0x28,
  load8u: 0x2d,
  store: 0x36,
  const: 0x41,
  tee: 0x22,
  eq: 0x46,
  shl: 0x74,
  shrU: 0x76,
  add: 0x6a,
  ltU: 0x49,
  geU: 0x4f,
};

const i32 = (n: number): number[] => [op.const, ...sleb(n)];
/** Stores the current state at STATE_AT, for the caller to read. */
const SAVE_STATE = [...i32(STATE_AT), op.get, S, op.store, 2, 0];

const BODY = [
  1, 1, I32, // one local: the address of a state's stamp
  op.block, op.void,
  op.loop, op.void,
  op.get, FROM, op.get, END, op.geU, op.brIf, 1, // at the end: leave the block
  op.get, S,
  op.get, FROM, op.load8u, 0, 0, // the byte
  op.load8u, 0, 0, // its column * 4
  op.add,
  op.load, 2, ...leb(TABLE_AT), // the next state's row offset
  op.set, S,
  op.get, FROM, ...i32(1), op.add, op.set, FROM,
  op.get, S, op.get, FIRST, op.ltU, op.brIf, 0, // no keyword ends here: next byte
  op.get, S, op.get, SHIFT, op.shrU, ...i32(2), op.shl, op.get, STAMPS, op.add, op.tee, AT,
  op.load, 2, 0, op.get, SEARCH, op.eq, op.brIf, 0, // met before in this search: next byte
  op.get, AT, op.get, SEARCH, op.store, 2, 0,
  ...SAVE_STATE,
  op.get, FROM, op.ret,
  op.end,
  op.end,
  ...SAVE_STATE,
  ...i32(-1),
  op.end,
];

const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 7, I32, I32, I32, I32, I32, I32, I32, 1, I32]),
  ...section(2, [1, 1, 0x65, 1, 0x6d, 0x02, 0x00, 1]), // import e.m: a memory of at least one page
  ...section(3, [1, 0]),
  ...section(7, [1, 1, 0x72, 0x00, 0]), // export r: function 0
  ...section(10, [1, ...leb(BODY.length), ...BODY]),
]);

let compiled: WebAssembly.Module | null | undefined;

export type KeywordLoop = (state: number, from: number, end: number, firstEnding: number, shift: number, stamps: number, search: number) => number;

/** The loop bound to `memory`, or undefined where the module cannot be compiled. */
export function keywordLoop(memory: WebAssembly.Memory): KeywordLoop | undefined {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(MODULE);
    } catch {
      compiled = null;
    }
  }
  if (compiled === null) return undefined;
  const instance = new WebAssembly.Instance(compiled, { e: { m: memory } });
  return instance.exports.r as KeywordLoop;
}
