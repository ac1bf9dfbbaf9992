import { describe, expect, it } from "vitest";
import { labelBars } from "../../market-time/index.js";
import { randomWalkBars } from "../__tests__/fixtures.js";
import { featureSource } from "../source.js";
import { isShared, sharedColumn, sharedFloat64, sharedLike } from "./shared-memory.js";
import { rebuildSource, sourceTransfer } from "./transfer.js";

describe("shared columns", () => {
  it("a SAB-backed column is used as it is, another copied once per column object", () => {
    const sab = sharedFloat64(4);
    expect(isShared(sab)).toBe(true);
    expect(sharedColumn(sab, 4)).toBe(sab);
    const plain = Int16Array.from([1, -2, 3]);
    const copy = sharedColumn(plain, 3);
    expect(isShared(copy)).toBe(true);
    expect(copy).toBeInstanceOf(Int16Array);
    expect([...copy]).toEqual([1, -2, 3]);
    expect(sharedColumn(plain, 3)).toBe(copy);
    expect(sharedColumn(plain, 2)).toBe(copy);
  });

  it("copies again when more rows are asked for than were copied (a growing live buffer)", () => {
    const plain = new Float64Array(8);
    plain[0] = 1;
    const first = sharedColumn(plain, 1);
    plain[1] = 2;
    const second = sharedColumn(plain, 2);
    expect(second).not.toBe(first);
    expect(second[1]).toBe(2);
  });

  it("sharedLike keeps the element type", () => {
    const u = sharedLike(new Uint8Array(1), 5);
    expect(u).toBeInstanceOf(Uint8Array);
    expect(u.length).toBe(5);
    expect(isShared(u)).toBe(true);
  });

  it("a transferred source carries every bar and label column, shared, with the same values", () => {
    const bars = randomWalkBars(500, 3);
    const src = featureSource(bars, labelBars(bars.time));
    const t = sourceTransfer(src);
    expect(Object.keys(t.bars).sort()).toEqual(["close", "high", "low", "open", "time", "volume"]);
    expect(Object.keys(t.labels).sort()).toEqual(
      ["clearingDate", "etMinute", "open", "segment", "session", "tradeDate"].sort(),
    );
    for (const col of [...Object.values(t.bars), ...Object.values(t.labels)]) expect(isShared(col)).toBe(true);
    expect(sourceTransfer(src)).toBe(t);
    const back = rebuildSource(structuredClone(t));
    expect(back.bars.length).toBe(500);
    expect(back.labels.length).toBe(500);
    expect(back.bars.symbol).toBe("ES");
    expect([...back.bars.close]).toEqual([...bars.close]);
    expect([...back.labels.etMinute]).toEqual([...src.labels.etMinute]);
    // structuredClone shares SAB memory, as postMessage does: a write shows on the other side.
    back.bars.close[0] = -1;
    expect(t.bars.close![0]).toBe(-1);
  });
});

describe("sourceTransfer with getter columns", () => {
  it("reads contract columns exposed through getters, as kernels do", () => {
    const bars = randomWalkBars(300, 4);
    const labels = labelBars(bars.time);
    class GetterLabels {
      readonly length = labels.length;
      get open() {
        return labels.open;
      }
      get tradeDate() {
        return labels.tradeDate;
      }
      get clearingDate() {
        return labels.clearingDate;
      }
      get session() {
        return labels.session;
      }
      get segment() {
        return labels.segment;
      }
      get etMinute() {
        return labels.etMinute;
      }
    }
    const t = sourceTransfer(featureSource(bars, new GetterLabels()));
    expect(Object.keys(t.labels).sort()).toEqual(
      ["clearingDate", "etMinute", "open", "segment", "session", "tradeDate"].sort(),
    );
    expect([...t.labels.session!]).toEqual([...labels.session]);
  });
});
