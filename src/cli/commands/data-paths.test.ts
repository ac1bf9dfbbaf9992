import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../../core/data/__fixtures__/temp-files.js";
import { BOOTS, cli, cliFixture } from "./__fixtures__/cli-run.js";

const tmp = tempDir("sk-cli-paths-");
afterAll(() => tmp.cleanup());
const config = ["--config", cliFixture("backtest.config.ts")];
const missing = (name: string) => join(tmp.dir, "no-such", name);

/** Exit 4, a coded data error naming the path and a hint, nothing on stdout, no stack. */
function expectDataError(r: { code: number; stdout: string; stderr: string }, path: string, what: string): void {
  expect(r.stdout).toBe("");
  expect(r.code).toBe(4);
  const lines = r.stderr.trim().split("\n");
  expect(lines[0]).toBe(`SK_DATA_UNREADABLE  ${path}: ${what}`);
  expect(r.stderr).toMatch(/\n {2}hint: (check the path|name one bar file)/);
  expect(r.stderr).not.toMatch(/ENOENT|SK_INTERNAL|stack|\n\s+at /);
}

describe("data paths given on the command line", BOOTS, () => {
  it("backtest --data: a missing file or directory is a coded data error naming the path", async () => {
    const file = missing("ESM26_1m.csv.gz");
    expectDataError(
      await cli(...config, "backtest", "--data", file, "--no-out"),
      file,
      "no such bar file or directory",
    );
    const dir = `${join(tmp.dir, "no-such-dir")}/`;
    expectDataError(await cli(...config, "backtest", "--data", dir, "--no-out"), dir, "no such bar file or directory");
    const unnamed = missing("bars.csv");
    const r = await cli(...config, "backtest", "--data", unnamed, "--no-out");
    expect(r.stderr).toContain("resolved to ");
    expectDataError(r, unnamed, "no such bar file or directory");
  });

  it("data import and data inspect: missing files and directories", async () => {
    const store = join(tmp.dir, "store");
    for (const name of ["ESM26_1m.csv", "no-instrument.csv"]) {
      const file = missing(name);
      expectDataError(await cli(...config, "data", "import", file, "--store", store), file, "no such bar file");
      expectDataError(await cli(...config, "data", "inspect", file, "--store", store), file, "no such bar file");
    }
    const dir = join(tmp.dir, "a-dir");
    mkdirSync(dir);
    expectDataError(
      await cli(...config, "data", "import", dir, "--store", store),
      dir,
      "is a directory, not a bar file",
    );
    expectDataError(
      await cli(...config, "data", "inspect", dir, "--store", store),
      dir,
      "is a directory, not a bar file",
    );
  });

  it("features compute and fit-scaler --data: a missing file", async () => {
    const file = missing("NQM26_1m.csv.gz");
    const out = join(tmp.dir, "f.csv");
    expectDataError(await cli("features", "compute", "--data", file, "--out", out), file, "no such bar file");
    expectDataError(await cli("features", "fit-scaler", "--data", file, "--out", out), file, "no such bar file");
  });
});
