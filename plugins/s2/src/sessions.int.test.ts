import { isEntry, resolveParamSet } from "sessionkit";
import { describe, expect, it } from "vitest";
import { type Loaded, loadShared, runS2 } from "./__tests__/harness.js";
import { paramSchemaEntry } from "./index.js";

/** Intraday session codes (0 Overnight, 1 RTH, 2 PostRTH) of the bars where S2 decided an entry. */
function entrySessions(data: Loaded, params?: Parameters<typeof runS2>[2]): Set<number> {
  const out = new Set<number>();
  for (const [i, s] of runS2(data, {}, params).decisions) if (isEntry(s)) out.add(data.labels.session[i] as number);
  return out;
}

// S2 reads the ParamSet of the decision bar's session (SPEC §5).
describe("S2 per-session parameters", () => {
  it("an RTH override that forbids entries stops RTH entries only", async () => {
    const data = await loadShared("MNQZ25_1m.csv.gz");
    const set = resolveParamSet(paramSchemaEntry, {
      defaults: {},
      sessions: { RTH: { minVolume: 10_000_000 } },
      origin: "test",
    });
    if (set === undefined) throw new Error("param set did not resolve");
    expect(entrySessions(data).has(1)).toBe(true);
    const overridden = entrySessions(data, set);
    expect(overridden.has(1)).toBe(false);
    expect(overridden.size).toBeGreaterThan(0);
  }, 60_000);
});
