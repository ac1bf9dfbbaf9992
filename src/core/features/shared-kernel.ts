import type { FeatureDef, FeatureSource, FeatureStream, GroupStream, SharedKernel } from "./contract.js";

/**
 * A kernel that writes several outputs over a range of bars: `run` feeds bars [from, to) in order,
 * once each, and writes output k of bar i to outs[k][i − shift].
 */
export interface RangeKernel {
  run(outs: readonly Float64Array[], from: number, to: number, shift: number): void;
}

/** A feature's own stream: its kernel with one output (so it computes exactly what a group does). */
export class OneOutputStream implements FeatureStream {
  private readonly outs: Float64Array[] = [new Float64Array(1)];
  private readonly one = new Float64Array(1);
  constructor(private readonly kernel: RangeKernel) {}

  update(i: number): number {
    this.outs[0] = this.one;
    this.kernel.run(this.outs, i, i + 1, i);
    return this.one[0]!;
  }

  fill(out: Float64Array, from: number, to: number): Float64Array {
    this.outs[0] = out;
    this.kernel.run(this.outs, from, to, 0);
    return out;
  }
}

class KernelGroupStream implements GroupStream {
  constructor(private readonly kernel: RangeKernel) {}
  fill(outs: readonly Float64Array[], from: number, to: number): void {
    this.kernel.run(outs, from, to, 0);
  }
}

/** A SharedKernel whose group stream is `create(src, members)` (members in output order). */
export function sharedKernel(
  id: string,
  create: (src: FeatureSource, members: readonly FeatureDef[]) => RangeKernel,
): SharedKernel {
  return { id, createGroupStream: (src, members) => new KernelGroupStream(create(src, members)) };
}
