import { dayNumberOf, isoDateOf, Weekday, weekdayOf } from "./civil-date.js";
import type { SpecialDay, SpecialDayKind } from "./special-days.js";

/**
 * The SPEC §1 rules that project CME's equity special days for any year. They reproduce the versioned
 * table for 2015–2027 except entries only an exchange notice can know: jobs-report Good Fridays (the rules
 * say full closure) and national days of mourning (the rules know none).
 */
const RULES_SOURCE = "rules";

function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = dayNumberOf(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
}

function lastWeekday(year: number, month: number, weekday: number): number {
  const last = dayNumberOf(year, month + 1, 1) - 1;
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberOf(year, month, day);
}

/** Saturday → Friday, Sunday → Monday; `observed` tells whether it moved. */
function weekendObserved(dn: number): { day: number; observed: boolean } {
  const wd = weekdayOf(dn);
  if (wd === Weekday.Saturday) return { day: dn - 1, observed: true };
  if (wd === Weekday.Sunday) return { day: dn + 1, observed: true };
  return { day: dn, observed: false };
}

/** The special days the rules give for one year, sorted by date. */
export function projectSpecialDays(year: number): SpecialDay[] {
  const out: SpecialDay[] = [];
  const add = (dn: number, kind: SpecialDayKind, name: string) =>
    out.push({ date: isoDateOf(dn), kind, name, source: RULES_SOURCE });
  const observedName = (name: string, observed: boolean) => (observed ? `${name} (observed)` : name);

  // New Year's Day: Sunday → Monday; a Saturday New Year is not observed (CME trades Friday Dec 31).
  const newYear = dayNumberOf(year, 1, 1);
  if (weekdayOf(newYear) === Weekday.Sunday) add(newYear + 1, "full-closure", "New Year's Day (observed)");
  else if (weekdayOf(newYear) !== Weekday.Saturday) add(newYear, "full-closure", "New Year's Day");

  add(nthWeekday(year, 1, Weekday.Monday, 3), "holiday-halt-1300", "Martin Luther King Jr. Day");
  add(nthWeekday(year, 2, Weekday.Monday, 3), "holiday-halt-1300", "Presidents' Day");
  add(easterSunday(year) - 2, "full-closure", "Good Friday");
  add(lastWeekday(year, 5, Weekday.Monday), "holiday-halt-1300", "Memorial Day");
  if (year >= 2022) {
    const j = weekendObserved(dayNumberOf(year, 6, 19));
    add(j.day, "holiday-halt-1300", observedName("Juneteenth", j.observed));
  }
  const july4 = dayNumberOf(year, 7, 4);
  const july4Weekday = weekdayOf(july4);
  if (july4Weekday >= Weekday.Tuesday && july4Weekday <= Weekday.Friday) {
    add(july4 - 1, "early-close-1315", "Independence Day eve");
  }
  const independence = weekendObserved(july4);
  add(independence.day, "holiday-halt-1300", observedName("Independence Day", independence.observed));
  add(nthWeekday(year, 9, Weekday.Monday, 1), "holiday-halt-1300", "Labor Day");
  const thanksgiving = nthWeekday(year, 11, Weekday.Thursday, 4);
  add(thanksgiving, "holiday-halt-1300", "Thanksgiving Day");
  add(thanksgiving + 1, "early-close-1315", "Day after Thanksgiving");
  const christmasEve = dayNumberOf(year, 12, 24);
  if (weekdayOf(christmasEve) >= Weekday.Monday && weekdayOf(christmasEve) <= Weekday.Thursday) {
    add(christmasEve, "early-close-1315", "Christmas Eve");
  }
  const christmas = weekendObserved(dayNumberOf(year, 12, 25));
  add(christmas.day, "full-closure", observedName("Christmas Day", christmas.observed));

  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
