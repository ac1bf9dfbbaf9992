import { minuteOfDay, type ParamRule, timeOfDay, tunable, withRules, z } from "sessionkit";

/** Bumped when a field is renamed or removed; parameter files carry it as `schemaVersion`. */
export const S6_PARAMS_SCHEMA_VERSION = 1;

const dec = (min: number, max: number) => z.number().min(min).max(max);
const int = (min: number, max: number) => z.number().int().min(min).max(max);

/**
 * S6 opening drive vs failed-breakout reversal: the reference's 23 fields (spec-params-training §1.4).
 * Times are ET wall-clock `HH:MM` (the reference's TimeSpan "hh:mm:ss" imports as "HH:MM").
 */
const S6Shape = z.strictObject({
  windowStart: timeOfDay().default("09:28"),
  rthOpen: timeOfDay().default("09:30"),
  windowEnd: timeOfDay().default("10:00"),
  // The overnight window wraps midnight (18:00 → 09:28), so no order rule applies to it.
  onWindowStart: timeOfDay().default("18:00"),
  onWindowEnd: timeOfDay().default("09:28"),
  baseQty: int(1, 100).default(1),
  maxSpreadTicks: int(1, 100).default(2),
  stopTicksMin: int(1, 400).default(8),
  stopAtrMult: tunable(dec(0.5, 3.0), { low: 0.5, high: 3.0, step: 0.1 }).default(1.5),
  targetAdrFrac: tunable(dec(0.05, 0.5), { low: 0.05, high: 0.5, step: 0.01 }).default(0.18),
  maxHoldMinutes: tunable(int(1, 390), { low: 15, high: 120, step: 5 }).default(45),
  flipMinR: dec(0, 10).default(1.25),
  minADX: tunable(dec(10, 40), { low: 10, high: 40, step: 1 }).default(15),
  minRVOL: tunable(dec(0.5, 5.0), { low: 0.5, high: 5.0, step: 0.1 }).default(0.8),
  divMaxBp: int(0, 1000).default(12),
  minDomImbalance: dec(0, 1).default(0.18),
  retestEnable: z.boolean().default(true),
  retestGraceTicks: int(0, 100).default(8),
  retestConfirmBars1m: int(0, 60).default(3),
  adrLookbackDays: int(1, 250).default(14),
  rvolLookbackDays: int(1, 250).default(20),
  failBreakPenetrationTicksES: int(0, 200).default(8),
  failBreakPenetrationTicksNQ: int(0, 200).default(20),
});

export type S6ParamValues = z.output<typeof S6Shape>;

/** windowStart <= rthOpen < windowEnd: the drive window must contain the open. */
const windowContainsOpen: ParamRule<S6ParamValues> = (p) => {
  const times = [p.windowStart, p.rthOpen, p.windowEnd];
  // Malformed times are reported by their own field; this rule judges only well-formed ones.
  if (!times.every((t) => typeof t === "string" && /^\d{2}:\d{2}$/.test(t))) return undefined;
  const [s, o, e] = times.map(minuteOfDay) as [number, number, number];
  if (s <= o && o < e) return undefined;
  return `windowStart ${p.windowStart} <= rthOpen ${p.rthOpen} < windowEnd ${p.windowEnd} must hold`;
};

/** The S6 parameter schema with its cross-field rule. */
export const S6Params = withRules(S6Shape, windowContainsOpen);
