import { TallyWindow } from "./tally-window.js";

/** Slots of the dense count array: a value on the grid maps to slot value × 2^k below this. */
export const SLOTS = 2048;
/** Finest grid tried, 2^−MAX_SHIFT (a tick of 0.25 is 2^−2). */
const MAX_SHIFT = 10;

/**
 * The last `n` values of a series that sits on a power-of-two tick grid (true ranges of prices in
 * quarter points), tallied in a dense count array indexed by value/tick: a push is two count
 * updates, and the order statistics asked for at construction are tracked by cursors (a slot and
 * the count below it) that move a step or two per bar instead of walking the tally. A power of two
 * makes value × 2^k and slot / 2^k exact, so the values read back are the values pushed and every
 * answer equals the sorted window's.
 *
 * The grid is detected from the window (the coarsest 2^−k, k ≤ 10, holding every finite value below
 * 2048 slots) each time the ring wraps while off-grid; a value off the grid or beyond the slots
 * hands the window to a `TallyWindow` rebuilt from the ring until the next wrap finds a grid again.
 * Either way the answers are the same; the mode is only speed. Non-finite inputs take a slot in
 * the window but are not held (as in `SortedWindow`).
 */
/** A slot no value has: the cursor update of an absent value compares it as above every cursor. */
const NONE = 1 << 20;

/**
 * The last `n` values of a series that sits on a power-of-two tick grid (true ranges of prices in
 * quarter points), tallied in a dense count array indexed by value/tick: a push is two count
 * updates, and the quantiles asked for at construction are read from cursors (a slot and the count
 * below it, one per lower order statistic) that move a step or two per bar instead of walking the
 * tally. A power of two makes value × 2^k and slot / 2^k exact, so the values read back are the
 * values pushed and every answer equals the sorted window's.
 *
 * The grid is detected from the window (the coarsest 2^−k, k ≤ 10, holding every finite value below
 * 2048 slots) each time the ring wraps while off-grid; a value off the grid or beyond the slots
 * hands the window to a `TallyWindow` rebuilt from the ring until the next wrap finds a grid again.
 * Either way the answers are the same; the mode is only speed. Non-finite inputs take a slot in
 * the window but are not held (as in `SortedWindow`).
 */
export class TickTally {
  readonly n: number;
  // Fields without `private` are also read and advanced by `runTickQuantiles` (tick-quantiles.ts).
  readonly ring: Float64Array;
  pos = 0;
  seen = 0;
  /** Finite values held. */
  size = 0;
  /** 2^k on the grid (value × scale = slot), 0 off it (then `tally` holds the window). */
  scale = 0;
  tick = 0;
  readonly counts = new Int32Array(SLOTS);
  /** Per cursor: its order statistic (0-based), its slot and the count of values below that slot. */
  readonly orders: Int32Array;
  readonly at: Int32Array;
  readonly below: Int32Array;
  tally: TallyWindow | null;

  constructor(n: number, orders: readonly number[]) {
    this.n = n;
    this.ring = new Float64Array(n);
    this.orders = Int32Array.from(orders);
    this.at = new Int32Array(orders.length);
    this.below = new Int32Array(orders.length);
    this.tally = new TallyWindow(n);
  }

  push(x: number): void {
    let old = Number.NaN;
    if (this.seen === this.n) old = this.ring[this.pos]!;
    else this.seen++;
    this.ring[this.pos] = x;
    const wrapped = ++this.pos === this.n;
    if (wrapped) this.pos = 0;
    const tally = this.tally;
    if (tally !== null) {
      tally.push(x);
      this.size = tally.size;
      if (wrapped) this.tryGrid();
      return;
    }
    // No shortcut for the same value in and out (a fifth of the bars on true ranges): the branch
    // mispredicts more than the updates below cost, and they cancel exactly.
    const scale = this.scale;
    let so = NONE;
    let sx = NONE;
    // x − x is 0 exactly for finite x (NaN for NaN and ±Infinity).
    if (old - old === 0) {
      // Int slots: a double index costs a conversion and a check on every access.
      so = (old * scale) | 0;
      this.counts[so]!--;
      this.size--;
    }
    if (x - x === 0) {
      const xs = x * scale;
      sx = xs | 0;
      if (!(sx === xs && sx >= 0 && sx < SLOTS)) {
        this.toTally();
        return;
      }
      this.counts[sx]!++;
      this.size++;
    }
    // Each cursor's count below moves by (x below it) − (old below it), without a branch:
    // (s − a) >>> 31 is 1 exactly when s < a (small ints).
    const at = this.at;
    const below = this.below;
    for (let j = 0; j < at.length; j++) {
      const a = at[j]!;
      below[j]! += ((sx - a) >>> 31) - ((so - a) >>> 31);
    }
  }

  /** How many held values are ≤ t. */
  countAtMost(t: number): number {
    if (this.tally !== null) return this.tally.countAtMost(t);
    const last = Math.min(SLOTS - 1, Math.floor(t * this.scale));
    const counts = this.counts;
    let c = 0;
    for (let s = 0; s <= last; s++) c += counts[s]!;
    return c;
  }

  /**
   * The quantile between cursor j's order statistic r and the next, a + (b − a)·frac with a and b
   * the r-th and (r+1)-th smallest held values (as `SortedWindow.quantileAt`); b is read only for
   * frac > 0. The window must hold more than r + 1 values (r + 1 for frac 0).
   */
  quantile(j: number, frac: number): number {
    const r = this.orders[j]!;
    if (this.tally !== null) return this.tally.quantileAt(r, frac);
    const counts = this.counts;
    let s = this.at[j]!;
    let b = this.below[j]!;
    while (b > r) b -= counts[--s]!;
    while (b + counts[s]! <= r) b += counts[s++]!;
    this.at[j] = s;
    this.below[j] = b;
    const a = s * this.tick;
    if (frac === 0) return a;
    // The (r+1)-th is in the same slot unless r is its last copy, else in the next held slot.
    let t = s + +(b + counts[s]! <= r + 1);
    while (counts[t] === 0) t++;
    return a + (t * this.tick - a) * frac;
  }

  /** Off the grid: the ring, oldest first, into a fresh TallyWindow (the same contents). */
  private toTally(): void {
    const tally = new TallyWindow(this.n);
    const full = this.seen === this.n;
    const start = full ? this.pos : 0;
    for (let k = 0; k < this.seen; k++) tally.push(this.ring[(start + k) % this.n]!);
    this.tally = tally;
    this.size = tally.size;
  }

  /** On a wrap off the grid: the coarsest grid holding every finite value, and the counts on it. */
  private tryGrid(): void {
    const ring = this.ring;
    let scale = 1;
    for (let k = 0; k <= MAX_SHIFT; k++, scale *= 2) {
      let fits = true;
      for (let j = 0; j < this.n && fits; j++) {
        const s = ring[j]! * scale;
        // Non-finite values are not held: any grid fits them.
        if (s - s === 0) fits = s >= 0 && s < SLOTS && (s | 0) === s;
      }
      if (!fits) continue;
      this.counts.fill(0);
      this.at.fill(0);
      this.below.fill(0);
      let size = 0;
      for (let j = 0; j < this.n; j++) {
        const s = ring[j]! * scale;
        if (s - s === 0) {
          this.counts[s]!++;
          size++;
        }
      }
      this.scale = scale;
      this.tick = 1 / scale;
      this.size = size;
      this.tally = null;
      return;
    }
  }
}
