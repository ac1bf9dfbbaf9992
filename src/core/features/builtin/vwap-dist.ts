import { defineFeature, type FeatureSource, type FeatureStream } from "../contract.js";
import { RESUM_PUSHES } from "../kernels/rolling-sum.js";

const FILL = 0;
const BARS = 20;

/** RollingSum's periodic exact re-sum cadence for a window of BARS. */
const RESUM_EVERY = Math.max(1, Math.ceil(RESUM_PUSHES / BARS));

/**
 * The Σ(TP·V) and ΣV windows are two RollingSums always pushed together, so they share one write
 * position (the same operations in the same order as two RollingSums, so the same values), with
 * the sums in locals over a range of bars: as fields they go through memory every bar.
 */
class VwapDistStream implements FeatureStream {
  private readonly pvRing = new Float64Array(BARS);
  private readonly volRing = new Float64Array(BARS);
  private pos = 0;
  private wraps = 0;
  private count = 0;
  private pv = 0;
  private vol = 0;
  private readonly one = new Float64Array(1);
  constructor(private readonly src: FeatureSource) {}

  update(i: number): number {
    this.run(this.one, i, i + 1, i);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    this.run(out, from, to, 0);
    return out;
  }

  private run(out: Float64Array, from: number, to: number, shift: number): void {
    const b = this.src.bars;
    const high = b.high;
    const low = b.low;
    const close = b.close;
    const volume = b.volume;
    const pvRing = this.pvRing;
    const volRing = this.volRing;
    let pos = this.pos;
    let wraps = this.wraps;
    let count = this.count;
    let pv = this.pv;
    let vol = this.vol;
    for (let i = from; i < to; i++) {
      const c = close[i]!;
      const v = volume[i]!;
      const x = ((high[i]! + low[i]! + c) / 3) * v;
      if (count === BARS) {
        pv -= pvRing[pos]!;
        vol -= volRing[pos]!;
      } else count++;
      pvRing[pos] = x;
      volRing[pos] = v;
      pv += x;
      vol += v;
      if (++pos === BARS) {
        pos = 0;
        if (++wraps >= RESUM_EVERY) {
          wraps = 0;
          let sp = 0;
          let sv = 0;
          for (let k = 0; k < BARS; k++) {
            sp += pvRing[k]!;
            sv += volRing[k]!;
          }
          pv = sp;
          vol = sv;
        }
      }
      const vwap = pv / vol;
      const d = (c - vwap) / vwap;
      // Two stores, not a select with the module constant (see BOXING in contract.ts).
      if (d - d === 0) out[i - shift] = d;
      else out[i - shift] = FILL;
    }
    this.pos = pos;
    this.wraps = wraps;
    this.count = count;
    this.pv = pv;
    this.vol = vol;
  }
}

/**
 * vwap_dist (idx 4): (C − VWAP) / VWAP with a rolling VWAP = Σ(TP·V)/ΣV over the last min(20, n)
 * bars, TP = (H+L+C)/3. Not session-anchored (that is `vwap.session`). Defined from the first bar.
 */
export const vwapDist = defineFeature({
  key: "vwap_dist",
  family: "vwap_dist",
  fill: FILL,
  warmup: 1,
  description: "distance of the close from the rolling 20-bar VWAP",
  createStream: (src) => new VwapDistStream(src),
});
