import type { Bars, ScreenInput, ScreenSession } from "sessionkit";
import type { S2FeatureName } from "./features.js";
import type { S2ParamValues } from "./params.js";
import { patternColumns } from "./pattern-columns.js";
import { stretchBase } from "./prefilter.js";
import { type AfterFloor, markIfEntry } from "./screen-after-floor.js";
import { screenColumns } from "./screen-columns.js";
import type { S2State } from "./state.js";

type Session = ScreenSession<S2ParamValues, S2FeatureName>;

/**
 * S2's screen (batch runs): folds the adaptive |z| quantile over every bar decide would see, in bar
 * order with each bar's session parameters (as decide does, so the table is the same), keeps the value
 * each marked bar reads in `state.screenQ`, and marks the bars that pass every position-independent
 * rule that is cheap to check: the gates, the prefilter, the level rules and the ADR room of the entry.
 * Most bars stop here on a few column reads; decide then runs only on the marked ones while flat, and
 * checks everything again (the same functions) plus the flow, room and threshold rules.
 *
 * The deceleration runs and reversal bars, which no parameter changes, are read from the dataset's
 * pattern columns, each bar worked out once (with the rules decide calls) when a run first needs it. A run streams
 * every column it reads through memory (about 0.07 ms per 86 k doubles here), so the loop reads as few
 * as it can. Called over consecutive ranges of bars; the quantile table carries over in the state.
 */
export function screenS2(input: ScreenInput<S2ParamValues, S2FeatureName, S2State>): void {
  const { bars, sessions, state, from, to } = input;
  const session = input.labels.session;
  if (from === input.start || state.screenQ === undefined) state.screenQ = quantileBuffer(bars);
  // Stretches of one session, each screened by a function whose columns and parameters are constants:
  // V8 then keeps the columns' bounds and data pointers out of the per-bar code.
  let i = from;
  while (i < to) {
    const code = (session[i] as number) + 1;
    let j = i + 1;
    while (j < to && (session[j] as number) + 1 === code) j++;
    const set = sessions[code];
    if (set !== undefined) screenStretch(input, set, state.screenQ, i, j);
    i = j;
  }
}

/** Bars [from, to) of one session, with that session's parameters and feature columns. */
function screenStretch(
  input: ScreenInput<S2ParamValues, S2FeatureName, S2State>,
  set: Session,
  qAt: Float64Array,
  from: number,
  to: number,
): void {
  const { bars, labels, out } = input;
  const { volume: volumes, time, close: closes } = bars;
  const { open: marketOpen, etMinute } = labels;
  const nq = input.instrument.family === "NQ";
  const tick = input.instrument.tick;
  const table = input.state.quantiles;
  // Bars arrive in order (strictly increasing times), each once, so the screen folds them into the
  // cells directly (QuantileTable's time guard could never skip one) and records the last one at the end.
  const cells = table.cells;
  let lastFolded = -1;
  const lv = input.state.levels;
  const p = set.params;
  const f = set.features;
  // Parameters as locals: V8 does not hoist a parameter object's fields out of a loop that stores to
  // typed arrays, so they are read once here.
  const minVolume = p.minVolume;
  const volZMin = p.volZMin;
  const volZMax = p.volZMax;
  const base = stretchBase(p, nq);
  const atrEnter = p.atrEnter;
  const confirmLookback = p.confirmLookback;
  // Columns as locals too: the features record is a frozen map by name, slow to read per bar.
  const { atr: atrs, volz: volzs, vwap: vwaps, sigma: sigmas, adr: adrs } = f;
  const pat = patternColumns(bars, vwaps, sigmas);
  const after: AfterFloor = {
    input,
    p,
    f,
    pat,
    lv,
    tick,
    confirmLookback,
    adrs,
    closes,
    vwaps,
    sigmas,
    atrs,
    etMinute,
    qAt,
  };
  const sc = screenColumns(pat, labels, atrs, volzs, input.state);
  if (sc !== undefined) {
    // The same checks from the dataset's screen columns (screen-columns.ts): fewer reads and no division.
    const { ready, volz: volz0, absZ: absZs, absA, hour: hours } = sc;
    for (let i = from; i < to; i++) {
      if (ready[i] === 0) continue;
      const volz = volz0[i] as number;
      if ((+((volumes[i] as number) >= minVolume) & +(volz >= volZMin) & +(volz <= volZMax)) === 0) continue;
      const absZ = absZs[i] as number;
      const hour = hours[i] as number;
      const q = cells[hour] as number;
      cells[hour] = Math.min(3.5, Math.max(1.5, q + (absZ >= q ? 0.02 : -0.01)));
      lastFolded = i;
      if (absZ < Math.max(base, q) && (absA[i] as number) < atrEnter) continue;
      if (markIfEntry(after, i, q)) out[i] = 1;
    }
  } else {
    for (let i = from; i < to; i++) {
      if (marketOpen[i] !== 1) continue;
      const vwap = vwaps[i] as number;
      const rawSigma = sigmas[i] as number;
      const atr = atrs[i] as number;
      // gatesPass, zOf, QuantileTable.readThenFold and beyondStretchFloor, restated with their
      // S2_CONST values as literals (see HOT_LOOP_CONSTANTS): as calls, or with the constants read from
      // S2_CONST, this loop took 0.2 ms more per 86 k bars. screen-fold.int.test.ts checks the fold
      // against QuantileTable on real data, and that the literals are S2_CONST's.
      let volz = volzs[i] as number;
      volz = volz - volz === 0 ? volz : 0;
      const volume = volumes[i] as number;
      const gates =
        +(i + 1 >= 60) &
        +(volume >= minVolume) &
        +(vwap > 0) &
        +(rawSigma > 0) &
        +(atr > 0) &
        +(volz >= volZMin) &
        +(volz <= volZMax);
      if (gates === 0) continue;
      const close = closes[i] as number;
      const absZ = Math.abs((close - vwap) / Math.max(rawSigma, 1e-6));
      const hour = ((etMinute[i] as number) / 60) | 0;
      const q = cells[hour] as number;
      cells[hour] = Math.min(3.5, Math.max(1.5, q + (absZ >= q ? 0.02 : -0.01)));
      lastFolded = i;
      // The prefilter (decide: passesPrefilter): the stretch floor here, the rest in markIfEntry.
      if (absZ < Math.max(base, q) && Math.abs((close - vwap) / atr) < atrEnter) continue;
      if (markIfEntry(after, i, q)) out[i] = 1;
    }
  }
  if (lastFolded >= 0) table.foldedThrough(time[lastFolded] as number);
}

// One per dataset, reused by every run over it: a run writes the quantile of every bar it marks,
// and decide reads it only on the bars it is called on flat (the marked ones; guarded runs keep the
// screen's state apart), so nothing stale is ever used, and a trial allocates no 8-byte-per-bar
// column. Runs are synchronous, so two never share it at once.
const buffers = new WeakMap<Bars, Float64Array>();

function quantileBuffer(bars: Bars): Float64Array {
  let buf = buffers.get(bars);
  if (buf === undefined || buf.length !== bars.length) {
    buf = new Float64Array(bars.length);
    buffers.set(bars, buf);
  }
  return buf;
}

/**
 * The S2_CONST values the screen's hot loop writes as literals (minBars, sigmaFloor and the quantile
 * fold). screen-fold.int.test.ts checks they are S2_CONST's: change both together.
 */
export const HOT_LOOP_CONSTANTS = Object.freeze({
  minBars: 60,
  sigmaFloor: 1e-6,
  quantileUp: 0.02,
  quantileDown: 0.01,
  quantileMin: 1.5,
  quantileMax: 3.5,
});
