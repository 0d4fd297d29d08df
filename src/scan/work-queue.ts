/**
 * The files of a folder scan shared between this thread and worker threads as one queue: every
 * thread claims the next few files with one atomic add on shared memory, so a thread that starts
 * late (a worker loads the bundle and the policy first) or meets large files simply claims fewer,
 * and no thread waits for another's fixed half. Each worker has a slot saying whether it joined:
 * a worker ready after the queue ran dry is turned away, and the scan never waits for its start.
 */
const NEXT = 0;
const OPEN = 0;
const JOINED = 1;
const CLOSED = 2;

export class WorkQueue {
  private readonly cells: Int32Array;

  /** `buffer` is shared between threads: made here by `create`, received by workers. */
  constructor(
    readonly buffer: SharedArrayBuffer,
    readonly total: number,
    /** Files per claim: small enough that the last claims even out, large enough to be rare. */
    readonly batch: number,
  ) {
    this.cells = new Int32Array(buffer);
  }

  static create(total: number, workers: number, batch = 16): WorkQueue {
    return new WorkQueue(new SharedArrayBuffer(4 * (1 + workers)), total, batch);
  }

  /** The next files to scan, as indexes [start, end) of the listing; undefined once none are left. */
  claim(): [number, number] | undefined {
    const start = Atomics.add(this.cells, NEXT, this.batch);
    return start >= this.total ? undefined : [start, Math.min(this.total, start + this.batch)];
  }

  /** A worker, ready to scan: false when the scan already ended without it (it must then do nothing). */
  join(slot: number): boolean {
    const joined = Atomics.compareExchange(this.cells, 1 + slot, OPEN, JOINED) === OPEN;
    Atomics.notify(this.cells, 1 + slot);
    return joined;
  }

  /** Waits (at most `ms`) until the worker of `slot` joined or gave up: for tests that need every thread to take part. */
  awaitJoin(slot: number, ms: number): void {
    Atomics.wait(this.cells, 1 + slot, OPEN, ms);
  }

  /** This thread, done with the queue: true when the worker never joined (its result need not be awaited). */
  close(slot: number): boolean {
    return Atomics.compareExchange(this.cells, 1 + slot, OPEN, CLOSED) === OPEN;
  }
}

/**
 * The files of `list` this thread claims from the queue, one claim at a time; `mine` records their
 * indexes, and `progress` hears where each claim ends.
 */
export function* claimed<T>(queue: WorkQueue, list: readonly T[], mine?: Set<number>, progress?: (done: number) => void): Generator<T> {
  for (let range = queue.claim(); range; range = queue.claim()) {
    progress?.(range[0]);
    for (let i = range[0]; i < range[1]; i++) {
      mine?.add(i);
      yield list[i]!;
    }
  }
}
