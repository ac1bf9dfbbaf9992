import { existsSync } from "node:fs";
import { basename, resolve as resolvePath } from "node:path";
import { SessionkitError } from "../errors/index.js";
import type { PluginInstance } from "../plugin/define-plugin.js";
import type { ConfigEnv } from "./define-config.js";
import { resolveConfig } from "./resolve.js";
import type { BotConfig } from "./schema.js";

export const DEFAULT_CONFIG_FILE = "bot.config.ts";

export interface LoadOptions {
  /** --config value; relative to cwd. */
  readonly config?: string;
  readonly cwd?: string;
  readonly command?: string;
  readonly mode?: string;
  readonly builtins?: readonly PluginInstance[];
  readonly env?: NodeJS.ProcessEnv;
  /** Config used when no file is given and none exists in cwd (the built-in default bot). */
  readonly fallback?: (env: ConfigEnv) => unknown | Promise<unknown>;
}

/** Finds, evaluates (jiti, keeps decorator metadata) and resolves the bot config. */
export async function loadConfig(opts: LoadOptions = {}): Promise<BotConfig> {
  const cwd = opts.cwd ?? process.cwd();
  const env: ConfigEnv = {
    command: opts.command ?? "run",
    mode: opts.mode ?? opts.env?.SESSIONKIT_MODE ?? process.env.SESSIONKIT_MODE ?? "development",
  };
  let file: string | undefined;
  if (opts.config !== undefined) {
    file = resolvePath(cwd, opts.config);
    if (!existsSync(file)) {
      throw new SessionkitError("SK_CONFIG_NOT_FOUND", `config file ${opts.config} does not exist.`, {
        file,
        path: "--config",
        value: opts.config,
        details: [`--config: resolved to ${file}`],
      });
    }
  } else if (existsSync(resolvePath(cwd, DEFAULT_CONFIG_FILE))) {
    file = resolvePath(cwd, DEFAULT_CONFIG_FILE);
  }
  const raw = file ? await evaluate(file, env) : ((await opts.fallback?.(env)) ?? {});
  return resolveConfig(raw, { file, cwd, builtins: opts.builtins, env: opts.env });
}

async function evaluate(file: string, env: ConfigEnv): Promise<unknown> {
  // Loaded here, not with the module: only a command given a bot.config.ts needs it.
  const { createJiti } = await import("jiti");
  const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false, interopDefault: false });
  let mod: unknown;
  try {
    mod = await jiti.import(file);
  } catch (e) {
    throw syntaxOrLoadError(file, e);
  }
  const exported = (mod as { default?: unknown } | undefined)?.default;
  if (exported === undefined) {
    throw new SessionkitError("SK_CONFIG_NO_EXPORT", `${basename(file)} has no default export.`, { file });
  }
  if (typeof exported !== "function") return exported;
  try {
    return await (exported as (env: ConfigEnv) => unknown)(env);
  } catch (e) {
    throw new SessionkitError("SK_CONFIG_SYNTAX", `${basename(file)}: the config function threw: ${messageOf(e)}`, {
      file,
      cause: e,
      hint: "fix the error thrown inside the function passed to defineConfig.",
    });
  }
}

function syntaxOrLoadError(file: string, e: unknown): SessionkitError {
  const missing = moduleNotFound(file, e);
  if (missing !== undefined) return missing;
  const msg = messageOf(e);
  // jiti reports "<file>:line:col" on a following line, Babel "(line:col)"; surface the position.
  const pos = /:(\d+):(\d+)\s*$/m.exec(msg) ?? /\((\d+):(\d+)\)/.exec(msg);
  const isSyntax = e instanceof SyntaxError || /SyntaxError|ParseError|Unexpected token|Missing semicolon/.test(msg);
  const loc = pos ? `:${pos[1]}:${pos[2]}` : "";
  const reason = msg.split("\n")[0]!.trim();
  return new SessionkitError(
    "SK_CONFIG_SYNTAX",
    isSyntax ? `${basename(file)}${loc}: syntax error: ${reason}` : `${basename(file)}: could not be loaded: ${reason}`,
    { file, line: pos ? Number(pos[1]) : undefined, cause: e, details: [`at ${file}${loc}`] },
  );
}

/**
 * A missing import (Node's MODULE_NOT_FOUND / ERR_MODULE_NOT_FOUND, as jiti rethrows it): names the
 * specifier, the line of the config that imports it (from the stack) and, when the import is inside
 * another module, that module.
 */
function moduleNotFound(file: string, e: unknown): SessionkitError | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (code !== "MODULE_NOT_FOUND" && code !== "ERR_MODULE_NOT_FOUND") return undefined;
  const msg = messageOf(e);
  const specifier = /Cannot find (?:module|package) '([^']+)'/.exec(msg)?.[1] ?? "(unknown)";
  const requiredBy = /Require stack:\n- (.+)/.exec(msg)?.[1] ?? /imported from (\S+)/.exec(msg)?.[1];
  const stack = e instanceof Error ? (e.stack ?? "") : "";
  const at = stack.indexOf(`${file}:`);
  const line = at < 0 ? undefined : Number(/^:(\d+)/.exec(stack.slice(at + file.length))?.[1]);
  const inOther = requiredBy !== undefined && requiredBy !== file && !requiredBy.endsWith(file);
  const relative = specifier.startsWith(".") || specifier.startsWith("/");
  return new SessionkitError(
    "SK_CONFIG_MODULE_NOT_FOUND",
    `${basename(file)}${line ? `:${line}` : ""}: cannot find module ${JSON.stringify(specifier)}${inOther ? ` (imported by ${requiredBy})` : ""}.`,
    {
      file,
      ...(line !== undefined && { line }),
      value: specifier,
      cause: e,
      details: [`at ${file}${line ? `:${line}` : ""}`],
      hint: relative
        ? `check the import path; it resolves against the folder of ${inOther ? requiredBy : basename(file)}.`
        : `install the package (npm install ${packageName(specifier)}) or correct the import.`,
    },
  );
}

/** "@scope/name/sub" → "@scope/name", "name/sub" → "name". */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
