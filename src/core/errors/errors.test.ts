import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CATALOGUE, fromZodError, isSessionkitError, renderForCli, SessionkitError } from "./index.js";

describe("SessionkitError", () => {
  it("renders code, headline, details and hint without a stack", () => {
    const e = new SessionkitError("SK_PLUGIN_DUPLICATE", 'bot.config.ts: plugin "a" is registered twice.', {
      details: ['plugins[0] and plugins[2] are both "a"'],
    });
    expect(e.render()).toMatchInlineSnapshot(`
      "SK_PLUGIN_DUPLICATE  bot.config.ts: plugin "a" is registered twice.
        plugins[0] and plugins[2] are both "a"
        hint: remove one of them from \`plugins\`; each plugin may appear once per bot."
    `);
    expect(e.exitCode).toBe(CATALOGUE.SK_PLUGIN_DUPLICATE.exitCode);
    expect(isSessionkitError(e)).toBe(true);
    expect(isSessionkitError(new Error("x"))).toBe(false);
  });

  it("names every bad field and value of a zod failure", () => {
    const schema = z.strictObject({ symbols: z.array(z.enum(["ES", "NQ"])), n: z.number().int().min(1) });
    const input = { symbols: ["ESZ5"], n: 0, extra: true };
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    const e = fromZodError("SK_PLUGIN_OPTIONS_INVALID", "plugin x has invalid options.", r.error!, input, {
      prefix: "options",
      file: "bot.config.ts",
    });
    expect(e.details).toMatchInlineSnapshot(`
      [
        "options.symbols[0]: expected one of "ES"|"NQ" (received "ESZ5")",
        "options.n: Too small: expected number to be >=1 (received 0)",
        "options.extra: unknown key",
      ]
    `);
    expect(e.path).toBe("options.symbols[0]");
    expect(e.value).toBe("ESZ5");
  });

  it("turns unknown throws into SK_INTERNAL and adds the stack only with debug", () => {
    const plain = renderForCli(new Error("boom"), false);
    expect(plain.text).toContain("SK_INTERNAL  boom");
    expect(plain.text).not.toContain("at ");
    expect(plain.exitCode).toBe(70);
    expect(renderForCli(new Error("boom"), true).text).toMatch(/\n\s+at /);
  });
});
