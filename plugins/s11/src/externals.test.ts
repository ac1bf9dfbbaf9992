import { describe, expect, it } from "vitest";
import { depthAllows } from "./externals.js";

describe("S11 order-book check", () => {
  it("is direction-aware: bids must outweigh asks for a long and asks for a short (D11-5)", () => {
    expect(depthAllows(1, 0.3, 0.25, "pass")).toBe(true);
    expect(depthAllows(1, -0.3, 0.25, "pass")).toBe(false);
    expect(depthAllows(-1, -0.3, 0.25, "pass")).toBe(true);
    expect(depthAllows(-1, 0.3, 0.25, "pass")).toBe(false);
    expect(depthAllows(1, 0.2, 0.25, "pass")).toBe(false);
  });

  it("without a reading, passes or blocks as configured", () => {
    expect(depthAllows(1, Number.NaN, 0.25, "pass")).toBe(true);
    expect(depthAllows(-1, Number.NaN, 0.25, "block")).toBe(false);
  });
});
