import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { formatValue, fromZodError, SessionkitError } from "../errors/index.js";
import { tryParseIsoDate, weekdayOf } from "./civil-date.js";

/** How a special day changes the CME Globex equity schedule (SPEC §1). Times are ET. */
export const SPECIAL_DAY_KINDS = [
  "full-closure",
  "holiday-halt-1300",
  "early-close-1315",
  "jobs-report-good-friday-0915",
  "mourning-0930",
] as const;
export type SpecialDayKind = (typeof SPECIAL_DAY_KINDS)[number];

export interface SpecialDay {
  /** The calendar date (ET) the rule applies to, YYYY-MM-DD; for closes it is the trade date that is shortened. */
  readonly date: string;
  readonly kind: SpecialDayKind;
  readonly name: string;
  /** Where the entry was checked (exchange notice, library, SPEC) or "rules" for projected entries. */
  readonly source: string;
}

export interface SpecialDayTable {
  readonly version: number;
  /** Years the table lists completely; outside them the holiday rules project the special days. */
  readonly coverage: { readonly from: number; readonly to: number };
  readonly entries: readonly SpecialDay[];
  /** The file it was read from, for error messages ("<inline>" for entries passed in code). */
  readonly file: string;
}

const EntrySchema = z.strictObject({
  date: z.string().refine((s) => tryParseIsoDate(s) !== undefined, "expected a real YYYY-MM-DD date"),
  kind: z.enum(SPECIAL_DAY_KINDS),
  name: z.string().min(1),
  source: z.string().min(1),
});

const TableSchema = z.object({
  version: z.number().int().min(1),
  coverage: z.strictObject({ from: z.number().int(), to: z.number().int() }).optional(),
  entries: z.array(z.unknown()),
});

function invalid(file: string, path: string, value: unknown, problem: string): SessionkitError {
  return new SessionkitError(
    "SK_CALENDAR_TABLE_INVALID",
    `${file}: ${path} ${problem} (received ${formatValue(value)}).`,
    { file, path, value },
  );
}

/** Validates one entry; the error names the file, the entry index, the field and the value. */
export function validateSpecialDay(raw: unknown, index: number, file: string): SpecialDay {
  const r = EntrySchema.safeParse(raw);
  if (!r.success) {
    throw fromZodError(
      "SK_CALENDAR_TABLE_INVALID",
      `${file}: entries[${index}] is not a valid special day.`,
      r.error,
      raw,
      {
        file,
        prefix: `entries[${index}]`,
      },
    );
  }
  const day = r.data;
  const weekday = weekdayOf(tryParseIsoDate(day.date)!);
  if (weekday === 0 || weekday === 6) {
    throw invalid(file, `entries[${index}].date`, day.date, "falls on a weekend; special days must be weekdays");
  }
  return day;
}

/** Validates a parsed table document (the JSON file's content). */
export function parseSpecialDayTable(doc: unknown, file: string): SpecialDayTable {
  const r = TableSchema.safeParse(doc);
  if (!r.success) {
    throw fromZodError("SK_CALENDAR_TABLE_INVALID", `${file}: not a special-days table.`, r.error, doc, { file });
  }
  const entries = r.data.entries.map((e, i) => validateSpecialDay(e, i, file));
  assertUniqueDates(entries, file);
  const coverage = r.data.coverage ?? { from: 0, to: -1 };
  return { version: r.data.version, coverage, entries, file };
}

function assertUniqueDates(entries: readonly SpecialDay[], file: string): void {
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const first = seen.get(e.date);
    if (first !== undefined) {
      throw invalid(file, `entries[${i}].date`, e.date, `repeats the date of entries[${first}]`);
    }
    seen.set(e.date, i);
  });
}

/** Reads and validates a special-days JSON file. */
export function loadSpecialDayTable(file: string): SpecialDayTable {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new SessionkitError("SK_CALENDAR_TABLE_UNREADABLE", `${file}: cannot read the special-days table.`, {
      file,
      cause,
    });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    throw new SessionkitError("SK_CALENDAR_TABLE_UNREADABLE", `${file}: the special-days table is not valid JSON.`, {
      file,
      cause,
    });
  }
  return parseSpecialDayTable(doc, file);
}

/**
 * The built-in table ships in src/core/market-time/data (listed in package.json `files`), so it is found
 * from the sources (tests) and from dist/core/market-time (the published build) alike.
 */
export function builtinSpecialDaysPath(): string {
  const fromSource = new URL("./data/cme-special-days.json", import.meta.url);
  const fromDist = new URL("../../../src/core/market-time/data/cme-special-days.json", import.meta.url);
  const fromDistPath = fileURLToPath(fromDist);
  return existsSync(fileURLToPath(fromSource)) || !existsSync(fromDistPath) ? fileURLToPath(fromSource) : fromDistPath;
}

let builtin: SpecialDayTable | undefined;

/** The built-in CME table, read and validated once per process. */
export function builtinSpecialDayTable(): SpecialDayTable {
  builtin ??= loadSpecialDayTable(builtinSpecialDaysPath());
  return builtin;
}
