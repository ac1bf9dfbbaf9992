/**
 * Where each run of bars with one label session code starts, per labels' session column (cached: every
 * run over a dataset shares it), ending with the column's length. The screen walks these instead of
 * comparing the session code of every bar (0.16 ms per 86 k bars, about a quarter of its loop).
 */
const cache = new WeakMap<Int8Array, Int32Array>();

export function sessionRuns(session: Int8Array): Int32Array {
  let runs = cache.get(session);
  if (runs !== undefined) return runs;
  const starts: number[] = [];
  for (let i = 0; i < session.length; i++) if (i === 0 || session[i] !== session[i - 1]) starts.push(i);
  starts.push(session.length);
  runs = Int32Array.from(starts);
  cache.set(session, runs);
  return runs;
}

/** The index r of the run that holds bar i: runs[r] <= i < runs[r + 1]. */
export function runOf(runs: Int32Array, i: number): number {
  let lo = 0;
  let hi = runs.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((runs[mid] as number) <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
