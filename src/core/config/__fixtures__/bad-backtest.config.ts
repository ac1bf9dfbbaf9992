import { defineConfig } from "../define-config.js";

export default defineConfig({
  name: "bad-backtest",
  // @ts-expect-error wrong on purpose: the loader must name each field and value
  backtest: { slippageTicks: 1.5, intrabar: "worst", commissionPerSide: -2, costs: { ESZ5: {} }, qty: 0 },
});
