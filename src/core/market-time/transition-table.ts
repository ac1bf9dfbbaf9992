import { type Calendar, ReasonCode, type SessionSpec } from "./calendar.js";
import { isoDateOf, yyyymmddOf } from "./civil-date.js";
import { GrowableColumns } from "./growable-columns.js";
import { CLOSED, SessionCode } from "./sessions.js";
import { WallClock } from "./zone.js";

/** Wall-clock cut points inside a session, in ET minutes, with the segment that starts there (SPEC §1). */
const SEGMENT_CUTS: readonly (readonly [minute: number, segment: number])[] = [
  [0, 1],
  [120, 2],
  [300, 3],
  [510, 4],
  [570, 5],
  [600, 6],
  [690, 7],
  [810, 8],
  [870, 9],
  [900, 10],
  [960, 11],
  [1080, 0],
];

/** Segment at a wall minute. 17:00–18:00 is never open on CME; another venue's would read as AfterHours. */
export function segmentOfMinute(minute: number): number {
  let segment = 0;
  for (const [m, s] of SEGMENT_CUTS) if (m <= minute) segment = s;
  return segment;
}

/** Overnight = [open, 09:30) → segments 0–4; RTH = [09:30, 16:00) → 5–10; PostRTH = [16:00, close) → 11. */
export function sessionOfSegment(segment: number): number {
  if (segment <= 4) return SessionCode.Overnight;
  if (segment <= 10) return SessionCode.RTH;
  return SessionCode.PostRTH;
}

/**
 * The whole timeline as sorted half-open intervals [start[i], start[i+1]) over which every answer is
 * constant: open or closed (with reason), trade-date session, intraday session, segment and UTC
 * offset. Built a calendar year at a time, contiguously over the years queries reach. A lookup is one binary search; the batch labeller walks it with a cursor.
 */
export class TransitionTable {
  readonly intervals = new GrowableColumns();
  /** Trade-date sessions, in time order (index = `day` column of open intervals). */
  readonly sessions: SessionSpec[] = [];
  readonly tradeDateInt: number[] = [];
  readonly clearingDateInt: number[] = [];
  readonly tradeDateIso: string[] = [];
  readonly clearingDateIso: string[] = [];
  private readonly wall: WallClock;
  /** The calendar's earliest year the table may start at, and the year after its last. */
  private readonly minYear: number;
  private readonly lastYear: number;
  /** The next year addYear() appends. */
  private nextYear = Number.NaN;

  constructor(readonly calendar: Calendar) {
    this.wall = new WallClock(calendar.timeZone);
    this.minYear = new Date(calendar.validFrom).getUTCFullYear() - 1;
    this.lastYear = new Date(calendar.validUntil - 1).getUTCFullYear() + 1;
  }

  /**
   * Makes the table answer `t`. It starts at the first year asked about (so a 2026 backtest never
   * builds 2014) and is rebuilt from an earlier year if one is asked later. The last interval is the
   * gap after the newest session, whose next session is not loaded yet, so coverage must reach past it.
   */
  ensure(t: number): void {
    const cols = this.intervals;
    if (cols.length === 0 || t < cols.start[0]!) this.rebuildFrom(this.firstYearFor(t));
    while ((cols.length === 0 || t >= cols.start[cols.length - 1]!) && this.nextYear <= this.lastYear) this.addYear();
  }

  /** True when `t` lies in an interval whose end is known (so locate(t) is valid without ensure). */
  covers(t: number): boolean {
    const cols = this.intervals;
    return cols.length > 0 && t >= cols.start[0]! && t < cols.start[cols.length - 1]!;
  }

  /** Makes session index `k` available. */
  ensureSession(k: number): void {
    while (this.sessions.length <= k && this.nextYear <= this.lastYear) this.addYear();
  }

  /** Index of the interval containing `t`; call ensure(t) first. */
  locate(t: number): number {
    const start = this.intervals.start;
    let lo = 0;
    let hi = this.intervals.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (start[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The year whose sessions (or whose trailing gap) cover `t`. */
  private firstYearFor(t: number): number {
    const year = Math.max(this.minYear, new Date(t).getUTCFullYear());
    const sessions = this.calendar.sessionsOfYear(year);
    const before = sessions.length === 0 || sessions[0]!.open > t;
    return before && year > this.minYear ? year - 1 : year;
  }

  /** Restarts the table at `year`, re-adding every year it covered before so it stays contiguous. */
  private rebuildFrom(year: number): void {
    const until = this.intervals.length === 0 ? year : this.nextYear;
    this.intervals.reset();
    this.sessions.length = 0;
    this.tradeDateInt.length = 0;
    this.clearingDateInt.length = 0;
    this.tradeDateIso.length = 0;
    this.clearingDateIso.length = 0;
    this.nextYear = year;
    while (this.nextYear < until) this.addYear();
  }

  private addYear(): void {
    const year = this.nextYear++;
    const sessions = this.calendar.sessionsOfYear(year);
    const cols = this.intervals;
    const firstRow = cols.length;
    let chunkEnd = Number.NaN;
    for (let k = 0; k < sessions.length; k++) {
      const s = sessions[k]!;
      const index = this.sessions.length;
      this.pushSession(s);
      for (const [at, segment] of this.segmentCuts(s)) {
        cols.push(at, 1, ReasonCode.regular, sessionOfSegment(segment), segment, 0, index);
      }
      const next = sessions[k + 1] ?? this.calendar.sessionAfter(s.tradeDay);
      chunkEnd = next.open;
      for (const span of this.calendar.describeGap(s, next)) {
        cols.push(span.start, 0, ReasonCode[span.reason], CLOSED, CLOSED, 0, index + 1);
      }
    }
    if (cols.length === firstRow) return;
    const from = cols.start[firstRow]!;
    for (const change of this.wall.offsetChanges(from, chunkEnd)) cols.splitAt(change, firstRow);
    for (let i = firstRow; i < cols.length; i++) cols.offset[i] = this.wall.offsetAt(cols.start[i]!);
  }

  private pushSession(s: SessionSpec): void {
    this.sessions.push(s);
    this.tradeDateInt.push(yyyymmddOf(s.tradeDay));
    this.clearingDateInt.push(yyyymmddOf(s.clearingDay));
    this.tradeDateIso.push(isoDateOf(s.tradeDay));
    this.clearingDateIso.push(isoDateOf(s.clearingDay));
  }

  /** [instant, segment] at the open and at every segment boundary strictly inside the session. */
  private segmentCuts(s: SessionSpec): [number, number][] {
    const openWall = this.wall.wallOf(s.open);
    const cuts: [number, number][] = [[s.open, segmentOfMinute(openWall.minuteOfDay)]];
    const lastDay = this.wall.wallOf(s.close - 1).dayNumber;
    for (let d = openWall.dayNumber; d <= lastDay; d++) {
      for (const [minute, segment] of SEGMENT_CUTS) {
        const at = this.wall.toInstant(d, minute);
        if (at > s.open && at < s.close) cuts.push([at, segment]);
      }
    }
    return cuts.sort((a, b) => a[0] - b[0]);
  }
}
