import type { z } from "zod";
import type { PluginContext } from "./plugin-context.js";

const BRAND = Symbol.for("sessionkit.plugin");

/** Plugin metadata checked at registration (DESIGN rule 3). */
export interface PluginMeta {
  /** Unique per bot; appears in every log line and error of the plugin. */
  readonly name: string;
  /** The plugin's own semver version. */
  readonly version: string;
  /** Semver range of sessionkit versions the plugin works with, e.g. "^0.1.0". */
  readonly sdk: string;
  readonly description?: string;
  /** Capabilities that must be provided by plugins set up before this one. */
  readonly requires?: readonly string[];
  /** Capabilities this plugin provides, e.g. "calendar", "params-provider". */
  readonly provides?: readonly string[];
}

export interface PluginDefinition<S extends z.ZodType | undefined> extends PluginMeta {
  /** zod schema of the options; parsed (defaults applied) when the bot's config is resolved. */
  readonly options?: S;
  /** Synchronous registration only: tap hooks, register services. Async work goes in hooks.lifecycle.init. */
  setup(ctx: PluginContext, options: OptionsOut<S>): void;
}

type OptionsOut<S> = S extends z.ZodType ? z.output<S> : undefined;
type OptionsIn<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What a plugin factory returns and a config lists: a named plain object (DESIGN rule 2). */
export interface PluginInstance<O = unknown> extends PluginMeta {
  readonly requires: readonly string[];
  readonly provides: readonly string[];
  readonly optionsSchema: z.ZodType | undefined;
  /** The options as the user wrote them; validated by the plugin host. */
  readonly rawOptions: unknown;
  setup(ctx: PluginContext, options: O): void;
}

/** A factory's parameter is optional when every option has a default. */
export type PluginFactory<S extends z.ZodType | undefined> = S extends z.ZodType
  ? undefined extends OptionsIn<S>
    ? (options?: OptionsIn<S>) => PluginInstance<OptionsOut<S>>
    : {} extends OptionsIn<S>
      ? (options?: OptionsIn<S>) => PluginInstance<OptionsOut<S>>
      : (options: OptionsIn<S>) => PluginInstance<OptionsOut<S>>
  : () => PluginInstance<undefined>;

/**
 * Defines a plugin: returns a typed factory `plugin(options) → PluginInstance`. Options are typed
 * from the zod schema and validated when the bot is configured, so a mistake names the config file,
 * the plugin and the option.
 */
export function definePlugin<S extends z.ZodType | undefined = undefined>(def: PluginDefinition<S>): PluginFactory<S> {
  const factory = (rawOptions?: unknown): PluginInstance<OptionsOut<S>> => {
    const instance: PluginInstance<OptionsOut<S>> = {
      name: def.name,
      version: def.version,
      sdk: def.sdk,
      description: def.description,
      requires: def.requires ?? [],
      provides: def.provides ?? [],
      optionsSchema: def.options,
      rawOptions,
      setup: def.setup as (ctx: PluginContext, options: OptionsOut<S>) => void,
    };
    Object.defineProperty(instance, BRAND, { value: true });
    return instance;
  };
  Object.defineProperty(factory, "pluginName", { value: def.name });
  return factory as PluginFactory<S>;
}

/** True for objects made by a definePlugin factory (works across duplicate sessionkit installs). */
export function isPluginInstance(v: unknown): v is PluginInstance {
  return typeof v === "object" && v !== null && (v as Record<symbol, unknown>)[BRAND] === true;
}
