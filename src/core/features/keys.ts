import { SessionkitError } from "../errors/index.js";

/** A parsed feature key: `family[:arg,arg,…]`, e.g. `atr:14`, `vwap.session.upper:2`, `ret_1m`. */
export interface ParsedFeatureKey {
  readonly family: string;
  readonly args: readonly number[];
}

const KEY = /^([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?::(.*))?$/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Parses a feature key; a malformed key or argument is SK_FEATURE_KEY_INVALID naming it. */
export function parseFeatureKey(key: string): ParsedFeatureKey {
  const m = KEY.exec(key.trim());
  if (m === null) {
    throw new SessionkitError("SK_FEATURE_KEY_INVALID", `feature key ${JSON.stringify(key)} is malformed.`, {
      value: key,
    });
  }
  const family = m[1]!;
  const rest = m[2];
  if (rest === undefined) return { family, args: [] };
  const args = rest.split(",").map((s, k) => {
    const t = s.trim();
    if (!NUMBER.test(t)) {
      throw new SessionkitError(
        "SK_FEATURE_KEY_INVALID",
        `feature key ${JSON.stringify(key)}: argument ${k + 1} ${JSON.stringify(t)} is not a number.`,
        { value: key, path: `${family}[${k}]` },
      );
    }
    return Number(t);
  });
  return { family, args };
}

/** The canonical spelling: family alone when it has no parameters, else `family:p1,p2` with every parameter. */
export function formatFeatureKey(family: string, args: readonly number[]): string {
  return args.length === 0 ? family : `${family}:${args.map((a) => String(a)).join(",")}`;
}
