import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import type { Bars, Root } from "../bars.js";
import { createBars, emptyBars } from "../bars-ops.js";
import { writeFileAtomic } from "../store/atomic-write.js";
import { readBarCache, writeBarCache } from "../store/bar-cache.js";
import { mergeBars } from "../store/merge.js";
import { MAX_BARS_PER_REQUEST, type ProjectXClient } from "./client.js";

export interface DownloadOptions {
  readonly contractId: string;
  readonly symbol: Root;
  /** Contract code stored with the bars, e.g. ESZ25. */
  readonly contract: string;
  /** Epoch ms, inclusive start and end of the range. */
  readonly from: number;
  readonly to: number;
  /** Progress JSON; the bars fetched so far sit beside it in `<progressFile>.bars`. */
  readonly progressFile: string;
  readonly live?: boolean;
  /** Bars per request, at most 20,000 (the Gateway's limit). */
  readonly limit?: number;
  readonly onPage?: (info: { page: number; bars: number; oldest: string; total: number }) => void;
}

export interface DownloadProgress {
  contractId: string;
  from: number;
  to: number;
  /** Next request's endTime (epoch ms): everything newer is already in the partial file. */
  cursor: number;
  pages: number;
}

/**
 * Downloads 1-minute history by paging backwards from `to` (the Gateway returns the newest bars first,
 * at most `limit` per request) until a short page or `from`. After every page the bars so far and the
 * cursor are written atomically, so a download killed halfway resumes where it stopped when re-run with
 * the same contract and range; the progress files are removed when it completes.
 */
export async function downloadHistory(client: ProjectXClient, o: DownloadOptions): Promise<Bars> {
  const limit = Math.min(o.limit ?? MAX_BARS_PER_REQUEST, MAX_BARS_PER_REQUEST);
  const partialFile = `${o.progressFile}.bars`;
  mkdirSync(dirname(o.progressFile), { recursive: true });
  const resumed = readProgress(o);
  let bars = (resumed && readBarCache(partialFile, o.contractId)) || emptyBars(o.symbol, o.contract);
  let cursor = resumed?.cursor ?? o.to;
  let page = resumed?.pages ?? 0;
  while (cursor >= o.from) {
    const cols = await client.retrieveBars({
      contractId: o.contractId,
      live: o.live ?? false,
      startTime: new Date(o.from).toISOString(),
      endTime: new Date(cursor).toISOString(),
      unit: 2,
      unitNumber: 1,
      limit,
      includePartialBar: false,
    });
    const n = cols.time.length;
    if (n === 0) break;
    page++;
    bars = mergeBars(bars, createBars({ symbol: o.symbol, contract: o.contract, ...cols }));
    cursor = cols.time[0]! - 1;
    writeBarCache(partialFile, bars, o.contractId);
    const progress: DownloadProgress = { contractId: o.contractId, from: o.from, to: o.to, cursor, pages: page };
    writeFileAtomic(o.progressFile, [Buffer.from(JSON.stringify(progress))]);
    o.onPage?.({ page, bars: n, oldest: new Date(cols.time[0]!).toISOString(), total: bars.length });
    if (n < limit) break;
  }
  rmSync(o.progressFile, { force: true });
  rmSync(partialFile, { force: true });
  return bars;
}

/** The saved state of an unfinished download, or undefined (none, or unreadable: then it restarts). */
export function readDownloadProgress(progressFile: string): DownloadProgress | undefined {
  if (!existsSync(progressFile)) return undefined;
  try {
    const p = JSON.parse(readFileSync(progressFile, "utf8")) as DownloadProgress;
    return typeof p.contractId === "string" && Number.isFinite(p.cursor) ? p : undefined;
  } catch {
    return undefined;
  }
}

function readProgress(o: DownloadOptions): DownloadProgress | undefined {
  const p = readDownloadProgress(o.progressFile);
  // A progress file for another contract or range is ignored, not trusted.
  return p !== undefined && p.contractId === o.contractId && p.from === o.from && p.to === o.to ? p : undefined;
}
