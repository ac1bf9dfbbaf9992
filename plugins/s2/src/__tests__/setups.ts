// TEST-ONLY: hand-made S2 setups (oldest bar first) for the decide tests.
import { type FakeBar, quietBars } from "./fake-context.js";

/**
 * A long setup against VWAP 100, σ 1, ATR 1: quiet bars, a three-bar drop on light volume, then two
 * up bars on heavy volume; the last is a hammer closing at 97.5 (z = −2.5), and |C − VWAP| shrinks
 * over the last three closes (3.0 → 2.75 → 2.5).
 */
export function longSetup(): FakeBar[] {
  return [
    ...quietBars(55, 100),
    { o: 99.75, h: 99.75, l: 98.5, c: 98.75, v: 500 },
    { o: 98.75, h: 98.75, l: 97.75, c: 98, v: 500 },
    { o: 98, h: 98, l: 96.8, c: 97, v: 500 },
    { o: 97, h: 97.4, l: 97, c: 97.25, v: 2000 },
    { o: 97.4, h: 97.55, l: 96.9, c: 97.5, v: 2000 },
  ];
}

/** The mirror image around 100 (a short setup: shooting star at 102.5). */
export function shortSetup(): FakeBar[] {
  return longSetup().map((b) => ({ o: 200 - b.o, h: 200 - b.l, l: 200 - b.h, c: 200 - b.c, v: b.v }));
}
