import { describeStrategyContract } from "sessionkit/testing";
import { s2Strategy } from "./strategy.js";

// The SDK's conformance kit on two weeks of seeded synthetic ES bars: definition, registered features,
// guarded signals, determinism with fresh state, no fills while closed, and the lookahead detector.
describeStrategyContract(s2Strategy, { minTrades: 1 });
