import { createFeatureRegistry, featureSource, registryColumns, resolveParamSet } from "sessionkit";
import { SHARED_FILES } from "sessionkit/testing";
import { describe, expect, it } from "vitest";
import { type Loaded, loadShared, runS2 } from "./__tests__/harness.js";
import { paramSchemaEntry } from "./index.js";

// The screen is an optimisation only: on every file of ../shared/data, the guarded run (decide on every
// bar, folding its own quantile table, SK_STRATEGY_SCREEN_MISSED on a hidden entry), the screened run
// (decide only on marked bars, quantiles from the screen) and a run without the screen trade the same.
const featureColumns = (data: Loaded) =>
  registryColumns(createFeatureRegistry(), featureSource(data.bars, data.labels));

describe("S2 screen changes no trade", () => {
  for (const file of SHARED_FILES) {
    it(file, async () => {
      const data = await loadShared(file);
      const guarded = runS2(data).result.trades;
      expect(guarded.length).toBeGreaterThan(0);
      expect(runS2(data, { guard: false }).result.trades).toEqual(guarded);
      expect(runS2(data, { guard: false, screen: false }).result.trades).toEqual(guarded);
      // Runs over one set of columns: the first screens from them, the later ones from screen columns.
      const columns = featureColumns(data);
      for (let run = 0; run < 3; run++) {
        expect(runS2(data, { guard: false }, undefined, columns).result.trades, `run ${run}`).toEqual(guarded);
      }
    }, 60_000);
  }

  it("with per-session parameters (the gates and the quantile fold follow each bar's session)", async () => {
    const data = await loadShared("ESM26_1m.csv.gz");
    const set = resolveParamSet(paramSchemaEntry, {
      defaults: { minVolume: 50 },
      sessions: {
        Overnight: { volZMin: -1, volZMax: 3, esSigma: 1.8, confirmLookback: 2 },
        RTH: { minVolume: 400, atrLen: 20, retestOffsetTicks: 2 },
      },
      origin: "test",
    });
    if (set === undefined) throw new Error("param set did not resolve");
    const guarded = runS2(data, {}, set).result.trades;
    expect(guarded.length).toBeGreaterThan(0);
    expect(runS2(data, { guard: false }, set).result.trades).toEqual(guarded);
    expect(runS2(data, { guard: false, screen: false }, set).result.trades).toEqual(guarded);
    const columns = featureColumns(data);
    for (let run = 0; run < 3; run++) {
      expect(runS2(data, { guard: false }, set, columns).result.trades, `run ${run}`).toEqual(guarded);
    }
  }, 60_000);

  it("in per-session evaluation, as the optimizer runs it", async () => {
    const data = await loadShared("NQM26_1m.csv.gz");
    for (const evaluateSession of ["Overnight", "RTH", "PostRTH"] as const) {
      const plain = runS2(data, { guard: false, screen: false, evaluateSession }).result.trades;
      expect(runS2(data, { guard: false, evaluateSession }).result.trades, evaluateSession).toEqual(plain);
      const columns = featureColumns(data);
      for (let run = 0; run < 2; run++) {
        const trades = runS2(data, { guard: false, evaluateSession }, undefined, columns).result.trades;
        expect(trades, `${evaluateSession} run ${run}`).toEqual(plain);
      }
      expect(runS2(data, { evaluateSession }).result.trades, evaluateSession).toEqual(plain);
    }
  }, 60_000);
});
