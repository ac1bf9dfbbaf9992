import type { FeatureDef, FeatureSource } from "../contract.js";
import type { ColumnsOptions } from "./options.js";
import { PARALLEL_MIN_BARS, threadBudget } from "./options.js";
import { DEFAULT_LIMITS, featureWorker, type JobOutcome, type WaitLimits } from "./pool.js";
import { isWorkerSafe } from "./portability.js";
import { isShared, sharedFloat64 } from "./shared-memory.js";
import { kernelUnits, splitUnits, type ThreadSplit } from "./split.js";
import { sourceTransfer } from "./transfer.js";

/** The single-thread batch (`computeColumnsSerial`), run by each thread on its share. */
export type SerialColumns = (src: FeatureSource, defs: readonly FeatureDef[], outs: Float64Array[]) => Float64Array[];

/** Wait limits of the worker; tests shorten them to check that a lost worker never hangs the caller. */
let limits: WaitLimits = DEFAULT_LIMITS;
export function setWorkerWaitLimits(next: WaitLimits = DEFAULT_LIMITS): void {
  limits = next;
}

/** How a batch would be split, or undefined when it stays on the calling thread. */
export function planThreads(
  src: FeatureSource,
  defs: readonly FeatureDef[],
  options: ColumnsOptions | undefined,
): ThreadSplit | undefined {
  if (src.bars.length < (options?.minBars ?? PARALLEL_MIN_BARS) || defs.length < 2) return undefined;
  if (threadBudget(options) < 2) return undefined;
  const portable = defs.map((d) => isWorkerSafe(d, options?.registry));
  if (!portable.includes(true)) return undefined;
  const split = splitUnits(kernelUnits(defs, portable));
  return split.worker.length === 0 ? undefined : split;
}

// Scratch outputs for the worker when the caller's column is not SAB-backed; only in use during one
// call (the main thread copies them out before returning), so they are reused across calls: a fresh
// SharedArrayBuffer is new pages to fault in (about +60 ms for the bench's 20 worker columns of 1 M
// bars), the copy back costs about 11 ms. Kept only up to SCRATCH_KEEP_BYTES in all.
const SCRATCH_KEEP_BYTES = 256 * 1024 * 1024;
let scratch: (Float64Array | undefined)[] = [];
function scratchColumn(slot: number, n: number): Float64Array {
  let col = scratch[slot];
  if (col === undefined || col.length < n) {
    col = sharedFloat64(n);
    scratch[slot] = col;
    let bytes = 0;
    for (const c of scratch) bytes += c?.byteLength ?? 0;
    if (bytes > SCRATCH_KEEP_BYTES) scratch[slot] = undefined;
  }
  return col.subarray(0, n);
}

/** Drops the reused scratch buffers (memory back after a large batch). */
export function releaseScratch(): void {
  scratch = [];
}

/**
 * `computeColumns` on two threads: the worker computes its share of the kernel groups straight into
 * SAB-backed output columns while this thread computes the rest, then waits for it. Returns
 * undefined when the batch should stay on this thread (small, one thread allowed, nothing portable,
 * no built worker script, or the worker is busy with an outer call). Values are those of the
 * single-thread path: the same kernels run over the same chunks, only on another thread.
 */
export function computeColumnsParallel(
  src: FeatureSource,
  defs: readonly FeatureDef[],
  outs: Float64Array[] | undefined,
  options: ColumnsOptions | undefined,
  serial: SerialColumns,
): Float64Array[] | undefined {
  const split = planThreads(src, defs, options);
  if (split === undefined) return undefined;
  const worker = featureWorker();
  if (worker === undefined || worker.busy) return undefined;
  const n = src.bars.length;
  // New columns the worker fills are SAB-backed; the main thread's own stay ordinary arrays, whose
  // memory the allocator recycles (a fresh SharedArrayBuffer is new pages to fault in every time).
  const onWorker = new Set(split.worker);
  const cols = defs.map((_, k) => outs?.[k] ?? (onWorker.has(k) ? sharedFloat64(n) : new Float64Array(n)));
  const mainDefs = split.main.map((k) => defs[k]!);
  const mainCols = split.main.map((k) => cols[k]!);
  const workerDefs = split.worker.map((k) => defs[k]!);
  const workerCols = split.worker.map((k) => cols[k]!);
  const targets = workerCols.map((c, j) => (isShared(c) ? c : scratchColumn(j, n)));
  let outcome: JobOutcome;
  try {
    outcome = worker.run(
      { source: sourceTransfer(src), keys: workerDefs.map((d) => d.key), outs: targets },
      () => serial(src, mainDefs, mainCols),
      limits,
    );
  } catch (e) {
    // A lost worker may still be writing for a moment: never hand its scratch to another call.
    releaseScratch();
    throw e;
  }
  if (outcome === "unclaimed") {
    // The worker never took the job (it died or never started) and the job is cancelled: compute its
    // share here. The next call spawns a fresh worker.
    serial(src, workerDefs, workerCols);
    return cols;
  }
  targets.forEach((t, j) => {
    const col = workerCols[j]!;
    // As the single-thread path, which writes nothing past a short column's end.
    if (t !== col) col.set(col.length < n ? t.subarray(0, col.length) : t);
  });
  return cols;
}
