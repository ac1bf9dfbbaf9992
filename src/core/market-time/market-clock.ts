import { SessionkitError } from "../errors/index.js";
import { type Calendar, MARKET_REASONS } from "./calendar.js";
import { isoDateOf, MS_PER_DAY, parseIsoDate } from "./civil-date.js";
import { describeInstant, type InstantInput, isoUtc, toEpochMs } from "./instant.js";
import { labelWithTable } from "./label-bars.js";
import type { BarLabels } from "./labels.js";
import type { MarketState, TradingDay } from "./market-state.js";
import { SEGMENT_NAMES, SESSION_NAMES, type SegmentName, type SessionName } from "./sessions.js";
import { TransitionTable } from "./transition-table.js";

/**
 * Answers every market-time question for one calendar (SPEC §1) from a precomputed transition table:
 * each call is a range check and one binary search, no date math.
 */
export class MarketClock {
  private readonly table: TransitionTable;
  /** Epoch ms of the instant resolved by the last `locate` (saves allocating a pair per call). */
  private t = 0;

  constructor(readonly calendar: Calendar) {
    this.table = new TransitionTable(calendar);
  }

  state(at: InstantInput): MarketState {
    const i = this.locate(at);
    const c = this.table.intervals;
    const k = c.day[i]!;
    if (c.open[i] === 1) {
      const s = this.table.sessions[k]!;
      return {
        at: this.t,
        open: true,
        reason: "regular",
        tradeDate: this.table.tradeDateIso[k]!,
        clearingDate: this.table.clearingDateIso[k]!,
        session: SESSION_NAMES[c.session[i]!]!,
        segment: SEGMENT_NAMES[c.segment[i]!]!,
        sessionOpen: s.open,
        sessionClose: s.close,
        nextOpen: null,
      };
    }
    this.table.ensureSession(k);
    return {
      at: this.t,
      open: false,
      reason: MARKET_REASONS[c.reason[i]!]!,
      tradeDate: null,
      clearingDate: null,
      session: null,
      segment: null,
      sessionOpen: null,
      sessionClose: null,
      nextOpen: this.table.sessions[k]!.open,
    };
  }

  isOpen(at: InstantInput): boolean {
    return this.table.intervals.open[this.locate(at)] === 1;
  }

  /** Trade date (YYYY-MM-DD) of the session open at `at`, or null when closed. */
  tradeDate(at: InstantInput): string | null {
    const i = this.locate(at);
    const c = this.table.intervals;
    return c.open[i] === 1 ? this.table.tradeDateIso[c.day[i]!]! : null;
  }

  /** Date CME books trades at `at` to, or null when closed. */
  clearingDate(at: InstantInput): string | null {
    const i = this.locate(at);
    const c = this.table.intervals;
    return c.open[i] === 1 ? this.table.clearingDateIso[c.day[i]!]! : null;
  }

  session(at: InstantInput): SessionName | null {
    const code = this.table.intervals.session[this.locate(at)]!;
    return code < 0 ? null : SESSION_NAMES[code]!;
  }

  segment(at: InstantInput): SegmentName | null {
    const code = this.table.intervals.segment[this.locate(at)]!;
    return code < 0 ? null : SEGMENT_NAMES[code]!;
  }

  /** The first instant after `at` at which the market opens (the next session's open). */
  nextOpen(at: InstantInput): number {
    const i = this.locate(at);
    const c = this.table.intervals;
    const k = c.open[i] === 1 ? c.day[i]! + 1 : c.day[i]!;
    this.table.ensureSession(k);
    return this.table.sessions[k]!.open;
  }

  /** The first instant after `at` at which the market closes (this session's close, or the next one's). */
  nextClose(at: InstantInput): number {
    const k = this.table.intervals.day[this.locate(at)]!;
    this.table.ensureSession(k);
    return this.table.sessions[k]!.close;
  }

  /** The first instant after `at` at which any answer of state() may change. */
  nextTransition(at: InstantInput): number {
    const i = this.locate(at);
    this.table.ensure(this.table.intervals.start[i + 1]!);
    return this.table.intervals.start[i + 1]!;
  }

  /** Weekdays from `from` to `to` (YYYY-MM-DD, inclusive): each trade date with its session, and each closure. */
  tradingDays(from: string, to: string): TradingDay[] {
    const first = parseIsoDate(from, "from");
    const last = parseIsoDate(to, "to");
    const minDay = Math.ceil(this.calendar.validFrom / MS_PER_DAY);
    const maxDay = Math.floor(this.calendar.validUntil / MS_PER_DAY) - 1;
    if (first < minDay || last > maxDay) {
      throw new SessionkitError(
        "SK_TIME_OUT_OF_RANGE",
        `tradingDays: ${from}..${to} is outside ${isoDateOf(minDay)}..${isoDateOf(maxDay)}.`,
        { path: first < minDay ? "from" : "to", value: first < minDay ? from : to },
      );
    }
    if (first > last) {
      throw new SessionkitError("SK_TIME_INVALID_DATE", `tradingDays: from ${from} is after to ${to}.`, {
        path: "from",
        value: from,
      });
    }
    const out: TradingDay[] = [];
    const firstYear = Number(from.slice(0, 4));
    const lastYear = Number(to.slice(0, 4));
    for (let year = firstYear; year <= lastYear; year++) {
      const days: { day: number; entry: TradingDay }[] = [];
      for (const s of this.calendar.sessionsOfYear(year)) {
        if (s.tradeDay < first || s.tradeDay > last) continue;
        days.push({
          day: s.tradeDay,
          entry: {
            tradeDate: isoDateOf(s.tradeDay),
            kind: s.kind,
            name: s.name,
            closed: false,
            open: s.open,
            close: s.close,
            clearingDate: isoDateOf(s.clearingDay),
          },
        });
      }
      for (const c of this.calendar.closuresOfYear(year)) {
        if (c.day < first || c.day > last) continue;
        days.push({
          day: c.day,
          entry: {
            tradeDate: isoDateOf(c.day),
            kind: "closure",
            name: c.name,
            closed: true,
            open: null,
            close: null,
            clearingDate: null,
          },
        });
      }
      days.sort((a, b) => a.day - b.day);
      for (const d of days) out.push(d.entry);
    }
    return out;
  }

  /** Labels a column of epoch-ms timestamps (any order) in one pass; see BarLabels. */
  labelBars(time: Float64Array): BarLabels {
    return labelWithTable(this.table, time, this.calendar.validFrom, this.calendar.validUntil);
  }

  /** Validates `at`, loads the table far enough, and returns the interval index (the instant is left in `t`). */
  private locate(at: InstantInput): number {
    const t =
      typeof at === "number" && at >= this.calendar.validFrom && at < this.calendar.validUntil ? at : this.check(at);
    this.t = t;
    const table = this.table;
    if (!table.covers(t)) table.ensure(t);
    return table.locate(t);
  }

  private check(at: InstantInput): number {
    const t = toEpochMs(at);
    if (t < this.calendar.validFrom || t >= this.calendar.validUntil) {
      throw new SessionkitError(
        "SK_TIME_OUT_OF_RANGE",
        `at: ${describeInstant(t)} is outside ${isoUtc(this.calendar.validFrom)} .. ${isoUtc(this.calendar.validUntil)}.`,
        { path: "at", value: at, hint: "market time is answered from 2014-12-01T00:00:00Z on." },
      );
    }
    return t;
  }
}
