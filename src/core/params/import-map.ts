import type { z } from "zod";
import { SESSION_NAMES, type SessionName } from "../market-time/sessions.js";
import { type MetricBag, makeParamFile, type ParamFile } from "./file-format.js";
import type { ImportOptions } from "./importers.js";
import { matchKey } from "./names.js";
import { resolveParamSet, type SessionOverrides } from "./param-set.js";
import { FORBIDDEN_KEYS, isPlainRecord, type ParamProblem, problem } from "./problems.js";
import type { ParamSchemaEntry } from "./registry.js";

/** State of one import: the target schema, what was mapped or dropped, and the problems found. */
export interface Ctx {
  readonly entry: ParamSchemaEntry;
  readonly opts: ImportOptions;
  readonly mapped: { from: string; to: string }[];
  readonly dropped: { from: string; reason: string }[];
  readonly problems: ParamProblem[];
}

/** A key with no sessionkit counterpart: dropped when asked, else a problem. Prototype keys are always errors. */
export function unmapped(ctx: Ctx, from: string, reason: string, value: unknown) {
  const key = from.slice(from.lastIndexOf(".") + 1);
  if (FORBIDDEN_KEYS.has(key)) ctx.problems.push(problem(from, "unknown key"));
  else if (ctx.opts.dropUnmapped) ctx.dropped.push({ from, reason });
  else ctx.problems.push(problem(from, reason, value));
}

/** Maps parameter keys onto schema fields by case-insensitive name (and snake_case when asked). */
export function mapParams(ctx: Ctx, obj: unknown, fromPath: string, toPath: string, snake: boolean) {
  const out: Record<string, unknown> = {};
  if (!isPlainRecord(obj)) {
    ctx.problems.push(problem(fromPath, "expected an object", obj));
    return out;
  }
  const shape = ctx.entry.schema.shape as Record<string, z.ZodType>;
  const byKey = new Map(Object.keys(shape).map((k) => [matchKey(k, true), k]));
  for (const [key, value] of Object.entries(obj)) {
    const from = `${fromPath}${fromPath ? "." : ""}${key}`;
    const target = key.includes("_") && !snake ? undefined : byKey.get(matchKey(key, snake));
    if (target === undefined) {
      unmapped(ctx, from, `no ${ctx.entry.strategy} parameter matches this name`, value);
      continue;
    }
    out[target] = normaliseValue(value);
    ctx.mapped.push({ from, to: `${toPath}.${target}` });
  }
  return out;
}

/** Reference TimeSpan strings are "hh:mm:ss"; sessionkit times are "HH:MM" (bars are one minute). */
function normaliseValue(value: unknown): unknown {
  if (typeof value === "string" && /^\d{2}:\d{2}:00$/.test(value)) return value.slice(0, 5);
  return value;
}

export function mapSessions(ctx: Ctx, obj: unknown, fromPath: string, snake: boolean): SessionOverrides {
  const out: SessionOverrides = {};
  if (obj === undefined) return out;
  if (!isPlainRecord(obj)) {
    ctx.problems.push(problem(fromPath, "expected an object of sessions", obj));
    return out;
  }
  for (const [key, value] of Object.entries(obj)) {
    const name = SESSION_NAMES.find((s) => s.toLowerCase() === key.toLowerCase()) as SessionName | undefined;
    const from = `${fromPath}.${key}`;
    if (name === undefined) {
      ctx.problems.push(problem(from, `unknown session (expected ${SESSION_NAMES.join(" | ")})`));
    } else if (value === null) {
      ctx.dropped.push({ from, reason: "null override: the session uses the file's defaults" });
    } else {
      out[name] = mapParams(ctx, value, from, `sessions.${name}`, snake);
    }
  }
  return out;
}

export interface Meta {
  readonly strategy: string;
  readonly createdAt?: string | undefined;
  readonly source?: string | undefined;
  readonly baseline?: MetricBag | undefined;
  readonly optimized?: MetricBag | undefined;
  readonly validation?: MetricBag | undefined;
}

export function build(ctx: Ctx, defaults: unknown, sessions: unknown, meta: Meta): ParamFile | undefined {
  const set = resolveParamSet(ctx.entry, { defaults, sessions, origin: ctx.opts.file ?? "import" }, ctx.problems);
  if (set === undefined) return undefined;
  if (meta.strategy !== ctx.entry.strategy) {
    ctx.problems.push(problem("strategy", `file is for another strategy than ${ctx.entry.strategy}`, meta.strategy));
    return undefined;
  }
  return makeParamFile(
    {
      strategy: ctx.entry.strategy,
      defaults: set.fileDefaults,
      sessions: set.fileSessions,
      ...(meta.createdAt !== undefined && { createdAt: meta.createdAt }),
      ...(meta.source !== undefined && { source: meta.source }),
      ...(meta.baseline !== undefined && { baseline: meta.baseline }),
      ...(meta.optimized !== undefined && { optimized: meta.optimized }),
      ...(meta.validation !== undefined && { validation: meta.validation }),
    },
    ctx.opts.now,
  );
}
