import type { z } from "zod";
import type { ParamsObjectSchema } from "./search-space.js";
import { tunableRangeOf, unwrapSchema } from "./tunable.js";

export interface ParamsTableOptions {
  /** Reference (PascalCase) name per camelCase field, when the schema re-creates another system. */
  readonly referenceNames?: Readonly<Record<string, string>>;
  /** A note per camelCase field, e.g. a deviation from the reference. */
  readonly notes?: Readonly<Record<string, string>>;
}

function describeField(field: z.ZodType): { type: string; bounds: string } {
  const inner = unwrapSchema(field);
  const def = inner.def as { type: string; entries?: Record<string, string> };
  if (def.type === "number") {
    const n = inner as z.ZodNumber;
    return { type: n.isInt ? "int" : "float", bounds: `[${n.minValue}, ${n.maxValue}]` };
  }
  if (def.type === "boolean") return { type: "bool", bounds: "true / false" };
  if (def.type === "enum") return { type: "enum", bounds: Object.values(def.entries ?? {}).join(" \\| ") };
  if (def.type === "string") return { type: "time", bounds: "HH:MM (ET)" };
  return { type: def.type, bounds: "" };
}

/** The Markdown parameter table a plugin README shows; tests compare the README with it so docs cannot drift. */
export function paramsTableMarkdown(schema: ParamsObjectSchema, opts: ParamsTableOptions = {}): string {
  const defaults = schema.parse({}) as Record<string, unknown>;
  const rows = [
    "| name | reference | type | default | bounds | tunable range | note |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const [name, field] of Object.entries(schema.shape)) {
    const { type, bounds } = describeField(field as z.ZodType);
    const r = tunableRangeOf(field as z.ZodType);
    const tune =
      r === undefined ? "" : `${r.low}–${r.high}${r.step === undefined ? "" : ` step ${r.step}`}${r.log ? " log" : ""}`;
    const ref = opts.referenceNames?.[name] ?? "";
    const note = (opts.notes?.[name] ?? "").replaceAll("|", "\\|");
    rows.push(`| ${name} | ${ref} | ${type} | ${JSON.stringify(defaults[name])} | ${bounds} | ${tune} | ${note} |`);
  }
  return rows.join("\n");
}
