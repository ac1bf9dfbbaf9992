import { defineConfig } from "../../../core/config/define-config.js";
import { tenAmPlugin } from "./backtest-plugins.js";

export default defineConfig({ name: "backtest-es-only", plugins: [tenAmPlugin({ symbols: ["ES"] })] });
