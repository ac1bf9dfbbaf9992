import { defineConfig } from "../../../core/config/define-config.js";
import { tenAmPlugin } from "./backtest-plugins.js";

// The artifacts folder comes from the test (a temp dir holding parameters/current/ten-am.json).
export default defineConfig({
  name: "backtest-params",
  params: { dir: process.env.SK_BACKTEST_TEST_ARTIFACTS ?? "./artifacts" },
  plugins: [tenAmPlugin()],
});
