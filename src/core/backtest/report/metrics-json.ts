/** JSON.stringify with non-finite numbers (Infinity profit factor, NaN exposure) written as null. */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), indent);
}

/** Rounds every number in a plain structure to `digits` decimals (for display and stable files). */
export function rounded<T>(value: T, digits = 6): T {
  const f = 10 ** digits;
  return JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === "number" && Number.isFinite(v) ? Math.round(v * f) / f : v)),
  ) as T;
}
