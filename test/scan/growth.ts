/**
 * Growth measured by ratio, never by absolute time: two sizes timed in the same process, each the
 * minimum of a few repetitions, compared with a generous bound. Linear work grows about 4x from n
 * to 4n and quadratic 16x; a ratio above the bound is re-measured before it counts.
 *
 * Time is this process's CPU time (process.cpuUsage), not the wall clock: other processes on a busy
 * machine (scripts/under-load.sh runs four CPU-bound ones beside the suite) take the cores in turns,
 * which stretches wall time unevenly between the two sizes, but not the work this process does.
 */

/** Milliseconds of this process's CPU time since `start` (a process.cpuUsage() reading). */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** CPU milliseconds one call takes: repeated until at least `minMs` were used, the best of `reps`. */
export function timePer(fn: () => void, minMs = 5, reps = 3): number {
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    let iterations = 0;
    const start = process.cpuUsage();
    let elapsed = 0;
    do {
      fn();
      iterations++;
      elapsed = cpuMsSince(start);
    } while (elapsed < minMs && iterations < 10_000);
    best = Math.min(best, elapsed / iterations);
  }
  return best;
}

export function timeOnce(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  return cpuMsSince(start);
}

export interface Growth {
  /** The two sizes compared (the larger is 4x the smaller) and how much longer the larger took. */
  small: number;
  large: number;
  ratio: number;
}

/**
 * The ratio of time at 4n to time at n, from `n` up by 4x while the ratio is above `linear` and the
 * next size is affordable: constant costs weigh less at larger sizes, and a step (a match that only
 * the larger input holds, a pause of the machine) does not repeat at the next size, while growth
 * does. Where it cannot go larger, the ratio is measured once more and the lower of the two counts.
 */
export function growth(run: (n: number) => void, n: number, maxN: number, linear = 6): Growth {
  let small = n;
  for (;;) {
    const { ratio, large } = measureRatio(run, small);
    if (ratio <= linear) return { small, large: small * 4, ratio };
    // The next size would cost about large * ratio (more if the growth is exponential, hence the
    // square): one that would take seconds is not tried, as an exponential pattern would hang there.
    if (small * 16 <= maxN && large * ratio * ratio <= 5000) {
      small *= 4;
      continue;
    }
    // Measured twice more: a pause only ever lengthens one measurement, growth lengthens every one.
    return { small, large: small * 4, ratio: Math.min(ratio, measureRatio(run, small).ratio, measureRatio(run, small).ratio) };
  }
}

function measureRatio(run: (n: number) => void, n: number): { ratio: number; large: number } {
  run(n * 4); // warm: compile and allocate before timing
  const large = timePer(() => run(n * 4));
  return { ratio: large / timePer(() => run(n)), large };
}
