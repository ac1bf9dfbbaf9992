import type { FeatureDef } from "./contract.js";
import { isWorkerSafe } from "./parallel/portability.js";
import type { FeatureRegistry } from "./registry.js";

/** Below this a zero fill costs next to nothing, and Buffer's small-allocation pool hands out shared slabs. */
const UNFILLED_MIN_BYTES = 64 * 1024;

/**
 * A new batch output column of `n` rows for `def`. The built-in kernels write every row of a batch
 * (output-columns.test.ts checks each of them), so their columns skip the zero fill, which costs about
 * as much as a light kernel (0.45 ms for S2's 14 columns of 86 k rows). Any other feature (a plugin's,
 * or a built-in name not traced to its family through `registry`, see `isWorkerSafe`) gets a
 * zero-filled column, so a row its kernel skips reads 0, never memory left there by something else.
 */
export function outputColumn(def: FeatureDef, n: number, registry?: FeatureRegistry): Float64Array {
  const bytes = n * Float64Array.BYTES_PER_ELEMENT;
  if (bytes < UNFILLED_MIN_BYTES || !isWorkerSafe(def, registry)) return new Float64Array(n);
  // allocUnsafeSlow: a buffer of its own (offset 0, so 8-byte aligned), not zero-filled.
  const buf = Buffer.allocUnsafeSlow(bytes);
  return new Float64Array(buf.buffer, buf.byteOffset, n);
}
