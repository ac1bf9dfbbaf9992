import { type Command, Option } from "commander";
import { dateArg, integerArg } from "../arg-parsers.js";
import { botDataDir } from "../context.js";
import { runDataDownload } from "./data-download.js";
import { runDataImport } from "./data-import.js";
import { runDataInspect } from "./data-inspect.js";
import { runDataSynth } from "./data-synth.js";

const write = (s: string) => process.stdout.write(s);
const out = (s: string) => write(s.endsWith("\n") ? s : `${s}\n`);
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Registers `data import|inspect|download|synth` (SPEC §2, §11). Results go to stdout, logs to stderr. */
export function registerDataCommands(program: Command): void {
  const data = program.command("data").description("import, inspect, download and synthesise 1-minute bars");

  data
    .command("import")
    .description("import CSV/CSV.gz, NinjaTrader .txt or ProjectX .json bar files into the bar store")
    .argument("<files...>", "bar files")
    .option(
      "--symbol <symbol>",
      "root (ES, NQ, MES, MNQ) or contract (ESM26); default: from the file name or manifest.json",
    )
    .option("--store <dir>", "bar store directory (default: the config's data.dir, else ./data)")
    .option(
      "--on <kind=action...>",
      "quality policy override, e.g. --on duplicate=reject gap=keep (see core/data/README.md)",
    )
    .option("--json", "print one JSON object")
    .action(
      async (
        files: string[],
        opts: { symbol?: string; store?: string; on?: string[]; json?: boolean },
        cmd: Command,
      ) => {
        out(await runDataImport(files, { ...opts, store: opts.store ?? (await botDataDir(cmd)) }));
      },
    );

  data
    .command("inspect")
    .description("bar count, ranges, bars per session and quality findings of a file or a stored symbol")
    .argument("<target>", "a bar file, or a symbol (ES, NQ, MES, MNQ) in the store")
    .option("--symbol <symbol>", "instrument of the file when its name does not say")
    .option("--store <dir>", "bar store directory (default: the config's data.dir, else ./data)")
    .option("--limit <n>", "findings shown in text output", integerArg("--limit", 0), 50)
    .option("--json", "print one JSON object")
    .action(
      async (
        target: string,
        opts: { symbol?: string; store?: string; limit: number; json?: boolean },
        cmd: Command,
      ) => {
        const store = opts.store ?? (await botDataDir(cmd));
        out(await runDataInspect(target, { ...opts, store }));
      },
    );

  data
    .command("download")
    .description("download 1-minute history from ProjectX (TopstepX) into the bar store; resumes if interrupted")
    .requiredOption("--symbol <symbol>", "ES, NQ, MES or MNQ (the active contract is used)")
    .option("--days <n>", "calendar days back from now", "90")
    .option("--store <dir>", "bar store directory (default: the config's data.dir, else ./data)")
    .option("--live", "request live instead of sim data")
    .option("--json", "print one JSON object")
    .action(
      async (opts: { symbol: string; days: string; store?: string; live?: boolean; json?: boolean }, cmd: Command) => {
        out(await runDataDownload({ ...opts, store: opts.store ?? (await botDataDir(cmd)) }, log));
      },
    );

  data
    .command("synth")
    .description("write seeded synthetic bars that follow the CME calendar (same seed, same bytes)")
    .requiredOption("--symbol <symbol>", "ES, NQ, MES or MNQ")
    .requiredOption("--from <date>", "first trade date, YYYY-MM-DD", dateArg("--from"))
    .requiredOption("--to <date>", "last trade date, YYYY-MM-DD", dateArg("--to"))
    .addOption(new Option("--seed <n>", "random seed (an integer)").argParser(integerArg("--seed")).default(1))
    .option("--out <file>", ".csv, .csv.gz, .txt, .json or .parquet; CSV to stdout when omitted")
    .option("--json", "print the summary as JSON")
    .action((opts: { symbol: string; from: string; to: string; seed: number; out?: string; json?: boolean }) => {
      const summary = runDataSynth(opts, write);
      if (summary !== undefined) out(summary);
    });
}
