import { join, resolve } from "node:path";
import { BarStore, downloadHistory, isRoot, ProjectXClient, readDownloadProgress } from "../../core/data/index.js";
import { SessionkitError } from "../../core/errors/index.js";

export interface DataDownloadOptions {
  readonly symbol: string;
  readonly days: string;
  readonly store: string;
  readonly live?: boolean;
  readonly json?: boolean;
}

const DAY = 86_400_000;

/**
 * `data download`: resolve the active contract of the root on ProjectX, download the last N days of
 * 1-minute bars into the store. Credentials come only from PROJECTX_USERNAME / PROJECTX_API_KEY /
 * PROJECTX_API_URL. An interrupted run leaves a progress file; the next run for the same contract
 * resumes that range instead of starting over.
 */
export async function runDataDownload(
  o: DataDownloadOptions,
  log: (line: string) => void,
  client: ProjectXClient = new ProjectXClient({ log }),
  now: number = Date.now(),
): Promise<string> {
  const root = o.symbol.toUpperCase();
  const days = Number(o.days);
  if (!isRoot(root)) {
    throw new SessionkitError("SK_CLI_USAGE", `--symbol ${JSON.stringify(o.symbol)} is not ES, NQ, MES or MNQ`, {
      path: "--symbol",
      value: o.symbol,
    });
  }
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new SessionkitError(
      "SK_CLI_USAGE",
      `--days ${JSON.stringify(o.days)} must be a whole number of days (1-3650)`,
      {
        path: "--days",
        value: o.days,
      },
    );
  }
  const { id, contract } = await client.resolveContract(root, o.live ?? false);
  const store = new BarStore(resolve(o.store));
  const progressFile = join(resolve(o.store), root, `.download-${contract}.json`);
  const saved = readDownloadProgress(progressFile);
  const resuming = saved !== undefined && saved.contractId === id;
  const to = resuming ? saved.to : Math.floor(now / 60_000) * 60_000;
  const from = resuming ? saved.from : to - days * DAY;
  log(
    `projectx: ${resuming ? "resuming" : "downloading"} ${contract} (${id}) ${new Date(from).toISOString()} .. ${new Date(to).toISOString()}`,
  );
  const bars = await downloadHistory(client, {
    contractId: id,
    symbol: root,
    contract,
    from,
    to,
    progressFile,
    live: o.live ?? false,
    onPage: (p) => log(`projectx: page ${p.page}: ${p.bars} bars back to ${p.oldest} (${p.total} so far)`),
  });
  const written = bars.length > 0 ? store.put(bars) : [];
  const result = {
    symbol: root,
    contract,
    contractId: id,
    bars: bars.length,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    written,
  };
  return o.json
    ? JSON.stringify(result)
    : `${contract}: ${bars.length} bars ${result.from} .. ${result.to} → ${written.join(", ") || "nothing new"}`;
}
