import { performance } from "node:perf_hooks";
import type { BotConfig } from "../config/schema.js";
import { ServiceContainer, type Token } from "../di/index.js";
import { SessionkitError } from "../errors/index.js";
import { createLogger, type Logger } from "../logging/index.js";
import type { PluginContext } from "../plugin/plugin-context.js";
import { StrategyRegistry } from "../strategy/registry.js";
import { Disposer } from "./disposer.js";
import { type HookInfo, HookRegistry, type TapStat } from "./hook-registry.js";
import type { Hooks } from "./hooks/index.js";
import { registerKernelServices } from "./kernel-services.js";
import { createPluginContext } from "./plugin-context-factory.js";
import type { ServiceResolver } from "./service-resolver.js";
import { type TimingNode, timed, timingNode } from "./timing.js";

export type KernelPhase = "configured" | "registered" | "sealed" | "initialized" | "running" | "stopped";

export interface KernelOptions {
  readonly command?: string;
  readonly mode?: string;
  /** Root logger; default pino to stderr at the config's level. */
  readonly logger?: Logger;
}

export interface BotInfo {
  readonly name: string;
  readonly phase: KernelPhase;
  readonly plugins: readonly {
    name: string;
    version: string;
    builtin: boolean;
    provides: readonly string[];
    requires: readonly string[];
  }[];
  readonly services: readonly { token: string; owner: string }[];
  readonly strategies: readonly {
    id: string;
    plugin: string;
    symbols: readonly string[];
    sessions: readonly string[];
  }[];
  readonly hooks: readonly HookInfo[];
  readonly boot: TimingNode;
}

/**
 * One bot: its own DI container, hook registry, plugins and lifecycle
 * (configure → register → seal → init → run → shutdown, DESIGN rule 13). Two kernels in one process
 * share nothing.
 */
export class Kernel implements ServiceResolver {
  readonly config: BotConfig;
  readonly services: ServiceContainer;
  readonly logger: Logger;
  readonly command: string;
  readonly mode: string;
  readonly boot: TimingNode = timingNode("boot");
  readonly #registry: HookRegistry;
  readonly #disposer = new Disposer();
  // strategy subsystem: the bot's strategies, filled by plugins' setup() through ctx.strategies.
  readonly #strategies = new StrategyRegistry();
  readonly #stopCore: () => void;
  #phase: KernelPhase = "configured";
  #t0 = performance.now();

  constructor(config: BotConfig, opts: KernelOptions = {}) {
    this.config = config;
    this.command = opts.command ?? "run";
    this.mode = opts.mode ?? "development";
    this.logger = opts.logger ?? createLogger({ level: config.log.level, name: config.name });
    this.services = ServiceContainer.forBot();
    this.#registry = new HookRegistry({ initTimeoutMs: config.pluginTimeoutMs });
    this.#stopCore = registerKernelServices(this.services, this.#registry.hooks, config, this.logger, this.#strategies);
  }

  /** Boots a bot: register → seal → init. */
  static async start(config: BotConfig, opts: KernelOptions = {}): Promise<Kernel> {
    const k = new Kernel(config, opts);
    k.register();
    k.seal();
    await k.init();
    return k;
  }

  get phase(): KernelPhase {
    return this.#phase;
  }

  /** The full hook registry (internal callers invoke hooks through it; plugins get tap-only views). */
  get hooks(): Hooks {
    return this.#registry.hooks;
  }

  resolve<T>(token: Token<T>): T {
    return this.services.resolve(token);
  }

  tryResolve<T>(token: Token<T>): T | undefined {
    return this.services.tryResolve(token);
  }

