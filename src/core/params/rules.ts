import { z } from "zod";

/**
 * Strict relations treat near-equality as a violation (SPEC §4): the reference compared exact decimals,
 * so `2.0 > 1.5 + 0.5` was false there and must be false here despite binary floating point.
 */
export const STRICT_EPSILON = 1e-9;

/** A cross-field rule: the message of the violation, or undefined when the set satisfies it. */
export type ParamRule<T> = (params: T) => string | undefined;

function fmt(n: number): string {
  return String(n);
}

function relation<T>(op: ">" | "<", a: keyof T & string, b: keyof T & string, offset: number): ParamRule<T> {
  return (params) => {
    const va = params[a];
    const vb = params[b];
    // Field-level issues are reported separately; a rule only judges numbers.
    if (typeof va !== "number" || typeof vb !== "number") return undefined;
    const rhs = vb + offset;
    const ok = op === ">" ? va > rhs + STRICT_EPSILON : va < rhs - STRICT_EPSILON;
    if (ok) return undefined;
    const off = offset === 0 ? "" : offset > 0 ? ` + ${fmt(offset)}` : ` - ${fmt(-offset)}`;
    return `${a} ${fmt(va)} must be ${op} ${b} ${fmt(vb)}${off}`;
  };
}

/** Rule builders: `rules.gt("targetAtrMult", "stopAtrMult", 0.5)` means target > stop + 0.5, strictly. */
export const rules = {
  gt: <T>(a: keyof T & string, b: keyof T & string, offset = 0): ParamRule<T> => relation<T>(">", a, b, offset),
  lt: <T>(a: keyof T & string, b: keyof T & string, offset = 0): ParamRule<T> => relation<T>("<", a, b, offset),
};

/**
 * Attaches cross-field rules to an object schema as a zod refinement, so every parse (file defaults,
 * every effective session set, optimizer trials) checks them. Issues sit at the object's own path.
 */
export function withRules<S extends z.ZodObject<z.ZodRawShape>>(schema: S, ...list: ParamRule<z.output<S>>[]): S {
  return schema.superRefine((value, ctx) => {
    for (const rule of list) {
      const message = rule(value as z.output<S>);
      if (message !== undefined) ctx.addIssue({ code: "custom", message, path: [], input: value });
    }
  }) as S;
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A wall-clock time of day in ET, written `HH:MM` (bars are one minute, so seconds never matter). */
export function timeOfDay(): z.ZodString {
  return z.string().regex(TIME_OF_DAY, { message: "expected a time of day HH:MM (ET, 00:00-23:59)" });
}

/** Minutes after midnight of an `HH:MM` time of day, e.g. "09:30" → 570. */
export function minuteOfDay(time: string): number {
  if (!TIME_OF_DAY.test(time)) throw new RangeError(`not a time of day HH:MM: ${JSON.stringify(time)}`);
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
