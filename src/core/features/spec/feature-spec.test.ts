import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSessionkitError } from "../../errors/index.js";
import {
  defaultFeatureSpec,
  legacyFeatureSpec12,
  loadFeatureSpec,
  parseFeatureSpec,
  saveFeatureSpec,
} from "./feature-spec.js";
import { projectionOf, projectRow } from "./projection.js";
import { fitScaler, scaleInPlace } from "./scaler.js";

const F = "artifacts/current/feature_spec.json";
function fail(input: unknown): { code: string; message: string; path?: string; value?: unknown } {
  try {
    parseFeatureSpec(input, F);
  } catch (e) {
    if (isSessionkitError(e)) return { code: e.code, message: e.message, path: e.path, value: e.value };
    throw e;
  }
  throw new Error("expected the spec to be rejected");
}
const spec = () => JSON.parse(JSON.stringify(defaultFeatureSpec()));

describe("feature_spec.json", () => {
  it("the default is the 13 canonical columns with an identity scaler", () => {
    const s = defaultFeatureSpec();
    expect(s.columns.map((c) => `${c.name}/${c.index}/${c.fillValue}`).join(" ")).toMatchInlineSnapshot(
      `"ret_1m/0/0 ret_5m/1/0 atr_14/2/0.5 rsi_14/3/50 vwap_dist/4/0 bb_width/5/0.01 ob_imbalance/6/1 adr_pct/7/0.5 hour_frac/8/0.5 session_flag/9/0 session_type/10/0 pos/11/0 s7_regime/12/0"`,
    );
    expect(s.version).toBe("features:v1");
    expect(s.inference.logitToAction).toEqual({ "0": -1, "1": 0, "2": 1 });
    expect(parseFeatureSpec(s)).toEqual(s);
  });

  it("round-trips through save and load", () => {
    const dir = mkdtempSync(join(tmpdir(), "sk-spec-"));
    const file = join(dir, "feature_spec.json");
    saveFeatureSpec(file, legacyFeatureSpec12());
    expect(loadFeatureSpec(file)).toEqual(legacyFeatureSpec12());
    expect(readFileSync(file, "utf8").endsWith("}\n")).toBe(true);
  });

  it("rejects bad specs with coded errors naming file, field and value", () => {
    const short = spec();
    short.scaler.mean.pop();
    expect(fail(short)).toMatchInlineSnapshot(`
      {
        "code": "SK_FEATURE_SPEC_INVALID",
        "message": "artifacts/current/feature_spec.json: scaler.mean has 12 values for 13 columns.",
        "path": "scaler.mean",
        "value": 12,
      }
    `);
    const order = spec();
    order.columns[3].index = 4;
    expect(fail(order).message).toMatchInlineSnapshot(
      `"artifacts/current/feature_spec.json: columns[3].index is 4; columns must be in index order (expected 3)."`,
    );
    const unknown = spec();
    unknown.columns[5].name = "bollinger";
    expect(fail(unknown)).toMatchInlineSnapshot(`
      {
        "code": "SK_FEATURE_SPEC_COLUMN_UNKNOWN",
        "message": "artifacts/current/feature_spec.json: columns[5].name "bollinger" is not one of the 13 model features.",
        "path": "columns[5].name",
        "value": "bollinger",
      }
    `);
    const text = spec();
    text.scaler.std[2] = "1.0";
    const e = fail(text);
    expect(e.code).toBe("SK_FEATURE_SPEC_INVALID");
    expect(e.path).toBe("scaler.std[2]");
    expect(e.value).toBe("1.0");
    const fill = spec();
    fill.columns[3].fillValue = 0;
    expect(fail(fill).message).toContain("columns[3].fillValue is 0; the fill of rsi_14 is fixed at 50.");
    const dup = spec();
    dup.columns[1].name = "ret_1m";
    dup.columns[1].fillValue = 0;
    expect(fail(dup).message).toContain('columns[1].name repeats column "ret_1m"');
    expect(fail({ ...spec(), extra: 1 }).code).toBe("SK_FEATURE_SPEC_INVALID");
  });

  it("reports an unreadable or non-JSON file", () => {
    const dir = mkdtempSync(join(tmpdir(), "sk-spec-"));
    const file = join(dir, "feature_spec.json");
    writeFileSync(file, "{ not json");
    expect(() => loadFeatureSpec(file)).toThrow(/is not JSON/);
    expect(() => loadFeatureSpec(join(dir, "missing.json"))).toThrow(/cannot be read/);
  });
});

describe("projection by column name", () => {
  const raw = Float64Array.from({ length: 13 }, (_, k) => k * 10);
  it("a 12-column spec drops session_type and moves pos and s7_regime to 10 and 11", () => {
    const legacy = legacyFeatureSpec12();
    const out = projectRow(raw, projectionOf(legacy), legacy.scaler, new Float64Array(12));
    expect(Array.from(out)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 110, 120]);
  });
  it("any order of known names works", () => {
    const s = parseFeatureSpec({
      version: "x",
      columns: [
        { name: "pos", index: 0, fillValue: 0 },
        { name: "rsi_14", index: 1, fillValue: 50 },
      ],
      scaler: { mean: [0, 50], std: [1, 10] },
      inference: { logitToAction: { "0": -1 } },
    });
    expect(Array.from(projectRow(raw, projectionOf(s), s.scaler, new Float64Array(2)))).toEqual([110, -2]);
  });
});

describe("scaler", () => {
  it("std = 0 passes the raw value through", () => {
    expect(Array.from(scaleInPlace(Float64Array.of(5, 5), { mean: [1, 1], std: [0, 2] }))).toEqual([5, 2]);
  });
  it("fitted columns scale to mean 0 and std 1 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 200 }), (xs) => {
        const col = Float64Array.from(xs);
        const sc = fitScaler([col]);
        const scaled = col.map((x) => scaleInPlace(Float64Array.of(x), sc)[0]!);
        if (sc.std[0] === 0) return scaled.every((x, k) => x === col[k]);
        const m = scaled.reduce((a, b) => a + b, 0) / scaled.length;
        const v = scaled.reduce((a, b) => a + (b - m) ** 2, 0) / scaled.length;
        return Math.abs(m) < 1e-6 && Math.abs(v - 1) < 1e-6;
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
