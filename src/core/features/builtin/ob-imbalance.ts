import { defineFeature, orFill } from "../contract.js";

const FILL = 1.0;

/** ob_imbalance (idx 6): best-bid size / best-ask size from the registered order-book provider; else 1.0. */
export const obImbalance = defineFeature({
  key: "ob_imbalance",
  family: "ob_imbalance",
  fill: FILL,
  warmup: 1,
  description: "best-bid size over best-ask size",
  createStream(src) {
    const book = src.externals.orderBook;
    if (book === undefined) return { update: () => FILL };
    const sizes = new Float64Array(2);
    return {
      update(i) {
        if (!book.topOfBook(i, src.bars.time[i]!, sizes)) return FILL;
        return orFill(sizes[0]! / sizes[1]!, FILL);
      },
    };
  },
});
