import { ConstantStream, defineFeature, type FeatureSource, type FeatureStream, orFill } from "../contract.js";
import type { OrderBookProvider } from "../providers.js";

const FILL = 1.0;

class ObImbalanceStream implements FeatureStream {
  private readonly sizes = new Float64Array(2);
  constructor(
    private readonly src: FeatureSource,
    private readonly book: OrderBookProvider,
  ) {}

  update(i: number): number {
    if (!this.book.topOfBook(i, this.src.bars.time[i]!, this.sizes)) return FILL;
    return orFill(this.sizes[0]! / this.sizes[1]!, FILL);
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    for (let i = from; i < to; i++) out[i] = this.update(i);
    return out;
  }
}

/** ob_imbalance (idx 6): best-bid size / best-ask size from the registered order-book provider; else 1.0. */
export const obImbalance = defineFeature({
  key: "ob_imbalance",
  family: "ob_imbalance",
  fill: FILL,
  warmup: 1,
  description: "best-bid size over best-ask size",
  createStream(src) {
    const book = src.externals.orderBook;
    return book === undefined ? new ConstantStream(FILL) : new ObImbalanceStream(src, book);
  },
});
