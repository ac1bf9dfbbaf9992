import { ConstantStream, defineFeature } from "../contract.js";
import { SignStream } from "./pos.js";

const FILL = 0;

/** s7_regime (idx 12): the registered regime provider's signal reduced to −1/0/+1; fill without a provider. */
export const s7Regime = defineFeature({
  key: "s7_regime",
  family: "s7_regime",
  fill: FILL,
  warmup: 1,
  description: "S7 regime signal −1/0/+1",
  createStream(src) {
    const r = src.externals.regime;
    return r === undefined ? new ConstantStream(FILL) : new SignStream(src, (i, t) => r.regime(i, t), FILL);
  },
});
