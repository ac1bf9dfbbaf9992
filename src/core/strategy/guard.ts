import { isSessionkitError, SessionkitError } from "../errors/index.js";
import type { DecideContext } from "./context.js";
import type { Signal } from "./signal.js";

const ENTRY_TYPES = new Set(["market", "limit", "stop"]);

/** Where a signal was decided, for error messages. */
export interface SignalOrigin {
  readonly strategyId: string;
  readonly index: number;
  readonly time: number;
  /** The decision bar's close: the reference price of market entries and modifications. */
  readonly close: number;
  /** The position side when the signal was decided (+1, -1, 0). */
  readonly side: number;
}

function bad(o: SignalOrigin, path: string, message: string, value: unknown): SessionkitError {
  const at = Number.isFinite(o.time) ? new Date(o.time).toISOString() : String(o.time);
  return new SessionkitError(
    "SK_STRATEGY_SIGNAL_INVALID",
    `strategy ${o.strategyId}: signal.${path} ${message} (bar ${o.index}, ${at}).`,
    { plugin: o.strategyId, path: `signal.${path}`, value },
  );
}

const finiteOrAbsent = (x: unknown): boolean => x === undefined || (typeof x === "number" && Number.isFinite(x));
const positiveIntOrAbsent = (x: unknown): boolean => x === undefined || (Number.isInteger(x) && (x as number) >= 1);

/**
 * Checks a signal's invariants (guarded mode): known kind and entry type, finite prices, the stop on
 * the loss side and targets on the profit side of the reference price, a second target beyond the
 * first, counts that are positive integers. Throws SK_STRATEGY_SIGNAL_INVALID naming the strategy.
 */
export function checkSignal(signal: Signal, o: SignalOrigin): void {
  if (signal === null || typeof signal !== "object") throw bad(o, "kind", "is not a Signal object", signal);
  switch (signal.kind) {
    case "hold":
    case "exit":
      return;
    case "modify":
      checkModify(signal, o);
      return;
    case "long":
    case "short":
      checkEntry(signal, o);
      return;
    default:
      throw bad(o, "kind", "must be hold | long | short | exit | modify", (signal as { kind: unknown }).kind);
  }
}

function checkEntry(s: Extract<Signal, { kind: "long" | "short" }>, o: SignalOrigin): void {
  const dir = s.kind === "long" ? 1 : -1;
  if (!ENTRY_TYPES.has(s.entryType)) throw bad(o, "entryType", "must be market | limit | stop", s.entryType);
  if (
    s.entryType !== "market" &&
    !(typeof s.entryPrice === "number" && Number.isFinite(s.entryPrice) && s.entryPrice > 0)
  ) {
    throw bad(o, "entryPrice", `must be a finite positive price for a ${s.entryType} entry`, s.entryPrice);
  }
  for (const f of ["entryPrice", "stop", "target", "target2"] as const) {
    if (!finiteOrAbsent(s[f])) throw bad(o, f, "must be a finite price", s[f]);
  }
  for (const f of ["stopTicks", "targetTicks", "target2Ticks"] as const) {
    const v = s[f];
    if (v !== undefined && !(Number.isFinite(v) && v > 0)) throw bad(o, f, "must be a positive number of ticks", v);
  }
  const ref = s.entryType === "market" ? o.close : (s.entryPrice as number);
  const side = s.kind;
  if (s.stop !== undefined && !(dir * (ref - s.stop) > 0)) {
    throw bad(o, "stop", `${s.stop} must be ${dir > 0 ? "below" : "above"} the ${side} entry reference ${ref}`, s.stop);
  }
  if (s.target !== undefined && !(dir * (s.target - ref) > 0)) {
    throw bad(
      o,
      "target",
      `${s.target} must be ${dir > 0 ? "above" : "below"} the ${side} entry reference ${ref}`,
      s.target,
    );
  }
  const hasT1 = s.target !== undefined || s.targetTicks !== undefined;
  const hasT2 = s.target2 !== undefined || s.target2Ticks !== undefined;
  if (hasT2 && !hasT1) throw bad(o, "target2", "needs a first target", s.target2 ?? s.target2Ticks);
  if (s.target2 !== undefined && s.target !== undefined && !(dir * (s.target2 - s.target) > 0)) {
    throw bad(o, "target2", `${s.target2} must lie beyond target ${s.target}`, s.target2);
  }
  if (s.target2 !== undefined && !(dir * (s.target2 - ref) > 0)) {
    throw bad(o, "target2", `${s.target2} must be on the profit side of ${ref}`, s.target2);
  }
  if (s.target2Ticks !== undefined && s.targetTicks !== undefined && !(s.target2Ticks > s.targetTicks)) {
    throw bad(o, "target2Ticks", `must exceed targetTicks ${s.targetTicks}`, s.target2Ticks);
  }
  if (!(s.scaleOut > 0 && s.scaleOut < 1)) throw bad(o, "scaleOut", "must lie in (0, 1)", s.scaleOut);
  if (!positiveIntOrAbsent(s.timeStopBars)) throw bad(o, "timeStopBars", "must be a positive integer", s.timeStopBars);
  if (!positiveIntOrAbsent(s.validityBars)) throw bad(o, "validityBars", "must be a positive integer", s.validityBars);
  if (!positiveIntOrAbsent(s.qty)) throw bad(o, "qty", "must be a positive integer number of contracts", s.qty);
  if (!Array.isArray(s.tags) || s.tags.some((t) => typeof t !== "string"))
    throw bad(o, "tags", "must be strings", s.tags);
}

