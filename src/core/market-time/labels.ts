/**
 * Per-bar market-time labels, produced once per dataset by the batch labeller and read by features,
 * strategies and the backtest engine. Columnar so the hot path never allocates.
 */
export interface BarLabels {
  readonly length: number;
  /** 1 when the market is open at the bar's timestamp, else 0. */
  readonly open: Uint8Array;
  /** Trade date as yyyymmdd (e.g. 20260312); 0 when closed. */
  readonly tradeDate: Int32Array;
  /** Clearing date as yyyymmdd; 0 when closed. */
  readonly clearingDate: Int32Array;
  /** SessionCode (0 Overnight, 1 RTH, 2 PostRTH) or -1 when closed. */
  readonly session: Int8Array;
  /** Segment code 0..11 (SEGMENT_NAMES) or -1 when closed. */
  readonly segment: Int8Array;
  /** Minutes after ET midnight of the bar's timestamp, 0..1439 (DST-aware). */
  readonly etMinute: Int16Array;
}
