import { civilOf, tryParseIsoDate } from "./civil-date.js";
import { projectSpecialDays } from "./holiday-rules.js";
import {
  builtinSpecialDayTable,
  loadSpecialDayTable,
  type SpecialDay,
  type SpecialDayTable,
  validateSpecialDay,
} from "./special-days.js";

export interface ResolveSpecialDaysOptions {
  /**
   * The base table: a path to a JSON table, a loaded table, or `false` for rules only.
   * Default: the built-in src/core/market-time/data/cme-special-days.json.
   */
  readonly specialDays?: string | SpecialDayTable | false;
  /** Entries (or a path to a table whose entries are taken) that add to or replace the base by date. */
  readonly extraSpecialDays?: readonly SpecialDay[] | string;
}

export interface DatedSpecialDay extends SpecialDay {
  readonly dayNumber: number;
}

/**
 * Answers "what special day is this date?" for any year: the table inside its coverage, the rules
 * outside it, and the user's extra entries on top of both.
 */
export class SpecialDayResolver {
  private readonly table: SpecialDayTable | null;
  private readonly tableByYear = new Map<number, SpecialDay[]>();
  private readonly extrasByYear = new Map<number, SpecialDay[]>();
  private readonly byYear = new Map<number, { list: DatedSpecialDay[]; byDay: Map<number, DatedSpecialDay> }>();

  constructor(opts: ResolveSpecialDaysOptions = {}) {
    const base = opts.specialDays;
    this.table =
      base === false ? null : typeof base === "string" ? loadSpecialDayTable(base) : (base ?? builtinSpecialDayTable());
    if (this.table !== null) groupByYear(this.table.entries, this.tableByYear);
    groupByYear(resolveExtras(opts.extraSpecialDays), this.extrasByYear);
  }

  on(dayNumber: number): DatedSpecialDay | undefined {
    return this.year(civilOf(dayNumber).year).byDay.get(dayNumber);
  }

  ofYear(year: number): readonly DatedSpecialDay[] {
    return this.year(year).list;
  }

  /** True when `year` is answered by the table rather than by the rules. */
  isTabulated(year: number): boolean {
    return this.table !== null && year >= this.table.coverage.from && year <= this.table.coverage.to;
  }

  private year(year: number) {
    let entry = this.byYear.get(year);
    if (entry === undefined) {
      const base = this.isTabulated(year) ? (this.tableByYear.get(year) ?? []) : projectSpecialDays(year);
      const byDay = new Map<number, DatedSpecialDay>();
      for (const day of [...base, ...(this.extrasByYear.get(year) ?? [])]) {
        const dayNumber = tryParseIsoDate(day.date)!;
        byDay.set(dayNumber, { ...day, dayNumber });
      }
      const list = [...byDay.values()].sort((a, b) => a.dayNumber - b.dayNumber);
      entry = { list, byDay };
      this.byYear.set(year, entry);
    }
    return entry;
  }
}

function resolveExtras(extra: ResolveSpecialDaysOptions["extraSpecialDays"]): readonly SpecialDay[] {
  if (extra === undefined) return [];
  if (typeof extra === "string") return loadSpecialDayTable(extra).entries;
  return extra.map((e, i) => validateSpecialDay(e, i, "extraSpecialDays"));
}

function groupByYear(entries: readonly SpecialDay[], into: Map<number, SpecialDay[]>): void {
  for (const e of entries) {
    const year = Number(e.date.slice(0, 4));
    const list = into.get(year);
    if (list === undefined) into.set(year, [e]);
    else list.push(e);
  }
}
