import { SessionkitError } from "../errors/index.js";
import { type MetricBag, type ParamFile, readParamEnvelope } from "./file-format.js";
import { build, type Ctx, mapParams, mapSessions, unmapped } from "./import-map.js";
import { stripJsonComments } from "./json-comments.js";
import { parseJsonStrict } from "./json-parse.js";
import type { SessionOverrides } from "./param-set.js";
import { FORBIDDEN_KEYS, formatProblem, isPlainRecord, problem } from "./problems.js";
import type { ParamSchemaRegistry } from "./registry.js";

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

function fromFlat(ctx: Ctx, raw: Record<string, unknown>): ParamFile | undefined {
  // Null prototype: a "__proto__" key must stay a key here (and be reported), never become a prototype.
  const params: Record<string, unknown> = Object.create(null);
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
        if (typeof mv === "number" && Number.isFinite(mv) && /^[a-z][a-z0-9_]*$/.test(mk) && !FORBIDDEN_KEYS.has(mk)) {
          bag[snakeToCamel(mk)] = mv;
          ctx.mapped.push({ from: `${key}.${mk}`, to: `validation.${snakeToCamel(mk)}` });
        } else unmapped(ctx, `${key}.${mk}`, "expected a finite number", mv);
      }
      validation = bag;
    } else unmapped(ctx, key, "not part of the trainer file shape", v);
  }
  return build(ctx, defaults, sessions, { strategy: ctx.entry.strategy, baseline, optimized, validation, createdAt });
}
