import { defineConfig } from "sessionkit";
import { helloPlugin } from "./plugin.js";

export default defineConfig(({ command }) => ({
  name: "hello-bot",
  dryRun: true,
  plugins: [helloPlugin({ greeting: "good morning", symbols: ["ES", "MNQ"] }), command === "never" && helloPlugin()],
}));
