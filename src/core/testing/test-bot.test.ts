import { describe, expect, it } from "vitest";
import { definePlugin } from "../plugin/index.js";
import { createTestBot } from "./index.js";

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
});
