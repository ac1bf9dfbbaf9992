import { hookSpec } from "../hook-spec.js";
import type { ServiceResolver } from "../service-resolver.js";

export interface RegisteredContext {
  /** Plugin names in the order their setup ran. */
  readonly plugins: readonly string[];
  /** Capabilities provided by the registered plugins. */
  readonly capabilities: readonly string[];
}

export interface InitContext {
  readonly services: ServiceResolver;
  /** Aborted when the plugin's init exceeds `pluginTimeoutMs`. */
  readonly signal: AbortSignal;
}

export interface ReadyContext {
  readonly services: ServiceResolver;
}

/** Bot lifecycle: configure → register → seal → init → run → shutdown (DESIGN rule 13). */
export const lifecycleHooks = {
  registered: hookSpec<RegisteredContext>()(
    "sync",
    ["plugins", "capabilities"],
    "after every plugin's setup() ran, just before the kernel seals; for cross-plugin checks",
  ),
  init: hookSpec<InitContext>()(
    "series",
    ["services", "signal"],
    "once after seal, in plugin order; each tap has the bot's pluginTimeoutMs to finish (async setup work goes here)",
  ),
  ready: hookSpec<ReadyContext>()("series", ["services"], "after every init finished, before the command runs"),
};
