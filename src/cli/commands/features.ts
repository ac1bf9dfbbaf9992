import type { Command } from "commander";
import { importBarFile } from "../../core/data/index.js";
import { writeFileAtomic } from "../../core/data/store/atomic-write.js";
import {
  defaultFeatureSpec,
  type FeatureSource,
  type FeatureSpec,
  featureSource,
  fitScaler,
  formatFeatureSpec,
  legacyFeatureSpec12,
  loadFeatureSpec,
  MODEL_FEATURE_NAMES,
  MODEL_FEATURES,
  projectColumns,
  saveFeatureSpec,
  withScaler,
} from "../../core/features/index.js";
import { encodeFeatureCsv, encodeFeatureParquet, outputFormatOf } from "../../core/features/io/feature-table.js";
import { verifyStreaming } from "../../core/features/verify-stream.js";
import { labelBars } from "../../core/market-time/index.js";
import { modelColumns, parseThreads, THREADS_HELP } from "./features-threads.js";

const out = (s: string) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`);
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Imports a bar file (CSV/CSV.gz, NinjaTrader, ProjectX JSON) and labels it with the CME clock. */
async function loadDataset(file: string, symbol: string | undefined): Promise<FeatureSource> {
  const { bars, report } = await importBarFile(file, symbol === undefined ? {} : { symbol });
  const dropped = report.rowsRead - report.barsKept;
  log(
    `features: ${file}: ${report.barsKept} bars (${report.rowsRead} rows read${dropped ? `, ${dropped} dropped` : ""})`,
  );
  return featureSource(bars, labelBars(bars.time));
}

interface SpecOpts {
  out?: string;
  legacy12?: boolean;
}
interface FitOpts {
  data: string;
  out: string;
  spec?: string;
  symbol?: string;
  threads?: number;
}
interface ComputeOpts {
  data: string;
  out: string;
  verifyStream?: boolean;
  symbol?: string;
  threads?: number;
}

/** `features spec|fit-scaler|compute` (SPEC §3, §11). */
export function registerFeaturesCommands(program: Command): void {
  const features = program.command("features").description("the 13-feature model input: spec, scaler, columns");

  features
    .command("spec")
    .description("print (or write) the default feature_spec.json: 13 columns, identity scaler")
    .option("--out <file>", "write the spec to this file instead of stdout")
    .option("--legacy12", "the older 12-column layout without session_type")
    .action((opts: SpecOpts) => {
      const spec = opts.legacy12 ? legacyFeatureSpec12() : defaultFeatureSpec();
      if (opts.out === undefined) out(formatFeatureSpec(spec));
      else {
        saveFeatureSpec(opts.out, spec);
        out(JSON.stringify({ out: opts.out, columns: spec.columns.length }));
      }
    });

  features
    .command("fit-scaler")
    .description("fit the scaler (mean, population std per column) on a dataset and save the spec")
    .requiredOption("--data <file>", "bar file (.csv, .csv.gz, NinjaTrader .txt, ProjectX .json)")
    .requiredOption("--out <spec.json>", "where to write the fitted feature_spec.json")
    .option("--spec <file>", "start from this spec's columns (default: the 13-column spec)")
    .option("--symbol <root>", "instrument root or contract when the file name does not say")
    .option("--threads <n>", THREADS_HELP, parseThreads)
    .action(async (opts: FitOpts) => {
      const base: FeatureSpec = opts.spec === undefined ? defaultFeatureSpec() : loadFeatureSpec(opts.spec);
      const src = await loadDataset(opts.data, opts.symbol);
      const scaler = fitScaler(projectColumns(modelColumns(src, opts.threads), base));
      saveFeatureSpec(opts.out, withScaler(base, scaler));
      out(JSON.stringify({ out: opts.out, rows: src.bars.length, mean: scaler.mean, std: scaler.std }));
    });

  features
    .command("compute")
    .description("write the raw 13-feature vector of every bar (CSV or Parquet)")
    .requiredOption("--data <file>", "bar file (.csv, .csv.gz, NinjaTrader .txt, ProjectX .json)")
    .requiredOption("--out <file>", "output .csv or .parquet (- writes CSV to stdout)")
    .option("--verify-stream", "also run the streaming path and fail if any value differs by more than 1e-9")
    .option("--symbol <root>", "instrument root or contract when the file name does not say")
    .option("--threads <n>", THREADS_HELP, parseThreads)
    .action(async (opts: ComputeOpts) => {
      const format = outputFormatOf(opts.out);
      const src = await loadDataset(opts.data, opts.symbol);
      const columns = modelColumns(src, opts.threads);
      let verified = 0;
      if (opts.verifyStream) {
        verified = verifyStreaming(src, MODEL_FEATURES, columns);
        log(`features: streaming path agrees with batch on ${verified} values (1e-9)`);
      }
      const table = { time: src.bars.time, names: MODEL_FEATURE_NAMES, columns };
      if (opts.out === "-") {
        for (const chunk of encodeFeatureCsv(table)) process.stdout.write(chunk);
        return;
      }
      const chunks = format === "csv" ? encodeFeatureCsv(table) : [encodeFeatureParquet(table)];
      writeFileAtomic(opts.out, chunks);
      out(
        JSON.stringify({
          out: opts.out,
          format,
          rows: src.bars.length,
          columns: MODEL_FEATURE_NAMES.length,
          ...(opts.verifyStream ? { streamVerified: verified } : {}),
        }),
      );
    });
}
