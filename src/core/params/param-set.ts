import type { z } from "zod";
import { deepFreeze } from "../config/deep-freeze.js";
import { SESSION_NAMES, type SessionCode, type SessionName } from "../market-time/sessions.js";
import { parametersHash } from "./canonical-json.js";
import { checkPartial, checkWhole } from "./param-checks.js";
import { isPlainRecord, joinPath, type ParamProblem, problem } from "./problems.js";
import type { ParamSchemaEntry } from "./registry.js";

/** Where a value in an effective set came from. */
export type ValueSource = "default" | "file" | "session-override";

export type ParamValues = Readonly<Record<string, unknown>>;
export type SessionOverrides = Partial<Record<SessionName, Record<string, unknown>>>;

/** A validated, deep-frozen parameter set for one strategy: defaults plus one effective set per session. */
export interface ParamSet<T extends object = ParamValues> {
  readonly strategy: string;
  readonly schemaVersion: number;
  readonly parametersHash: string;
  /** Where the set came from: a file path, or "schema-defaults". */
  readonly origin: string;
  /** The file's partial input, as validated (what the hash covers). */
  readonly fileDefaults: ParamValues;
  readonly fileSessions: Readonly<SessionOverrides>;
  /** Schema defaults merged with the file's defaults. */
  readonly defaults: Readonly<T>;
  /** The effective set of each session: the file's session override merged onto `defaults`. */
  readonly sessions: Readonly<Record<SessionName, Readonly<T>>>;
  /** Per field, where its value came from, for `defaults` and each session. */
  readonly sources: Readonly<Record<"defaults" | SessionName, Readonly<Record<string, ValueSource>>>>;
  /** The effective set for a session code (0 Overnight, 1 RTH, 2 PostRTH): one array read. */
  readonly bySessionCode: readonly Readonly<T>[];
}

export interface ResolveInput {
  readonly defaults: unknown;
  readonly sessions?: unknown;
  readonly origin: string;
}

/**
 * Validates a file's `defaults` and `sessions` against a strategy schema and builds the frozen set.
 * Every problem is collected (never the first only); the set is returned only when there are none.
 */
export function resolveParamSet<T extends object = ParamValues>(
  entry: ParamSchemaEntry,
  input: ResolveInput,
  problems: ParamProblem[] = [],
): ParamSet<T> | undefined {
  const before = problems.length;
  const shape = entry.schema.shape as Record<string, z.ZodType>;
  const base = entry.schema.parse({}) as Record<string, unknown>;
  const fileDefaults = checkPartial(shape, input.defaults, "defaults", problems);
  const merged = { ...base, ...fileDefaults };
  const defaultsViolations = checkWhole(entry.schema, merged, "defaults", problems);

  const fileSessions: SessionOverrides = {};
  const rawSessions = input.sessions === undefined ? {} : input.sessions;
  if (!isPlainRecord(rawSessions)) problems.push(problem("sessions", "expected an object", rawSessions));
  else {
    for (const key of Object.keys(rawSessions)) {
      if (!(SESSION_NAMES as readonly string[]).includes(key)) {
        problems.push(problem(joinPath("sessions", key), `unknown session (expected ${SESSION_NAMES.join(" | ")})`));
        continue;
      }
      const name = key as SessionName;
      const override = checkPartial(shape, rawSessions[key], `sessions.${name}`, problems);
      fileSessions[name] = override;
      checkWhole(entry.schema, { ...merged, ...override }, `sessions.${name}`, problems, defaultsViolations);
    }
  }
  if (problems.length > before) return undefined;
  return buildSet<T>(entry, base, fileDefaults, fileSessions, input.origin);
}

function buildSet<T extends object>(
  entry: ParamSchemaEntry,
  base: Record<string, unknown>,
  fileDefaults: Record<string, unknown>,
  fileSessions: SessionOverrides,
  origin: string,
): ParamSet<T> {
  const defaults = { ...base, ...fileDefaults };
  const defaultSources: Record<string, ValueSource> = {};
  for (const k of Object.keys(base)) defaultSources[k] = Object.hasOwn(fileDefaults, k) ? "file" : "default";
  const sessions = {} as Record<SessionName, Record<string, unknown>>;
  const sources = { defaults: defaultSources } as Record<"defaults" | SessionName, Record<string, ValueSource>>;
  for (const name of SESSION_NAMES) {
    const override = fileSessions[name] ?? {};
    sessions[name] = { ...defaults, ...override };
    const s: Record<string, ValueSource> = {};
    for (const k of Object.keys(base)) s[k] = Object.hasOwn(override, k) ? "session-override" : defaultSources[k]!;
    sources[name] = s;
  }
  const set = {
    strategy: entry.strategy,
    schemaVersion: entry.schemaVersion,
    parametersHash: parametersHash(entry.strategy, fileDefaults, fileSessions),
    origin,
    fileDefaults,
    fileSessions,
    defaults,
    sessions,
    sources,
    bySessionCode: SESSION_NAMES.map((n) => sessions[n]),
  };
  return deepFreeze(set) as unknown as ParamSet<T>;
}

/** The set a strategy runs with when no file exists: schema defaults for every session. */
export function defaultParamSet<T extends object = ParamValues>(entry: ParamSchemaEntry): ParamSet<T> {
  return buildSet<T>(entry, entry.schema.parse({}) as Record<string, unknown>, {}, {}, "schema-defaults");
}

/** The effective set of one session. */
export function paramsForSession<T extends object>(set: ParamSet<T>, session: SessionName | SessionCode): Readonly<T> {
  const s = typeof session === "number" ? set.bySessionCode[session] : set.sessions[session];
  if (s === undefined) throw new RangeError(`unknown session ${String(session)}`);
  return s;
}
