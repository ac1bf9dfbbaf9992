import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Tests import the SDK from source, so a test run never depends on a stale dist/.
// The examples project runs the built CLI as a user would, so `npm test` builds first.
const alias = [
  { find: /^sessionkit\/testing$/, replacement: here("./src/core/testing/index.ts") },
  { find: /^sessionkit$/, replacement: here("./src/index.ts") },
  { find: /^@sessionkit\/plugin-(s2|s3|s6|s11)$/, replacement: here("./plugins/$1/src/index.ts") },
];

// tsyringe reads constructor parameter types from decorator metadata; Vite 8's oxc transform only
// emits it when asked (the DI canary test checks it).
const oxc = { decorator: { legacy: true, emitDecoratorMetadata: true } };

export default defineConfig({
  resolve: { alias },
  oxc,
  test: {
    reporters: ["default", "./scripts/plain-summary-reporter.ts"],
    projects: [
      {
        resolve: { alias },
        oxc,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "plugins/*/src/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**", "**/dist/**"],
          setupFiles: ["./src/core/testing/vitest-setup.ts"],
        },
      },
      {
        resolve: { alias },
        oxc,
        test: {
          name: "integration",
          include: ["src/**/*.int.test.ts", "plugins/*/src/**/*.int.test.ts", "bench/**/*.int.test.ts"],
          exclude: ["**/node_modules/**", "**/dist/**"],
          setupFiles: ["./src/core/testing/vitest-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        oxc,
        test: {
          name: "examples",
          include: ["examples/**/*.test.ts", "docs/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/dist/**"],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
