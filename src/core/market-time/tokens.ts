import { createToken } from "../di/token.js";
import type { Calendar } from "./calendar.js";
import type { MarketClock } from "./market-clock.js";

/** The bot's calendar (the built-in CME Globex one unless a plugin answers `market.calendar`). */
export const MarketCalendarToken = createToken<Calendar>("MarketCalendar");

/** The bot's MarketClock, built on MarketCalendarToken's calendar. */
export const MarketClockToken = createToken<MarketClock>("MarketClock");
