import { SESSION_NAMES } from "../market-time/sessions.js";
import { parametersHash } from "./canonical-json.js";
import type { ParamValues, SessionOverrides } from "./param-set.js";
import { FORBIDDEN_KEYS, isPlainRecord, joinPath, type ParamProblem, problem } from "./problems.js";

export const PARAM_FILE_SCHEMA_VERSION = 1;

/** Metric bags (`baseline`, `optimized`, `validation`): flat, named, finite numbers, strings or booleans. */
export type MetricBag = Readonly<Record<string, number | string | boolean | null>>;

/** A parameter file as written (SPEC §4): every metadata field present, keys in this order. */
export interface ParamFile {
  readonly strategy: string;
  readonly schemaVersion: 1;
  readonly createdAt: string;
  /** Trainer run id, or "manual". */
  readonly source: string;
  readonly parametersHash: string;
  readonly baseline: MetricBag;
  readonly optimized: MetricBag;
  readonly defaults: ParamValues;
  readonly sessions: Readonly<SessionOverrides>;
  readonly validation: MetricBag;
}

/** The envelope as read: only strategy, schemaVersion and defaults are required on input. */
export interface ParamFileInput {
  readonly strategy: string;
  readonly schemaVersion: number;
  readonly createdAt?: string;
  readonly source?: string;
  readonly parametersHash?: string;
  readonly baseline?: MetricBag;
  readonly optimized?: MetricBag;
  readonly defaults: unknown;
  readonly sessions?: unknown;
  readonly validation?: MetricBag;
}

const KEYS = [
  "strategy",
  "schemaVersion",
  "createdAt",
  "source",
  "parametersHash",
  "baseline",
  "optimized",
  "defaults",
  "sessions",
  "validation",
] as const;
const METRIC_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

function readMetrics(v: unknown, path: string, problems: ParamProblem[]): MetricBag | undefined {
  if (v === undefined) return undefined;
  if (!isPlainRecord(v)) {
    problems.push(problem(path, "expected an object of named metrics", v));
    return undefined;
  }
  const out: Record<string, number | string | boolean | null> = {};
  for (const [k, x] of Object.entries(v)) {
    const at = joinPath(path, k);
    if (FORBIDDEN_KEYS.has(k) || !METRIC_KEY.test(k)) problems.push(problem(at, "unknown key"));
    else if (typeof x === "number" && !Number.isFinite(x)) problems.push(problem(at, "expected a finite number", x));
    else if (x === null || ["number", "string", "boolean"].includes(typeof x)) out[k] = x as number;
    else problems.push(problem(at, "expected a number, string, boolean or null", x));
  }
  return out;
}

function readString(v: unknown, path: string, problems: ParamProblem[], pattern?: RegExp, what?: string) {
  if (v === undefined) return undefined;
  if (typeof v !== "string") problems.push(problem(path, "expected a string", v));
  else if (pattern !== undefined && !pattern.test(v)) problems.push(problem(path, `expected ${what}`, v));
  else return v;
  return undefined;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Checks the envelope of a parsed file and collects its problems. Parameter values are checked later
 * against the strategy's schema (resolveParamSet); this only checks shape and metadata.
 */
export function readParamEnvelope(raw: unknown, problems: ParamProblem[]): ParamFileInput | undefined {
  if (!isPlainRecord(raw)) {
    problems.push(problem("(root)", "expected a JSON object", raw));
    return undefined;
  }
  for (const k of Object.keys(raw)) {
    if (!(KEYS as readonly string[]).includes(k)) problems.push(problem(joinPath("", k), "unknown key"));
  }
  const before = problems.length;
  const strategy = raw.strategy;
  if (strategy === undefined) problems.push(problem("strategy", "required"));
  else if (typeof strategy !== "string" || strategy === "")
    problems.push(problem("strategy", "expected a strategy id", strategy));
  const version = raw.schemaVersion;
  if (version === undefined) problems.push(problem("schemaVersion", "required"));
  else if (version !== PARAM_FILE_SCHEMA_VERSION) {
    problems.push(problem("schemaVersion", `expected the integer ${PARAM_FILE_SCHEMA_VERSION}`, version));
  }
  if (raw.defaults === undefined) problems.push(problem("defaults", "required"));
  const createdAt = readString(raw.createdAt, "createdAt", problems, ISO_UTC, "an ISO-8601 UTC time (…Z)");
  const source = readString(raw.source, "source", problems);
  const hash = readString(raw.parametersHash, "parametersHash", problems, SHA256, "64 lower-case hex digits");
  const baseline = readMetrics(raw.baseline, "baseline", problems);
  const optimized = readMetrics(raw.optimized, "optimized", problems);
  const validation = readMetrics(raw.validation, "validation", problems);
  if (problems.length > before && (typeof strategy !== "string" || raw.defaults === undefined)) return undefined;
  return {
    strategy: strategy as string,
    schemaVersion: version as number,
    ...(createdAt !== undefined && { createdAt }),
    ...(source !== undefined && { source }),
    ...(hash !== undefined && { parametersHash: hash }),
    ...(baseline !== undefined && { baseline }),
    ...(optimized !== undefined && { optimized }),
    ...(validation !== undefined && { validation }),
    defaults: raw.defaults,
    sessions: raw.sessions,
  };
}

export interface ParamFileContent {
  readonly strategy: string;
  readonly defaults: ParamValues;
  readonly sessions?: Readonly<SessionOverrides>;
  readonly createdAt?: string;
  readonly source?: string;
  readonly baseline?: MetricBag;
  readonly optimized?: MetricBag;
  readonly validation?: MetricBag;
}

/** Builds the full file (all metadata present, hash computed) from its content. */
export function makeParamFile(content: ParamFileContent, now: () => Date = () => new Date()): ParamFile {
  const sessions: SessionOverrides = {};
  for (const name of SESSION_NAMES) {
    const s = content.sessions?.[name];
    if (s !== undefined) sessions[name] = { ...s };
  }
  return {
    strategy: content.strategy,
    schemaVersion: 1,
    createdAt: content.createdAt ?? now().toISOString(),
    source: content.source ?? "manual",
    parametersHash: parametersHash(content.strategy, content.defaults, sessions),
    baseline: content.baseline ?? {},
    optimized: content.optimized ?? {},
    defaults: { ...content.defaults },
    sessions,
    validation: content.validation ?? {},
  };
}

/** The file's bytes: 2-space JSON with a final newline. */
export function serializeParamFile(file: ParamFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
