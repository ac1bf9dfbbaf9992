import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ClientClock } from "../clock.js";

/** A fault the fake Gateway injects into the next matching request. */
export type Fault =
  | { kind: "429"; retryAfter?: string }
  | { kind: "500" }
  | { kind: "truncated" }
  | { kind: "bad-json" }
  | { kind: "slow"; ms: number }
  | { kind: "401" };

export interface RecordedRequest {
  path: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** The injected clock's time when the request arrived. */
  at: number;
}

/** A manually advanced clock: sleep() advances time and resolves at once. */
export function fakeClock(start = Date.UTC(2026, 0, 1)): ClientClock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

export function makeJwt(expSeconds: number, id: string): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${b64({ alg: "HS256", typ: "JWT" })}.${b64({ sub: id, exp: expSeconds })}.c2lnbmF0dXJl`;
}

/**
 * A local HTTP server implementing the ProjectX Gateway contract (SPEC §2) over a synthetic minute
 * series, with scripted faults per path. Started on 127.0.0.1 port 0 by each test.
 */
export class FakeGateway {
  readonly requests: RecordedRequest[] = [];
  readonly faults = new Map<string, Fault[]>();
  readonly tokens = new Set<string>();
  tokenLifetimeMs = 24 * 3_600_000;
  private server: Server | undefined;
  private issued = 0;

  constructor(
    readonly clock: ClientClock,
    readonly barTimes: Float64Array,
    readonly username = "trader@example.com",
    readonly apiKey = "pk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0",
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  inject(path: string, ...faults: Fault[]): void {
    this.faults.set(path, [...(this.faults.get(path) ?? []), ...faults]);
  }

  count(path: string): number {
    return this.requests.filter((r) => r.path === path).length;
  }

  private issue(): string {
    const token = makeJwt(Math.floor((this.clock.now() + this.tokenLifetimeMs) / 1000), `t${++this.issued}`);
    this.tokens.add(token);
    return token;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = req.url ?? "";
    const body = JSON.parse(Buffer.concat(chunks).toString() || "{}") as Record<string, unknown>;
    const authorization = req.headers.authorization;
    this.requests.push({ path, body, authorization, at: this.clock.now() });
    const fault = this.faults.get(path)?.shift();
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(payload));
    };
    if (fault?.kind === "429")
      return send(429, { error: "Too Many Requests" }, fault.retryAfter ? { "retry-after": fault.retryAfter } : {});
    if (fault?.kind === "500") return send(500, { error: "boom" });
    if (fault?.kind === "401") return send(401, {});
    if (fault?.kind === "slow") await new Promise((r) => setTimeout(r, fault.ms));
    if (fault?.kind === "truncated") {
      res.writeHead(200, { "content-type": "application/json", "content-length": "5000" });
      res.write('{"bars":[{"t":"2026-');
      res.destroy();
      return;
    }
    if (fault?.kind === "bad-json") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"bars":[{"t":"2026-01-0');
      return;
    }
    if (res.destroyed) return;
    const bearer = authorization?.startsWith("Bearer ") ? authorization.slice(7) : undefined;
    const authed = bearer !== undefined && this.tokens.has(bearer);
    if (path === "/api/Auth/loginKey") {
      if (body.userName === this.username && body.apiKey === this.apiKey) {
        return send(200, { token: this.issue(), success: true, errorCode: 0, errorMessage: null });
      }
      return send(200, { token: null, success: false, errorCode: 3, errorMessage: null });
    }
    if (!authed) return send(401, {});
    if (path === "/api/Auth/validate") return send(200, { success: true, errorCode: 0, newToken: this.issue() });
    if (path === "/api/Contract/search") {
      return send(200, {
        success: true,
        errorCode: 0,
        contracts: [
          { id: "CON.F.US.MES.Z25", name: "MESZ5", description: "Micro E-mini S&P 500", activeContract: true },
          { id: "CON.F.US.EP.H26", name: "ESH6", description: "E-mini S&P 500 Mar 26", activeContract: false },
          { id: "CON.F.US.EP.Z25", name: "ESZ5", description: "E-mini S&P 500", activeContract: true },
        ].filter((c) => c.name.startsWith(String(body.searchText))),
      });
    }
    if (path === "/api/History/retrieveBars") return send(200, this.bars(body));
    send(404, {});
  }

  private bars(body: Record<string, unknown>) {
    const start = Date.parse(String(body.startTime));
    const end = Date.parse(String(body.endTime));
    const limit = Number(body.limit);
    const out: Record<string, unknown>[] = [];
    for (let i = this.barTimes.length - 1; i >= 0 && out.length < limit; i--) {
      const t = this.barTimes[i]!;
      if (t > end || t < start) continue;
      const p = 6000 + (i % 400) * 0.25;
      out.push({
        t: new Date(t).toISOString().replace("Z", "+00:00"),
        o: p,
        h: p + 0.5,
        l: p - 0.25,
        c: p + 0.25,
        v: 1 + (i % 50),
      });
    }
    return { bars: out, success: true, errorCode: 0, errorMessage: null };
  }
}
