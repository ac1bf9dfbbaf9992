import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderErrorsReference } from "./errors/reference-doc.js";
import { renderHooksReference } from "./kernel/hooks-doc.js";

const doc = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../docs/reference/${name}`, import.meta.url)), "utf8");

// If these fail, run `npm run build && npm run generate --workspace docs` and commit the result.
describe("generated reference docs are current", () => {
  it("docs/reference/errors.md matches the error catalogue", () => {
    expect(doc("errors.md")).toBe(renderErrorsReference());
  });
  it("docs/reference/hooks.md matches the hook registry", () => {
    expect(doc("hooks.md")).toBe(renderHooksReference());
  });
});
