import { gzipSync } from "node:zlib";
import type { Bars } from "../bars.js";
import { CSV_HEADER } from "../import/csv.js";
import { writeFileAtomic } from "../store/atomic-write.js";

export type TextBarFormat = "csv" | "ninjatrader" | "projectx-json";

const isoSeconds = (ms: number) => {
  const s = new Date(ms).toISOString();
  return s.endsWith(".000Z") ? `${s.slice(0, 19)}Z` : s;
};

function ninjaStamp(openMs: number): string {
  const s = new Date(openMs + 60_000).toISOString(); // NinjaTrader stamps the bar END
  return `${s.slice(0, 4)}${s.slice(5, 7)}${s.slice(8, 10)} ${s.slice(11, 13)}${s.slice(14, 16)}${s.slice(17, 19)}`;
}

/**
 * Renders bars as text in one of the importable formats, in blocks of rows so a large set never needs
 * one string per row at once. Numbers print in shortest round-trip form (6770.25, 6770), which the
 * importers parse back to the identical double.
 */
export function* renderBars(bars: Bars, format: TextBarFormat): Generator<string> {
  const BLOCK = 4096;
  if (format === "csv") yield `${CSV_HEADER}\n`;
  if (format === "projectx-json") yield '{"bars":[';
  for (let start = 0; start < bars.length; start += BLOCK) {
    const end = Math.min(bars.length, start + BLOCK);
    let s = "";
    for (let k = start; k < end; k++) {
      // ProjectX lists newest first.
      const i = format === "projectx-json" ? bars.length - 1 - k : k;
      const o = bars.open[i];
      const h = bars.high[i];
      const l = bars.low[i];
      const c = bars.close[i];
      const v = bars.volume[i];
      if (format === "csv") s += `${isoSeconds(bars.time[i]!)},${o},${h},${l},${c},${v}\n`;
      else if (format === "ninjatrader") s += `${ninjaStamp(bars.time[i]!)};${o};${h};${l};${c};${v}\r\n`;
      else
        s += `${k === 0 ? "" : ","}{"t":"${isoSeconds(bars.time[i]!).replace(/Z$/, "+00:00")}","o":${o},"h":${h},"l":${l},"c":${c},"v":${v}}`;
    }
    yield s;
  }
  if (format === "projectx-json") yield '],"success":true,"errorCode":0,"errorMessage":null}';
}

/** Writes bars to `path` atomically; `.gz` in the name gzips the output. */
export function writeBarsText(path: string, bars: Bars, format: TextBarFormat = "csv"): void {
  const parts = [...renderBars(bars, format)].map((s) => Buffer.from(s));
  const data = Buffer.concat(parts);
  writeFileAtomic(path, [path.endsWith(".gz") ? gzipSync(data, { level: 6 }) : data]);
}
