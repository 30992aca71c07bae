// Days as "YYYY-MM-DD" strings, computed at noon UTC: no zone or daylight
// saving change can move them to the day before or after.

const parisDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in Paris, "2026-11-25". */
export const parisToday = () => parisDay.format(new Date());

const noon = (day: string) => new Date(`${day}T12:00:00Z`);
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const date = noon(day);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOf(date);
}

/** 0 for Monday … 6 for Sunday. */
const weekdayIndex = (day: string) => (noon(day).getUTCDay() + 6) % 7;

/** The weeks (Monday to Sunday) covering the days from `first` to `last`. */
export function weeksCovering(first: string, last: string): string[][] {
  const weeks: string[][] = [];
  let day = addDays(first, -weekdayIndex(first));
  while (day <= last) {
    const week = Array.from({ length: 7 }, (_, index) => addDays(day, index));
    weeks.push(week);
    day = addDays(day, 7);
  }
  return weeks;
}

export const WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
