import { createFeatureRegistry, featureSource } from "sessionkit";
import { SHARED_FILES } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { loadShared } from "./__tests__/harness.js";
import { bearConfirm, bullConfirm, decelerationRun } from "./bar-patterns.js";
import { S2_CONST } from "./constants.js";
import {
  CONFIRM_BEAR,
  CONFIRM_BULL,
  CONFIRM_KNOWN,
  confirmAt,
  decelRunAt,
  MAX_DECEL_RUN,
  patternColumns,
} from "./pattern-columns.js";
import { flooredSigma } from "./prefilter.js";

/** A BarHistory over the columns at bar i (what decide's ctx.bars reads), for the comparison. */
function historyOver(bars: { open: Float64Array; high: Float64Array; low: Float64Array; close: Float64Array }) {
  let i = 0;
  const at = (col: Float64Array, k: number) => (i - k >= 0 ? (col[i - k] as number) : Number.NaN);
  const h = {
    get length() {
      return i + 1;
    },
    time: () => Number.NaN,
    open: (k = 0) => at(bars.open, k),
    high: (k = 0) => at(bars.high, k),
    low: (k = 0) => at(bars.low, k),
    close: (k = 0) => at(bars.close, k),
    volume: () => Number.NaN,
  };
  return (j: number) => {
    i = j;
    return h;
  };
}

// The screen reads these columns where decide calls the history functions: on every bar of every
// shared file, both give the same deceleration run and reversal bars.
describe("S2 pattern columns equal decide's history functions on every bar", () => {
  const registry = createFeatureRegistry();
  for (const file of SHARED_FILES) {
    it(file, async () => {
      const { bars, labels } = await loadShared(file);
      const src = featureSource(bars, labels);
      const vwap = registry.resolve("vwap.session").batch(src);
      const sigma = registry.resolve("vwap.session.sigma").batch(src);
      const cols = patternColumns(bars, vwap, sigma);
      expect(patternColumns(bars, vwap, sigma)).toBe(cols);
      const historyAt = historyOver(bars);
      let mismatches = 0;
      let confirms = 0;
      for (let i = 0; i < bars.length; i++) {
        const b = historyAt(i);
        const v = vwap[i] as number;
        const s = sigma[i] as number;
        const band = S2_CONST.confirmBandSigma * flooredSigma(s);
        const bits = (bullConfirm(b, v - band) ? CONFIRM_BULL : 0) | (bearConfirm(b, v + band) ? CONFIRM_BEAR : 0);
        if (
          decelRunAt(cols, i) !== decelerationRun(b, v, MAX_DECEL_RUN) ||
          confirmAt(cols, i) !== (bits | CONFIRM_KNOWN) ||
          cols.decelRun[i] !== decelRunAt(cols, i) ||
          cols.confirm[i] !== confirmAt(cols, i)
        )
          mismatches++;
        if (bits !== 0) confirms++;
      }
      expect(mismatches).toBe(0);
      expect(confirms).toBeGreaterThan(bars.length / 20);
    }, 60_000);
  }
});
