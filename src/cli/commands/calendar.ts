import { createInterface } from "node:readline";
import type { Command } from "commander";
import { isSessionkitError } from "../../core/errors/index.js";
import {
  createCmeCalendar,
  isoUtc,
  MarketClock,
  type MarketState,
  type TradingDay,
} from "../../core/market-time/index.js";

/** Where `calendar state` reads instants when none are given; tests pass their own stream. */
export interface CalendarCommandIo {
  readonly stdin?: NodeJS.ReadableStream;
}

interface CalendarOptions {
  readonly specialDays?: string;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function clockFor(opts: CalendarOptions): MarketClock {
  return new MarketClock(
    createCmeCalendar(opts.specialDays === undefined ? {} : { extraSpecialDays: opts.specialDays }),
  );
}

const isoOrNull = (ms: number | null) => (ms === null ? null : isoUtc(ms));

/** One line of the SPEC §1 CLI contract: exactly these keys, in this order. */
export function stateLine(input: string, s: MarketState): string {
  return JSON.stringify({
    at: input,
    open: s.open,
    reason: s.reason,
    tradeDate: s.tradeDate,
    clearingDate: s.clearingDate,
    session: s.session,
    sessionOpen: isoOrNull(s.sessionOpen),
    sessionClose: isoOrNull(s.sessionClose),
    nextOpen: isoOrNull(s.nextOpen),
  });
}

async function* stdinLines(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) if (line.trim() !== "") yield line;
}

async function runState(instants: string[], opts: CalendarOptions, io: CalendarCommandIo): Promise<void> {
  const clock = clockFor(opts);
  const source = instants.length > 0 ? instants : stdinLines(io.stdin ?? process.stdin);
  let failedExit = 0;
  let buffer = "";
  for await (const input of source) {
    try {
      buffer += `${stateLine(input, clock.state(input))}\n`;
    } catch (e) {
      if (!isSessionkitError(e)) throw e;
      buffer += `${JSON.stringify({ at: input, error: `${e.code}: ${e.message}` })}\n`;
      failedExit ||= e.exitCode;
    }
    // Write in blocks: one write per line is slow for long stdin batches.
    if (buffer.length >= 65_536) {
      process.stdout.write(buffer);
      buffer = "";
    }
  }
  if (buffer !== "") process.stdout.write(buffer);
  if (failedExit !== 0) process.exitCode = failedExit;
}

function dayJson(d: TradingDay, weekday: string): string {
  return JSON.stringify({
    tradeDate: d.tradeDate,
    weekday,
    kind: d.kind,
    closed: d.closed,
    open: isoOrNull(d.open),
    close: isoOrNull(d.close),
    clearingDate: d.clearingDate,
    name: d.name,
  });
}

function dayTable(days: readonly TradingDay[], weekdays: readonly string[]): string {
  const header = ["trade date", "day", "kind", "open (UTC)", "close (UTC)", "clearing", "name"];
  const rows = days.map((d, i) => [
    d.tradeDate,
    weekdays[i]!,
    d.kind,
    isoOrNull(d.open) ?? "-",
    isoOrNull(d.close) ?? "-",
    d.clearingDate ?? "-",
    d.name ?? "",
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const render = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join("  ")
      .trimEnd();
  return `${[render(header), ...rows.map(render)].join("\n")}\n`;
}

function runDays(opts: CalendarOptions & { from: string; to: string; json?: boolean }): void {
  const days = clockFor(opts).tradingDays(opts.from, opts.to);
  const weekdays = days.map((d) => WEEKDAYS[new Date(`${d.tradeDate}T12:00:00Z`).getUTCDay()]!);
  process.stdout.write(
    opts.json === true ? days.map((d, i) => `${dayJson(d, weekdays[i]!)}\n`).join("") : dayTable(days, weekdays),
  );
}

/** Adds `calendar state [instants...]` and `calendar days --from --to [--json]` (SPEC §1, §11). */
export function registerCalendarCommands(program: Command, io: CalendarCommandIo = {}): Command {
  const calendar = program.command("calendar").description("CME Globex market time: instants and trade dates");
  calendar
    .command("state")
    .description(
      "print the market state of each ISO-8601 instant as one JSON line (reads one instant per line from stdin when none are given)",
    )
    .argument("[instants...]", "ISO-8601 instants with an offset or Z, e.g. 2026-03-12T14:30:00Z")
    .option("--special-days <file>", "extra special-days table (JSON) added to the built-in one")
    .action((instants: string[], opts: CalendarOptions) => runState(instants, opts, io));
  calendar
    .command("days")
    .description("list trade dates with session open/close (UTC) and kind of day, closures included")
    .requiredOption("--from <date>", "first date, YYYY-MM-DD")
    .requiredOption("--to <date>", "last date, YYYY-MM-DD (inclusive)")
    .option("--json", "one JSON object per line instead of a table")
    .option("--special-days <file>", "extra special-days table (JSON) added to the built-in one")
    .action((opts: CalendarOptions & { from: string; to: string; json?: boolean }) => runDays(opts));
  return calendar;
}