function checkModify(s: Extract<Signal, { kind: "modify" }>, o: SignalOrigin): void {
  if (o.side === 0) throw bad(o, "kind", "modify needs an open position", "modify");
  for (const f of ["stop", "target", "target2"] as const) {
    if (!finiteOrAbsent(s[f])) throw bad(o, f, "must be a finite price", s[f]);
  }
  if (s.stop !== undefined && !(o.side * (o.close - s.stop) > 0)) {
    throw bad(o, "stop", `${s.stop} must be on the loss side of the close ${o.close}`, s.stop);
  }
  for (const f of ["target", "target2"] as const) {
    const v = s[f];
    if (v !== undefined && !(o.side * (v - o.close) > 0)) {
      throw bad(o, f, `${v} must be on the profit side of the close ${o.close}`, v);
    }
  }
  if (!positiveIntOrAbsent(s.timeStopBars)) throw bad(o, "timeStopBars", "must be a positive integer", s.timeStopBars);
}

/**
 * Calls `decide` and tags any failure with the strategy id and bar: a SessionkitError passes through
 * (it already names the strategy), anything else becomes SK_STRATEGY_DECIDE_FAILED.
 */
export function decideFailed(e: unknown, strategyId: string, index: number, time: number): SessionkitError {
  if (isSessionkitError(e)) return e;
  const at = Number.isFinite(time) ? new Date(time).toISOString() : String(time);
  return new SessionkitError(
    "SK_STRATEGY_DECIDE_FAILED",
    `strategy ${strategyId}: decide threw at bar ${index} (${at}): ${e instanceof Error ? e.message : String(e)}`,
    { plugin: strategyId, cause: e, value: index },
  );
}

/** Runs decide in guarded mode: wraps failures and checks the result's invariants. */
export function guardedDecide(
  decide: (ctx: never) => Signal,
  ctx: DecideContext<unknown, string, unknown>,
  strategyId: string,
): Signal {
  let s: Signal;
  try {
    s = decide(ctx as never);
  } catch (e) {
    throw decideFailed(e, strategyId, ctx.bar.index, ctx.bar.time);
  }
  checkSignal(s, {
    strategyId,
    index: ctx.bar.index,
    time: ctx.bar.time,
    close: ctx.bar.close,
    side: ctx.position.side,
  });
  return s;
}
