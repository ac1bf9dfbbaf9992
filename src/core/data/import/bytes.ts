/**
 * Allocation-free field parsers over raw bytes, used by the streaming importers so a row never becomes
 * a string or an object. Each returns NaN on bad input; `parseFailure` then says why (for the report).
 */

export let parseFailure = "";
/** Offset in minutes of the last timestamp parsed by parseIsoTimestamp (0 for `Z`). */
export let lastOffsetMinutes = 0;

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Decimal number in buf[start, end). Integer and fraction digits are accumulated as one integer and
 * divided by a power of ten once, which rounds exactly like Number() for up to 15 significant digits;
 * longer numbers and exponents fall back to Number() on the decoded text.
 */
export function parseDecimal(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && buf[i] === 32) i++;
  while (end > i && buf[end - 1] === 32) end--;
  if (i >= end) return fail("empty field");
  let neg = false;
  if (buf[i] === 45 || buf[i] === 43) {
    neg = buf[i] === 45;
    i++;
  }
  let mant = 0;
  let digits = 0;
  let frac = 0;
  let seenDot = false;
  for (; i < end; i++) {
    const b = buf[i]!;
    if (b >= 48 && b <= 57) {
      mant = mant * 10 + (b - 48);
      digits++;
      if (seenDot) frac++;
    } else if (b === 46 && !seenDot) {
      seenDot = true;
    } else if (b === 101 || b === 69) {
      return slowNumber(buf, start, end);
    } else {
      return fail("not a number");
    }
  }
  if (digits === 0) return fail("not a number");
  if (digits > 15) return slowNumber(buf, start, end);
  const v = frac === 0 ? mant : mant / POW10[frac]!;
  return neg ? -v : v;
}

function slowNumber(buf: Uint8Array, start: number, end: number): number {
  const v = Number(latin1(buf, start, end));
  return Number.isFinite(v) ? v : fail("not a number");
}

function fail(why: string): number {
  parseFailure = why;
  return Number.NaN;
}

export function latin1(buf: Uint8Array, start: number, end: number): string {
  return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString("latin1");
}

function digitsAt(buf: Uint8Array, at: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = buf[at + k]! - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function validDate(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return d <= dim;
}

/**
 * ISO-8601 `YYYY-MM-DD[T ]HH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)` → epoch ms UTC. A timestamp without a zone
 * is refused: the importers never guess a time zone.
 */
export function parseIsoTimestamp(buf: Uint8Array, start: number, end: number): number {
  while (start < end && buf[start] === 32) start++;
  while (end > start && buf[end - 1] === 32) end--;
  if (end - start < 16 || buf[start + 4] !== 45 || buf[start + 7] !== 45) return fail("not an ISO-8601 timestamp");
  const sep = buf[start + 10];
  if ((sep !== 84 && sep !== 32) || buf[start + 13] !== 58) return fail("not an ISO-8601 timestamp");
  const y = digitsAt(buf, start, 4);
  const mo = digitsAt(buf, start + 5, 2);
  const d = digitsAt(buf, start + 8, 2);
  const h = digitsAt(buf, start + 11, 2);
  const mi = digitsAt(buf, start + 14, 2);
  let i = start + 16;
  let s = 0;
  let ms = 0;
  if (buf[i] === 58) {
    s = digitsAt(buf, i + 1, 2);
    i += 3;
    if (buf[i] === 46) {
      i++;
      let scale = 100;
      while (i < end && buf[i]! >= 48 && buf[i]! <= 57) {
        ms += (buf[i]! - 48) * scale;
        scale /= 10;
        i++;
      }
      ms = Math.floor(ms);
    }
  }
  if (!validDate(y, mo, d, h, mi, s)) return fail("invalid date or time");
  let offset = 0;
  const z = buf[i];
  if (z === 90 || z === 122) {
    i++;
  } else if (z === 43 || z === 45) {
    const oh = digitsAt(buf, i + 1, 2);
    const colon = buf[i + 3] === 58 ? 1 : 0;
    const om = digitsAt(buf, i + 3 + colon, 2);
    if (oh < 0 || om < 0 || oh > 23 || om > 59) return fail("invalid UTC offset");
    offset = (z === 45 ? -1 : 1) * (oh * 60 + om);
    i += 5 + colon;
  } else {
    return fail(i >= end ? "timestamp has no time zone (expected Z or an offset)" : "not an ISO-8601 timestamp");
  }
  if (i !== end) return fail("unexpected text after timestamp");
  lastOffsetMinutes = offset;
  return (daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s) * 1000 + ms - offset * 60_000;
}

/** NinjaTrader `yyyyMMdd HHmmss` (UTC) → epoch ms UTC, as stamped (bar END time). */
export function parseNinjaStamp(buf: Uint8Array, start: number, end: number): number {
  while (start < end && buf[start] === 32) start++;
  if (end - start !== 15 || buf[start + 8] !== 32) return fail("not a yyyyMMdd HHmmss stamp");
  const y = digitsAt(buf, start, 4);
  const mo = digitsAt(buf, start + 4, 2);
  const d = digitsAt(buf, start + 6, 2);
  const h = digitsAt(buf, start + 9, 2);
  const mi = digitsAt(buf, start + 11, 2);
  const s = digitsAt(buf, start + 13, 2);
  if (!validDate(y, mo, d, h, mi, s)) return fail("invalid date or time");
  lastOffsetMinutes = 0; // NinjaTrader stamps are UTC by definition
  return (daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s) * 1000;
}
