import { performance } from "node:perf_hooks";
import { HookMap } from "tapable";
import { isSessionkitError, SessionkitError } from "../errors/index.js";
import { type AnyTapable, type HookKind, type HookSpec, instantiate, isAsyncKind } from "./hook-spec.js";
import { HOOK_SPECS, type Hooks, type PluginHooks, type TapOptions } from "./hooks/index.js";
import { Stage } from "./stages.js";

/** Timing of one tap, collected by the register interceptor. */
export interface TapStat {
  readonly hook: string;
  readonly plugin: string;
  readonly stage: number;
  calls: number;
  totalMs: number;
}

export interface HookInfo {
  readonly id: string;
  readonly group: string;
  readonly name: string;
  readonly kind: HookKind;
  readonly keyed: boolean;
  readonly fields: readonly string[];
  readonly when: string;
  readonly taps: readonly { readonly plugin: string; readonly stage: number; readonly key?: string }[];
}

interface TapInfo {
  type: "sync" | "async" | "promise";
  name: string;
  stage?: number;
  // biome-ignore lint/suspicious/noExplicitAny: tapable tap functions are untyped here.
  fn: (...args: any[]) => any;
}

const INIT_HOOK = "lifecycle.init";

/**
 * The kernel's hook registry: tapable hooks built from HOOK_SPECS, frozen, with a register
 * interceptor on every hook that (1) refuses taps after seal, (2) tags any throw with plugin and
 * hook (SK_HOOK_FAILED), (3) times taps, and (4) applies the per-plugin timeout to lifecycle.init.
 */
export class HookRegistry {
  readonly hooks: Hooks;
  readonly #stats: TapStat[] = [];
  /** Hooks created per key of each HookMap (tapable keeps them private). */
  readonly #keyed = new Map<string, Map<string, AnyTapable>>();
  readonly #initTimeoutMs: number;
  #sealed = false;

  constructor(opts: { initTimeoutMs: number }) {
    this.#initTimeoutMs = opts.initTimeoutMs;
    const groups: Record<string, Record<string, AnyTapable>> = {};
    for (const [group, specs] of Object.entries(HOOK_SPECS)) {
      const hooks: Record<string, AnyTapable> = {};
      for (const [name, spec] of Object.entries(specs as Record<string, HookSpec<object, unknown, HookKind>>)) {
        hooks[name] = this.#create(`${group}.${name}`, spec);
      }
      groups[group] = Object.freeze(hooks);
    }
    this.hooks = Object.freeze(groups) as unknown as Hooks;
  }

  get sealed(): boolean {
    return this.#sealed;
  }

  seal(): void {
    this.#sealed = true;
  }

  /** A tap-only view of every hook for one plugin; its taps carry the plugin's name. */
  facadeFor(plugin: string): PluginHooks {
    const groups: Record<string, Record<string, unknown>> = {};
    for (const [group, specs] of Object.entries(HOOK_SPECS)) {
      const facades: Record<string, unknown> = {};
      for (const [name, spec] of Object.entries(specs as Record<string, HookSpec<object, unknown, HookKind>>)) {
        const hook = (this.hooks as unknown as Record<string, Record<string, AnyTapable>>)[group]![name];
        const id = `${group}.${name}`;
        facades[name] = spec.keyed
          ? Object.freeze({ for: (key: string) => this.#tapFacade(hook.for(key), plugin, `${id}[${key}]`, spec.kind) })
          : this.#tapFacade(hook, plugin, id, spec.kind);
      }
      groups[group] = Object.freeze(facades);
    }
    return Object.freeze(groups) as unknown as PluginHooks;
  }

  /** The hook table with current taps, for `sessionkit info` and the docs check. */
  describe(): HookInfo[] {
    const out: HookInfo[] = [];
    for (const [group, specs] of Object.entries(HOOK_SPECS)) {
      for (const [name, spec] of Object.entries(specs as Record<string, HookSpec<object, unknown, HookKind>>)) {
        const hook = (this.hooks as unknown as Record<string, Record<string, AnyTapable>>)[group]![name];
        const taps: { plugin: string; stage: number; key?: string }[] = [];
        if (spec.keyed) {
          for (const [key, h] of this.#keyed.get(`${group}.${name}`) ?? []) {
            for (const t of h.taps as TapInfo[]) taps.push({ plugin: t.name, stage: t.stage ?? 0, key: String(key) });
          }
        } else {
          for (const t of hook.taps as TapInfo[]) taps.push({ plugin: t.name, stage: t.stage ?? 0 });
        }
        out.push({
          id: `${group}.${name}`,
          group,
          name,
          kind: spec.kind,
          keyed: spec.keyed,
          fields: spec.fields,
          when: spec.when,
          taps,
        });
      }
    }
    return out;
  }

  stats(): readonly TapStat[] {
    return this.#stats;
  }

  #create(id: string, spec: HookSpec<object, unknown, HookKind>): AnyTapable {
    if (!spec.keyed) return this.#intercepted(instantiate(spec.kind), id);
    const map = new HookMap(() => instantiate(spec.kind), id);
    const created = new Map<string, AnyTapable>();
    this.#keyed.set(id, created);
    map.intercept({
      factory: (key: unknown, hook: AnyTapable) => {
        created.set(String(key), hook);
        return this.#intercepted(hook, `${id}[${String(key)}]`);
      },
    });
    return map;
  }

  #intercepted(hook: AnyTapable, id: string): AnyTapable {
    hook.intercept({ register: (tap: TapInfo) => this.#wrap(tap, id) });
    return hook;
  }

  #wrap(tap: TapInfo, id: string): TapInfo {
    if (this.#sealed) throw tapAfterSeal(tap.name, id);
    const stat: TapStat = { hook: id, plugin: tap.name, stage: tap.stage ?? 0, calls: 0, totalMs: 0 };
    this.#stats.push(stat);
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
      const timeoutMs = id === INIT_HOOK ? this.#initTimeoutMs : 0;
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

  #tapFacade(hook: AnyTapable, plugin: string, id: string, kind: HookKind): object {
    const options = (opts: TapOptions | undefined) => {
      if (this.#sealed) throw tapAfterSeal(plugin, id);
      const stage = opts?.stage ?? Stage.Default;
      if (!Number.isFinite(stage)) {
        throw new SessionkitError("SK_HOOK_UNKNOWN", `plugin "${plugin}" tapped ${id} with stage ${String(stage)}.`, {
          plugin,
          hook: id,
          value: stage,
          hint: "use a Stage value (Stage.Validate … Stage.Report).",
        });
      }
      return { name: plugin, stage };
    };
    const facade: Record<string, unknown> = {
      tap: (fn: (ctx: unknown) => unknown, opts?: TapOptions) => hook.tap(options(opts), fn),
    };
    if (isAsyncKind(kind)) {
      facade.tapPromise = (fn: (ctx: unknown) => Promise<unknown>, opts?: TapOptions) =>
        hook.tapPromise(options(opts), fn);
    }
    return Object.freeze(facade);
  }
}

function tapAfterSeal(plugin: string, hook: string): SessionkitError {
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
