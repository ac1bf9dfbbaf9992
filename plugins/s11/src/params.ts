import { minuteOfDay, type ParamRule, rules, timeOfDay, tunable, withRules, z } from "sessionkit";

/** Bumped when a field is renamed or removed; parameter files carry it as `schemaVersion`. */
export const S11_PARAMS_SCHEMA_VERSION = 1;

const dec = (min: number, max: number) => z.number().min(min).max(max);
const int = (min: number, max: number) => z.number().int().min(min).max(max);

/**
 * S11 afternoon ADR / initial-balance exhaustion fade: the reference's 22 fields (spec-params-training
 * §1.5). Times are ET wall-clock `HH:MM`.
 */
const S11Shape = z.strictObject({
  windowStart: timeOfDay().default("13:30"),
  windowEnd: timeOfDay().default("15:30"),
  ibStart: timeOfDay().default("09:30"),
  ibEnd: timeOfDay().default("10:30"),
  baseQty: int(1, 100).default(1),
  multiplierAfternoon: dec(0.1, 5).default(0.8),
  maxSpreadTicks: int(1, 100).default(2),
  stopTicksMin: int(1, 400).default(8),
  stopAtrMult: tunable(dec(0.5, 3.0), { low: 0.5, high: 3.0, step: 0.1 }).default(1.2),
  targetAdrFrac: tunable(dec(0.05, 0.3), { low: 0.05, high: 0.3, step: 0.01 }).default(0.12),
  maxHoldMinutes: tunable(int(1, 390), { low: 30, high: 150, step: 10 }).default(90),
  maxADX: tunable(dec(15, 30), { low: 15, high: 30, step: 1 }).default(25),
  minRVOL: tunable(dec(0.5, 5.0), { low: 0.5, high: 5.0, step: 0.1 }).default(1.2),
  // The reference does not range-check RSI; an RSI lies in [0, 100] by definition.
  minRSI: tunable(dec(0, 100), { low: 10, high: 45, step: 1 }).default(35),
  maxRSI: tunable(dec(0, 100), { low: 55, high: 90, step: 1 }).default(65),
  minDomImbalance: dec(0, 1).default(0.25),
  exhaustionVolMult: dec(0.5, 20).default(2.0),
  exhaustionBars: int(1, 60).default(3),
  rejectionWickRatio: dec(0, 1).default(0.6),
  adrLookbackDays: int(1, 250).default(20),
  adrExhaustionThreshold: dec(0.05, 5).default(0.75),
  enableNewsGate: z.boolean().default(false),
});

export type S11ParamValues = z.output<typeof S11Shape>;

const before =
  (a: "windowStart" | "ibStart", b: "windowEnd" | "ibEnd"): ParamRule<S11ParamValues> =>
  (p) => {
    const [x, y] = [p[a], p[b]];
    if (![x, y].every((t) => typeof t === "string" && /^\d{2}:\d{2}$/.test(t))) return undefined;
    return minuteOfDay(x) < minuteOfDay(y) ? undefined : `${a} ${x} must be before ${b} ${y}`;
  };

/** The S11 parameter schema with its cross-field rules (strict: equality within 1e-9 violates). */
export const S11Params = withRules(
  S11Shape,
  rules.lt<S11ParamValues>("minRSI", "maxRSI"),
  before("windowStart", "windowEnd"),
  before("ibStart", "ibEnd"),
);
