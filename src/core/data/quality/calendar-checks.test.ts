import { afterAll, describe, expect, it } from "vitest";
import { defaultMarketClock } from "../../market-time/index.js";
import { tempDir } from "../__fixtures__/temp-files.js";
import { importBarFile } from "../import/import-file.js";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const clock = defaultMarketClock();
const H = "timestamp,open,high,low,close,volume\n";
const row = (iso: string) => `${iso},6800,6801,6799,6800,3`;

describe("calendar checks (CME MarketClock)", () => {
  // 2026-03-13 is a Friday: 21:00Z = 17:00 EDT, the weekend close. Saturday 12:00Z is closed.
  const text = `${H}${[
    row("2026-03-13T20:58:00Z"),
    row("2026-03-13T20:59:00Z"),
    row("2026-03-14T12:00:00Z"),
    row("2026-03-15T22:00:00Z"), // Sunday 18:00 EDT: the week's open
    row("2026-03-16T13:30:00Z"), // Monday 09:30 EDT: 929 open minutes with no bar
  ].join("\n")}\n`;

  it("keeps and reports bars in closed market time and gaps longer than allowed", async () => {
    const file = tmp.write("ESM26_cal.csv", text);
    const { bars, report } = await importBarFile(file, { calendar: clock });
    expect(bars.length).toBe(5);
    expect(report.findings.map((f) => `${f.line} ${f.kind} ${f.action} ${f.value} ${f.message}`)).toEqual([
      "4 closed-market kept 2026-03-14T12:00:00.000Z bar in closed market time",
      "6 gap kept 2026-03-16T13:30:00.000Z 929 open-market minutes without a bar since 2026-03-15T22:00:00.000Z (allowed 15)",
    ]);
  });

  it("drops closed-market bars under a drop policy and honours the gap threshold", async () => {
    const file = tmp.write("ESM26_cal2.csv", text);
    const { bars, report } = await importBarFile(file, {
      calendar: clock,
      policy: { "closed-market": "drop" },
      maxMissingOpenMinutes: 1000,
    });
    expect(bars.length).toBe(4);
    expect(report.counts).toMatchObject({ "closed-market": 1, gap: 0 });
    expect(report.findings[0]).toMatchObject({ action: "dropped", line: 4 });
  });

  it("works with any DataCalendar, e.g. a fake that is open only on even hours", async () => {
    const fake = {
      isOpen: (ms: number) => Math.floor(ms / 3_600_000) % 2 === 0,
      labelBars: (time: Float64Array) => {
        const open = Uint8Array.from(time, (t) => (Math.floor(t / 3_600_000) % 2 === 0 ? 1 : 0));
        return { ...clock.labelBars(time), open };
      },
    };
    const file = tmp.write("ESM26_fake.csv", `${H}${row("2026-03-16T00:00:00Z")}\n${row("2026-03-16T01:00:00Z")}\n`);
    const { report } = await importBarFile(file, { calendar: fake });
    // 00:01-00:59 are open for the fake and have no bar: a 59-minute gap; 01:00 is closed.
    expect(report.findings.map((f) => `${f.line} ${f.kind}`)).toEqual(["3 closed-market", "3 gap"]);
  });
});
