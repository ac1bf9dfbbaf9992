import { seededRandom } from "../../random.js";
import { ProjectXClient } from "../client.js";
import { FakeGateway, fakeClock } from "./fake-gateway.js";

export const T_END = Date.UTC(2026, 0, 1);
/** 50,000 consecutive minutes ending just before T_END. */
export const times = Float64Array.from({ length: 50_000 }, (_, i) => T_END - (50_000 - i) * 60_000);

const running: FakeGateway[] = [];

/** Stops every gateway started by `startGatewayClient` (call from afterEach). */
export async function stopGateways(): Promise<void> {
  for (const g of running.splice(0)) await g.stop();
}

/** A fake Gateway on 127.0.0.1:0 over `times`, and a client on a fake clock with seeded jitter. */
export async function startGatewayClient(opts: { apiKey?: string; timeoutMs?: number; maxAttempts?: number } = {}) {
  const clock = fakeClock(T_END);
  const gw = new FakeGateway(clock, times);
  running.push(gw);
  const baseUrl = await gw.start();
  const logs: string[] = [];
  const client = new ProjectXClient({
    credentials: { username: gw.username, apiKey: opts.apiKey ?? gw.apiKey, baseUrl },
    clock,
    random: seededRandom(7),
    timeoutMs: opts.timeoutMs ?? 2000,
    maxAttempts: opts.maxAttempts ?? 4,
    log: (l) => logs.push(l),
  });
  return { clock, gw, client, logs };
}
