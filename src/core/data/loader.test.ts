import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Stage } from "../kernel/stages.js";
import { definePlugin } from "../plugin/define-plugin.js";
import { createTestBot } from "../testing/index.js";
import type { Bars } from "./bars.js";
import { writeBarsText } from "./export/text-writers.js";
import { DataLoaderToken, type LoadedData } from "./loader.js";
import { BarStore } from "./store/bar-store.js";
import { synthBars } from "./synth/index.js";

const seen: string[] = [];
const spy = definePlugin({
  name: "spy",
  version: "1.0.0",
  sdk: "*",
  setup(ctx) {
    ctx.hooks.data.loaded.tap((d: LoadedData) => {
      seen.push(`${d.source}:${d.bars.length}`);
    });
  },
});

let dir: string;
let es: Bars;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sk-loader-"));
  process.env.SESSIONKIT_CACHE_DIR = join(dir, "cache");
  es = synthBars({ symbol: "ES", from: "2026-03-02", to: "2026-03-04", seed: 3 });
});
afterAll(() => {
  delete process.env.SESSIONKIT_CACHE_DIR;
});

describe("DataLoader", () => {
  it("loads a file with its quality report and calendar labels, and fires data.loaded", async () => {
    const file = join(dir, "ESM26_1m.csv");
    writeBarsText(file, es, "csv");
    const bot = await createTestBot({ plugins: [spy()] }, { builtins: true });
    const data = await bot.resolve(DataLoaderToken).loadFile(file);
    expect(data.bars.length).toBe(es.length);
    expect(data.bars.symbol).toBe("ES");
    expect(data.report?.rowsRead).toBe(es.length);
    expect(data.labels.length).toBe(es.length);
    expect([...data.labels.open].every((o) => o === 1)).toBe(true);
    expect(seen).toContain(`${file}:${es.length}`);
    await bot.shutdown();
  });

  it("loads a symbol from the bar store (the last link of data.source), sliced to the range", async () => {
    const store = join(dir, "store");
    new BarStore(store).put({ ...es, contract: "ESM26" });
    const bot = await createTestBot({ data: { dir: store }, plugins: [spy()] }, { builtins: true });
    const from = Date.parse("2026-03-03T00:00:00Z");
    const data = await bot.resolve(DataLoaderToken).loadSymbol("ES", { from });
    expect(data.bars.time[0]).toBeGreaterThanOrEqual(from);
    expect(data.bars.length).toBe(es.time.filter((t) => t >= from).length);
    await expect(bot.resolve(DataLoaderToken).loadSymbol("NQ")).rejects.toMatchObject({ code: "SK_DATA_NOT_FOUND" });
    await bot.shutdown();
  });

  it("a source plugin answers before the store", async () => {
    const source = definePlugin({
      name: "my-feed",
      version: "1.0.0",
      sdk: "*",
      setup(ctx) {
        ctx.hooks.data.source.tap(({ symbol }) => (symbol === "ES" ? es : undefined), { stage: Stage.Default });
      },
    });
    const bot = await createTestBot({ plugins: [source()] }, { builtins: true });
    const data = await bot.resolve(DataLoaderToken).loadSymbol("ES");
    expect(data.bars.length).toBe(es.length);
    await bot.shutdown();
  });
});
