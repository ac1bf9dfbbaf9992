import { BarColumnBuilder } from "../column-builder.js";
import { latin1 } from "../import/bytes.js";
import type { FindingCollector } from "./report.js";

/**
 * Where parsers deliver rows. It applies the row-level checks (unparseable, non-positive, inconsistent
 * OHLC, non-UTC offset) under the policy and appends surviving rows to columnar builders. The raw row
 * text is decoded only when a finding needs it, so clean rows cost no string.
 */
export class RowSink {
  readonly builder = new BarColumnBuilder(1 << 16);
  rowsRead = 0;

  constructor(private readonly findings: FindingCollector) {}

  unparseable(line: number, buf: Uint8Array, start: number, end: number, why: string): void {
    this.rowsRead++;
    this.findings.add("unparseable", line, latin1(buf, start, end), why);
  }

  accept(
    time: number,
    open: number,
    high: number,
    low: number,
    close: number,
    volume: number,
    offsetMinutes: number,
    line: number,
    buf: Uint8Array,
    start: number,
    end: number,
  ): void {
    this.rowsRead++;
    if (offsetMinutes !== 0) {
      const a = Math.abs(offsetMinutes);
      const off = `${offsetMinutes < 0 ? "-" : "+"}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
      const msg = `timestamp has UTC offset ${off}; converted to UTC`;
      if (this.findings.add("non-utc-offset", line, latin1(buf, start, end), msg) === "drop") return;
    }
    if (!(open > 0 && high > 0 && low > 0 && close > 0 && volume >= 0)) {
      const msg = "price must be > 0 and volume ≥ 0";
      if (this.findings.add("non-positive", line, latin1(buf, start, end), msg) === "drop") return;
    }
    if (high < open || high < close || low > open || low > close || low > high) {
      const msg = "OHLC inconsistent (need low ≤ open, close ≤ high)";
      if (this.findings.add("inconsistent-ohlc", line, latin1(buf, start, end), msg) === "drop") return;
    }
    this.builder.push(time, open, high, low, close, volume, line);
  }
}

const pad2 = (n: number) => String(n).padStart(2, "0");
