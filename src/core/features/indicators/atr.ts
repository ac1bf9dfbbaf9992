import { SimpleAtrStream } from "../builtin/atr-14.js";
import { defineFamily, intParam } from "../family.js";
import { wilderAtrKernel, wilderAtrStream } from "./wilder-atr-kernel.js";

/**
 * `atr:{period}` — Wilder's ATR: bar 0's true range is H − L, the first value (bar period − 1) is the
 * mean of the first `period` true ranges, then atr·(1 − 1/period) + TR/period.
 */
export const atr = defineFamily<{ period: number }>({
  name: "atr",
  description: "Wilder ATR (SMA seed, then 1/period smoothing)",
  params: [intParam("period", 14, 1, 10_000)],
  warmup: (p) => p.period,
  createStream: (src, p) => wilderAtrStream(src, p.period, { emaPeriod: 0, offset: 0 }),
  // Keltner channels over the same period read this ATR: one pass for all of them.
  shared: (p) => wilderAtrKernel(p.period),
});

/** `atr.sma:{period}` — simple mean of the last `period` true ranges, each with a previous close (as `atr_14`). */
export const atrSma = defineFamily<{ period: number }>({
  name: "atr.sma",
  description: "simple-average ATR over the last period true ranges",
  params: [intParam("period", 14, 1, 10_000)],
  warmup: (p) => p.period + 1,
  createStream: (src, p) => new SimpleAtrStream(src, p.period, Number.NaN),
});
