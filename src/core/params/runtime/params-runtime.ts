import { watch as fsWatch } from "node:fs";
import { isSessionkitError, SessionkitError, toSessionkitError } from "../../errors/index.js";
import type { SessionCode, SessionName } from "../../market-time/sessions.js";
import { defaultParamSet, type ParamSet, type ParamValues } from "../param-set.js";
import type { ParamSchemaRegistry } from "../registry.js";
import type { ParamProvider, ParamsEventListener, ReloadedEvent, ReloadTrigger } from "./provider.js";

export const DEFAULT_RELOAD_EVERY_MS = 3_600_000;

/** Injectable clock for the reload schedule (tests pass a fake). */
export interface ReloadTimer {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export type DirWatcher = (dir: string, onChange: () => void) => { close(): void };

export interface ParamsRuntimeOptions {
  readonly registry: ParamSchemaRegistry;
  /** Links tried before last-known-good and schema defaults, e.g. [createFileStoreProvider(...)]. */
  readonly providers: readonly ParamProvider[];
  readonly events?: ParamsEventListener;
  readonly reloadEveryMs?: number;
  readonly timer?: ReloadTimer;
  /** Folder to watch for changes (the store's current/), and how; omit to not watch. */
  readonly watchDir?: string;
  readonly watcher?: DirWatcher;
  readonly debounceMs?: number;
}

const realTimer: ReloadTimer = {
  setInterval: (fn, ms) => setInterval(fn, ms).unref(),
  clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
};

const realWatcher: DirWatcher = (dir, onChange) => fsWatch(dir, { persistent: false }, onChange);

/**
 * The live parameter source: a provider chain (given providers → last-known-good → schema defaults),
 * a cached frozen set per strategy, reloads on a schedule and on file change, single-flight. All sets
 * are swapped in one assignment, so a lookup never sees a mix of old and new values.
 */
export class ParamsRuntime {
  #sets = new Map<string, ParamSet>();
  #running: Promise<ReloadedEvent> | undefined;
  #queued: Promise<ReloadedEvent> | undefined;
  #handle: unknown;
  #watch: { close(): void } | undefined;
  #debounce: NodeJS.Timeout | undefined;
  readonly #opts: ParamsRuntimeOptions;

  private constructor(opts: ParamsRuntimeOptions) {
    this.#opts = opts;
  }

  /** Builds the runtime and performs the initial load (never throws for a bad file: it is rejected). */
  static async create(opts: ParamsRuntimeOptions): Promise<ParamsRuntime> {
    const rt = new ParamsRuntime(opts);
    await rt.reload("initial");
    return rt;
  }

  /** The frozen effective set of (strategy, session). Hot path: two map/property reads. */
  lookup<T extends object = ParamValues>(strategy: string, session: SessionName): Readonly<T> {
    const set = this.#sets.get(strategy) ?? this.#slow(strategy);
    return set.sessions[session] as Readonly<T>;
  }

  /** As lookup, by session code (0 Overnight, 1 RTH, 2 PostRTH) as stored in label columns. */
  lookupCode<T extends object = ParamValues>(strategy: string, code: SessionCode): Readonly<T> {
    const set = this.#sets.get(strategy) ?? this.#slow(strategy);
    return set.bySessionCode[code] as Readonly<T>;
  }

  /** The whole set in force for a strategy (what an opening position keeps). */
  current(strategy: string): ParamSet {
    return this.#sets.get(strategy) ?? this.#slow(strategy);
  }

  #slow(strategy: string): ParamSet {
    const id = this.#opts.registry.get(strategy).strategy;
    const set = this.#sets.get(id);
    if (set === undefined) throw new SessionkitError("SK_INTERNAL", `no parameter set loaded for ${id}`);
    return set;
  }

