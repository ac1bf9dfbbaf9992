import { performance } from "node:perf_hooks";
import { isSessionkitError, SessionkitError } from "../errors/index.js";

/** Timing of one tap, collected by the register interceptor. */
export interface TapStat {
  readonly hook: string;
  readonly plugin: string;
  readonly stage: number;
  calls: number;
  totalMs: number;
}

/** The part of a tapable tap the interceptor rewrites. */
export interface TapInfo {
  type: "sync" | "async" | "promise";
  name: string;
  stage?: number;
  // biome-ignore lint/suspicious/noExplicitAny: tapable tap functions are untyped here.
  fn: (...args: any[]) => any;
}

export const INIT_HOOK = "lifecycle.init";

/**
 * Wraps a tap's function (DESIGN rule 8): a throw becomes SK_HOOK_FAILED naming the plugin and hook,
 * every call is timed into `stat`, and with `timeoutMs` > 0 a promise tap must settle in time.
 */
export function guardTap(tap: TapInfo, id: string, stat: TapStat, timeoutMs: number): TapInfo {
  const fn = tap.fn;
  if (tap.type === "sync") {
    tap.fn = (ctx: unknown) => {
      const t0 = performance.now();
      try {
        return fn(ctx);
      } catch (e) {
        throw hookFailed(e, tap.name, id);
      } finally {
        stat.calls++;
        stat.totalMs += performance.now() - t0;
      }
    };
  } else if (tap.type === "promise") {
    tap.fn = async (ctx: unknown) => {
      const t0 = performance.now();
      try {
        return timeoutMs > 0 ? await withTimeout(fn, ctx, timeoutMs, tap.name) : await fn(ctx);
      } catch (e) {
        throw hookFailed(e, tap.name, id);
      } finally {
        stat.calls++;
        stat.totalMs += performance.now() - t0;
      }
    };
  }
  return tap;
}

export function tapAfterSeal(plugin: string, hook: string): SessionkitError {
  return new SessionkitError("SK_TAP_AFTER_SEAL", `plugin "${plugin}" tapped ${hook} after the kernel was sealed.`, {
    plugin,
    hook,
  });
}

function hookFailed(e: unknown, plugin: string, hook: string): SessionkitError {
  if (isSessionkitError(e) && (e.code === "SK_HOOK_FAILED" || e.code === "SK_PLUGIN_INIT_TIMEOUT")) return e;
  const cause = e instanceof Error ? e.message : String(e);
  const code = isSessionkitError(e) ? `${e.code} ` : "";
  return new SessionkitError("SK_HOOK_FAILED", `plugin "${plugin}" failed in hook ${hook}: ${code}${cause}`, {
    plugin,
    hook,
    cause: e,
  });
}

async function withTimeout(
  fn: (ctx: unknown) => Promise<unknown>,
  ctx: unknown,
  ms: number,
  plugin: string,
): Promise<unknown> {
  // Each init tap gets its own AbortSignal so a timed-out plugin can stop its work.
  const ac = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Reject first: aborting may let the tap settle at once, which must not win the race.
      reject(
        new SessionkitError("SK_PLUGIN_INIT_TIMEOUT", `plugin "${plugin}" did not finish init within ${ms} ms.`, {
          plugin,
          hook: INIT_HOOK,
          value: ms,
        }),
      );
      ac.abort();
    }, ms);
  });
  try {
    return await Promise.race([fn({ ...(ctx as object), signal: ac.signal }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
