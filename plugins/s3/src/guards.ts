import { defaultMarketClock } from "sessionkit";
import type { S3Context, S3Values } from "./context.js";
import type { S3State } from "./state.js";

/**
 * ET minutes of the scheduled US releases the news block protects: 08:30 (economic data), 10:00
 * (data) and 14:00 (FOMC statements). The reference blocked minutes 0–3 and 28–33 of every hour
 * around the clock (D3-8); sessionkit ties the block to these release times.
 */
export const NEWS_MINUTES: readonly number[] = Object.freeze([8 * 60 + 30, 10 * 60, 14 * 60]);

/** True when the bar's ET minute lies in [release − before, release + after] of a release time. */
export function inNewsBlock(etMinute: number, p: S3Values): boolean {
  for (let j = 0; j < NEWS_MINUTES.length; j++) {
    const x = NEWS_MINUTES[j] as number;
    if (etMinute >= x - p.newsBlockBeforeMin && etMinute <= x + p.newsBlockAfterMin) return true;
  }
  return false;
}

/** Day of the week of a civil date, 0 = Sunday (Sakamoto's method: arithmetic only, no Date objects). */
const SAKAMOTO = Object.freeze([0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]);

export function dayOfWeek(y: number, m: number, d: number): number {
  const t = SAKAMOTO;
  const yy = m < 3 ? y - 1 : y;
  return (yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + (t[m - 1] as number) + d) % 7;
}

/** Days from 1970-01-01 of a civil date (for distances across month ends). */
function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/**
 * Whether trade date `yyyymmdd` lies in the quarterly roll window: in March, June, September and
 * December, from `rollDaysBefore` calendar days before the second Thursday through `rollDaysAfter`
 * days after it (the reference applied its "days before" after the centre).
 */
export function inRollWindow(yyyymmdd: number, p: S3Values): boolean {
  if (!p.rollEnabled || yyyymmdd <= 0) return false;
  const y = Math.floor(yyyymmdd / 10_000);
  const m = Math.floor(yyyymmdd / 100) % 100;
  const d = yyyymmdd % 100;
  const today = dayNumber(y, m, d);
  // A long "after" window can run into the next month, so the previous month's centre counts too.
  return (
    nearRollCentre(today, y, m, p) ||
    (m === 1 ? nearRollCentre(today, y - 1, 12, p) : nearRollCentre(today, y, m - 1, p))
  );
}

function nearRollCentre(today: number, y: number, m: number, p: S3Values): boolean {
  if (m % 3 !== 0) return false;
  const firstThursday = 1 + ((4 - dayOfWeek(y, m, 1) + 7) % 7);
  const delta = today - dayNumber(y, m, firstThursday + 7);
  return delta >= -p.rollDaysBefore && delta <= p.rollDaysAfter;
}

/**
 * The width-rank threshold at this bar: `widthRankEnter`, tightened by 0.02 between 09:30 and 10:30
 * ET with `hourlyRankAdapt`, and by `rollRankTighten` in the roll window; never below 0.05.
 */
export function rankThreshold(ctx: S3Context, p: S3Values, inRoll: boolean): number {
  let thr = p.widthRankEnter;
  const m = ctx.labels.etMinute;
  if (p.hourlyRankAdapt && m >= 570 && m <= 630) thr = Math.max(0.05, thr - 0.02);
  if (inRoll) thr = Math.max(0.05, thr - p.rollRankTighten);
  return thr;
}

/**
 * A range guard (opening range or initial balance) for a breakout on `side` (+1/−1). With price
 * below the range low while the upper Bollinger band still reaches above it, a long would break
 * back into the range; the mirror holds above the high. "opposite" blocks only those breakouts back
 * into the range, "any" blocks both sides in either situation (the reference), "none" blocks nothing.
 */
export function rangeGuardBlocks(
  side: number,
  mode: "opposite" | "any" | "none",
  close: number,
  bbUp: number,
  bbDn: number,
  rangeHigh: number,
  rangeLow: number,
): boolean {
  if (mode === "none" || !(rangeHigh > 0 && rangeLow > 0)) return false;
  const belowIntoRange = close < rangeLow && bbUp > rangeLow;
  const aboveIntoRange = close > rangeHigh && bbDn < rangeHigh;
  if (mode === "any") return belowIntoRange || aboveIntoRange;
  return side > 0 ? belowIntoRange : aboveIntoRange;
}

/**
 * The opening-range guard applies in RTH once the opening range is complete and until the initial
 * balance ends (from then on the IB guard, whose range contains it, takes over); the IB guard from
 * `ibEndMinute` to the end of the trade date.
 */
export function rangeGuardsBlock(ctx: S3Context, p: S3Values, side: number, bbUp: number, bbDn: number): boolean {
  const m = ctx.labels.etMinute;
  const c = ctx.bar.close;
  const f = ctx.features;
  if (p.orGuardEnabled && ctx.labels.session === 1 && m >= 570 + p.orMinutes && m < p.ibEndMinute) {
    if (rangeGuardBlocks(side, p.orAvoidBreakInto, c, bbUp, bbDn, f.orHigh, f.orLow)) return true;
  }
  if (p.ibGuardEnabled && m >= p.ibEndMinute && ctx.labels.session >= 1) {
    if (rangeGuardBlocks(side, p.ibAvoidBreakInto, c, bbUp, bbDn, f.ibHigh, f.ibLow)) return true;
  }
  return false;
}

/**
 * Minutes a new position needs before the trade date closes (its 17:00 ET halt, or the earlier close of
 * a shortened session): S3 is flattened at the trade date's last bar, so an entry that would fill
 * later than this before the close is not taken (README rule 19).
 */
export const ENTRY_CUTOFF_MINUTES = 15;

const MINUTE = 60_000;

/**
 * Whether an entry decided on this bar (filled at the next bar's open, one minute later) would have
 * fewer than ENTRY_CUTOFF_MINUTES before the trade date's close. The close comes from the built-in
 * CME calendar (`defaultMarketClock`; a bot's extended special-days table is not consulted), looked up
 * once per trade date from the bar's time: no later bar is read.
 */
export function tooNearClose(ctx: S3Context, s: S3State): boolean {
  const d = ctx.labels.tradeDate;
  if (d !== s.closeDate) {
    s.closeDate = d;
    s.closeTime = defaultMarketClock().state(ctx.bar.time).sessionClose ?? Number.NaN;
  }
  return s.closeTime - (ctx.bar.time + MINUTE) < ENTRY_CUTOFF_MINUTES * MINUTE;
}
