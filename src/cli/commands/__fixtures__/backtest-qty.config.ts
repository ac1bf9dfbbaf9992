import { defineConfig } from "../../../core/config/define-config.js";
import { tenAmPlugin } from "./backtest-plugins.js";

export default defineConfig({ name: "backtest-qty", plugins: [tenAmPlugin({ qty: 3 })] });
