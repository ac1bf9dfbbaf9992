// TEST-ONLY: a minimal ET labeller (weekly schedule, no holiday table) so feature tests can label
// hand-made and real bars without depending on the market-time branch. Production code uses the
// MarketClock batch labeller; this file is never imported outside tests.
import { DateTime } from "luxon";
import type { BarLabels } from "../../market-time/labels.js";
import { SEGMENT_START_MINUTE } from "../../market-time/sessions.js";

const ET = "America/New_York";
const offsetCache = new Map<number, number>();

/** UTC offset in minutes of ET at `t`, cached per UTC hour (DST changes on the hour). */
function etOffsetMinutes(t: number): number {
  const h = Math.floor(t / 3_600_000);
  let off = offsetCache.get(h);
  if (off === undefined) {
    off = DateTime.fromMillis(h * 3_600_000, { zone: ET }).offset;
    offsetCache.set(h, off);
  }
  return off;
}

function segmentOf(m: number): number {
  if (m >= SEGMENT_START_MINUTE[0]!) return 0;
  let seg = 1;
  for (let k = 1; k < SEGMENT_START_MINUTE.length; k++) if (m >= SEGMENT_START_MINUTE[k]!) seg = k;
  return seg;
}

function yyyymmdd(days: number): number {
  const d = new Date(days * 86_400_000);
  return d.getUTCFullYear() * 10_000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/** Labels epoch-ms bar open times by the weekly CME schedule in ET (SPEC §1, holidays ignored). */
export function labelTimesForTest(time: ArrayLike<number>): BarLabels {
  const n = time.length;
  const open = new Uint8Array(n);
  const tradeDate = new Int32Array(n);
  const session = new Int8Array(n);
  const segment = new Int8Array(n);
  const etMinute = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    const t = time[i]!;
    const local = t + etOffsetMinutes(t) * 60_000;
    const days = Math.floor(local / 86_400_000);
    const m = Math.floor((local - days * 86_400_000) / 60_000);
    const dow = (days + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    etMinute[i] = m;
    const closed =
      dow === 6 ||
      (dow === 5 && m >= 1020) ||
      (dow === 0 && m < 1080) ||
      (dow >= 1 && dow <= 4 && m >= 1020 && m < 1080);
    if (closed) {
      session[i] = -1;
      segment[i] = -1;
      continue;
    }
    open[i] = 1;
    tradeDate[i] = yyyymmdd(m >= 1080 ? days + 1 : days);
    session[i] = m >= 1080 || m < 570 ? 0 : m < 960 ? 1 : 2;
    segment[i] = segmentOf(m);
  }
  return { length: n, open, tradeDate, clearingDate: tradeDate.slice(), session, segment, etMinute };
}
