import { BAR_COLUMNS, type BarColumns } from "../bars.js";
import { barColumn } from "../column-builder.js";
import type { DataCalendar } from "./calendar.js";
import type { FindingCollector } from "./report.js";

type Rows = BarColumns & { line: Uint32Array };
const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The dataset-level checks, in order: out-of-order rows (sorted, stable, or dropped), duplicate
 * timestamps (the first in file order is kept), bars in closed market time and gaps longer than the
 * calendar allows. Returns strictly increasing columns; every row removed has a finding.
 */
export function finalizeRows(
  rows: Rows,
  findings: FindingCollector,
  calendar: DataCalendar | undefined,
  maxMissingOpenMinutes: number,
): Rows {
  let r = orderRows(rows, findings);
  r = dropDuplicates(r, findings);
  if (calendar !== undefined) {
    r = checkClosedMarket(r, findings, calendar);
    checkGaps(r, findings, calendar, maxMissingOpenMinutes);
  }
  return r;
}

function orderRows(r: Rows, findings: FindingCollector): Rows {
  const n = r.time.length;
  const late = new Uint8Array(n);
  let any = false;
  let max = Number.NEGATIVE_INFINITY;
  let maxLine = 0;
  for (let i = 0; i < n; i++) {
    const t = r.time[i]!;
    if (t < max) {
      late[i] = 1;
      any = true;
      const msg = `timestamp is earlier than ${iso(max)} on line ${maxLine}`;
      if (findings.add("out-of-order", r.line[i]!, iso(t), msg, true) === "drop") late[i] = 2;
    } else {
      max = t;
      maxLine = r.line[i]!;
    }
  }
  if (!any) return r;
  const keep = new Uint8Array(n);
  for (let i = 0; i < n; i++) keep[i] = late[i] === 2 ? 0 : 1;
  const compacted = compact(r, keep);
  const m = compacted.time.length;
  const idx = new Uint32Array(m);
  for (let i = 0; i < m; i++) idx[i] = i;
  const t = compacted.time;
  // Stable: ties keep file order, so the duplicate pass below keeps the row that came first.
  idx.sort((a, b) => t[a]! - t[b]! || a - b);
  return permute(compacted, idx);
}

function dropDuplicates(r: Rows, findings: FindingCollector): Rows {
  const n = r.time.length;
  let keep: Uint8Array | undefined;
  let firstLine = 0;
  for (let i = 1; i < n; i++) {
    if (r.time[i] !== r.time[i - 1]) continue;
    if (keep === undefined) keep = new Uint8Array(n).fill(1);
    if (keep[i - 1] === 1) firstLine = r.line[i - 1]!;
    findings.add("duplicate", r.line[i]!, iso(r.time[i]!), `duplicate timestamp; kept line ${firstLine}`);
    keep[i] = 0;
  }
  return keep === undefined ? r : compact(r, keep);
}

function checkClosedMarket(r: Rows, findings: FindingCollector, calendar: DataCalendar): Rows {
  const labels = calendar.labelBars(r.time);
  let keep: Uint8Array | undefined;
  for (let i = 0; i < r.time.length; i++) {
    if (labels.open[i] === 1) continue;
    const action = findings.add("closed-market", r.line[i]!, iso(r.time[i]!), "bar in closed market time");
    if (action === "drop") {
      if (keep === undefined) keep = new Uint8Array(r.time.length).fill(1);
      keep[i] = 0;
    }
  }
  return keep === undefined ? r : compact(r, keep);
}

function checkGaps(r: Rows, findings: FindingCollector, calendar: DataCalendar, maxMissing: number): void {
  for (let i = 1; i < r.time.length; i++) {
    const prev = r.time[i - 1]!;
    const cur = r.time[i]!;
    // Fewer missing minutes than the threshold cannot be a reportable gap: skip without asking the calendar.
    if ((cur - prev) / MINUTE - 1 <= maxMissing) continue;
    let open = 0;
    for (let t = prev + MINUTE; t < cur && open <= maxMissing; t += MINUTE) if (calendar.isOpen(t)) open++;
    if (open > maxMissing) {
      let total = 0;
      for (let t = prev + MINUTE; t < cur; t += MINUTE) if (calendar.isOpen(t)) total++;
      const msg = `${total} open-market minutes without a bar since ${iso(prev)} (allowed ${maxMissing})`;
      findings.add("gap", r.line[i]!, iso(cur), msg);
    }
  }
}

function compact(r: Rows, keep: Uint8Array): Rows {
  let m = 0;
  for (let i = 0; i < keep.length; i++) m += keep[i]!;
  const idx = new Uint32Array(m);
  for (let i = 0, j = 0; i < keep.length; i++) if (keep[i] === 1) idx[j++] = i;
  return permute(r, idx);
}

function permute(r: Rows, idx: Uint32Array): Rows {
  const out = { line: new Uint32Array(idx.length) } as Rows & Record<string, Float64Array | Uint32Array>;
  for (const c of BAR_COLUMNS) {
    const src = r[c];
    const dst = barColumn(idx.length);
    for (let i = 0; i < idx.length; i++) dst[i] = src[idx[i]!]!;
    (out as Record<string, Float64Array>)[c] = dst;
  }
  for (let i = 0; i < idx.length; i++) out.line[i] = r.line[idx[i]!]!;
  return out;
}
