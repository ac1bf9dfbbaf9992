// Market-time benchmarks (SPEC §12): batch labelling of 1 M bars and one state() call.

import { seededRandom as rng } from "../dist/core/data/random.js";
import { createCmeCalendar, MarketClock } from "../dist/core/market-time/index.js";
import { medianMs, nsPerCall } from "./timing.mjs";

export async function run(report) {
  const clock = new MarketClock(createCmeCalendar());
  const n = 1_000_000;
  // Minute stamps every 3 minutes from 2020 on (≈ 5.7 years), weekends, halts and holidays included.
  const time = new Float64Array(n);
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < n; i++) time[i] = start + i * 180_000;
  clock.labelBars(time); // builds the transition table for the span once
  const ms = medianMs(() => clock.labelBars(time), { runs: 15, warmups: 3 });
  report({ name: "calendar.label_per_bar", value: (ms * 1e6) / n, unit: "ns", n });

  const random = rng(42);
  const span = Date.UTC(2028, 0, 1) - Date.UTC(2015, 0, 1);
  const instants = Float64Array.from({ length: 4096 }, () => Date.UTC(2015, 0, 1) + Math.floor(random() * span));
  let sink = 0;
  const ns = nsPerCall((i) => {
    const s = clock.state(instants[i & 4095]);
    sink += s.open ? 1 : 0;
  }, 200_000);
  if (sink < 0) throw new Error("unreachable");
  report({ name: "calendar.state", value: ns / 1000, unit: "us", n: 200_000 });

  const iso = Array.from(instants.subarray(0, 1024), (t) => new Date(t).toISOString());
  const nsIso = nsPerCall((i) => clock.state(iso[i & 1023]), 50_000);
  report({ name: "calendar.state_iso_string", value: nsIso / 1000, unit: "us", n: 50_000 });

  // A fresh clock builds only the years it is asked about (zone offsets are cached per process).
  const t0 = performance.now();
  new MarketClock(createCmeCalendar()).state(Date.UTC(2026, 5, 1));
  report({ name: "calendar.first_state_new_clock", value: performance.now() - t0, unit: "ms", n: 1 });
}
