import { createFeatureRegistry, featureSource, instrumentOf, registryColumns, runScreen } from "sessionkit";
import { describe, expect, it } from "vitest";
import { loadShared } from "./__tests__/harness.js";
import { S2_CONST } from "./constants.js";
import type { S2FeatureName } from "./features.js";
import { CONFIRM_BEAR, CONFIRM_BULL, confirmAt, decelRunAt, patternColumns } from "./pattern-columns.js";
import { beyondStretchFloor, gatesPass, volzOrZero, zOf } from "./prefilter.js";
import { QuantileTable } from "./quantile-table.js";
import { HOT_LOOP_CONSTANTS, screenS2 } from "./screen.js";
import {
  FACT_CONFIRMED_SHIFT,
  FACT_DECEL_MASK,
  FACT_DECEL_SHIFT,
  FACT_HOUR_MASK,
  FACT_HOUR_SHIFT,
  FACT_Z_COUNT_MASK,
  screenColumns,
  zCountOf,
} from "./screen-columns.js";
import { createS2State, type S2State } from "./state.js";
import { s2Strategy } from "./strategy.js";

// The screen's hot loop restates the gates, z, the quantile fold and the stretch floor with literal
// constants (screen.ts explains why). These tests hold it to the functions decide calls.
describe("S2 screen hot loop", () => {
  it("writes S2_CONST's values as its literals", () => {
    expect(HOT_LOOP_CONSTANTS).toEqual({ minBars: S2_CONST.minBars, sigmaFloor: S2_CONST.sigmaFloor });
  });

  for (const file of ["ESM26_1m.csv.gz", "MNQU25_1m.csv.gz"]) {
    it(`folds the quantile table as QuantileTable does and marks only bars past gates and floor (${file})`, async () => {
      const { bars, labels } = await loadShared(file);
      const params = s2Strategy.defaultParams();
      const resolved = s2Strategy.resolveFeatures(params);
      const columns = registryColumns(createFeatureRegistry(), featureSource(bars, labels));
      const features = Object.fromEntries(
        resolved.names.map((name, k) => [name, columns.column(resolved.keys[k]!)]),
      ) as Record<S2FeatureName, Float64Array>;
      const session = Object.freeze({ params, features });
      const instrument = instrumentOf(bars.symbol);
      const start = 60;
      const screen = (state: S2State) =>
        runScreen(screenS2, {
          strategyId: "S2",
          bars,
          labels,
          instrument,
          sessions: [session, session, session, session],
          state,
          start,
        });
      // The first run over these columns screens from them; the second from the dataset's screen
      // columns (screen-columns.ts), built when a second run asks. Both must give the same.
      const first = createS2State();
      const firstMarks = screen(first);
      const state = createS2State();
      const marks = screen(state);
      expect(Array.from(marks)).toEqual(Array.from(firstMarks));
      expect(Array.from(state.quantiles.cells)).toEqual(Array.from(first.quantiles.cells));
      const pat = patternColumns(bars, features.vwap, features.sigma);
      const sc = screenColumns(pat, labels, features.atr, features.volz, createS2State());
      if (sc === undefined) throw new Error("no screen columns after two runs");
      for (let i = 0; i < bars.length; i++) {
        const vwap = features.vwap[i]!;
        const sigma = features.sigma[i]!;
        const atr = features.atr[i]!;
        const close = bars.close[i]!;
        const ready = labels.open[i] === 1 && i + 1 >= S2_CONST.minBars && vwap > 0 && sigma > 0 && atr > 0;
        if (!ready) {
          expect(sc.volz[i], `volz at ${i}, a bar that fails a parameter-free gate`).toBeNaN();
          continue;
        }
        const absZ = Math.abs(zOf(close, vwap, sigma));
        expect(sc.volz[i], `volz at ${i}`).toBe(volzOrZero(features.volz[i]!));
        expect(sc.absZ[i], `|z| at ${i}`).toBe(absZ);
        expect(sc.absA[i], `|a| at ${i}`).toBe(Math.abs((close - vwap) / atr));
        const w = sc.facts[i]!;
        expect(w & FACT_Z_COUNT_MASK, `z count at ${i}`).toBe(zCountOf(absZ));
        expect((w >>> FACT_HOUR_SHIFT) & FACT_HOUR_MASK, `hour at ${i}`).toBe(Math.floor(labels.etMinute[i]! / 60));
        expect((w >>> FACT_DECEL_SHIFT) & FACT_DECEL_MASK, `deceleration run at ${i}`).toBe(decelRunAt(pat, i));
        const confirm = confirmAt(pat, i);
        const confirmed =
          close > vwap ? (confirm & CONFIRM_BEAR) !== 0 : close < vwap ? (confirm & CONFIRM_BULL) !== 0 : true;
        expect(w >>> FACT_CONFIRMED_SHIFT, `confirmation at ${i}`).toBe(confirmed ? 1 : 0);
      }

      // The reference: decide's functions over every open bar from the first decision bar.
      const table = new QuantileTable();
      const nq = instrument.family === "NQ";
      const f = features;
      let passed = 0;
      let marked = 0;
      for (let i = start; i < bars.length; i++) {
        if (labels.open[i] !== 1) continue;
        const vwap = f.vwap[i]!;
        const sigma = f.sigma[i]!;
        const atr = f.atr[i]!;
        const ok = gatesPass(params, i + 1, bars.volume[i]!, vwap, sigma, atr, volzOrZero(f.volz[i]!));
        if (!ok) {
          expect(marks[i], `bar ${i} fails the gates`).toBe(0);
          continue;
        }
        const z = zOf(bars.close[i]!, vwap, sigma);
        const q = table.readThenFold(bars.time[i]!, Math.floor(labels.etMinute[i]! / 60), Math.abs(z));
        const beyond = beyondStretchFloor(params, nq, bars.close[i]!, vwap, atr, z, q);
        if (beyond) passed++;
        if (marks[i] === 1) {
          marked++;
          expect(beyond, `bar ${i} is marked inside the floor`).toBe(true);
          expect(state.screenQ![i], `quantile read at bar ${i}`).toBe(q);
        }
      }
      expect(Array.from(state.quantiles.cells)).toEqual(Array.from(table.cells));
      expect(marked).toBeGreaterThan(0);
      expect(passed).toBeGreaterThan(marked);
    }, 60_000);
  }
});
