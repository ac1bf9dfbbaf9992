import type { DecideContext } from "sessionkit";
import type { S3FeatureNames } from "./features.js";
import type { S3ParamValues } from "./params.js";
import type { S3State } from "./state.js";

/** What S3's decide() sees. */
export type S3Context = DecideContext<S3ParamValues, S3FeatureNames, S3State>;
export type S3Values = Readonly<S3ParamValues>;

/** True range of the bar k bars ago (the first bar of the series has no previous close: H − L). */
export function trueRangeAt(ctx: S3Context, k: number): number {
  const b = ctx.bars;
  const h = b.high(k);
  const l = b.low(k);
  const pc = b.close(k + 1);
  if (Number.isNaN(pc)) return h - l;
  return Math.max(h - l, Math.abs(h - pc), Math.abs(l - pc));
}
