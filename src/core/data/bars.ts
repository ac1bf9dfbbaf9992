/** CME equity-index roots sessionkit supports. */
export const ROOTS = ["ES", "NQ", "MES", "MNQ"] as const;
export type Root = (typeof ROOTS)[number];

/**
 * 1-minute OHLCV bars of one instrument, columnar. `time` is the bar's OPEN time in epoch ms UTC,
 * strictly increasing. Columns are typed arrays of equal length; slices share memory (subarray).
 */
export interface Bars {
  readonly symbol: Root;
  /** Contract month such as "ESM26", or undefined for a continuous series. */
  readonly contract: string | undefined;
  readonly length: number;
  readonly time: Float64Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;
}

export const BAR_COLUMNS = ["time", "open", "high", "low", "close", "volume"] as const;
export type BarColumn = (typeof BAR_COLUMNS)[number];

/** The six columns of a bar set, as accepted by createBars. */
export type BarColumns = Pick<Bars, BarColumn>;

export function isRoot(s: string): s is Root {
  return (ROOTS as readonly string[]).includes(s);
}
