import type { Bars, ScreenInput, ScreenSession } from "sessionkit";
import { S2_CONST } from "./constants.js";
import type { S2FeatureName } from "./features.js";
import type { S2ParamValues } from "./params.js";
import { patternColumns } from "./pattern-columns.js";
import { stretchBase } from "./prefilter.js";
import type { AfterFloor } from "./screen-after-floor.js";
import { screenColumns } from "./screen-columns.js";
import { type StretchInputs, screenFromColumns, screenFromFeatures } from "./screen-loops.js";
import { runOf, sessionRuns } from "./session-runs.js";
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
 * pattern columns, each bar worked out once (with the rules decide calls) when a run first needs it;
 * from a dataset's second run on, its screen columns (screen-columns.ts) carry them per bar, so the
 * per-bar pass reads three columns and leaves every other rule to the few bars that show the pattern.
 * Called over consecutive ranges of bars; the quantile table carries over in the state.
 */
export function screenS2(input: ScreenInput<S2ParamValues, S2FeatureName, S2State>): void {
  const { bars, sessions, state, from, to } = input;
  const session = input.labels.session;
  if (from === input.start || state.screenQ === undefined) state.screenQ = quantileBuffer(bars);
  // Stretches of bars with one parameter set, each screened by a function whose columns and parameters
  // are constants: V8 then keeps the columns' bounds and data pointers out of the per-bar code. Sessions
  // that share their parameters and columns (no per-session override) make one stretch.
  const same = sameScreens(sessions);
  const runs = sessionRuns(session);
  let r = runOf(runs, from);
  let i = from;
  while (i < to) {
    const code = same[(session[i] as number) + 1] as number;
    let j = Math.min(to, runs[r + 1] as number);
    r++;
    while (j < to && same[(session[j] as number) + 1] === code) {
      r++;
      j = Math.min(to, runs[r] as number);
    }
    const set = sessions[code];
    if (set !== undefined) screenStretch(input, set, state.screenQ, i, j);
    i = j;
  }
}

/** Per session code + 1, the first code whose parameters and feature columns are the same objects. */
function sameScreens(sessions: readonly Session[]): number[] {
  return sessions.map((a, code) => {
    const first = sessions.findIndex((b) => b === a || (b.params === a.params && sameColumns(a.features, b.features)));
    return first < 0 ? code : first;
  });
}

function sameColumns(a: Session["features"], b: Session["features"]): boolean {
  for (const name of Object.keys(a) as S2FeatureName[]) if (a[name] !== b[name]) return false;
  return true;
}

/** Bars [from, to) of one session, with that session's parameters and feature columns. */
function screenStretch(
  input: ScreenInput<S2ParamValues, S2FeatureName, S2State>,
  set: Session,
  qAt: Float64Array,
  from: number,
  to: number,
): void {
  const { bars, labels, out, instrument } = input;
  const p = set.params;
  const f = set.features;
  const { atr: atrs, volz: volzs, vwap: vwaps, sigma: sigmas, adr: adrs } = f;
  const pat = patternColumns(bars, vwaps, sigmas);
  const tick = instrument.tick;
  const table = input.state.quantiles;
  const after: AfterFloor = {
    input,
    p,
    f,
    pat,
    lv: input.state.levels,
    tick,
    confirmLookback: p.confirmLookback,
    adrs,
    closes: bars.close,
    vwaps,
    sigmas,
    atrs,
    etMinute: labels.etMinute,
    qAt,
  };
  const s: StretchInputs = {
    bars,
    labels,
    p,
    vwaps,
    sigmas,
    atrs,
    volzs,
    adrs,
    cells: table.cells,
    base: stretchBase(p, instrument.family === "NQ"),
    entryOffset: p.entryMode === "retest" ? p.retestOffsetTicks * tick : 0,
    roomFrac: S2_CONST.adrRoomFrac,
    after,
    out,
  };
  // From the dataset's screen columns when a second run over these feature columns built them.
  const sc = screenColumns(pat, labels, atrs, volzs, input.state);
  const last = sc !== undefined ? screenFromColumns(s, sc, from, to) : screenFromFeatures(s, from, to);
  if (last >= 0) table.foldedThrough(bars.time[last] as number);
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
 * The S2_CONST values the screen writes as literals (scanFeatures in screen-scan-features.ts, build in
 * screen-columns.ts and markIfEntry's σ floor). screen-fold.int.test.ts checks they are S2_CONST's:
 * change both together.
 */
export const HOT_LOOP_CONSTANTS = Object.freeze({
  minBars: 60,
  sigmaFloor: 1e-6,
});
