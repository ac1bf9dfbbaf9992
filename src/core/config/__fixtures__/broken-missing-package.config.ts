import { defineConfig } from "../define-config.js";
import { nothing } from "@sessionkit/plugin-nope";

export default defineConfig({ name: String(nothing) });
