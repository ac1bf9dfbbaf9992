import { HookMap } from "tapable";
import { SessionkitError } from "../errors/index.js";
import { type AnyTapable, type HookKind, type HookSpec, instantiate, isAsyncKind } from "./hook-spec.js";
import { HOOK_SPECS, type Hooks, type PluginHooks, type TapOptions } from "./hooks/index.js";
import { Stage } from "./stages.js";
import { guardTap, INIT_HOOK, type TapInfo, type TapStat, tapAfterSeal } from "./tap-guard.js";

export type { TapStat } from "./tap-guard.js";

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
    return guardTap(tap, id, stat, id === INIT_HOOK ? this.#initTimeoutMs : 0);
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
