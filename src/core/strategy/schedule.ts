import type { Root } from "../data/bars.js";
import { instrumentOf } from "./instruments.js";

/** One row of the strategy schedule: which strategies may enter in a segment, and the size multiplier. */
export interface ScheduleRow {
  readonly segment: number;
  readonly es: readonly string[];
  readonly nq: readonly string[];
  readonly sizeEs: number;
  readonly sizeNq: number;
}

/** A strategy's own trading window in ET minutes [start, end): it may enter there whatever the segment. */
export interface OwnWindow {
  readonly startMinute: number;
  readonly endMinute: number;
}

export interface StrategySchedule {
  /** Indexed by segment code 0..11. */
  readonly rows: readonly ScheduleRow[];
  readonly ownWindows: Readonly<Record<string, OwnWindow>>;
}

const row = (segment: number, es: string[], nq: string[], sizeEs: number, sizeNq: number): ScheduleRow =>
  Object.freeze({ segment, es: Object.freeze(es), nq: Object.freeze(nq), sizeEs, sizeNq });

/**
 * The default schedule (SPEC §5): the reference's §0.5 table re-keyed to the segments of SPEC §1, in
 * ET. Micros use the full-size columns. S6 (09:28–10:00) and S11 (13:30–15:30) may also enter
 * throughout their own window at multiplier 1.0 where the segment does not list them.
 */
export const DEFAULT_SCHEDULE: StrategySchedule = Object.freeze({
  rows: Object.freeze([
    row(0, ["S2", "S11"], ["S2", "S11", "S3"], 0.6, 0.8),
    row(1, ["S2", "S3"], ["S2"], 0.7, 0.5),
    row(2, ["S3", "S6", "S2"], ["S3", "S2"], 0.9, 0.8),
    row(3, ["S2", "S3", "S11"], ["S2", "S3"], 1.0, 0.9),
    row(4, ["S3", "S2"], ["S3", "S2"], 0.8, 0.8),
    row(5, ["S6"], ["S6"], 1.2, 1.2),
    row(6, ["S3", "S2", "S11"], ["S3", "S2", "S11"], 1.0, 1.1),
    row(7, ["S2"], ["S2"], 0.5, 0.5),
    row(8, ["S11", "S3", "S6"], ["S11", "S3", "S6"], 1.0, 1.0),
    row(9, ["S11", "S3", "S6"], ["S11", "S3", "S6"], 1.0, 1.0),
    row(10, ["S2", "S11"], ["S2", "S11"], 0.7, 0.7),
    row(11, ["S2"], ["S2", "S3"], 0.5, 0.6),
  ]),
  ownWindows: Object.freeze({
    S6: Object.freeze({ startMinute: 9 * 60 + 28, endMinute: 10 * 60 }),
    S11: Object.freeze({ startMinute: 13 * 60 + 30, endMinute: 15 * 60 + 30 }),
  }),
});

/** Strategy ids the schedule knows (a strategy it does not list is not restricted by it). */
export function scheduledStrategyIds(schedule: StrategySchedule = DEFAULT_SCHEDULE): Set<string> {
  const ids = new Set<string>(Object.keys(schedule.ownWindows));
  for (const r of schedule.rows) for (const id of [...r.es, ...r.nq]) ids.add(id);
  return ids;
}

/**
 * The size multiplier for an entry by `strategyId` on `root` at a bar with `segment` and `etMinute`;
 * 0 means the schedule does not allow the entry. Closed bars (segment -1) are never allowed. A
 * strategy the schedule does not know is allowed everywhere at 1.0.
 */
export function scheduleMultiplier(
  strategyId: string,
  root: Root,
  segment: number,
  etMinute: number,
  schedule: StrategySchedule = DEFAULT_SCHEDULE,
  known: ReadonlySet<string> = scheduledStrategyIds(schedule),
): number {
  if (segment < 0) return 0;
  const id = strategyId.toUpperCase();
  const r = schedule.rows[segment];
  const nq = instrumentOf(root).family === "NQ";
  if (r !== undefined && (nq ? r.nq : r.es).includes(id)) return nq ? r.sizeNq : r.sizeEs;
  const w = schedule.ownWindows[id];
  if (w !== undefined && etMinute >= w.startMinute && etMinute < w.endMinute) return 1;
  return known.has(id) ? 0 : 1;
}

const tables = new WeakMap<StrategySchedule, Map<string, Float32Array>>();

/**
 * Precomputes, for one strategy and root, the multiplier of every (segment, ET minute) pair: a
 * 12 × 1440 table read once per bar by the engine instead of list scans. Cached per schedule object
 * (schedules are frozen data), so optimizer trials do not rebuild it; treat the result as read-only.
 */
export function scheduleTable(
  strategyId: string,
  root: Root,
  schedule: StrategySchedule = DEFAULT_SCHEDULE,
): Float32Array {
  let byKey = tables.get(schedule);
  if (byKey === undefined) {
    byKey = new Map();
    tables.set(schedule, byKey);
  }
  const key = `${strategyId.toUpperCase()}|${root}`;
  let t = byKey.get(key);
  if (t === undefined) {
    t = new Float32Array(12 * 1440);
    const known = scheduledStrategyIds(schedule);
    for (let s = 0; s < 12; s++) {
      for (let m = 0; m < 1440; m++) t[s * 1440 + m] = scheduleMultiplier(strategyId, root, s, m, schedule, known);
    }
    byKey.set(key, t);
  }
  return t;
}
