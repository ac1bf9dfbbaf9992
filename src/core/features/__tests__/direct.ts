// TEST-ONLY: direct (naive, O(n·window)) evaluation of each formula, written independently of the
// kernels, to check that the incremental batch/stream path equals the definition to 1e-9.
import type { FeatureSource } from "../contract.js";

type Col = (src: FeatureSource, i: number) => number;
const tr = (s: FeatureSource, i: number) => {
  const { high: h, low: l, close: c } = s.bars;
  if (i === 0) return h[i]! - l[i]!;
  return Math.max(h[i]! - l[i]!, Math.abs(h[i]! - c[i - 1]!), Math.abs(l[i]! - c[i - 1]!));
};
const fin = (x: number, fill: number) => (Number.isFinite(x) ? x : fill);
const window = (i: number, n: number) => Array.from({ length: Math.min(n, i + 1) }, (_, k) => i - k);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const popSd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length);
};

/** Trade date of each bar with closed-time bars (0) carried forward from the last open bar. */
function effectiveDates(s: FeatureSource, i: number): number[] {
  const out: number[] = [];
  let d = 0;
  for (let k = 0; k <= i; k++) {
    if (s.labels.tradeDate[k] !== 0) d = s.labels.tradeDate[k]!;
    out.push(d);
  }
  return out;
}

/** Same, for the session VWAP anchor key (trade date, overnight vs RTH/PostRTH). */
function effectiveAnchors(s: FeatureSource, i: number): number[] {
  const out: number[] = [];
  let a = -1;
  for (let k = 0; k <= i; k++) {
    if (s.labels.session[k]! >= 0) a = s.labels.tradeDate[k]! * 2 + (s.labels.session[k]! >= 1 ? 1 : 0);
    out.push(a);
  }
  return out;
}

/** Ranges (high − low) of every trade date that completed before bar i, oldest first. */
function completedRanges(s: FeatureSource, i: number): number[] {
  const td = s.labels.tradeDate;
  let cur = 0;
  for (let k = 0; k <= i; k++) if (td[k] !== 0) cur = td[k]!;
  const order: number[] = [];
  const hi = new Map<number, number>();
  const lo = new Map<number, number>();
  let date = 0;
  for (let k = 0; k <= i; k++) {
    if (td[k] !== 0) date = td[k]!;
    if (date === 0 || date === cur) continue;
    if (!hi.has(date)) order.push(date);
    hi.set(date, Math.max(hi.get(date) ?? -Infinity, s.bars.high[k]!));
    lo.set(date, Math.min(lo.get(date) ?? Infinity, s.bars.low[k]!));
  }
  return order.map((d) => hi.get(d)! - lo.get(d)!);
}