  /** Runs every plugin's synchronous setup() in dependency order. */
  register(): void {
    this.#expect("configured", "register");
    timed(this.boot, "register", (node) => {
      for (const entry of this.config.plugins) {
        const { plugin } = entry;
        timed(node, plugin.name, () => {
          let result: unknown;
          try {
            result = plugin.setup(this.#contextFor(plugin.name), entry.options);
          } catch (e) {
            throw new SessionkitError(
              "SK_PLUGIN_SETUP_FAILED",
              `plugin "${plugin.name}" setup() threw: ${messageOf(e)}`,
              {
                plugin: plugin.name,
                file: this.config.file,
                path: entry.index >= 0 ? `plugins[${entry.index}]` : undefined,
                cause: e,
              },
            );
          }
          if (result instanceof Promise) {
            result.catch(() => undefined);
            throw new SessionkitError("SK_PLUGIN_SETUP_ASYNC", `plugin "${plugin.name}" setup() returned a promise.`, {
              plugin: plugin.name,
              file: this.config.file,
            });
          }
        });
      }
      const names = this.config.plugins.map((e) => e.plugin.name);
      const capabilities = [...new Set(this.config.plugins.flatMap((e) => e.plugin.provides))];
      this.#registry.hooks.lifecycle.registered.call({ plugins: names, capabilities });
    });
    this.#phase = "registered";
  }

  /** No taps and no service registrations after this point (DESIGN rule 7). */
  seal(): void {
    this.#expect("registered", "seal");
    timed(this.boot, "seal", () => {
      this.#registry.seal();
      this.#strategies.seal();
      this.services.lock();
    });
    this.#phase = "sealed";
  }

  /** Runs hooks.lifecycle.init (series, per-plugin timeout), then hooks.lifecycle.ready. */
  async init(): Promise<void> {
    this.#expect("sealed", "init");
    const signal = new AbortController().signal;
    await timed(this.boot, "init", () => this.#registry.hooks.lifecycle.init.promise({ services: this, signal }));
    await timed(this.boot, "ready", () => this.#registry.hooks.lifecycle.ready.promise({ services: this }));
    this.boot.ms = performance.now() - this.#t0;
    this.#phase = "initialized";
    this.logger.debug({ bootMs: Math.round(this.boot.ms * 10) / 10 }, "bot ready");
  }

  /** Marks the bot running for the duration of `fn` (a command's main job). */
  async run<T>(fn: (kernel: Kernel) => Promise<T> | T): Promise<T> {
    this.#expect("initialized", "run");
    this.#phase = "running";
    try {
      return await fn(this);
    } finally {
      this.#phase = "initialized";
    }
  }

  /** Runs every onShutdown callback in reverse order; idempotent. */
  async shutdown(): Promise<void> {
    if (this.#phase === "stopped") return;
    this.#phase = "stopped";
    // Live clock events stop first, so no hook fires into a plugin that is shutting down.
    this.#stopCore();
    const failures = await this.#disposer.disposeAll();
    for (const f of failures) this.logger.error({ plugin: f.owner, err: f.error }, "shutdown callback failed");
    this.services.dispose();
  }

  describe(): BotInfo {
    return {
      name: this.config.name,
      phase: this.#phase,
      plugins: this.config.plugins.map((e) => ({
        name: e.plugin.name,
        version: e.plugin.version,
        builtin: e.builtin,
        provides: e.plugin.provides,
        requires: e.plugin.requires,
      })),
      services: this.services.describe(),
      strategies: this.#strategies.list().map((r) => ({
        id: r.strategy.id,
        plugin: r.plugin,
        symbols: r.symbols,
        sessions: r.sessions,
      })),
      hooks: this.#registry.describe(),
      boot: this.boot,
    };
  }

  tapStats(): readonly TapStat[] {
    return this.#registry.stats();
  }

  #contextFor(name: string): PluginContext {
    return createPluginContext(name, {
      config: this.config,
      logger: this.logger,
      command: this.command,
      mode: this.mode,
      services: this.services,
      registry: this.#registry,
      disposer: this.#disposer,
      strategies: this.#strategies,
    });
  }

  #expect(phase: KernelPhase, op: string): void {
    if (this.#phase !== phase) {
      const msg = `kernel.${op}() called in phase "${this.#phase}", expected "${phase}".`;
      throw new SessionkitError("SK_KERNEL_PHASE", msg, { value: this.#phase });
    }
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
