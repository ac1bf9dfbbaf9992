import type { BotConfigInput } from "./schema.js";

export interface ConfigEnv {
  /** The CLI command being run, e.g. "backtest", "train", "info". */
  readonly command: string;
  /** "development" unless set through SESSIONKIT_MODE or --mode. */
  readonly mode: string;
}

export type ConfigExport = BotConfigInput | ((env: ConfigEnv) => BotConfigInput | Promise<BotConfigInput>);

/** Identity function that types a bot config (object, or function of `{command, mode}`). */
export function defineConfig<T extends ConfigExport>(config: T): T {
  return config;
}
