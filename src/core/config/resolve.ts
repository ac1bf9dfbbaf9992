import { existsSync, statSync } from "node:fs";
import { basename, dirname, resolve as resolvePath } from "node:path";
import { fromZodError, SessionkitError } from "../errors/index.js";
import type { PluginInstance } from "../plugin/define-plugin.js";
import { resolvePlugins } from "../plugin/plugin-host.js";
import { deepFreeze } from "./deep-freeze.js";
import { parseDuration } from "./duration.js";
import { type BotConfig, BotConfigSchema } from "./schema.js";

export interface ResolveOptions {
  /** Absolute path of bot.config.ts; undefined for the built-in default bot. */
  readonly file?: string;
  /** Folder for relative paths when there is no file (default: process.cwd()). */
  readonly cwd?: string;
  readonly builtins?: readonly PluginInstance[];
  /** Environment to read opt-ins from (default process.env). Secrets are never copied into the config. */
  readonly env?: NodeJS.ProcessEnv;
}

/** The environment variable that must be "1" before `dryRun: false` is accepted. */
export const LIVE_OPT_IN_ENV = "SESSIONKIT_LIVE_TRADING";

/**
 * Staged resolution (DESIGN rule 10): schema → paths against the config's folder → plugin defaults
 * (metadata, options, order) → cross-field checks → deep freeze.
 */
export function resolveConfig(raw: unknown, opts: ResolveOptions = {}): BotConfig {
  const file = opts.file;
  const where = file ? basename(file) : "default config";
  const root = file ? dirname(file) : (opts.cwd ?? process.cwd());

  // 1. schema
  const parsed = BotConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw fromZodError("SK_CONFIG_INVALID", `${where}: the config is invalid.`, parsed.error, raw, { file });
  }
  const cfg = parsed.data;

  // 2. paths
  let dataDir: string | undefined;
  if (cfg.data.dir !== undefined) {
    dataDir = resolvePath(root, cfg.data.dir);
    if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
      throw new SessionkitError(
        "SK_CONFIG_PATH_MISSING",
        `${where}: data.dir ${JSON.stringify(cfg.data.dir)} is not a folder.`,
        {
          file,
          path: "data.dir",
          value: cfg.data.dir,
          details: [`data.dir: resolved to ${dataDir}, which does not exist`],
        },
      );
    }
  }
  const paramsDir = resolvePath(root, cfg.params.dir);

  // 3. plugin defaults
  const plugins = resolvePlugins(cfg.plugins, cfg.builtins ? (opts.builtins ?? []) : [], file);

  // 4. cross-field checks
  const everyMs = parseDuration(cfg.params.reload.every);
  if (everyMs < 1000) {
    throw new SessionkitError("SK_CONFIG_INVALID", `${where}: params.reload.every must be at least 1s.`, {
      file,
      path: "params.reload.every",
      value: cfg.params.reload.every,
      details: [`params.reload.every: ${everyMs} ms is below the 1000 ms minimum`],
    });
  }
  const env = opts.env ?? process.env;
  if (!cfg.dryRun && env[LIVE_OPT_IN_ENV] !== "1") {
    throw new SessionkitError("SK_CONFIG_INVALID", `${where}: dryRun is false but live trading is not opted in.`, {
      file,
      path: "dryRun",
      value: false,
      details: [`dryRun: false requires ${LIVE_OPT_IN_ENV}=1 in the environment`],
      hint: `live order execution needs an explicit opt-in: export ${LIVE_OPT_IN_ENV}=1, or keep dryRun: true.`,
    });
  }

  // 5. freeze
  const resolved: BotConfig = {
    ...cfg,
    data: { ...cfg.data, dir: dataDir },
    params: { dir: paramsDir, reload: { everyMs, onInvalid: cfg.params.reload.onInvalid } },
    plugins,
    file,
    root,
  };
  return deepFreeze(resolved);
}
