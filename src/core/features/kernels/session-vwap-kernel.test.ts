import { describe, expect, it } from "vitest";
import type { Bars } from "../../data/bars.js";
import { labelBars } from "../../market-time/index.js";
import type { BarLabels } from "../../market-time/labels.js";
import { randomWalkBars } from "../__tests__/fixtures.js";
import { createFeatureRegistry } from "../default-registry.js";
import { computeColumns } from "../feature-set.js";
import { featureSource } from "../source.js";

const registry = createFeatureRegistry();

/** Rows where the columns differ bit for bit (NaN equal to NaN). */
function differences(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) d++;
  return d;
}

// The pass writes the first VWAP, σ and pd.vwap output straight into its column; a repeated one, a
// band or z reads what it wrote there (or, with no such output, from a chunk buffer).
describe("SessionVwapKernel outputs", () => {
  it("repeated members, and bands and z with or without their VWAP and σ columns, equal their own batch", () => {
    const bars = randomWalkBars(2000, 7);
    const src = featureSource(bars, labelBars(bars.time));
    for (const keys of [
      ["vwap.session", "pd.vwap", "vwap.session", "vwap.session.sigma", "pd.vwap", "vwap.session.sigma"],
      ["vwap.session.z", "vwap.session.upper:2", "pd.vwap", "vwap.session.z"],
      ["vwap.session.lower:1.5", "vwap.session.sigma", "vwap.session.upper:1"],
      ["vwap.session.upper:2", "vwap.session", "vwap.session.z", "vwap.session.upper:2"],
    ]) {
      const defs = keys.map((k) => registry.resolve(k));
      const cols = computeColumns(src, defs, undefined, { threads: 1 });
      defs.forEach((d, k) => {
        expect(differences(cols[k]!, d.batch(src)), `${keys.join(" ")}: ${d.key}`).toBe(0);
      });
    }
  });
});

/** VWAP, σ and pd.vwap bar by bar, the anchor and trade date worked out on every bar. */
function plain(b: Bars, l: BarLabels) {
  const n = b.length;
  const [vwap, sigma, pd] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  let anchor = -1;
  let started = false;
  let origin = 0;
  let [sv, s1, s2] = [0, 0, 0];
  let date = 0;
  let dateOrigin = 0;
  let [dateSv, dateS1] = [0, 0];
  let prev = Number.NaN;
  for (let i = 0; i < n; i++) {
    const tp = (b.high[i]! + b.low[i]! + b.close[i]!) / 3;
    const w = Math.max(b.volume[i]!, 0);
    const session = l.session[i]!;
    const td = l.tradeDate[i]!;
    const a = session >= 0 ? td * 2 + (session >= 1 ? 1 : 0) : anchor;
    if (a !== anchor || !started) {
      [anchor, started, origin, sv, s1, s2] = [a, true, tp, 0, 0, 0];
    }
    const d = tp - origin;
    sv += w;
    s1 += w * d;
    s2 += w * d * d;
    const inverse = 1 / sv;
    const mean = s1 * inverse;
    vwap[i] = sv > 0 ? origin + mean : Number.NaN;
    sigma[i] = sv > 0 ? Math.sqrt(Math.max(s2 * inverse - mean * mean, 0)) : Number.NaN;
    if (td !== 0 && td !== date) {
      if (date !== 0) prev = dateSv > 0 ? dateOrigin + dateS1 / dateSv : Number.NaN;
      [date, dateOrigin, dateSv, dateS1] = [td, tp, 0, 0];
    }
    dateSv += w;
    dateS1 += w * (tp - dateOrigin);
    pd[i] = prev;
  }
  return [vwap, sigma, pd];
}

// The kernel settles the anchor and trade date once per run of equal labels: closed-time bars
// (session −1, date 0) in odd places, a date changing within a session, RTH → PostRTH on one date
// and zero volumes must not matter.
describe("SessionVwapKernel runs of one anchor", () => {
  it("equal the per-bar anchor, with closed bars and zero volumes scattered through the data", () => {
    const bars = randomWalkBars(4000, 17);
    const base = labelBars(bars.time);
    const session = base.session.slice();
    const tradeDate = base.tradeDate.slice();
    const volume = bars.volume.slice();
    for (let i = 0; i < bars.length; i++) {
      const r = (i * 2654435761) % 97;
      if (r < 3 || i < 2) {
        session[i] = -1;
        tradeDate[i] = 0;
      }
      // A trade date changing inside a session (a gap in the data): both must restart there.
      if (r >= 10 && r < 12 && tradeDate[i] !== 0) tradeDate[i] = tradeDate[i]! + 1;
      if (r > 93) volume[i] = r === 96 ? -0 : 0;
    }
    const labels = { ...base, session, tradeDate };
    const src = featureSource({ ...bars, volume }, labels);
    const want = plain(src.bars, labels);
    for (const keys of [
      ["vwap.session", "vwap.session.sigma", "pd.vwap"],
      ["vwap.session", "vwap.session.sigma"],
    ]) {
      const defs = keys.map((k) => registry.resolve(k));
      const cols = computeColumns(src, defs, undefined, { threads: 1 });
      defs.forEach((d, k) => {
        const stream = d.createStream(src);
        const live = Float64Array.from(want[k]!, (_, i) => stream.update(i));
        for (const got of [cols[k]!, live]) expect(differences(got, want[k]!), `${keys.join(" ")}: ${d.key}`).toBe(0);
      });
    }
  });
});
