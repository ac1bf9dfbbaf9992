import { defineConfig } from "../define-config.js";
import { nothing } from "./no-such-module.js";

export default defineConfig({ name: String(nothing) });
