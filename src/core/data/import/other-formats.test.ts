import { afterAll, describe, expect, it } from "vitest";
import { rejection, tempDir } from "../__fixtures__/temp-files.js";
import { importBarFile } from "./import-file.js";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe("importBarFile: NinjaTrader and ProjectX", () => {
  it("reads NinjaTrader stamps as bar END time and subtracts 60 s", async () => {
    const file = tmp.write(
      "MNQ 06-26.Last.txt",
      "20260312 060100;24000.25;24001;23999.5;24000;12\r\n20260312 060200;24000;24000.5;23999;24000.5;4\r\n",
    );
    const { bars, format } = await importBarFile(file, { symbol: "MNQM26" });
    expect(format).toBe("ninjatrader");
    expect(new Date(bars.time[0]!).toISOString()).toBe("2026-03-12T06:00:00.000Z");
    expect(bars.close[1]).toBe(24000.5);
    const bad = tmp.write("x.txt", "timestamp,open\n");
    expect((await rejection(importBarFile(bad, { symbol: "ES" }))).code).toBe("SK_DATA_HEADER");
  });

  it("reads ProjectX JSON newest first into ascending bars", async () => {
    const json = JSON.stringify(
      {
        bars: [
          { t: "2025-12-01T15:02:00+00:00", o: 6800.25, h: 6801, l: 6800, c: 6800.5, v: 10 },
          { t: "2025-12-01T15:01:00+00:00", o: 6800, h: 6800.5, l: 6799.75, c: 6800.25, v: 7 },
          { t: "2025-12-01T15:00:00+00:00", o: 6799, h: 6800, l: 6798, c: "oops", v: 3 },
        ],
        success: true,
        errorCode: 0,
        errorMessage: null,
      },
      null,
      1,
    );
    const file = tmp.write("ESZ25_px.json", json);
    const { bars, report } = await importBarFile(file);
    expect(Array.from(bars.close)).toEqual([6800.25, 6800.5]);
    expect(report.findings).toMatchObject([{ kind: "unparseable", line: 19, message: 'c "oops": not a number' }]);
    const notBars = tmp.write("ESZ25_nb.json", '{"success":false}');
    expect((await rejection(importBarFile(notBars))).message).toBe(
      `${notBars}: not a ProjectX bars file (no "bars" array)`,
    );
    const cut = tmp.write("ESZ25_cut.json", json.slice(0, 120));
    expect((await rejection(importBarFile(cut))).code).toBe("SK_DATA_UNREADABLE");
  });
});
