import { dataset, describeStrategyContract, head } from "sessionkit/testing";
import { s11Strategy } from "./strategy.js";

// Three weeks of real ESM26 bars: past the five trade dates the relative-volume baseline needs, so the
// contract's guarded run, determinism and lookahead checks see real entries and management.
const es = head(await dataset("ESM26_1m.csv.gz"), 20_000);

describeStrategyContract(s11Strategy, { data: () => es, minTrades: 1 });
