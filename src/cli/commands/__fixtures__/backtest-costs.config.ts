import { defineConfig } from "../../../core/config/define-config.js";
import { tenAmPlugin } from "./backtest-plugins.js";

// Backtest settings from the config; the test overrides some with flags. The artifacts folder comes
// from the test (parameters/current/ten-am.json with a 2-tick bracket, so stop and target often share a bar).
export default defineConfig({
  name: "backtest-costs",
  params: { dir: process.env.SK_BACKTEST_TEST_ARTIFACTS ?? "./artifacts" },
  backtest: {
    startingEquity: 20_000,
    qty: 2,
    intrabar: "favorable",
    commissionPerSide: 1,
    slippageTicks: 0,
    costs: { ES: { commissionPerSide: 3 } },
  },
  plugins: [tenAmPlugin()],
});
