import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isSessionkitError } from "../errors/index.js";
import { createCmeCalendar } from "./cme-calendar.js";
import { projectSpecialDays } from "./holiday-rules.js";
import { MarketClock } from "./market-clock.js";
import {
  builtinSpecialDayTable,
  loadSpecialDayTable,
  parseSpecialDayTable,
  SPECIAL_DAY_KINDS,
} from "./special-days.js";

const table = builtinSpecialDayTable();

/** The only entries an exchange notice decides, so the rules cannot project them (SPEC §1). */
const TABLE_ONLY = new Map([
  ["2015-04-03", "jobs-report-good-friday-0915"],
  ["2018-12-05", "mourning-0930"],
  ["2021-04-02", "jobs-report-good-friday-0915"],
  ["2023-04-07", "jobs-report-good-friday-0915"],
  ["2025-01-09", "mourning-0930"],
  ["2026-04-03", "jobs-report-good-friday-0915"],
]);

function errorOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (isSessionkitError(e))
      return { code: e.code, details: e.details, message: e.message, path: e.path, value: e.value };
    throw e;
  }
  throw new Error("expected an error");
}

describe("built-in special-days table", () => {
  it("is versioned, covers 2015–2027, and every entry names its source", () => {
    expect(table.version).toBe(1);
    expect(table.coverage).toEqual({ from: 2015, to: 2027 });
    expect(table.entries.length).toBe(150);
    for (const e of table.entries) expect(e.source.length).toBeGreaterThan(10);
    expect(new Set(table.entries.map((e) => e.kind))).toEqual(new Set(SPECIAL_DAY_KINDS));
  });

  for (let year = 2015; year <= 2027; year++) {
    it(`${year}: table equals the rules except jobs-report Good Fridays and days of mourning`, () => {
      const fromTable = table.entries
        .filter((e) => e.date.startsWith(String(year)) && !(TABLE_ONLY.get(e.date) === "mourning-0930"))
        .map(
          (e) =>
            `${e.date} ${TABLE_ONLY.has(e.date) ? "full-closure" : e.kind} ${e.name.replace(" (jobs report)", "")}`,
        );
      const fromRules = projectSpecialDays(year).map((e) => `${e.date} ${e.kind} ${e.name}`);
      expect(fromTable).toEqual(fromRules);
    });
  }

  it("lists each table-only entry with its SPEC kind", () => {
    for (const [date, kind] of TABLE_ONLY) expect(table.entries.find((e) => e.date === date)?.kind).toBe(kind);
  });

  it("the rules project later years (2028: Good Friday April 14, Juneteenth Monday, July 3 early close)", () => {
    const days = projectSpecialDays(2028).map((e) => `${e.date} ${e.kind}`);
    expect(days).toContain("2028-04-14 full-closure");
    expect(days).toContain("2028-06-19 holiday-halt-1300");
    expect(days).toContain("2028-07-03 early-close-1315");
    expect(days).toContain("2028-12-25 full-closure");
    const clock = new MarketClock(createCmeCalendar());
    expect(clock.state("2028-04-14T16:00:00Z").reason).toBe("holiday");
    expect(clock.state("2028-11-23T18:30:00Z").reason).toBe("early-close"); // Thanksgiving 13:30 ET
  });
});

