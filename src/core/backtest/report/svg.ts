/** Minimal inline SVG line/area charts for the self-contained HTML report (no external assets). */

export interface ChartOptions {
  readonly width?: number;
  readonly height?: number;
  readonly stroke?: string;
  readonly fill?: string;
  readonly title: string;
  /** Label of each x position (e.g. the date of the sampled bar), first and last are drawn. */
  readonly xLabels?: readonly [string, string];
}

const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Keeps at most `max` points: the min and max of each bucket, so spikes and drawdowns stay visible. */
export function downsample(values: ArrayLike<number>, max = 1200): Float64Array {
  const n = values.length;
  if (n <= max) return Float64Array.from(values as ArrayLike<number>);
  const buckets = Math.floor(max / 2);
  const out = new Float64Array(buckets * 2);
  for (let b = 0; b < buckets; b++) {
    const lo = Math.floor((b * n) / buckets);
    const hi = Math.max(lo + 1, Math.floor(((b + 1) * n) / buckets));
    let mn = Number.POSITIVE_INFINITY;
    let mx = Number.NEGATIVE_INFINITY;
    let mnAt = lo;
    let mxAt = lo;
    for (let i = lo; i < hi; i++) {
      const v = values[i] as number;
      if (v < mn) [mn, mnAt] = [v, i];
      if (v > mx) [mx, mxAt] = [v, i];
    }
    out[2 * b] = mnAt <= mxAt ? mn : mx;
    out[2 * b + 1] = mnAt <= mxAt ? mx : mn;
  }
  return out;
}

/** A line chart of `values` with min/max axis labels; `area` fills down to the zero line (drawdowns). */
export function lineChart(values: ArrayLike<number>, o: ChartOptions, area = false): string {
  const w = o.width ?? 900;
  const h = o.height ?? 220;
  const pad = { l: 70, r: 10, t: 24, b: 22 };
  const v = downsample(values);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const x of v) {
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  if (area) hi = Math.max(hi, 0);
  if (!(hi > lo)) [lo, hi] = [lo - 1, hi + 1];
  const X = (i: number) => pad.l + (v.length <= 1 ? 0 : (i / (v.length - 1)) * (w - pad.l - pad.r));
  const Y = (y: number) => pad.t + (1 - (y - lo) / (hi - lo)) * (h - pad.t - pad.b);
  const pts = Array.from(v, (y, i) => `${X(i).toFixed(1)},${Y(y).toFixed(1)}`).join(" ");
  const fmt = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 0 });
  const shape = area
    ? `<polygon points="${X(0).toFixed(1)},${Y(0).toFixed(1)} ${pts} ${X(v.length - 1).toFixed(1)},${Y(0).toFixed(1)}" fill="${o.fill ?? "#f4c7c3"}" stroke="${o.stroke ?? "#c0392b"}" stroke-width="1"/>`
    : `<polyline points="${pts}" fill="none" stroke="${o.stroke ?? "#1f6feb"}" stroke-width="1.5"/>`;
  const x0 = o.xLabels?.[0] ?? "";
  const x1 = o.xLabels?.[1] ?? "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(o.title)}">`,
    `<text x="${pad.l}" y="15" font-size="13" font-weight="600">${esc(o.title)}</text>`,
    `<line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${h - pad.b}" stroke="#999"/>`,
    `<line x1="${pad.l}" y1="${h - pad.b}" x2="${w - pad.r}" y2="${h - pad.b}" stroke="#999"/>`,
    `<text x="${pad.l - 6}" y="${pad.t + 4}" font-size="11" text-anchor="end">${fmt(hi)}</text>`,
    `<text x="${pad.l - 6}" y="${h - pad.b}" font-size="11" text-anchor="end">${fmt(lo)}</text>`,
    `<text x="${pad.l}" y="${h - 6}" font-size="11">${esc(x0)}</text>`,
    `<text x="${w - pad.r}" y="${h - 6}" font-size="11" text-anchor="end">${esc(x1)}</text>`,
    shape,
    "</svg>",
  ].join("");
}
