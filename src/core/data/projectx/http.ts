import { SessionkitError } from "../../errors/index.js";
import type { Random } from "../random.js";
import type { ClientClock } from "./clock.js";
import { redact } from "./credentials.js";
import type { RateLimiter } from "./rate-limiter.js";

export interface HttpSettings {
  readonly baseUrl: string;
  readonly clock: ClientClock;
  /** Jitter source; seeded in tests. */
  readonly random: Random;
  /** Per attempt, covering headers and body (AbortSignal.timeout). */
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly log: (line: string) => void;
  /** Values that must never appear in a log line or error (the API key, the token). */
  readonly secrets: () => readonly string[];
}

/** Thrown for HTTP 401 so the auth layer can log in again once; not retried here. */
export class UnauthorizedError extends Error {}

/**
 * JSON POST with the Gateway's failure modes handled: 429 waits for Retry-After (or backoff), 5xx, 408,
 * timeouts, dropped connections and truncated/invalid JSON bodies retry with bounded exponential backoff
 * plus jitter; other 4xx fail at once. Only idempotent read endpoints go through here (login, validate,
 * contract search, history), so retrying a POST cannot duplicate anything (unlike the reference's order
 * POST retries, defect D-A2).
 */
export async function postJson(
  s: HttpSettings,
  limiter: RateLimiter,
  path: string,
  body: unknown,
  token?: string,
): Promise<unknown> {
  let lastProblem = "";
  for (let attempt = 0; attempt < s.maxAttempts; attempt++) {
    await limiter.acquire();
    let retryAfterMs: number | undefined;
    try {
      const res = await fetch(`${s.baseUrl}${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(s.timeoutMs),
      });
      const text = await res.text();
      if (res.ok) {
        try {
          return JSON.parse(text);
        } catch {
          lastProblem = `HTTP ${res.status} with an invalid or truncated JSON body (${text.length} bytes)`;
        }
      } else if (res.status === 401) {
        throw new UnauthorizedError(`${path}: HTTP 401`);
      } else if (res.status === 429) {
        retryAfterMs = parseRetryAfter(res.headers.get("retry-after"), s.clock.now());
        lastProblem = "HTTP 429 (rate limited)";
      } else if (res.status >= 500 || res.status === 408) {
        lastProblem = `HTTP ${res.status}`;
      } else {
        throw new SessionkitError(
          "SK_PROJECTX_HTTP",
          redact(`POST ${path}: HTTP ${res.status} ${text.slice(0, 200)}`, s.secrets()),
          { path, value: res.status },
        );
      }
    } catch (e) {
      if (e instanceof SessionkitError || e instanceof UnauthorizedError) throw e;
      lastProblem = describeNetworkError(e);
    }
    if (attempt + 1 >= s.maxAttempts) break;
    const delay = retryAfterMs ?? backoffMs(s, attempt);
    s.log(
      redact(`projectx: POST ${path} ${lastProblem}; retry ${attempt + 1} in ${Math.round(delay)} ms`, s.secrets()),
    );
    await s.clock.sleep(delay);
  }
  const code = lastProblem.includes("JSON") ? "SK_PROJECTX_RESPONSE" : "SK_PROJECTX_HTTP";
  throw new SessionkitError(
    code,
    redact(`POST ${path} failed after ${s.maxAttempts} attempts: ${lastProblem}`, s.secrets()),
    {
      path,
      value: lastProblem,
    },
  );
}

/** min(max, base·2^attempt), then jittered to 50–100 % of it so clients that failed together spread out. */
export function backoffMs(s: Pick<HttpSettings, "baseDelayMs" | "maxDelayMs" | "random">, attempt: number): number {
  const d = Math.min(s.maxDelayMs, s.baseDelayMs * 2 ** attempt);
  return d / 2 + s.random() * (d / 2);
}

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const secs = Number(value);
  if (Number.isFinite(secs) && secs >= 0) return secs * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

function describeNetworkError(e: unknown): string {
  if (e instanceof Error) {
    if (e.name === "TimeoutError" || e.name === "AbortError") return "timed out";
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return `network error (${cause?.code ?? cause?.message ?? e.message})`;
  }
  return `network error (${String(e)})`;
}
