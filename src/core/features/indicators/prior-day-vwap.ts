import { defineFamily } from "../family.js";
import { PD_VWAP } from "../kernels/session-vwap-kernel.js";
import { sessionVwapShared, sessionVwapStream } from "./session-vwap.js";

/**
 * `pd.vwap` — VWAP of the typical price (H+L+C)/3, volume weighted by max(0, v), over every bar of the
 * previous **completed** trade date (S2's prior-day magnet veto, strategies reference §1.2; the
 * reference used the previous ET calendar date). NaN until a trade date has completed, or when that
 * date had no volume. Closed-time bars (trade date 0) stay with the current date, as in `pd.close`.
 * Sums are taken relative to the date's first typical price so large prices lose no precision. A
 * member of the session-VWAP kernel (one pass over the typical price and volume for both; see
 * `SessionVwapKernel`), with its own trade-date sums.
 */
export const pdVwap = defineFamily({
  name: "pd.vwap",
  description: "previous trade date's VWAP of the typical price",
  params: [],
  warmup: () => 1,
  createStream: (src) => sessionVwapStream(src, PD_VWAP, 0),
  shared: () => sessionVwapShared,
});
