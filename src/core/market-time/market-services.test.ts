import { describe, expect, it } from "vitest";
import { Stage } from "../kernel/stages.js";
import { definePlugin } from "../plugin/define-plugin.js";
import { createTestBot } from "../testing/index.js";
import type { Calendar } from "./calendar.js";
import type { ClockEvent } from "./clock-events.js";
import { createCmeCalendar } from "./cme-calendar.js";
import { MarketEventsToken } from "./market-events.js";
import { ManualTimeSource } from "./time-source.js";
import { MarketCalendarToken, MarketClockToken } from "./tokens.js";

describe("market time in a bot", () => {
  it("resolves the built-in CME calendar and MarketClock through DI", async () => {
    const bot = await createTestBot({}, { builtins: true });
    const clock = bot.resolve(MarketClockToken);
    expect(clock.state("2026-03-12T14:30:00Z").session).toBe("RTH");
    expect(bot.resolve(MarketCalendarToken).id).toBe("cme-globex-equity");
    expect(bot.describe().plugins.map((p) => p.name)).toContain("cme-calendar");
    await bot.shutdown();
  });

  it("lets a plugin supply the calendar through the market.calendar bail hook", async () => {
    const custom: Calendar = Object.assign(Object.create(createCmeCalendar()), { id: "custom" });
    const venue = definePlugin({
      name: "my-venue",
      version: "1.0.0",
      sdk: "*",
      provides: ["calendar"],
      setup(ctx) {
        ctx.hooks.market.calendar.tap(() => custom, { stage: Stage.Default });
      },
    });
    const bot = await createTestBot({ plugins: [venue()] }, { builtins: true });
    expect(bot.resolve(MarketCalendarToken).id).toBe("custom");
    await bot.shutdown();
  });

  it("without any calendar plugin, asking for market time is a coded error", async () => {
    const bot = await createTestBot({});
    expect(() => bot.resolve(MarketClockToken)).toThrowErrorMatchingInlineSnapshot(
      `[SessionkitError: no plugin supplied a calendar for venue "CME".]`,
    );
    await bot.shutdown();
  });

  it("fires market hooks for live clock events, and stops them at shutdown", async () => {
    const seen: string[] = [];
    const listener = definePlugin({
      name: "listener",
      version: "1.0.0",
      sdk: "*",
      setup(ctx) {
        const log = (e: ClockEvent) => {
          seen.push(`${e.type}@${new Date(e.at).toISOString()}`);
        };
        ctx.hooks.market.sessionClose.tap(log);
        ctx.hooks.market.maintenanceStart.tap(log);
        ctx.hooks.market.maintenanceEnd.tap(log);
        ctx.hooks.market.tradeDateRoll.tap(log);
        ctx.hooks.market.sessionOpen.tap(log);
        ctx.hooks.market.sessionChange.tap(log);
      },
    });
    const bot = await createTestBot({ plugins: [listener()] }, { builtins: true });
    // Thursday 2026-03-12 15:00 ET (EDT) to 19:00 ET.
    const time = new ManualTimeSource(Date.parse("2026-03-12T19:00:00Z"));
    const events = bot.resolve(MarketEventsToken);
    events.start(time);
    time.advanceTo(Date.parse("2026-03-12T23:00:00Z"));
    expect(seen).toEqual([
      "session-change@2026-03-12T20:00:00.000Z",
      "session-close@2026-03-12T21:00:00.000Z",
      "maintenance-start@2026-03-12T21:00:00.000Z",
      "maintenance-end@2026-03-12T22:00:00.000Z",
      "trade-date-roll@2026-03-12T22:00:00.000Z",
      "session-open@2026-03-12T22:00:00.000Z",
    ]);
    await bot.shutdown();
    expect(events.running).toBe(false);
  });
});
