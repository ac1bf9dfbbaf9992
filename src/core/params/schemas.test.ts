import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as s2 from "@sessionkit/plugin-s2";
import * as s3 from "@sessionkit/plugin-s3";
import * as s6 from "@sessionkit/plugin-s6";
import * as s11 from "@sessionkit/plugin-s11";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { S2_DEVIATIONS, S2_REFERENCE, S2_REFERENCE_VALUES } from "../../../plugins/s2/src/reference.js";
import { S3_DEVIATIONS, S3_REFERENCE, S3_REFERENCE_VALUES } from "../../../plugins/s3/src/reference.js";
import { S6_DEVIATIONS, S6_REFERENCE, S6_REFERENCE_VALUES } from "../../../plugins/s6/src/reference.js";
import { S11_DEVIATIONS, S11_REFERENCE, S11_REFERENCE_VALUES } from "../../../plugins/s11/src/reference.js";
import { paramsTableMarkdown } from "./docs-table.js";
import { toCamelCase } from "./names.js";
import type { ParamSchemaEntry } from "./registry.js";
import { deriveSearchSpace } from "./search-space.js";

const CASES = [
  { pkg: "s2", entry: s2.paramSchemaEntry, ref: S2_REFERENCE, values: S2_REFERENCE_VALUES, dev: S2_DEVIATIONS, n: 23 },
  { pkg: "s3", entry: s3.paramSchemaEntry, ref: S3_REFERENCE, values: S3_REFERENCE_VALUES, dev: S3_DEVIATIONS, n: 59 },
  { pkg: "s6", entry: s6.paramSchemaEntry, ref: S6_REFERENCE, values: S6_REFERENCE_VALUES, dev: S6_DEVIATIONS, n: 23 },
  {
    pkg: "s11",
    entry: s11.paramSchemaEntry,
    ref: S11_REFERENCE,
    values: S11_REFERENCE_VALUES,
    dev: S11_DEVIATIONS,
    n: 22,
  },
];

const refValue = (v: number | string | boolean) =>
  typeof v === "string" && /^\d\d:\d\d:00$/.test(v) ? v.slice(0, 5) : v;
const readme = (pkg: string) => fileURLToPath(new URL(`../../../plugins/${pkg}/README.md`, import.meta.url));
const tableOf = (entry: ParamSchemaEntry, ref: typeof S2_REFERENCE, dev: Record<string, string>) =>
  paramsTableMarkdown(entry.schema, {
    referenceNames: Object.fromEntries(ref.map(([name]) => [toCamelCase(name), name])),
    notes: dev,
  });

const tableCells = (markdown: string) =>
  markdown
    .split("\n")
    .filter((l) => l.startsWith("|") && !/^\|[\s|:-]+\|$/.test(l))
    .map((l) => l.split(/(?<!\\)\|/).map((c) => c.trim()));

describe.each(CASES)("$entry.strategy parameter schema", ({ pkg, entry, ref, values, dev, n }) => {
  it(`has the reference's ${n} fields, camelCased, in order`, () => {
    expect(Object.keys(entry.schema.shape)).toEqual(ref.map(([name]) => toCamelCase(name)));
    expect(ref).toHaveLength(n);
  });

  it("keeps every reference default except the documented deviations, and its defaults are valid", () => {
    const defaults = entry.schema.parse({}) as Record<string, unknown>;
    for (const [name, value] of ref) {
      const key = toCamelCase(name);
      if (defaults[key] !== refValue(value)) expect(dev[key], `${key} differs without a note`).toMatch(/default/);
    }
  });

  it("admits every value that appears in the reference notes", () => {
    const base = entry.schema.parse({}) as Record<string, unknown>;
    for (const [name, value] of ref) {
      const field = (entry.schema.shape as unknown as Record<string, z.ZodType>)[toCamelCase(name)]!;
      if (name !== "StopAtrMult" || entry.strategy !== "S2")
        expect(field.safeParse(refValue(value)).success, name).toBe(true);
    }
    for (const [name, list] of Object.entries(values)) {
      const field = (entry.schema.shape as unknown as Record<string, z.ZodType>)[toCamelCase(name)]!;
      for (const v of list) expect(field.safeParse(v).success, `${name} ${v}`).toBe(true);
    }
    expect(entry.schema.safeParse(base).success).toBe(true);
  });

  it("derives a search space whose defaults lie in their ranges", () => {
    const space = deriveSearchSpace(entry.schema);
    expect(space.dimensions.length).toBeGreaterThan(3);
    for (const d of space.dimensions) {
      expect(d.low).toBeLessThanOrEqual(d.high);
      expect(d.default, d.name).toBeGreaterThanOrEqual(d.low);
      expect(d.default, d.name).toBeLessThanOrEqual(d.high);
    }
  });

  it("is documented: the README holds the generated parameter table", () => {
    const table = tableOf(entry, ref, dev);
    if (process.env.SK_WRITE_README === "1") {
      const text = readFileSync(readme(pkg), "utf8");
      const start = text.indexOf("<!-- params-table -->");
      const end = text.indexOf("<!-- /params-table -->");
      writeFileSync(readme(pkg), `${text.slice(0, start)}<!-- params-table -->\n${table}\n${text.slice(end)}`);
    }
    // Compare cells, not bytes: the formatter may re-pad the Markdown table. Only the generated section
    // counts, so a plugin README may hold its own tables (rules, units) elsewhere.
    const text = readFileSync(readme(pkg), "utf8");
    const section = text.slice(text.indexOf("<!-- params-table -->"), text.indexOf("<!-- /params-table -->"));
    expect(tableCells(section)).toEqual(tableCells(table));
  });
});

describe("S2 rules", () => {
  it("rejects target 2.0 with stop 1.5 and accepts the shipped default pair", () => {
    expect(s2.S2Params.safeParse({ stopAtrMult: 1.5, targetAtrMult: 2 }).success).toBe(false);
    expect(s2.S2Params.parse({})).toMatchObject({ stopAtrMult: 1, targetAtrMult: 2 });
  });
});
