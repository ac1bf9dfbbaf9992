/**
 * True ranges of bars [from, to) into out[from..to): max(H−L, |H−prevC|, |L−prevC|); bar 0 has no
 * previous close, so H−L.
 *
 * For finite H ≥ L that maximum is max(H, prevC) − min(L, prevC), the very subtraction of the widest
 * term (rounding is monotone, so the widest term rounds to the largest value): one subtraction and
 * two comparisons instead of three subtractions, two absolute values and a three-way maximum. Which
 * term is widest changes at random from bar to bar (a Math.max or conditional on it mispredicted
 * about once a bar), but the previous close rarely lies outside the bar (~7 % of ES bars), so those
 * two comparisons are well-predicted branches (0.47 → 0.39 ms per 86 k bars against the earlier
 * arithmetic selects). Any other bar (a non-finite price, H < L, or a zero range, whose sign Math.max
 * decides) fails the check after it and takes the plain formula, so every value is Math.max's.
 *
 * A loop over a range, not a function per bar: a per-bar call that V8 does not inline returns its
 * double boxed (a heap number a bar). The main thread's code inlined it, the features worker's did
 * not, and there the true ranges cost 20× as much (1 ms for 86 k bars instead of 0.05).
 * `WilderAtrKernel` runs this same fast path and fallback inside its own loop (keep the two alike;
 * wilder-atr-kernel.test.ts holds it to the plain formula).
 */
export function writeTrueRanges(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  out: Float64Array,
  from: number,
  to: number,
): void {
  let i = from;
  if (i === 0 && to > 0) {
    out[0] = high[0]! - low[0]!;
    i = 1;
  }
  if (i >= to) return;
  let pc = close[i - 1]!;
  for (; i < to; i++) {
    const h = high[i]!;
    const l = low[i]!;
    let hi = h;
    if (pc > h) hi = pc;
    let lo = l;
    if (pc < l) lo = pc;
    const x = hi - lo;
    // A NaN high or low fails h >= l, a NaN close pc <= hi (comparisons with NaN are false); an
    // infinity makes x infinite or NaN. Two stores, not a select (see BOXING in contract.ts).
    // The rare bars the fast path leaves take max(H−L, |H−prevC|, |L−prevC|) with Math.max, written
    // out here: a call in the loop, even on a path it seldom takes, let V8 compile the loop differently
    // from process to process (0.68–0.96 ms per 86 k bars for atr:14).
    if (x > 0 && x < Number.POSITIVE_INFINITY && h >= l && pc <= hi) out[i] = x;
    else {
      const a = h - l;
      const b = Math.abs(h - pc);
      const c = Math.abs(l - pc);
      if (a > b) out[i] = Math.max(a, c);
      else out[i] = Math.max(b, c);
    }
    pc = close[i]!;
  }
}
