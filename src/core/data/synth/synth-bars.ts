import { SessionkitError } from "../../errors/index.js";
import { defaultMarketClock } from "../../market-time/index.js";
import { type Bars, isRoot, type Root } from "../bars.js";
import { createBars } from "../bars-ops.js";
import { BarColumnBuilder } from "../column-builder.js";
import type { DataCalendar } from "../quality/calendar.js";
import { normal, seededRandom } from "../random.js";
import { REGIMES, type Regime, ROOT_PROFILES, volatilityShape, volumeShape } from "./profile.js";

export interface SynthOptions {
  readonly symbol: Root | string;
  /** First and last trade date (YYYY-MM-DD, inclusive). */
  readonly from: string;
  readonly to: string;
  readonly seed: number;
  /** Calendar whose sessions, halts, weekends, holidays and early closes the bars follow (CME by default). */
  readonly calendar?: Pick<DataCalendar, "labelBars">;
}

const TICK = 0.25;
const MINUTE = 60_000;
const DAY = 86_400_000;
const toTick = (p: number) => Math.round(p / TICK) * TICK;
/** About 0.3 % per trade date while a trend regime lasts. */
const TREND_PER_MINUTE = 0.003 / 1380;

/** RMS of the volatility shape over one full 18:00–17:00 ET session, so dailyVol is the daily figure. */
const SHAPE_RMS = (() => {
  let s = 0;
  let n = 0;
  for (let m = 0; m < 1440; m++) {
    if (m >= 17 * 60 && m < 18 * 60) continue;
    s += volatilityShape(m) ** 2;
    n++;
  }
  return Math.sqrt(s / n);
})();

function parseDay(s: string, field: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const ms = m === null ? Number.NaN : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(ms)) {
    throw new SessionkitError("SK_CLI_USAGE", `synthBars: ${field} ${JSON.stringify(s)} is not YYYY-MM-DD`, {
      path: field,
      value: s,
    });
  }
  return ms;
}

/**
 * Seeded synthetic 1-minute bars for the trade dates [from, to] that follow the calendar: a bar for every
 * open minute (none in maintenance halts, weekends, holidays, after early closes), volatility and volume
 * with the intraday U-shape, occasional news spikes at 08:30/10:00/14:00 ET, and regimes (trend up/down,
 * mean reversion, high volatility) that switch at trade-date boundaries. Prices sit on the 0.25 tick and
 * OHLC is consistent. Only the seeded PRNG is used, so the same options give the same bytes.
 */
export function synthBars(options: SynthOptions): Bars {
  const symbol = options.symbol.toUpperCase();
  if (!isRoot(symbol)) {
    throw new SessionkitError(
      "SK_CLI_USAGE",
      `synthBars: symbol ${JSON.stringify(options.symbol)} is not ES, NQ, MES or MNQ`,
      {
        path: "symbol",
        value: options.symbol,
      },
    );
  }
  const fromDay = parseDay(options.from, "from");
  const toDay = parseDay(options.to, "to");
  const lo = Number(options.from.replaceAll("-", ""));
  const hi = Number(options.to.replaceAll("-", ""));
  // The session of trade date D opens 18:00 ET on D-1, i.e. 22:00 or 23:00 UTC: start one day early.
  const start = fromDay - DAY;
  const n = Math.max(0, Math.round((toDay + DAY - start) / MINUTE));
  const grid = new Float64Array(n);
  for (let i = 0; i < n; i++) grid[i] = start + i * MINUTE;
  const labels = (options.calendar ?? defaultMarketClock()).labelBars(grid);

  const profile = ROOT_PROFILES[symbol];
  const rand = seededRandom(options.seed ^ hashRoot(symbol));
  const out = new BarColumnBuilder(Math.ceil(n * 0.97));
  const sigma0 = profile.dailyVol / Math.sqrt(1380) / SHAPE_RMS;
  let price = profile.startPrice * (1 + 0.05 * (rand() - 0.5));
  let anchor = price;
  let regime: Regime = "mean-revert";
  let day = 0;
  let lastTime = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const td = labels.tradeDate[i]!;
    if (labels.open[i] !== 1 || td < lo || td > hi) continue;
    if (td !== day) {
      day = td;
      if (rand() < 0.25) regime = REGIMES[Math.floor(rand() * REGIMES.length)]!;
      anchor = price;
    }
    const et = labels.etMinute[i]!;
    let sigma = sigma0 * volatilityShape(et) * (regime === "high-vol" ? 2.2 : 1);
    // After a halt the first bar gaps: the overnight/weekend news arrives at once.
    const gapMinutes = (grid[i]! - lastTime) / MINUTE;
    if (gapMinutes > 1) sigma *= Math.min(12, Math.sqrt(gapMinutes) * 0.6);
    const isNewsMinute = et === 510 || et === 600 || et === 840;
    if (isNewsMinute && rand() < 0.15) sigma *= 4 + 6 * rand();
    const drift = regime === "trend-up" ? TREND_PER_MINUTE : regime === "trend-down" ? -TREND_PER_MINUTE : 0;
    const pull = regime === "mean-revert" ? (-0.02 * (price - anchor)) / price : 0;
    const open = toTick(price);
    price *= 1 + drift + pull + sigma * normal(rand);
    const close = toTick(price);
    const wick = Math.abs(sigma * price);
    const high = Math.max(open, close) + toTick(Math.abs(normal(rand)) * wick * 0.5);
    const low = Math.max(TICK, Math.min(open, close) - toTick(Math.abs(normal(rand)) * wick * 0.5));
    const vol =
      profile.baseVolume *
      volumeShape(et) *
      Math.exp(0.5 * normal(rand)) *
      (1 + Math.abs(close - open) / (wick + TICK));
    out.push(grid[i]!, open, high, low, close, Math.max(1, Math.round(vol)), i);
    lastTime = grid[i]!;
  }
  const cols = out.finish();
  return createBars({ symbol, contract: undefined, ...cols });
}

function hashRoot(root: string): number {
  let h = 2166136261;
  for (let i = 0; i < root.length; i++) h = Math.imul(h ^ root.charCodeAt(i), 16777619);
  return h >>> 0;
}