describe("table validation", () => {
  const entry = { date: "2026-05-25", kind: "holiday-halt-1300", name: "Memorial Day", source: "test" };
  const doc = (entries: unknown[]) => ({ version: 1, coverage: { from: 2026, to: 2026 }, entries });

  it("names the file, entry index, field and value of a bad entry", () => {
    const bad = (entries: unknown[]) => errorOf(() => parseSpecialDayTable(doc(entries), "x.json"));
    expect(bad([entry, { ...entry, date: "2026-05-26", kind: "half-day" }])).toMatchInlineSnapshot(`
      {
        "code": "SK_CALENDAR_TABLE_INVALID",
        "details": [
          "entries[1].kind: expected one of "full-closure"|"holiday-halt-1300"|"early-close-1315"|"jobs-report-good-friday-0915"|"mourning-0930" (received "half-day")",
        ],
        "message": "x.json: entries[1] is not a valid special day.",
        "path": "entries[1].kind",
        "value": "half-day",
      }
    `);
    expect(bad([{ ...entry, date: "2026-02-30" }]).details).toEqual([
      'entries[0].date: expected a real YYYY-MM-DD date (received "2026-02-30")',
    ]);
    expect(bad([{ ...entry, date: "2026-05-23" }]).message).toBe(
      'x.json: entries[0].date falls on a weekend; special days must be weekdays (received "2026-05-23").',
    );
    expect(bad([entry, entry]).message).toBe(
      'x.json: entries[1].date repeats the date of entries[0] (received "2026-05-25").',
    );
    expect(bad([{ ...entry, note: 1 }]).details).toEqual(["entries[0].note: unknown key"]);
    const { name: _name, ...noName } = entry;
    expect(bad([noName])).toMatchObject({
      path: "entries[0].name",
      details: [expect.stringMatching(/received missing/)],
    });
    expect(errorOf(() => parseSpecialDayTable({ entries: [] }, "x.json"))).toMatchObject({
      message: "x.json: not a special-days table.",
      path: "version",
    });
  });

  it("reports unreadable and non-JSON files", () => {
    const dir = mkdtempSync(join(tmpdir(), "sk-days-"));
    expect(errorOf(() => loadSpecialDayTable(join(dir, "missing.json"))).code).toBe("SK_CALENDAR_TABLE_UNREADABLE");
    writeFileSync(join(dir, "bad.json"), "{ nope");
    expect(errorOf(() => loadSpecialDayTable(join(dir, "bad.json"))).message).toBe(
      `${join(dir, "bad.json")}: the special-days table is not valid JSON.`,
    );
  });
});

describe("extending the calendar", () => {
  it("extra entries add or replace special days by date", () => {
    const clock = new MarketClock(
      createCmeCalendar({
        extraSpecialDays: [
          { date: "2026-03-18", kind: "mourning-0930", name: "Hypothetical day of mourning", source: "test" },
          { date: "2026-12-24", kind: "full-closure", name: "Christmas Eve closure", source: "test" },
        ],
      }),
    );
    expect(clock.state("2026-03-18T13:30:00Z").reason).toBe("early-close");
    expect(clock.tradingDays("2026-12-24", "2026-12-24")[0]).toMatchObject({ kind: "closure", closed: true });
    expect(clock.state("2026-12-23T23:00:00Z").reason).toBe("holiday");
  });

  it("extra entries are validated and an extra file is read", () => {
    expect(
      errorOf(() =>
        createCmeCalendar({
          extraSpecialDays: [{ date: "2026-03-21", kind: "mourning-0930", name: "x", source: "y" }],
        }),
      ),
    ).toMatchObject({
      path: "entries[0].date",
      message: expect.stringMatching(/^extraSpecialDays: entries\[0\]\.date falls on a weekend/),
    });
    const dir = mkdtempSync(join(tmpdir(), "sk-days-"));
    const file = join(dir, "extra.json");
    writeFileSync(
      file,
      JSON.stringify({ version: 1, entries: [{ date: "2030-03-20", kind: "mourning-0930", name: "x", source: "y" }] }),
    );
    const clock = new MarketClock(createCmeCalendar({ extraSpecialDays: file }));
    expect(clock.tradingDays("2030-03-20", "2030-03-20")[0]?.kind).toBe("mourning");
  });

  it("rules only (specialDays: false) drops the notice-only days", () => {
    const clock = new MarketClock(createCmeCalendar({ specialDays: false }));
    expect(clock.state("2025-01-09T15:00:00Z").open).toBe(true);
    expect(clock.state("2026-04-03T12:00:00Z").reason).toBe("holiday");
  });
});
