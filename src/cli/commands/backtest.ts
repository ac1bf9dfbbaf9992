import { type Command, Option } from "commander";
import { runBacktest } from "../../core/backtest/engine.js";
import type { BacktestOptions } from "../../core/backtest/options.js";
import { registryColumns } from "../../core/backtest/prepare.js";
import { toJson } from "../../core/backtest/report/metrics-json.js";
import { backtestMetrics, combinedMetrics } from "../../core/backtest/result-metrics.js";
import { DataLoaderToken } from "../../core/data/loader.js";
import { featureSource } from "../../core/features/source.js";
import { FeatureExternalsToken, FeatureRegistryToken } from "../../core/features/tokens.js";
import type { Kernel } from "../../core/kernel/index.js";
import { MarketClockToken } from "../../core/market-time/tokens.js";
import { ParamsToken } from "../../core/params/service.js";
import { amountArg, choiceArg, dateArg, integerArg } from "../arg-parsers.js";
import { withBot } from "../context.js";
import { loadBacktestData } from "./backtest-data.js";
import { metricsJson, runJson, type StrategyRun, summaryTable, writeReports } from "./backtest-output.js";
import { feedPeer } from "./backtest-peer.js";
import { pickStrategies } from "./backtest-pick.js";
import { backtestSettings, describeSettings, engineOptions } from "./backtest-settings.js";

interface BacktestCliOptions {
  strategy?: string;
  data?: string;
  synthetic?: boolean;
  symbol?: string;
  from?: string;
  to?: string;
  out: string | false;
  json?: boolean;
  guard?: boolean;
  equity?: number;
  qty?: number;
  commission?: number;
  slippage?: number;
  intrabar?: "adverse" | "favorable";
  seed: number;
}

const log = (s: string) => process.stderr.write(`${s}\n`);

/** Binds hooks.strategy.signal (keyed by id) and hooks.strategy.sizing when plugins tapped them. */
function hooksFor(kernel: Kernel, id: string): BacktestOptions["hooks"] {
  const signal = kernel.hooks.strategy.signal.get(id);
  const sizing = kernel.hooks.strategy.sizing;
  return {
    ...(signal !== undefined && signal.taps.length > 0 && { signal: (ctx) => signal.call(ctx) }),
    ...(sizing.taps.length > 0 && { sizing: (ctx) => sizing.call(ctx) }),
  };
}

async function runCommand(kernel: Kernel, o: BacktestCliOptions): Promise<void> {
  const deps = { loader: kernel.resolve(DataLoaderToken), clock: kernel.resolve(MarketClockToken) };
  const data = await loadBacktestData(
    {
      ...(o.data !== undefined && { data: o.data }),
      ...(o.synthetic !== undefined && { synthetic: o.synthetic }),
      ...(o.symbol !== undefined && { symbol: o.symbol }),
      ...(o.from !== undefined && { from: o.from }),
      ...(o.to !== undefined && { to: o.to }),
      seed: o.seed,
    },
    deps,
  );
  const { bars, labels } = data;
  const chosen = pickStrategies(kernel, o.strategy, bars.symbol);
  const peerNote = await feedPeer(kernel, chosen, data, deps);
  if (peerNote !== undefined) log(peerNote);
  // the bot's feature registry (built-ins plus plugin features) and external inputs (order book, regime)
  const externals = kernel.resolve(FeatureExternalsToken).externalsFor(bars.symbol, bars);
  const features = registryColumns(kernel.resolve(FeatureRegistryToken), featureSource(bars, labels, externals));
  const settings = backtestSettings(o, kernel.config.backtest, bars.symbol);
  const startingEquity = settings.startingEquity;
  log(`backtest: ${bars.symbol}: ${describeSettings(settings)}`);
  // The bot's parameters: the provider chain (current file, last-known-good, schema defaults).
  const params = await kernel.resolve(ParamsToken).runtime();
  const runs: StrategyRun[] = chosen.map((reg) => {
    const t0 = performance.now();
    const result = runBacktest(
      { strategy: reg.strategy, bars, labels, features, params: params.current(reg.strategy.id) },
      {
        ...engineOptions(settings),
        sessions: reg.sessions,
        guard: o.guard === true,
        ...(data.entryFrom !== undefined && { entryFrom: data.entryFrom }),
        hooks: hooksFor(kernel, reg.strategy.id),
      },
    );
    log(
      `backtest: ${reg.strategy.id} on ${bars.symbol}: ${result.trades.length} trades in ${(performance.now() - t0).toFixed(1)} ms`,
    );
    const tradeDates = result.tradeDates.filter((d) => o.from === undefined || d >= Number(o.from.replaceAll("-", "")));
    return {
      result: { ...result, tradeDates },
      metrics: backtestMetrics({ ...result, tradeDates }),
      source: data.source,
      time: bars.time,
      settings,
    };
  });
  if (o.out !== false) for (const f of writeReports(o.out, runs)) log(`backtest: wrote ${f}`);
  if (o.json) {
    // several strategies: one book over the same bars, with the single-strategy definitions
    const book =
      runs.length === 1
        ? (runs[0] as StrategyRun).metrics
        : combinedMetrics(
            runs.map((r) => r.result),
            startingEquity,
          );
    process.stdout.write(
      `${toJson({ trades: book.overall.trades, settings, ...metricsJson(book), strategies: runs.map(runJson) })}\n`,
    );
  } else {
    process.stdout.write(summaryTable(runs));
  }
}

