import { afterEach, describe, expect, it } from "vitest";
import { rejection } from "../__fixtures__/temp-files.js";
import { startGatewayClient as setup, stopGateways, T_END, times } from "./__fixtures__/harness.js";
import { readProjectXCredentials } from "./credentials.js";

afterEach(stopGateways);

const req = (limit: number, end = T_END) => ({
  contractId: "CON.F.US.EP.Z25",
  live: false,
  startTime: new Date(times[0]!).toISOString(),
  endTime: new Date(end).toISOString(),
  unit: 2,
  unitNumber: 1,
  limit,
  includePartialBar: false,
});

describe("ProjectX client against a local Gateway", () => {
  it("treats HTTP 200 with success:false as a failed login, without printing the key", async () => {
    const { client, logs } = await setup({ apiKey: "pk_wrong_key_0123456789abcdef" });
    const e = await rejection(client.searchContracts("ES"));
    expect(e.code).toBe("SK_PROJECTX_AUTH");
    expect(e.message).toMatchInlineSnapshot(
      `"ProjectX login for user trader@example.com failed: success=false, errorCode=3 (invalid credentials)"`,
    );
    expect(JSON.stringify([e.message, e.details, e.value, logs])).not.toContain("pk_wrong_key");
  });

  it("logs in, sends the bearer token and resolves the active contract", async () => {
    const { client, gw } = await setup();
    expect(await client.resolveContract("ES")).toEqual({ id: "CON.F.US.EP.Z25", contract: "ESZ25" });
    expect(await client.resolveContract("MES")).toEqual({ id: "CON.F.US.MES.Z25", contract: "MESZ25" });
    const search = gw.requests.filter((r) => r.path === "/api/Contract/search");
    expect(search[0]!.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(gw.count("/api/Auth/loginKey")).toBe(1);
    await expect(client.resolveContract("NQ")).rejects.toThrow("no ProjectX contract CON.F.US.ENQ.<month><yy> for NQ");
  });

  it("refreshes the token through /api/Auth/validate before it expires", async () => {
    const { client, gw, clock } = await setup();
    await client.searchContracts("ES");
    await clock.sleep(24 * 3_600_000 - 60_000); // within the 120 s refresh margin
    await client.searchContracts("ES");
    expect(gw.requests.map((r) => r.path)).toEqual([
      "/api/Auth/loginKey",
      "/api/Contract/search",
      "/api/Auth/validate",
      "/api/Contract/search",
    ]);
  });

  it("logs in again once after a 401", async () => {
    const { client, gw } = await setup();
    await client.searchContracts("ES");
    gw.inject("/api/Contract/search", { kind: "401" });
    await client.searchContracts("ES");
    expect(gw.count("/api/Auth/loginKey")).toBe(2);
  });

  it("returns a page newest-first from the Gateway as ascending columns", async () => {
    const { client } = await setup();
    const page = await client.retrieveBars(req(3));
    expect(Array.from(page.time)).toEqual(Array.from(times.subarray(-3)));
    expect(page.high[0]! - page.low[0]!).toBe(0.75);
  });

  it("honours Retry-After on 429 and backs off with seeded jitter on 500s, truncated and bad JSON", async () => {
    const { client, clock, gw, logs } = await setup({ maxAttempts: 6 });
    await client.searchContracts("ES");
    gw.inject("/api/History/retrieveBars", { kind: "429", retryAfter: "3" }, { kind: "429", retryAfter: "2" });
    gw.inject("/api/History/retrieveBars", { kind: "500" }, { kind: "truncated" }, { kind: "bad-json" });
    clock.slept.length = 0;
    const page = await client.retrieveBars(req(10));
    expect(page.time.length).toBe(10);
    expect(gw.count("/api/History/retrieveBars")).toBe(6);
    expect(clock.slept.slice(0, 2)).toEqual([3000, 2000]);
    // Attempt k waits base·2^k jittered into [50 %, 100 %]: 1000·2^2, 2^3, 2^4 → [2000,4000], [4000,8000], [8000,16000].
    const jittered = clock.slept.slice(2);
    expect(jittered.map((d, k) => d >= 1000 * 2 ** (k + 2) * 0.5 && d <= 1000 * 2 ** (k + 2))).toEqual([
      true,
      true,
      true,
    ]);
    expect(jittered.map(Math.round)).toMatchInlineSnapshot(`
      [
        2023,
        4248,
        15815,
      ]
    `);
    expect(logs.join("\n")).toContain("retry 1 in 3000 ms");
  });

  it("retries a slow response after its timeout and gives up after maxAttempts with a coded error", async () => {
    const { client, gw } = await setup({ timeoutMs: 100, maxAttempts: 2 });
    await client.searchContracts("ES");
    gw.inject("/api/History/retrieveBars", { kind: "slow", ms: 400 });
    expect((await client.retrieveBars(req(5))).time.length).toBe(5);
    gw.inject("/api/History/retrieveBars", { kind: "500" }, { kind: "500" });
    const e = await rejection(client.retrieveBars(req(5)));
    expect(e.code).toBe("SK_PROJECTX_HTTP");
    expect(e.message).toBe("POST /api/History/retrieveBars failed after 2 attempts: HTTP 500");
  });
});

describe("credentials", () => {
  it("come from the environment only and a missing one is named, not printed", () => {
    expect(
      readProjectXCredentials({ PROJECTX_USERNAME: "u", PROJECTX_API_KEY: "k", PROJECTX_API_URL: "http://x/" }),
    ).toEqual({
      username: "u",
      apiKey: "k",
      baseUrl: "http://x",
    });
    expect(readProjectXCredentials({ PROJECTX_USERNAME: "u", PROJECTX_API_KEY: "k" }).baseUrl).toBe(
      "https://api.topstepx.com",
    );
    expect(() => readProjectXCredentials({ PROJECTX_USERNAME: "u" })).toThrow(
      "environment variable PROJECTX_API_KEY is not set",
    );
  });
});