  /** Re-resolves every strategy. Calls during a reload share one follow-up run (single-flight). */
  reload(trigger: ReloadTrigger = "manual"): Promise<ReloadedEvent> {
    if (this.#running === undefined) {
      this.#running = this.#run(trigger).finally(() => {
        this.#running = undefined;
      });
      return this.#running;
    }
    // A change may have landed after the running pass read its file: run once more, shared by all callers.
    this.#queued ??= this.#running
      .catch(() => undefined)
      .then(() => {
        this.#queued = undefined;
        return this.reload(trigger);
      });
    return this.#queued;
  }

  async #run(trigger: ReloadTrigger): Promise<ReloadedEvent> {
    const next = new Map<string, ParamSet>();
    const results: ReloadedEvent["strategies"][number][] = [];
    for (const id of this.#opts.registry.ids()) {
      const entry = this.#opts.registry.get(id);
      const before = this.#sets.get(id);
      const { set, provider } = await this.#resolve(id, before);
      next.set(id, set);
      const changed = before === undefined || before !== set;
      results.push({ strategy: id, provider, parametersHash: set.parametersHash, origin: set.origin, changed });
      this.#opts.events?.onResolved?.({ strategy: entry.strategy, provider, set });
    }
    this.#sets = next;
    const event: ReloadedEvent = { trigger, strategies: results };
    this.#opts.events?.onReloaded(event);
    return event;
  }

  async #resolve(id: string, held: ParamSet | undefined): Promise<{ set: ParamSet; provider: string }> {
    const entry = this.#opts.registry.get(id);
    for (const p of this.#opts.providers) {
      try {
        const set = await p.resolve({ strategy: id, entry });
        if (set === undefined) continue;
        // An unchanged file keeps the same object, so `changed` and identity checks stay cheap.
        if (held !== undefined && held.parametersHash === set.parametersHash && held.origin === set.origin) {
          return { set: held, provider: p.name };
        }
        return { set, provider: p.name };
      } catch (e) {
        const error = isSessionkitError(e) ? e : toSessionkitError(e);
        // A hook guard wraps a tap's throw (SK_HOOK_FAILED); the file, field and value are on its cause.
        const at = isSessionkitError(error.cause) && error.file === undefined ? error.cause : error;
        this.#opts.events?.onRejected({
          strategy: id,
          provider: p.name,
          file: at.file,
          path: at.path,
          value: at.value,
          message: at.details[0] ?? at.message,
          error,
        });
        break;
      }
    }
    if (held !== undefined && held.origin !== "schema-defaults") return { set: held, provider: "last-known-good" };
    return { set: held ?? defaultParamSet(entry), provider: "schema-defaults" };
  }

  /** Starts the schedule (default hourly) and, with `watchDir`, the debounced file watch. */
  start(): void {
    if (this.#handle !== undefined) return;
    const timer = this.#opts.timer ?? realTimer;
    this.#handle = timer.setInterval(() => {
      this.reload("schedule").catch(() => undefined);
    }, this.#opts.reloadEveryMs ?? DEFAULT_RELOAD_EVERY_MS);
    if (this.#opts.watchDir !== undefined) {
      const watcher = this.#opts.watcher ?? realWatcher;
      const dir = this.#opts.watchDir;
      try {
        this.#watch = watcher(dir, () => this.#onChange());
      } catch (e) {
        this.close();
        const code = (e as NodeJS.ErrnoException).code ?? "error";
        throw new SessionkitError("SK_PARAMS_NOT_FOUND", `${dir}: cannot watch for parameter changes (${code})`, {
          file: dir,
          cause: e,
        });
      }
    }
  }

  #onChange(): void {
    if (this.#debounce !== undefined) clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => {
      this.#debounce = undefined;
      this.reload("watch").catch(() => undefined);
    }, this.#opts.debounceMs ?? 100);
    this.#debounce.unref();
  }

  /** Stops the schedule and the watch; in-flight reloads finish. */
  close(): void {
    if (this.#handle !== undefined) (this.#opts.timer ?? realTimer).clearInterval(this.#handle);
    this.#handle = undefined;
    this.#watch?.close();
    this.#watch = undefined;
    if (this.#debounce !== undefined) clearTimeout(this.#debounce);
    this.#debounce = undefined;
  }
}
