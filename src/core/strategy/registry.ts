import { ROOTS, type Root } from "../data/bars.js";
import { createToken } from "../di/index.js";
import { SessionkitError } from "../errors/index.js";
import { isSessionName, type SessionName } from "../market-time/sessions.js";
import type { AnyStrategy } from "./define-strategy.js";

export interface StrategyRegistrationOptions {
  /** Roots the strategy trades (ES, NQ, MES, MNQ). */
  readonly symbols: readonly Root[];
  /** Intraday sessions it may enter in (default: all three). */
  readonly sessions?: readonly SessionName[];
}

export interface RegisteredStrategy {
  readonly strategy: AnyStrategy;
  readonly symbols: readonly Root[];
  readonly sessions: readonly SessionName[];
  /** The plugin that registered it. */
  readonly plugin: string;
}

/** What a plugin's setup() sees as `ctx.strategies`. */
export interface StrategyRegistrar {
  register(strategy: AnyStrategy, options: StrategyRegistrationOptions): void;
}

const ALL_SESSIONS: readonly SessionName[] = Object.freeze(["Overnight", "RTH", "PostRTH"]);

/**
 * The strategies of one bot, registered by plugins during setup and read by backtest, optimizer and
 * live runner. Ids are unique case-insensitively (`--strategy s2` finds "S2"). Sealed with the kernel.
 */
export class StrategyRegistry {
  readonly #byId = new Map<string, RegisteredStrategy>();
  #sealed = false;

  register(strategy: AnyStrategy, options: StrategyRegistrationOptions, plugin = "(api)"): void {
    const id = strategy?.id;
    if (this.#sealed) {
      throw new SessionkitError("SK_STRATEGY_INVALID", `strategy ${String(id)}: registered after the bot was sealed.`, {
        plugin,
        hint: "register strategies in the plugin's setup(), not later.",
      });
    }
    if (typeof strategy?.resolveFeatures !== "function" || typeof strategy.decide !== "function") {
      throw new SessionkitError(
        "SK_STRATEGY_INVALID",
        `plugin ${plugin}: strategies.register() needs a defineStrategy() result.`,
        {
          plugin,
          value: id,
        },
      );
    }
    const symbols = options?.symbols;
    if (
      !Array.isArray(symbols) ||
      symbols.length === 0 ||
      symbols.some((s) => !(ROOTS as readonly string[]).includes(s))
    ) {
      throw new SessionkitError(
        "SK_STRATEGY_INVALID",
        `strategy ${id}: symbols must be a non-empty list of ES | NQ | MES | MNQ.`,
        {
          plugin,
          path: "symbols",
          value: symbols,
        },
      );
    }
    const sessions = options.sessions ?? ALL_SESSIONS;
    if (!Array.isArray(sessions) || sessions.length === 0 || sessions.some((s) => !isSessionName(s))) {
      throw new SessionkitError(
        "SK_STRATEGY_INVALID",
        `strategy ${id}: sessions must be a non-empty list of Overnight | RTH | PostRTH.`,
        {
          plugin,
          path: "sessions",
          value: sessions,
        },
      );
    }
    const key = id.toUpperCase();
    const prior = this.#byId.get(key);
    if (prior !== undefined) {
      throw new SessionkitError(
        "SK_STRATEGY_DUPLICATE",
        `strategy ${id} is registered twice (by ${prior.plugin} and ${plugin}).`,
        { plugin, value: id },
      );
    }
    this.#byId.set(
      key,
      Object.freeze({ strategy, symbols: Object.freeze([...symbols]), sessions: Object.freeze([...sessions]), plugin }),
    );
  }

  /** The registration of `id` (any case), or SK_STRATEGY_UNKNOWN listing the registered ids. */
  get(id: string): RegisteredStrategy {
    const hit = this.#byId.get(id.toUpperCase());
    if (hit === undefined) {
      throw new SessionkitError(
        "SK_STRATEGY_UNKNOWN",
        `unknown strategy ${JSON.stringify(id)}; registered: ${this.ids().join(" | ") || "(none)"}.`,
        { value: id },
      );
    }
    return hit;
  }

  tryGet(id: string): RegisteredStrategy | undefined {
    return this.#byId.get(id.toUpperCase());
  }

  ids(): string[] {
    return [...this.#byId.values()].map((r) => r.strategy.id);
  }

  list(): readonly RegisteredStrategy[] {
    return [...this.#byId.values()];
  }

  /** Registrations that trade `root`. */
  forSymbol(root: Root): readonly RegisteredStrategy[] {
    return this.list().filter((r) => r.symbols.includes(root));
  }

  seal(): void {
    this.#sealed = true;
  }

  /** The registrar handed to one plugin's setup(): registrations carry the plugin's name. */
  registrarFor(plugin: string): StrategyRegistrar {
    return Object.freeze({
      register: (strategy: AnyStrategy, options: StrategyRegistrationOptions) =>
        this.register(strategy, options, plugin),
    });
  }
}

/** DI token of the bot's StrategyRegistry (registered by the kernel). */
export const StrategyRegistryToken = createToken<StrategyRegistry>("StrategyRegistry");
