/**
 * True ranges of bars [from, to) into out[from..to): max(H−L, |H−prevC|, |L−prevC|); bar 0 has no
 * previous close, so H−L.
 *
 * The maximum is picked by arithmetic on 0/1 comparison results (x·k + y·(1 − k) is exactly x or y
 * for finite x and y) instead of Math.max or a conditional: which term is largest changes at random
 * from bar to bar, and the branches those compile to mispredicted about once a bar, which cost
 * more than the rest of the true range (9 → 5 ns a bar). A non-finite term turns the arithmetic into
 * NaN; that rare case takes the plain formula, so every value is the same as Math.max's.
 *
 * A loop over a range, not a function per bar: a per-bar call that V8 does not inline returns its
 * double boxed (a heap number a bar). The main thread's code inlined it, the features worker's did
 * not, and there the true ranges cost 20× as much (1 ms for 86 k bars instead of 0.05).
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
  for (; i < to; i++) {
    const h = high[i]!;
    const l = low[i]!;
    const pc = close[i - 1]!;
    const a = h - l;
    const b = Math.abs(h - pc);
    const c = Math.abs(l - pc);
    const kc = +(c > b);
    const bc = c * kc + b * (1 - kc);
    const ka = +(a > bc);
    const x = a * ka + bc * (1 - ka);
    // Two stores, not a select (see BOXING in contract.ts).
    if (x - x === 0) out[i] = x;
    else out[i] = a > b ? Math.max(a, c) : Math.max(b, c);
  }
}
