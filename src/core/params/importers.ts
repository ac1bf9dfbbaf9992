import type { z } from "zod";
import { SessionkitError } from "../errors/index.js";
import { SESSION_NAMES, type SessionName } from "../market-time/sessions.js";
import { type MetricBag, makeParamFile, type ParamFile, readParamEnvelope } from "./file-format.js";
import { stripJsonComments } from "./json-comments.js";
import { parseJsonStrict } from "./json-parse.js";
import { matchKey } from "./names.js";
import { resolveParamSet, type SessionOverrides } from "./param-set.js";
import { formatProblem, isPlainRecord, type ParamProblem, problem } from "./problems.js";
import type { ParamSchemaEntry, ParamSchemaRegistry } from "./registry.js";

export interface ImportOptions {
  readonly registry: ParamSchemaRegistry;
  /** Target strategy (any case), e.g. "S2": the flat reference shape does not name its strategy. */
  readonly strategy: string;
  /** Drop keys with no sessionkit parameter (listed in the report) instead of failing. */
  readonly dropUnmapped?: boolean;
  readonly file?: string;
  readonly now?: () => Date;
}

export interface ImportReport {
  readonly shape: "sessionkit" | "reference-flat" | "reference-trainer";
  /** Every key carried over: reference path → sessionkit path. */
  readonly mapped: readonly { readonly from: string; readonly to: string }[];
  /** Keys left out, with why. */
  readonly dropped: readonly { readonly from: string; readonly reason: string }[];
  readonly file: ParamFile;
}

interface Ctx {
  readonly entry: ParamSchemaEntry;
  readonly opts: ImportOptions;
  readonly mapped: { from: string; to: string }[];
  readonly dropped: { from: string; reason: string }[];
  readonly problems: ParamProblem[];
}

/** Converts a parameter file in either reference shape (or sessionkit's own) to a validated sessionkit file. */
export function importReferenceParams(text: string, opts: ImportOptions): ImportReport {
  const entry = opts.registry.get(opts.strategy);
  const ctx: Ctx = { entry, opts, mapped: [], dropped: [], problems: [] };
  const parsed = parseJsonStrict(stripJsonComments(text));
  if (!parsed.ok) {
    ctx.problems.push(problem("(file)", `invalid JSON at ${parsed.line}:${parsed.col}: ${parsed.message}`));
    throw importError(ctx);
  }
  const raw = parsed.value;
  if (!isPlainRecord(raw)) {
    ctx.problems.push(problem("(root)", "expected a JSON object", raw));
    throw importError(ctx);
  }
  let shape: ImportReport["shape"];
  let file: ParamFile | undefined;
  if (Object.hasOwn(raw, "schemaVersion")) {
    shape = "sessionkit";
    const input = readParamEnvelope(raw, ctx.problems);
    if (input !== undefined) {
      file = build(ctx, input.defaults, input.sessions, { ...input, strategy: input.strategy });
    }
  } else if (Object.keys(raw).some((k) => ["default_parameters", "session_overrides"].includes(k.toLowerCase()))) {
    shape = "reference-trainer";
    file = fromTrainer(ctx, raw);
  } else {
    shape = "reference-flat";
    file = fromFlat(ctx, raw);
  }
  if (ctx.problems.length > 0 || file === undefined) throw importError(ctx);
  return { shape, mapped: ctx.mapped, dropped: ctx.dropped, file };
}

function importError(ctx: Ctx): SessionkitError {
  const file = ctx.opts.file ?? "input";
  return new SessionkitError(
    "SK_PARAMS_IMPORT_FAILED",
    `${file}: cannot import as ${ctx.entry.strategy} (${ctx.problems.length} problem${ctx.problems.length === 1 ? "" : "s"})`,
    { file, details: ctx.problems.map(formatProblem), path: ctx.problems[0]?.path, value: ctx.problems[0]?.value },
  );
}

function unmapped(ctx: Ctx, from: string, reason: string, value: unknown) {
  if (ctx.opts.dropUnmapped) ctx.dropped.push({ from, reason });
  else ctx.problems.push(problem(from, reason, value));
}

