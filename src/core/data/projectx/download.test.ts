import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { SessionkitError } from "../../errors/index.js";
import { tempDir } from "../__fixtures__/temp-files.js";
import { startGatewayClient as setup, stopGateways, T_END, times } from "./__fixtures__/harness.js";
import { downloadHistory } from "./download.js";

const tmp = tempDir("sk-px-");
afterAll(() => tmp.cleanup());
afterEach(stopGateways);

describe("downloadHistory against a local Gateway", () => {
  it("keeps to 50 history requests per 30 s on the client side", async () => {
    const { client, gw } = await setup();
    const bars = await downloadHistory(client, {
      contractId: "CON.F.US.EP.Z25",
      symbol: "ES",
      contract: "ESZ25",
      from: times[0]!,
      to: T_END,
      progressFile: join(tmp.dir, "rate.json"),
      limit: 800,
    });
    expect(bars.length).toBe(50_000);
    const at = gw.requests.filter((r) => r.path === "/api/History/retrieveBars").map((r) => r.at);
    expect(at.length).toBe(63);
    for (let i = 50; i < at.length; i++) expect(at[i]! - at[i - 50]!).toBeGreaterThanOrEqual(30_000);
  }, 30_000);

  it("pages 20,000 bars at a time and resumes a stopped download from its progress file", async () => {
    const { client, gw, logs } = await setup({ maxAttempts: 1 });
    const progressFile = join(tmp.dir, "ES.progress.json");
    const opts = {
      contractId: "CON.F.US.EP.Z25",
      symbol: "ES" as const,
      contract: "ESZ25",
      from: times[0]!,
      to: T_END,
      progressFile,
    };
    await client.searchContracts("ES");
    // Page 1 succeeds, page 2 fails for good (maxAttempts 1): the run stops halfway.
    gw.inject("/api/History/retrieveBars", { kind: "slow", ms: 0 }, { kind: "500" });
    await expect(downloadHistory(client, opts)).rejects.toThrow(SessionkitError);
    expect(existsSync(progressFile)).toBe(true);
    const progress = JSON.parse(readFileSync(progressFile, "utf8")) as { cursor: number; pages: number };
    expect(progress.pages).toBe(1);
    expect(progress.cursor).toBe(times[30_000]! - 1);
    const before = gw.count("/api/History/retrieveBars");
    const bars = await downloadHistory(client, opts);
    const ends = gw.requests
      .filter((r) => r.path === "/api/History/retrieveBars")
      .slice(before)
      .map((r) => r.body.endTime);
    expect(ends).toEqual([new Date(times[30_000]! - 1).toISOString(), new Date(times[10_000]! - 1).toISOString()]);
    expect(gw.requests.every((r) => r.path !== "/api/History/retrieveBars" || r.body.limit === 20_000)).toBe(true);
    expect(bars.length).toBe(50_000);
    expect(Array.from(bars.time.subarray(0, 3))).toEqual(Array.from(times.subarray(0, 3)));
    expect(existsSync(progressFile) || existsSync(`${progressFile}.bars`)).toBe(false);
    expect(JSON.stringify(logs)).not.toContain(gw.apiKey);
  });
});
