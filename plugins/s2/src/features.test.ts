import { createFeatureRegistry } from "sessionkit";
import { describe, expect, it } from "vitest";
import { s2Strategy } from "./strategy.js";

describe("S2 feature declaration", () => {
  it("declares registered keys, with ATR following atrLen", () => {
    const registry = createFeatureRegistry();
    const { keys } = s2Strategy.resolveFeatures(s2Strategy.defaultParams());
    for (const key of keys) expect(() => registry.resolve(key), key).not.toThrow();
    expect(keys).toContain("atr:14");
    const p = { ...s2Strategy.defaultParams(), atrLen: 20 };
    expect(s2Strategy.resolveFeatures(p).keys).toContain("atr:20");
  });
});
