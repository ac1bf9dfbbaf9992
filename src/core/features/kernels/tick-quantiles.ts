import { SLOTS, type TickTally } from "./tick-tally.js";

/**
 * The steady state of `push` + `quantile` for one or two quantile outputs, every loop-carried
 * value in a local (through object fields, the same steps cost about twice as much): pushes xs[i]
 * for i from `from` while the window is full and on the grid and xs[i] is a finite value on it,
 * writing out0[i − shift] = quantile(0, frac0) and, when `out1` is given, out1[i − shift] =
 * quantile(1, frac1). Cursors 0 and 1 of `w` must be the only ones. Returns the first row it did
 * not take, for the caller to push the general way (then call again).
 */
export function runTickQuantiles(
  w: TickTally,
  xs: Float64Array,
  from: number,
  to: number,
  shift: number,
  frac0: number,
  out0: Float64Array,
  frac1: number,
  out1: Float64Array | null,
): number {
  const n = w.n;
  if (w.tally !== null || w.size !== n || w.seen !== n) return from;
  const counts = w.counts;
  const ring = w.ring;
  const scale = w.scale;
  const tick = w.tick;
  const at = w.at;
  const below = w.below;
  const r0 = w.orders[0]!;
  const r1 = out1 === null ? 0 : w.orders[1]!;
  let s0 = at[0]!;
  let b0 = below[0]!;
  let s1 = out1 === null ? 0 : at[1]!;
  let b1 = out1 === null ? 0 : below[1]!;
  let pos = w.pos;
  let i = from;
  for (; i < to; i++) {
    const x = xs[i]!;
    const xs2 = x * scale;
    const sx = xs2 | 0;
    // NaN and off-grid or out-of-range values fail this: the general push takes them.
    if (!(sx === xs2 && sx >= 0 && sx < SLOTS)) break;
    // A full window holds n finite values on the grid, so the expiring one has a slot.
    const so = (ring[pos]! * scale) | 0;
    ring[pos] = x;
    if (++pos === n) pos = 0;
    counts[so]!--;
    counts[sx]!++;
    // As in `push` and `quantile`: the count below each cursor, then the cursor to its order.
    b0 += ((sx - s0) >>> 31) - ((so - s0) >>> 31);
    while (b0 > r0) b0 -= counts[--s0]!;
    while (b0 + counts[s0]! <= r0) b0 += counts[s0++]!;
    const a0 = s0 * tick;
    if (frac0 === 0) out0[i - shift] = a0;
    else {
      let t = s0 + +(b0 + counts[s0]! <= r0 + 1);
      while (counts[t] === 0) t++;
      out0[i - shift] = a0 + (t * tick - a0) * frac0;
    }
    if (out1 === null) continue;
    b1 += ((sx - s1) >>> 31) - ((so - s1) >>> 31);
    while (b1 > r1) b1 -= counts[--s1]!;
    while (b1 + counts[s1]! <= r1) b1 += counts[s1++]!;
    const a1 = s1 * tick;
    if (frac1 === 0) out1[i - shift] = a1;
    else {
      let t = s1 + +(b1 + counts[s1]! <= r1 + 1);
      while (counts[t] === 0) t++;
      out1[i - shift] = a1 + (t * tick - a1) * frac1;
    }
  }
  w.pos = pos;
  at[0] = s0;
  below[0] = b0;
  if (out1 !== null) {
    at[1] = s1;
    below[1] = b1;
  }
  return i;
}
