import { describe, expect, it } from "vitest";
import { definePlugin } from "../plugin/index.js";
import { createTestBot, FakeTime } from "./index.js";

describe("sessionkit/testing", () => {
  it("createTestBot boots a plugin alone and shuts it down", async () => {
    const seen: string[] = [];
    const p = definePlugin({
      name: "probe",
      version: "1.0.0",
      sdk: "*",
      setup(ctx) {
        seen.push(ctx.command);
        ctx.onShutdown(() => {
          seen.push("down");
        });
      },
    });
    const bot = await createTestBot({ plugins: [p()] });
    expect(bot.describe().plugins.map((x) => x.name)).toEqual(["probe"]);
    await bot.shutdown();
    expect(seen).toEqual(["test", "down"]);
  });

  it("FakeTime moves only when told and rejects bad input", () => {
    const t = new FakeTime("2026-03-12T14:30:00Z");
    expect(t.now()).toBe(Date.parse("2026-03-12T14:30:00Z"));
    expect(t.advance(60_000)).toBe(Date.parse("2026-03-12T14:31:00Z"));
    expect(() => t.advance(-1)).toThrow(RangeError);
    expect(() => new FakeTime("not a date")).toThrow(/invalid start/);
  });
});
