import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { rejection, tempDir } from "../__fixtures__/temp-files.js";
import { importBarFile } from "./import-file.js";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const H = "timestamp,open,high,low,close,volume\n";

describe("importBarFile: CSV", () => {
  it("reads CRLF, a BOM and a trailing newline, gzipped or not", async () => {
    const text = `\uFEFF${H}2026-03-12T06:00:00Z,6770.25,6770.5,6769.75,6770.25,7\r\n2026-03-12T06:01:00Z,6770.25,6771,6770,6771,3\r\n`;
    for (const file of [tmp.write("ESM26_a.csv", text), tmp.writeGz("ESM26_a.csv.gz", text)]) {
      const { bars, report, instrument } = await importBarFile(file);
      expect(instrument).toMatchObject({ root: "ES", contract: "ESM26", year: 2026, month: 6 });
      expect(bars.length).toBe(2);
      expect(bars.time[0]).toBe(Date.UTC(2026, 2, 12, 6, 0));
      expect([bars.open[1], bars.high[1], bars.low[1], bars.close[1], bars.volume[1]]).toEqual([
        6770.25, 6771, 6770, 6771, 3,
      ]);
      expect(report).toMatchObject({ rowsRead: 2, barsKept: 2, findings: [] });
    }
  });

  it("drops and reports bad rows naming file, line and value", async () => {
    const file = tmp.write(
      "ESH26_bad.csv",
      `${H}2026-01-05T14:30:00Z,6800,6801,6799,6800.5,10
2026-01-05T14:31:00Z,abc,6801,6799,6800,5
2026-01-05T14:32:00Z,-6800,6801,6799,6800,5
2026-01-05T14:33:00Z,6800,6799,6801,6800,5
2026-01-05T14:34:00Z,6800,6801,6799
not-a-time,6800,6801,6799,6800,5
2026-01-05T14:35:00,6800,6801,6799,6800,5
2026-01-05T14:36:00Z,6800,6801,6799,6800,5
`,
    );
    const { bars, report } = await importBarFile(file);
    expect(bars.length).toBe(2);
    expect(report.counts).toMatchObject({ unparseable: 4, "non-positive": 1, "inconsistent-ohlc": 1 });
    expect(report.findings.map((f) => [f.line, f.kind, f.action, f.message])).toMatchInlineSnapshot(`
      [
        [
          3,
          "unparseable",
          "dropped",
          "open "abc": not a number",
        ],
        [
          4,
          "non-positive",
          "dropped",
          "price must be > 0 and volume ≥ 0",
        ],
        [
          5,
          "inconsistent-ohlc",
          "dropped",
          "OHLC inconsistent (need low ≤ open, close ≤ high)",
        ],
        [
          6,
          "unparseable",
          "dropped",
          "expected 6 comma-separated fields, found 4",
        ],
        [
          7,
          "unparseable",
          "dropped",
          "timestamp "not-a-time": not an ISO-8601 timestamp",
        ],
        [
          8,
          "unparseable",
          "dropped",
          "timestamp "2026-01-05T14:35:00": timestamp has no time zone (expected Z or an offset)",
        ],
      ]
    `);
    expect(report.findings[0]).toMatchObject({ file, value: "2026-01-05T14:31:00Z,abc,6801,6799,6800,5" });
  });

  it("sorts out-of-order rows, keeps the first duplicate, converts offsets, and reports each", async () => {
    const file = tmp.write(
      "NQM26_mixed.csv",
      `${H}2026-03-16T14:02:00Z,1,1,1,1,1
2026-03-16T14:00:00Z,2,2,2,2,2
2026-03-16T10:01:00-04:00,3,3,3,3,3
2026-03-16T14:02:00Z,4,4,4,4,4
`,
    );
    const { bars, report } = await importBarFile(file);
    expect(Array.from(bars.time, (t) => new Date(t).toISOString().slice(11, 16))).toEqual(["14:00", "14:01", "14:02"]);
    expect(Array.from(bars.open)).toEqual([2, 3, 1]);
    expect(report.counts).toMatchObject({ "out-of-order": 2, duplicate: 1, "non-utc-offset": 1 });
    expect(report.findings.map((f) => `${f.line} ${f.kind} ${f.action} ${f.message}`)).toEqual([
      "3 out-of-order sorted timestamp is earlier than 2026-03-16T14:02:00.000Z on line 2",
      "4 non-utc-offset kept timestamp has UTC offset -04:00; converted to UTC",
      "4 out-of-order sorted timestamp is earlier than 2026-03-16T14:02:00.000Z on line 2",
      "5 duplicate dropped duplicate timestamp; kept line 2",
    ]);
  });

  it("applies a reject policy as a coded error naming file, line and value", async () => {
    const file = tmp.write("ES_x.csv", `${H}2026-01-05T14:30:00Z,6800,6790,6799,6800,10\n`);
    const e = await rejection(importBarFile(file, { symbol: "ES", policy: { "inconsistent-ohlc": "reject" } }));
    expect(e.code).toBe("SK_DATA_REJECTED");
    expect(e.message).toBe(
      `${file}:2: inconsistent-ohlc: OHLC inconsistent (need low ≤ open, close ≤ high) (value 2026-01-05T14:30:00Z,6800,6790,6799,6800,10)`,
    );
    expect(e.line).toBe(2);
  });

  it("keeps rows when the policy says keep, still reporting them", async () => {
    const file = tmp.write("ESZ25_k.csv", `${H}2026-01-05T14:30:00Z,6800,6790,6799,6800,10\n`);
    const { bars, report } = await importBarFile(file, { policy: { "inconsistent-ohlc": "keep" } });
    expect(bars.length).toBe(1);
    expect(report.findings[0]).toMatchObject({ kind: "inconsistent-ohlc", action: "kept", line: 2 });
  });

  it("refuses a wrong header, a truncated gzip and a fake .gz with coded errors naming the file", async () => {
    const wrong = tmp.write("ESH26_h.csv", "time,o,h,l,c,v\n2026-01-05T14:30:00Z,1,1,1,1,1\n");
    const h = await rejection(importBarFile(wrong));
    expect(h.code).toBe("SK_DATA_HEADER");
    expect(h.message).toBe(`${wrong}:1: header is "time,o,h,l,c,v", expected "timestamp,open,high,low,close,volume"`);
    const full = gzipSync(Buffer.from(`${H}${"2026-01-05T14:30:00Z,1,1,1,1,1\n".repeat(5000)}`));
    const truncated = tmp.write("ESH26_t.csv.gz", full.subarray(0, full.length >> 1));
    const t = await rejection(importBarFile(truncated));
    expect(t.code).toBe("SK_DATA_UNREADABLE");
    expect(t.message).toBe(`${truncated}: cannot be read (unexpected end of file)`);
    const fake = tmp.write("ESH26_f.csv.gz", H);
    expect((await rejection(importBarFile(fake))).message).toBe(`${fake}: named .gz but is not gzip data`);
    const missing = `${tmp.dir}/ESH26_missing.csv`;
    expect((await rejection(importBarFile(missing))).code).toBe("SK_DATA_UNREADABLE");
    const empty = tmp.write("ESH26_e.csv", "");
    expect((await rejection(importBarFile(empty))).code).toBe("SK_DATA_HEADER");
  });

  it("caps stored findings per kind but counts them all", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `2026-01-05T14:${String(i).padStart(2, "0")}:00Z,x,1,1,1,1`);
    const file = tmp.write("MES_cap.csv", `${H}${rows.join("\n")}\n`);
    const { report } = await importBarFile(file, { symbol: "MES", maxFindingsPerKind: 10 });
    expect(report.counts.unparseable).toBe(30);
    expect(report.omitted.unparseable).toBe(20);
    expect(report.findings).toHaveLength(10);
  });
});