/** Maps parameter keys onto schema fields by case-insensitive name (and snake_case when asked). */
function mapParams(ctx: Ctx, obj: unknown, fromPath: string, toPath: string, snake: boolean) {
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

function mapSessions(ctx: Ctx, obj: unknown, fromPath: string, snake: boolean): SessionOverrides {
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

function fromFlat(ctx: Ctx, raw: Record<string, unknown>): ParamFile | undefined {
  const params: Record<string, unknown> = {};
  let sessions: unknown;
  for (const [k, v] of Object.entries(raw)) {
    if (k.toLowerCase() === "sessionoverrides") sessions = v;
    else params[k] = v;
  }
  const defaults = mapParams(ctx, params, "", "defaults", false);
  const overrides = sessions === null ? {} : mapSessions(ctx, sessions, "SessionOverrides", false);
  return build(ctx, defaults, overrides, { strategy: ctx.entry.strategy });
}

const snakeToCamel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function fromTrainer(ctx: Ctx, raw: Record<string, unknown>): ParamFile | undefined {
  let defaults: Record<string, unknown> = {};
  let sessions: SessionOverrides = {};
  const baseline: Record<string, number> = {};
  const optimized: Record<string, number> = {};
  let validation: MetricBag | undefined;
  let createdAt: string | undefined;
  for (const [key, v] of Object.entries(raw)) {
    const k = key.toLowerCase();
    const num = typeof v === "number" && Number.isFinite(v);
    if (k === "strategy") {
      if (typeof v !== "string" || v.toUpperCase() !== ctx.entry.strategy.toUpperCase()) {
        ctx.problems.push(problem(key, `file is for another strategy than ${ctx.entry.strategy}`, v));
      }
    } else if (k === "version")
      ctx.dropped.push({ from: key, reason: "format version; the output has schemaVersion 1" });
    else if (k === "last_updated" && typeof v === "string" && !Number.isNaN(Date.parse(v))) {
      createdAt = new Date(Date.parse(v.endsWith("Z") ? v : `${v}Z`)).toISOString();
      ctx.mapped.push({ from: key, to: "createdAt" });
    } else if (k === "baseline_sharpe" && num) {
      baseline.sharpe = v;
      ctx.mapped.push({ from: key, to: "baseline.sharpe" });
    } else if ((k === "optimized_sharpe" || k === "improvement_pct") && num) {
      optimized[k === "optimized_sharpe" ? "sharpe" : "improvementPct"] = v;
      ctx.mapped.push({ from: key, to: `optimized.${k === "optimized_sharpe" ? "sharpe" : "improvementPct"}` });
    } else if (k === "default_parameters") defaults = mapParams(ctx, v, key, "defaults", true);
    else if (k === "session_overrides") sessions = mapSessions(ctx, v, key, true);
    else if (k === "validation_metrics" && isPlainRecord(v)) {
      const bag: Record<string, number> = {};
      for (const [mk, mv] of Object.entries(v)) {
        if (typeof mv === "number" && Number.isFinite(mv)) {
          bag[snakeToCamel(mk)] = mv;
          ctx.mapped.push({ from: `${key}.${mk}`, to: `validation.${snakeToCamel(mk)}` });
        } else unmapped(ctx, `${key}.${mk}`, "expected a finite number", mv);
      }
      validation = bag;
    } else unmapped(ctx, key, "not part of the trainer file shape", v);
  }
  return build(ctx, defaults, sessions, { strategy: ctx.entry.strategy, baseline, optimized, validation, createdAt });
}

interface Meta {
  readonly strategy: string;
  readonly createdAt?: string | undefined;
  readonly source?: string | undefined;
  readonly baseline?: MetricBag | undefined;
  readonly optimized?: MetricBag | undefined;
  readonly validation?: MetricBag | undefined;
}

function build(ctx: Ctx, defaults: unknown, sessions: unknown, meta: Meta): ParamFile | undefined {
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
