#!/usr/bin/env node
// Generates docs/reference/{errors,hooks}.md from the built code (--write), or checks they are current,
// then validates the API reference with typedoc (warnings are errors). Run after `npm run build`.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const write = process.argv.includes("--write");
const { renderErrorsReference } = await import("../dist/core/errors/reference-doc.js");
const { renderHooksReference } = await import("../dist/core/kernel/hooks-doc.js");

let stale = 0;
for (const [file, text] of [
  ["reference/errors.md", renderErrorsReference()],
  ["reference/hooks.md", renderHooksReference()],
]) {
  const path = join(here, file);
  if (write) writeFileSync(path, text);
  else if (readFileSync(path, "utf8") !== text) {
    console.error(`docs/${file} is out of date: run \`npm run generate --workspace docs\``);
    stale++;
  }
}
if (stale > 0) process.exitCode = 1;
else if (!write) {
  const typedoc = join(here, "../node_modules/typedoc/bin/typedoc");
  try {
    execFileSync(process.execPath, [typedoc, "--options", join(here, "typedoc.json"), "--emit", "none"], {
      stdio: "inherit",
    });
  } catch {
    console.error("typedoc reported warnings or errors (treated as errors)");
    process.exitCode = 1;
  }
}
