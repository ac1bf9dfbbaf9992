// Shared timing helpers for benchmarks: warm up, then take the median of repeated runs.
import { performance } from "node:perf_hooks";

/** Median wall time in ms of `fn()` over `runs` runs after `warmups` warm-up runs. */
export function medianMs(fn, { runs = 30, warmups = 5 } = {}) {
  for (let i = 0; i < warmups; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Median over `runs` of the mean time per call (ns) of `fn` called `inner` times. */
export function nsPerCall(fn, inner, { runs = 15, warmups = 3 } = {}) {
  const ms = medianMs(
    () => {
      for (let i = 0; i < inner; i++) fn(i);
    },
    { runs, warmups },
  );
  return (ms * 1e6) / inner;
}
