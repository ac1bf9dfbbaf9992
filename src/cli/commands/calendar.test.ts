import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { registerCalendarCommands } from "./calendar.js";

let out: string;

beforeEach(() => {
  out = "";
  process.exitCode = undefined;
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(args: string[], stdin?: string): Promise<string[]> {
  const program = new Command();
  program.exitOverride();
  registerCalendarCommands(program, stdin === undefined ? {} : { stdin: Readable.from([stdin]) });
  await program.parseAsync(["node", "sessionkit", ...args]);
  return out.split("\n").filter((l) => l !== "");
}

describe("sessionkit calendar state", () => {
  it("prints one JSON line per instant with exactly the contract keys, in input order", async () => {
    const lines = await run(["calendar", "state", "2026-04-03T13:14:00Z", "2026-04-03T09:15:00-04:00"]);
    expect(lines).toEqual([
      '{"at":"2026-04-03T13:14:00Z","open":true,"reason":"regular","tradeDate":"2026-04-03","clearingDate":"2026-04-06","session":"Overnight","sessionOpen":"2026-04-02T22:00:00.000Z","sessionClose":"2026-04-03T13:15:00.000Z","nextOpen":null}',
      '{"at":"2026-04-03T09:15:00-04:00","open":false,"reason":"early-close","tradeDate":null,"clearingDate":null,"session":null,"sessionOpen":null,"sessionClose":null,"nextOpen":"2026-04-05T22:00:00.000Z"}',
    ]);
    expect(Object.keys(JSON.parse(lines[0]!))).toEqual([
      "at",
      "open",
      "reason",
      "tradeDate",
      "clearingDate",
      "session",
      "sessionOpen",
      "sessionClose",
      "nextOpen",
    ]);
    expect(process.exitCode).toBeUndefined();
  });

  it("reads one instant per line from stdin, reports invalid lines and exits non-zero at the end", async () => {
    const lines = await run(["calendar", "state"], "2025-12-25T15:00:00Z\r\nnot-a-time\n\n2025-12-26T15:00:00Z\n");
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ at: "2025-12-25T15:00:00Z", open: false, reason: "holiday" }),
      {
        at: "not-a-time",
        error: 'SK_TIME_INVALID_INSTANT: at: "not-a-time" is not an ISO-8601 date-time with an offset or Z.',
      },
      expect.objectContaining({ at: "2025-12-26T15:00:00Z", open: true, tradeDate: "2025-12-26", session: "RTH" }),
    ]);
    expect(process.exitCode).toBe(2);
  });

  it("reports an instant before 2014-12-01 as an error line", async () => {
    const lines = await run(["calendar", "state", "2014-11-30T12:00:00Z"]);
    expect(JSON.parse(lines[0]!)).toEqual({
      at: "2014-11-30T12:00:00Z",
      error: expect.stringMatching(/^SK_TIME_OUT_OF_RANGE: /),
    });
    expect(process.exitCode).toBe(2);
  });
});

describe("sessionkit calendar days", () => {
  it("prints JSON lines with --json, closures included", async () => {
    const lines = await run(["calendar", "days", "--from", "2025-12-24", "--to", "2025-12-26", "--json"]);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      {
        tradeDate: "2025-12-24",
        weekday: "Wed",
        kind: "early-close",
        closed: false,
        open: "2025-12-23T23:00:00.000Z",
        close: "2025-12-24T18:15:00.000Z",
        clearingDate: "2025-12-24",
        name: "Christmas Eve",
      },
      {
        tradeDate: "2025-12-25",
        weekday: "Thu",
        kind: "closure",
        closed: true,
        open: null,
        close: null,
        clearingDate: null,
        name: "Christmas Day",
      },
      {
        tradeDate: "2025-12-26",
        weekday: "Fri",
        kind: "regular",
        closed: false,
        open: "2025-12-25T23:00:00.000Z",
        close: "2025-12-26T22:00:00.000Z",
        clearingDate: "2025-12-26",
        name: null,
      },
    ]);
  });

  it("prints a readable table without --json", async () => {
    const lines = await run(["calendar", "days", "--from", "2026-04-02", "--to", "2026-04-06"]);
    expect(lines.join("\n")).toMatchInlineSnapshot(`
      "trade date  day  kind         open (UTC)                close (UTC)               clearing    name
      2026-04-02  Thu  regular      2026-04-01T22:00:00.000Z  2026-04-02T21:00:00.000Z  2026-04-02
      2026-04-03  Fri  jobs-report  2026-04-02T22:00:00.000Z  2026-04-03T13:15:00.000Z  2026-04-06  Good Friday (jobs report)
      2026-04-06  Mon  regular      2026-04-05T22:00:00.000Z  2026-04-06T21:00:00.000Z  2026-04-06"
    `);
  });

  it("rejects a bad date with a coded error", async () => {
    await expect(run(["calendar", "days", "--from", "2026-4-2", "--to", "2026-04-06"])).rejects.toMatchObject({
      code: "SK_TIME_INVALID_DATE",
    });
  });

  it("adds a user's special-days file with --special-days", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "sk-cal-")), "extra.json");
    const entry = { date: "2026-03-18", kind: "mourning-0930", name: "Day of mourning", source: "test" };
    writeFileSync(file, JSON.stringify({ version: 1, entries: [entry] }));
    const days = await run([
      "calendar",
      "days",
      "--from",
      "2026-03-18",
      "--to",
      "2026-03-18",
      "--json",
      "--special-days",
      file,
    ]);
    expect(JSON.parse(days[0]!)).toMatchObject({ kind: "mourning", close: "2026-03-18T13:30:00.000Z" });
    out = "";
    const state = await run(["calendar", "state", "--special-days", file, "2026-03-18T14:00:00Z"]);
    expect(JSON.parse(state[0]!)).toMatchObject({ open: false, reason: "early-close" });
  });
});
