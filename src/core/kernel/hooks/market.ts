import type { Calendar } from "../../market-time/calendar.js";
import type { ClockEvent } from "../../market-time/clock-events.js";
import { hookSpec } from "../hook-spec.js";

export interface CalendarRequest {
  /** The venue whose calendar is asked for; "CME" for ES/NQ/MES/MNQ. */
  readonly venue: string;
}

const clockEvent = (when: string) =>
  hookSpec<ClockEvent>()("sync", ["type", "at", "state", "previous"], `live mode: ${when} (MarketEvents started)`);

/** Market time: which calendar the bot uses, and live clock events. */
export const marketHooks = {
  calendar: hookSpec<CalendarRequest, Calendar>()(
    "syncBail",
    ["venue"],
    "when the bot's MarketCalendar is first resolved; the first tap returning a Calendar wins (the built-in cme-calendar answers at Stage.Fallback)",
  ),
  sessionOpen: clockEvent("the market opens (Sunday 18:00 ET, after maintenance, after a holiday)"),
  sessionClose: clockEvent("the market closes (maintenance, halt, early close, weekend)"),
  sessionChange: clockEvent("the intraday session changes while open (Overnight → RTH → PostRTH)"),
  maintenanceStart: clockEvent("the Mon–Thu 17:00 ET maintenance halt starts"),
  maintenanceEnd: clockEvent("the maintenance halt ends at 18:00 ET"),
  tradeDateRoll: clockEvent("a new trade date starts (fires before sessionOpen)"),
};
