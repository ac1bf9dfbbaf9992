// backtest.cold_process (SPEC §12): wall time of a fresh `sessionkit backtest --strategy S2 --data
// ESM26_1m.csv.gz --json` process. The first run may fill the bar cache; the median of the rest is reported,
// with the first (cache-cold) run as its own line.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist/cli/main.js");
const data = join(root, "../shared/data/cme-1m/ESM26_1m.csv.gz");

function once(env) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, "backtest", "--strategy", "S2", "--data", data, "--json", "--no-out"], {
    cwd: tmpdir(),
    env,
    encoding: "utf8",
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`backtest exited ${r.status}: ${r.stderr}`);
  JSON.parse(r.stdout.trim().split("\n").at(-1));
  return ms;
}

export async function run(report) {
  const env = { ...process.env, SESSIONKIT_CACHE_DIR: mkdtempSync(join(tmpdir(), "sk-bench-cache-")) };
  report({ name: "backtest.cold_process.cache_cold", value: once(env), unit: "ms", n: 1 });
  const times = [once(env), once(env), once(env), once(env), once(env)].sort((a, b) => a - b);
  report({ name: "backtest.cold_process", value: times[2] / 1000, unit: "s", n: times.length });
}