/** `sessionkit backtest` (SPEC §6, §11). */
export function registerBacktestCommand(program: Command): void {
  program
    .command("backtest")
    .description("event-exact backtest of registered strategies on a bar file, a directory or synthetic bars")
    .option("-s, --strategy <id>", "strategy id (S2|S3|S6|S11, case-insensitive); default: every registered one")
    .option("-d, --data <file|dir>", "bar file (CSV/CSV.gz, NinjaTrader .txt, ProjectX .json) or directory")
    .addOption(new Option("--synthetic", "use seeded synthetic bars (the default without --data)").conflicts("data"))
    .option("--symbol <root>", "ES|NQ|MES|MNQ (default: from the file name; ES for synthetic)")
    .option(
      "--from <date>",
      "first trade date to enter on, YYYY-MM-DD (earlier bars warm indicators up)",
      dateArg("--from"),
    )
    .option("--to <date>", "last trade date, YYYY-MM-DD", dateArg("--to"))
    .option("--out <dir>", "write trades CSV, metrics JSON and report.html here", "backtest-out")
    .option("--no-out", "write no files")
    .option(
      "--equity <usd>",
      "starting equity in dollars (default: the config's backtest.startingEquity, else 50000)",
      amountArg("--equity", { positive: true }),
    )
    .option(
      "--qty <contracts>",
      "fixed position size (default: backtest.qty, else 1; a signal's own qty and the sizing hook still apply)",
      integerArg("--qty", 1),
    )
    .option(
      "--commission <usd>",
      "commission and fees per contract per side (default: the config's backtest costs, else $2.25 E-mini, $0.62 micro)",
      amountArg("--commission", { positive: false }),
    )
    .option(
      "--slippage <ticks>",
      "ticks lost on every market-type fill (default: the config's backtest costs, else 1)",
      integerArg("--slippage", 0),
    )
    .option(
      "--intrabar <rule>",
      "stop and target inside one bar: adverse | favorable fills first (default: backtest.intrabar, else adverse)",
      choiceArg("--intrabar", ["adverse", "favorable"] as const),
    )
    .option("--seed <n>", "seed of the synthetic bars (an integer)", integerArg("--seed"), 1)
    .option(
      "--json",
      "print one JSON object (trades, settings, metrics, sessions, daily, strategies) instead of the table",
    )
    .option("--guard", "guarded mode: frozen inputs, every signal's invariants checked")
    .action(async (opts: BacktestCliOptions, cmd: Command) => {
      await withBot(cmd, "backtest", (kernel) => runCommand(kernel, opts));
    });
}
