import type { Root } from "../bars.js";

/** Per-root scale of the synthetic series: starting level, daily volatility, typical minute volume. */
export interface RootProfile {
  readonly startPrice: number;
  /** Daily return standard deviation (fraction), spread over ~1380 minutes by the intraday shape. */
  readonly dailyVol: number;
  readonly baseVolume: number;
}

export const ROOT_PROFILES: Record<Root, RootProfile> = {
  ES: { startPrice: 6000, dailyVol: 0.008, baseVolume: 900 },
  MES: { startPrice: 6000, dailyVol: 0.008, baseVolume: 350 },
  NQ: { startPrice: 21000, dailyVol: 0.0105, baseVolume: 300 },
  MNQ: { startPrice: 21000, dailyVol: 0.0105, baseVolume: 700 },
};

/**
 * Intraday volatility multiplier by minute after ET midnight, U-shaped over the cash session (highest
 * at the 09:30 open, a lunch lull, a rise into the 16:00 close), quiet overnight with bumps at the 18:00
 * reopen, the 03:00 European open and the 08:30 US data releases. The mean over a full session is ≈ 1.
 */
export function volatilityShape(etMinute: number): number {
  const h = etMinute / 60;
  if (h >= 9.5 && h < 16) {
    const x = (h - 9.5) / 6.5; // 0 at the open, 1 at the close
    return 1.1 + 2.6 * Math.exp(-x * 9) + 1.1 * Math.exp((x - 1) * 7) - 0.35 * Math.exp(-((x - 0.45) ** 2) / 0.02);
  }
  if (h >= 16) return h < 17 ? 0.9 : 1.1 * Math.exp(-(h - 18) * 1.5) + 0.45;
  if (h >= 8.5) return h < 8.6 ? 2.4 : 1.0;
  if (h >= 3 && h < 4) return 0.85;
  return 0.45;
}

/** Volume multiplier: follows volatility but with a deeper overnight trough (liquidity lives in RTH). */
export function volumeShape(etMinute: number): number {
  const v = volatilityShape(etMinute);
  const inRth = etMinute >= 570 && etMinute < 960;
  return inRth ? v * 1.6 : v * 0.35;
}

/** Regimes the generator switches between at trade-date boundaries. */
export const REGIMES = ["trend-up", "trend-down", "mean-revert", "high-vol"] as const;
export type Regime = (typeof REGIMES)[number];
