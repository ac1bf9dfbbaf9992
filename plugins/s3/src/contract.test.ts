import { describeStrategyContract } from "sessionkit/testing";
import { loadSharedSync } from "./__tests__/harness.js";
import { s3Strategy } from "./strategy.js";

// The conformance kit on its default two weeks of synthetic ES bars…
describeStrategyContract(s3Strategy);

// …and on two weeks of real ESM26 bars, where the shipped defaults must trade.
describeStrategyContract(s3Strategy, {
  data: () => loadSharedSync("ESM26_1m.csv.gz", "2026-04-05T22:00:00Z", "2026-04-18T00:00:00Z"),
  minTrades: 3,
});
