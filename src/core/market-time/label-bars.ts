import { SessionkitError } from "../errors/index.js";
import { describeInstant } from "./instant.js";
import type { BarLabels } from "./labels.js";
import type { TransitionTable } from "./transition-table.js";

const MS_PER_MINUTE = 60_000;

/**
 * Labels every timestamp in one pass over the transition table. Bars arrive mostly in time order, so
 * the cursor usually stays in its interval or steps to the next; any other jump falls back to a binary
 * search, so any order is still labelled correctly. Interval values are loaded into locals on a change
 * of interval only, keeping the per-bar work to a compare and six stores.
 */
export function labelWithTable(
  table: TransitionTable,
  time: Float64Array,
  validFrom: number,
  validUntil: number,
): BarLabels {
  const n = time.length;
  const open = new Uint8Array(n);
  const tradeDate = new Int32Array(n);
  const clearingDate = new Int32Array(n);
  const session = new Int8Array(n);
  const segment = new Int8Array(n);
  const etMinute = new Int16Array(n);

  let lo = Number.POSITIVE_INFINITY; // current interval [lo, hi); empty until the first bar
  let hi = Number.NEGATIVE_INFINITY;
  let i = -1;
  let vOpen = 0;
  let vTrade = 0;
  let vClearing = 0;
  let vSession = -1;
  let vSegment = -1;
  let vOffset = 0;

  for (let j = 0; j < n; j++) {
    const t = time[j]!;
    if (!(t >= lo && t < hi)) {
      if (!(t >= validFrom && t < validUntil)) throw badBar(j, t, validFrom, validUntil);
      let cols = table.intervals;
      if (i >= 0 && t >= hi && i + 2 < cols.length && t < cols.start[i + 2]!) {
        i++; // the common case: the next interval
      } else {
        if (t >= cols.start[cols.length - 1]! || cols.length === 0) table.ensure(t);
        cols = table.intervals;
        i = table.locate(t);
      }
      if (i + 1 >= cols.length) table.ensure(t);
      cols = table.intervals;
      lo = cols.start[i]!;
      hi = cols.start[i + 1]!;
      vOpen = cols.open[i]!;
      const k = cols.day[i]!;
      vTrade = vOpen === 1 ? table.tradeDateInt[k]! : 0;
      vClearing = vOpen === 1 ? table.clearingDateInt[k]! : 0;
      vSession = cols.session[i]!;
      vSegment = cols.segment[i]!;
      vOffset = cols.offset[i]!;
    }
    open[j] = vOpen;
    tradeDate[j] = vTrade;
    clearingDate[j] = vClearing;
    session[j] = vSession;
    segment[j] = vSegment;
    const local = Math.floor(t / MS_PER_MINUTE) + vOffset;
    etMinute[j] = local - Math.floor(local / 1440) * 1440;
  }
  return { length: n, open, tradeDate, clearingDate, session, segment, etMinute };
}

function badBar(index: number, t: number, validFrom: number, validUntil: number): SessionkitError {
  if (Number.isNaN(t)) {
    return new SessionkitError("SK_TIME_INVALID_INSTANT", `time[${index}]: NaN is not an epoch-ms timestamp.`, {
      path: `time[${index}]`,
      value: t,
    });
  }
  return new SessionkitError(
    "SK_TIME_OUT_OF_RANGE",
    `time[${index}]: ${describeInstant(t)} is outside ${describeInstant(validFrom)} .. ${describeInstant(validUntil)}.`,
    { path: `time[${index}]`, value: t },
  );
}
