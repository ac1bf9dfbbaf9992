import type { ServiceContainer } from "../di/index.js";
import { SessionkitError } from "../errors/index.js";
import { MarketClock } from "../market-time/market-clock.js";
import {
  CLOCK_EVENT_HOOK,
  createMarketEvents,
  type MarketEvents,
  MarketEventsToken,
} from "../market-time/market-events.js";
import { MarketCalendarToken, MarketClockToken } from "../market-time/tokens.js";
import type { Hooks } from "./hooks/index.js";

/**
 * Services the kernel itself provides because they call hooks (plugins only tap): the calendar chosen
 * through the `market.calendar` bail hook, the MarketClock on it, and live clock events that fire the
 * `market.*` event hooks. All lazy, so a bot that never asks for market time builds none of it.
 * Returns a function that stops whatever was started.
 */
export function registerMarketServices(services: ServiceContainer, hooks: Hooks): () => void {
  services.register(MarketCalendarToken, {
    useFactory: () => {
      const calendar = hooks.market.calendar.call({ venue: "CME" });
      if (!calendar) {
        throw new SessionkitError("SK_CALENDAR_MISSING", 'no plugin supplied a calendar for venue "CME".', {
          path: "hooks.market.calendar",
          value: "CME",
        });
      }
      return calendar;
    },
  });
  services.register(MarketClockToken, { useFactory: (c) => new MarketClock(c.resolve(MarketCalendarToken)) });
  let events: MarketEvents | undefined;
  services.register(MarketEventsToken, {
    useFactory: (c) => {
      events = createMarketEvents(c.resolve(MarketClockToken), (event) =>
        hooks.market[CLOCK_EVENT_HOOK[event.type]].call(event),
      );
      return events;
    },
  });
  return () => events?.stop();
}
