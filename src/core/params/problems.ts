import { formatValue } from "../errors/index.js";

/** One thing wrong with a parameter file or set: where, what, and the offending value. */
export interface ParamProblem {
  readonly path: string;
  readonly message: string;
  /** Present when a concrete value is at fault; omitted for missing keys and whole-set rules. */
  readonly value?: unknown;
}

/** `path: message (value)`, the one-line form `params validate` prints (SPEC §4). */
export function formatProblem(p: ParamProblem): string {
  return "value" in p ? `${p.path}: ${p.message} (${formatValue(p.value)})` : `${p.path}: ${p.message}`;
}

export function problem(path: string, message: string, ...value: [unknown?]): ParamProblem {
  return value.length > 0 ? { path, message, value: value[0] } : { path, message };
}

/** Joins a path prefix and a key the way error lines print them (`sessions.RTH.stopAtrMult`). */
export function joinPath(prefix: string, key: string | number): string {
  if (typeof key === "number") return `${prefix}[${key}]`;
  // A hostile key (spaces, dots, quotes) is quoted so the path stays unambiguous.
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${prefix}[${JSON.stringify(key)}]`;
  return prefix === "" ? key : `${prefix}.${key}`;
}

/** Keys that would touch Object.prototype if code ever assigned them; never legal anywhere in a file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

export function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
