import { afterAll, describe, expect, it } from "vitest";
import type { SessionkitError } from "../../errors/index.js";
import { tempDir } from "../__fixtures__/temp-files.js";
import { parseContract, resolveInstrument } from "./instrument.js";

const tmp = tempDir("sk-instr-");
afterAll(() => tmp.cleanup());

describe("resolveInstrument", () => {
  it("reads <ROOT><H|M|U|Z><yy> from the file name, never taking MES for ES or MNQ for NQ", () => {
    expect(resolveInstrument("/x/MESH24_1m.csv.gz")).toMatchObject({
      root: "MES",
      contract: "MESH24",
      year: 2024,
      month: 3,
      source: "file-name",
    });
    expect(resolveInstrument("ESH24_1m.csv.gz")).toMatchObject({ root: "ES", contract: "ESH24" });
    expect(resolveInstrument("MNQU25.csv")).toMatchObject({ root: "MNQ", month: 9, year: 2025 });
    expect(resolveInstrument("nqz25-export.txt")).toMatchObject({ root: "NQ", contract: "NQZ25" });
    expect(parseContract("ESX24_1m.csv")).toBeUndefined(); // X is not a quarterly month
    expect(parseContract("ESH2024.csv")).toBeUndefined();
  });

  it("prefers --symbol (root or contract) over the file name", () => {
    expect(resolveInstrument("ESH24_1m.csv.gz", "mes")).toMatchObject({
      root: "MES",
      contract: undefined,
      source: "option",
    });
    expect(resolveInstrument("data.csv", "NQM26")).toMatchObject({ root: "NQ", contract: "NQM26", source: "option" });
    expect(() => resolveInstrument("data.csv", "YM")).toThrow(
      '--symbol "YM" is not ES, NQ, MES, MNQ or a contract like ESM26',
    );
  });

  it("falls back to manifest.json beside the file, else a coded error naming the file", () => {
    tmp.write(
      "manifest.json",
      JSON.stringify([
        { file: "mes.csv", instrument: "MES", contract: "MESZ25" },
        { file: "nq.csv", instrument: "NQ" },
      ]),
    );
    expect(resolveInstrument(`${tmp.dir}/mes.csv`)).toMatchObject({
      root: "MES",
      contract: "MESZ25",
      source: "manifest",
    });
    expect(resolveInstrument(`${tmp.dir}/nq.csv`)).toMatchObject({
      root: "NQ",
      contract: undefined,
      source: "manifest",
    });
    try {
      resolveInstrument(`${tmp.dir}/other.csv`);
      expect.unreachable();
    } catch (e) {
      expect((e as SessionkitError).code).toBe("SK_DATA_INSTRUMENT_UNKNOWN");
      expect((e as SessionkitError).message).toBe(
        `${tmp.dir}/other.csv: no --symbol, the file name does not start with <ROOT><H|M|U|Z><yy>, and no manifest.json entry names it`,
      );
    }
  });
});
