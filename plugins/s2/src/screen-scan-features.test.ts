import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { s2Strategy } from "./index.js";
import { adrRoomOk, beyondStretchFloor, gatesPass, stretchBase, volzOrZero, zOf } from "./prefilter.js";
import { QUANTILE_NEXT, QUANTILE_START, QUANTILE_VALUE } from "./quantile-grid.js";
import { QuantileTable } from "./quantile-table.js";
import { lastGatedFeature, scanFeatures } from "./screen-scan-features.js";

// The screen's per-bar kernel over fresh feature columns against a plain loop over decide's functions
// (prefilter.ts, QuantileTable), on random bars: values at and around the gates' bounds, NaN and 0
// where features are missing, |z| tied with a cell's value, hours that change mid-range.

const params = { ...s2Strategy.defaultParams(), minVolume: 100, volZMin: -0.3, volZMax: 2.2 };

const featureBar = fc.record({
  open: fc.constantFrom(0, 1, 1, 1),
  etMinute: fc.integer({ min: 0, max: 1439 }),
  volume: fc.oneof(fc.constantFrom(99, 100), fc.integer({ min: 0, max: 500 })),
  close: fc.double({ min: 4990, max: 5010, noNaN: true }),
  vwap: fc.oneof(fc.constant(Number.NaN), fc.constant(0), fc.double({ min: 4995, max: 5005, noNaN: true })),
  sigma: fc.oneof(fc.constantFrom(Number.NaN, 0, 1e-9), fc.double({ min: 0.5, max: 6, noNaN: true })),
  atr: fc.oneof(fc.constantFrom(Number.NaN, 0), fc.double({ min: 0.5, max: 8, noNaN: true })),
  volz: fc.oneof(fc.constantFrom(Number.NaN, -0.3, 2.2), fc.double({ min: -2, max: 4, noNaN: true })),
  adr: fc.oneof(fc.constantFrom(Number.NaN, 0), fc.double({ min: 5, max: 80, noNaN: true })),
});

/** A bar whose |z| is exactly a value a cell can hold (2.0 is every cell's start): ties with q show. */
const tieBar = fc
  .record({
    sigma: fc.constantFrom(0.5, 1, 2),
    m: fc.constantFrom(1.5, 2, 2.5, 3, 3.5),
    sign: fc.constantFrom(-1, 1),
    atr: fc.constantFrom(0.5, 2, 4),
    rest: featureBar,
  })
  .map(({ sigma, m, sign, atr, rest }) => ({ ...rest, open: 1, vwap: 4, sigma, atr, close: 4 + sign * m * sigma }));

describe("scanFeatures", () => {
  it("gates, folds and keeps the bars past the stretch floor with ADR room, as decide's functions", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(featureBar, tieBar), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom("market", "retest"),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (rows, from, entryMode, atrEnter) => {
          const p = { ...params, entryMode, atrEnter } as typeof params;
          const n = from + rows.length;
          const col = (f: (r: (typeof rows)[number]) => number) =>
            Float64Array.from({ length: n }, (_, i) => (i < from ? Number.NaN : f(rows[i - from]!)));
          const close = col((r) => r.close);
          const vwap = col((r) => r.vwap);
          const sigma = col((r) => r.sigma);
          const atr = col((r) => r.atr);
          const volz = col((r) => r.volz);
          const adr = col((r) => r.adr);
          const volume = col((r) => r.volume);
          const open = Uint8Array.from({ length: n }, (_, i) => (i < from ? 0 : rows[i - from]!.open));
          const etMinute = Int16Array.from({ length: n }, (_, i) => (i < from ? 0 : rows[i - from]!.etMinute));
          const tick = 0.25;
          const offset = p.entryMode === "retest" ? p.retestOffsetTicks * tick : 0;
          const base = stretchBase(p, false);
          const cells = new Int16Array(24).fill(QUANTILE_START);
          const cand = new Int32Array(n);
          const candK = new Int16Array(n);
          const count = scanFeatures(
            volume,
            close,
            open,
            etMinute,
            vwap,
            sigma,
            atr,
            volz,
            adr,
            cells,
            QUANTILE_VALUE,
            QUANTILE_NEXT,
            from,
            n,
            p.minVolume,
            p.volZMin,
            p.volZMax,
            p.atrEnter,
            base,
            offset,
            0.25,
            new Int32Array(n),
            cand,
            candK,
          );

          const table = new QuantileTable();
          const want: [number, number][] = [];
          let last = -1;
          for (let i = from; i < n; i++) {
            if (open[i] !== 1) continue;
            const [c, vw, s, a] = [close[i]!, vwap[i]!, sigma[i]!, atr[i]!];
            if (!gatesPass(p, i + 1, volume[i]!, vw, s, a, volzOrZero(volz[i]!))) continue;
            last = i;
            const hour = Math.floor(etMinute[i]! / 60);
            const k = table.cells[hour] as number;
            const z = zOf(c, vw, s);
            const q = table.readThenFold(i, hour, Math.abs(z));
            const side = c < vw ? 1 : c > vw ? -1 : 0;
            const room = side === 0 || adrRoomOk(p, side, c, vw, adr[i]!, tick);
            if (beyondStretchFloor(p, false, c, vw, a, z, q) && room) want.push([i, k]);
          }
          expect(Array.from(cells)).toEqual(Array.from(table.cells));
          expect(Array.from({ length: count }, (_, j) => [cand[j], candK[j]])).toEqual(want);
          expect(
            lastGatedFeature(volume, open, vwap, sigma, atr, volz, from, n, p.minVolume, p.volZMin, p.volZMax),
          ).toBe(last);
        },
      ),
      { numRuns: 400, seed: 20261208 },
    );
  });
});
