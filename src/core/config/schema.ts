import { z } from "zod";
import { parseDuration } from "./duration.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const duration = z
  .union([z.string(), z.number()])
  .refine((v) => Number.isFinite(parseDuration(v)), { message: 'expected a duration such as "30s", "15m" or "1h"' });

/** Costs of one instrument in a backtest (the engine's CostModel); unset fields keep the default. */
const costsSchema = z.strictObject({
  /** Dollars per contract per side (commission and fees). */
  commissionPerSide: z.number().min(0).max(1000).optional(),
  /** Ticks lost on every market-type fill. */
  slippageTicks: z.number().int().min(0).max(100).optional(),
});

/**
 * Backtest settings (SPEC §6). Every field is optional; an unset one keeps the engine default
 * (50,000 dollars, 1 contract, adverse first, the per-instrument DEFAULT_COSTS of core/backtest/costs.ts).
 * The `sessionkit backtest` flags override them.
 */
const backtestSchema = z.strictObject({
  startingEquity: z.number().positive().max(1e12).optional(),
  /** Fixed position size in contracts (a signal's own quantity and the sizing hook still apply). */
  qty: z.number().int().min(1).max(10_000).optional(),
  /** When a stop and a target are both inside one bar: which is assumed to fill first. */
  intrabar: z.enum(["adverse", "favorable"]).optional(),
  /** Costs of every instrument... */
  ...costsSchema.shape,
  /** ...and per root, over the ones above. */
  costs: z
    .strictObject({
      ES: costsSchema.optional(),
      NQ: costsSchema.optional(),
      MES: costsSchema.optional(),
      MNQ: costsSchema.optional(),
    })
    .optional(),
});

/**
 * The bot config as users write it (bot.config.ts). Strict at every level: an unknown key is an
 * error naming the key, so a typo never silently falls back to a default.
 */
export const BotConfigSchema = z.strictObject({
  /** Shown in logs and reports. */
  name: z
    .string()
    .regex(/^[A-Za-z0-9][\w.-]*$/, { message: "use letters, digits, '.', '_' or '-'" })
    .default("sessionkit-bot"),
  /** DRY_RUN is the default: no order reaches a broker unless this is false AND live trading is opted in. */
  dryRun: z.boolean().default(true),
  /** Include the built-in plugins (CME calendar, file parameter provider, ...). */
  builtins: z.boolean().default(true),
  /** Entries may be falsy so `cond && plugin()` works (DESIGN rule 2). */
  plugins: z.array(z.unknown()).default([]),
  /** Time each plugin's init may take. */
  pluginTimeoutMs: z.number().int().min(1).max(600_000).default(10_000),
  log: z.strictObject({ level: z.enum(LOG_LEVELS).default("info") }).default({ level: "info" }),
  data: z
    .strictObject({
      /** Folder of bar files; relative paths resolve against the config's folder; must exist. */
      dir: z.string().min(1).optional(),
    })
    .default({}),
  backtest: backtestSchema.default({}),
  params: z
    .strictObject({
      /** Artifacts folder holding parameters/{stage,current,previous,archive}; created on demand. */
      dir: z.string().min(1).default("./artifacts"),
      reload: z
        .strictObject({
          every: duration.default("1h"),
          onInvalid: z.enum(["keep-previous", "fail"]).default("keep-previous"),
        })
        .default({ every: "1h", onInvalid: "keep-previous" }),
    })
    .default({ dir: "./artifacts", reload: { every: "1h", onInvalid: "keep-previous" } }),
});

export type BotConfigInput = z.input<typeof BotConfigSchema>;

/** A resolved config: paths absolute, plugins validated with parsed options, deep-frozen. */
export interface BotConfig extends Omit<z.output<typeof BotConfigSchema>, "plugins" | "params"> {
  readonly plugins: readonly ResolvedPluginEntry[];
  readonly params: {
    readonly dir: string;
    readonly reload: { readonly everyMs: number; readonly onInvalid: "keep-previous" | "fail" };
  };
  /** Absolute path of the config file, or undefined for the built-in default bot. */
  readonly file: string | undefined;
  /** Folder relative paths were resolved against. */
  readonly root: string;
}

export interface ResolvedPluginEntry {
  /** Position in the config's `plugins` array, or -1 for a built-in. */
  readonly index: number;
  readonly builtin: boolean;
  readonly plugin: import("../plugin/define-plugin.js").PluginInstance;
  /** Options after the plugin's schema applied its defaults. */
  readonly options: unknown;
}
