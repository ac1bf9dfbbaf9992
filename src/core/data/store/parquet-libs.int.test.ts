// The built package (dist/, `npm test` builds first) in a fresh process: only there is nothing else
// loaded, so what importing the SDK pulls in can be seen.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const LAZY = ["apache-arrow", "parquet-wasm", "jiti"];
const srcRoot = fileURLToPath(new URL("../../..", import.meta.url));
const distIndex = fileURLToPath(new URL("../../../../dist/index.js", import.meta.url));

const script = `
import { createRequire } from "node:module";
const sk = await import(${JSON.stringify(distIndex)});
const cache = createRequire(import.meta.url).cache;
const loaded = () => Object.keys(cache).filter((k) => /[\\\\/](apache-arrow|parquet-wasm)[\\\\/]/.test(k)).length;
const afterImport = loaded();
const bars = sk.synthBars({ symbol: "ES", from: "2024-03-04", to: "2024-03-05", seed: 1 });
const back = sk.decodeBarsParquet(sk.encodeBarsParquet(bars), "mem.parquet");
console.log(JSON.stringify({ afterImport, afterParquet: loaded(), same: back.length === bars.length }));
`;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "__tests__" ? [] : sourceFiles(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}

describe("libraries loaded on first use", () => {
  it("no source module imports apache-arrow, parquet-wasm or jiti as a value at load time", () => {
    const eager = sourceFiles(srcRoot).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return LAZY.filter((lib) => new RegExp(`^import (?!type )[^;]*from "${lib}";`, "m").test(text)).map(
        (lib) => `${file.slice(srcRoot.length)}: ${lib}`,
      );
    });
    expect(eager).toEqual([]);
  });

  it("importing sessionkit loads no Parquet library; the first Parquet round trip loads them", () => {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout.trim().split("\n").at(-1) as string);
    expect(out).toEqual({ afterImport: 0, afterParquet: expect.any(Number), same: true });
    expect(out.afterParquet).toBeGreaterThan(0);
  });
});
