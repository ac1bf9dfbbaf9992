import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultMarketClock } from "../market-time/index.js";
import { sharedDataDir } from "../testing/shared-data.js";
import { tempDir } from "./__fixtures__/temp-files.js";
import { buildContinuous } from "./continuous.js";
import { continuousFromStore } from "./continuous-store.js";
import { importBarFile } from "./import/import-file.js";
import { BarStore } from "./store/bar-store.js";

const clock = defaultMarketClock();
const load = async (f: string) => (await importBarFile(join(sharedDataDir(), f))).bars;

describe("continuous series on the real contracts", () => {
  it("rolls ES on 2026-03-12 with days-before-expiry 8 and MNQ on 2025-09-11, without adjustment", async () => {
    const es = buildContinuous([await load("ESM26_1m.csv.gz"), await load("ESH26_1m.csv.gz")], clock, {
      roll: { kind: "days-before-expiry", days: 8 },
    });
    expect(es.contracts).toEqual(["ESH26", "ESM26"]);
    expect(es.rolls).toMatchObject([
      { from: "ESH26", to: "ESM26", tradeDate: 20260312, measured: true, difference: 50 },
    ]);
    expect(new Date(es.rolls[0]!.atMs).toISOString()).toBe("2026-03-12T06:00:00.000Z"); // ESM26's first bar, 02:00 ET
    expect(es.bars.length).toBe(153_073);
    expect(es.bars.contract).toBeUndefined();
    const i = es.source.indexOf(1);
    expect(es.bars.close[i - 1]).toBeLessThan(es.bars.close[i]! - 30); // the unadjusted roll jump stays

    const mnq = buildContinuous(
      [await load("MNQU25_1m.csv.gz"), await load("MNQZ25_1m.csv.gz"), await load("MNQM26_1m.csv.gz")],
      clock,
      { roll: { kind: "days-before-expiry", days: 8 } },
    );
    expect(mnq.rolls.map((r) => [r.to, r.tradeDate, r.measured])).toEqual([
      ["MNQZ25", 20250911, false],
      ["MNQM26", 20260312, false],
    ]);
    expect(mnq.bars.length).toBe(66_686 + 74_103 + 63_795);
  });

  it("with the default volume rule keeps ESH26 while it out-trades ESM26 (through 2026-03-13 in this data)", async () => {
    const es = buildContinuous([await load("ESH26_1m.csv.gz"), await load("ESM26_1m.csv.gz")], clock, {
      adjust: "difference",
    });
    expect(es.rolls).toMatchObject([{ tradeDate: 20260316, measured: true, difference: 49.75 }]);
    const i = es.source.indexOf(1);
    // Back-adjusted: the old contract's last close is shifted by the measured spread.
    expect(Math.abs(es.bars.close[i]! - es.bars.close[i - 1]!)).toBeLessThan(20);
  });
});

describe("continuousFromStore", () => {
  it("stitches the contract months a store holds", async () => {
    const tmp = tempDir("sk-cont-");
    try {
      const store = new BarStore(tmp.dir);
      store.put(await load("ESH26_1m.csv.gz"));
      store.put(await load("ESM26_1m.csv.gz"));
      const s = continuousFromStore(store, "ES", clock, { roll: { kind: "days-before-expiry", days: 8 } });
      expect(s.contracts).toEqual(["ESH26", "ESM26"]);
      expect(s.bars.length).toBe(153_073);
    } finally {
      tmp.cleanup();
    }
  });
});
