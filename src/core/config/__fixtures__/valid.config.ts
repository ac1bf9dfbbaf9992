import { defineConfig } from "../define-config.js";
import { good } from "./plugins.js";

export default defineConfig(({ command }) => ({
  name: `valid-${command}`,
  data: { dir: "." },
  params: { dir: "./artifacts", reload: { every: "15m" } },
  plugins: [good({ symbols: ["ES", "MES"] }), command === "never" && good()],
}));