export const DIRECT: Record<string, Col> = {
  ret_1m: (s, i) => (i < 1 ? 0 : fin((s.bars.close[i]! - s.bars.close[i - 1]!) / s.bars.close[i - 1]!, 0)),
  ret_5m: (s, i) => (i < 5 ? 0 : fin((s.bars.close[i]! - s.bars.close[i - 5]!) / s.bars.close[i - 5]!, 0)),
  atr_14: (s, i) => (i < 14 ? 0.5 : fin(mean(window(i, 14).map((k) => tr(s, k))), 0.5)),
  rsi_14: (s, i) => {
    if (i < 14) return 50;
    let g = 0;
    let l = 0;
    for (const k of window(i, 14)) {
      const d = s.bars.close[k]! - s.bars.close[k - 1]!;
      if (d > 0) g += d;
      else l -= d;
    }
    return l === 0 ? 100 : fin(100 - 100 / (1 + g / 14 / (l / 14)), 50);
  },
  vwap_dist: (s, i) => {
    let pv = 0;
    let v = 0;
    for (const k of window(i, 20)) {
      pv += ((s.bars.high[k]! + s.bars.low[k]! + s.bars.close[k]!) / 3) * s.bars.volume[k]!;
      v += s.bars.volume[k]!;
    }
    return fin((s.bars.close[i]! - pv / v) / (pv / v), 0);
  },
  bb_width: (s, i) => {
    if (i < 19) return 0.01;
    const xs = window(i, 20).map((k) => s.bars.close[k]!);
    return fin((4 * popSd(xs)) / mean(xs), 0.01);
  },
  adr_pct: (s, i) => {
    const ks = window(i, 20);
    const cur = Math.max(...ks.map((k) => s.bars.high[k]!)) - Math.min(...ks.map((k) => s.bars.low[k]!));
    const r = completedRanges(s, i).slice(-14);
    if (r.length === 0) return 0.5;
    const x = cur / mean(r);
    return Number.isFinite(x) && x >= 0 && x <= 10 ? x : 0.5;
  },
  hour_frac: (s, i) => {
    const m = s.labels.etMinute[i]!;
    return (Math.floor(m / 60) + (m % 60) / 60) / 24;
  },
  session_flag: (s, i) => Math.max(0, s.labels.segment[i]!),
  session_type: (s, i) => Math.max(0, s.labels.session[i]!),
  "sma:20": (s, i) => (i < 19 ? Number.NaN : mean(window(i, 20).map((k) => s.bars.close[k]!))),
  "stdev:20": (s, i) => (i < 19 ? Number.NaN : popSd(window(i, 20).map((k) => s.bars.close[k]!))),
  "zscore:20": (s, i) => {
    if (i < 19) return Number.NaN;
    const xs = window(i, 20).map((k) => s.bars.close[k]!);
    const sd = popSd(xs);
    return sd > 0 ? (s.bars.close[i]! - mean(xs)) / sd : Number.NaN;
  },
  "bb.upper:20,2": (s, i) => {
    if (i < 19) return Number.NaN;
    const xs = window(i, 20).map((k) => s.bars.close[k]!);
    return mean(xs) + 2 * popSd(xs);
  },
  "atr.sma:14": (s, i) => (i < 14 ? Number.NaN : mean(window(i, 14).map((k) => tr(s, k)))),
  "rsi.cutler:14": (s, i) => (i < 14 ? Number.NaN : DIRECT.rsi_14!(s, i)),
  "quantile.tr:60,0.6": (s, i) => {
    if (i < 59) return Number.NaN;
    const xs = window(i, 60)
      .map((k) => tr(s, k))
      .sort((a, b) => a - b);
    const at = 0.6 * 59;
    const lo = Math.floor(at);
    return xs[lo]! + (xs[lo + 1]! - xs[lo]!) * (at - lo);
  },
  "rank.close:60": (s, i) => {
    if (i < 59) return Number.NaN;
    const c = s.bars.close[i]!;
    return window(i, 60).filter((k) => s.bars.close[k]! <= c).length / 60;
  },
  "adr:14": (s, i) => {
    const r = completedRanges(s, i).slice(-14);
    return r.length === 0 ? Number.NaN : mean(r);
  },
  "vwap.session": (s, i) => {
    const key = effectiveAnchors(s, i);
    let a = i;
    while (a > 0 && key[a - 1] === key[i]) a--;
    let pv = 0;
    let v = 0;
    for (let k = a; k <= i; k++) {
      const w = Math.max(0, s.bars.volume[k]!);
      pv += w * ((s.bars.high[k]! + s.bars.low[k]! + s.bars.close[k]!) / 3);
      v += w;
    }
    return v > 0 ? pv / v : Number.NaN;
  },
  "pd.vwap": (s, i) => {
    const td = effectiveDates(s, i);
    let k = i;
    while (k >= 0 && td[k] === td[i]) k--;
    if (k < 0 || td[k] === 0) return Number.NaN;
    let pv = 0;
    let v = 0;
    for (let j = k; j >= 0 && td[j] === td[k]; j--) {
      const w = Math.max(0, s.bars.volume[j]!);
      pv += w * ((s.bars.high[j]! + s.bars.low[j]! + s.bars.close[j]!) / 3);
      v += w;
    }
    return v > 0 ? pv / v : Number.NaN;
  },
  "ib.high:570,630": (s, i) => {
    const { session: se, etMinute: m } = s.labels;
    const td = effectiveDates(s, i);
    let h = Number.NEGATIVE_INFINITY;
    for (let k = i; k >= 0 && td[k] === td[i]; k--)
      if (se[k]! >= 0 && m[k]! >= 570 && m[k]! < 630) h = Math.max(h, s.bars.high[k]!);
    return h === Number.NEGATIVE_INFINITY ? Number.NaN : h;
  },
  "on.low": (s, i) => {
    const se = s.labels.session;
    const td = effectiveDates(s, i);
    let lo = Number.POSITIVE_INFINITY;
    for (let k = i; k >= 0 && td[k] === td[i]; k--) if (se[k] === 0) lo = Math.min(lo, s.bars.low[k]!);
    return lo === Number.POSITIVE_INFINITY ? Number.NaN : lo;
  },
};
