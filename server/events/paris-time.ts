// Events are planned in Europe/Paris wall-clock time and stored as instants.
// Luxon resolves the offset of each date, so a session on either side of the
// end of daylight saving time (last Sunday of October) lands on the right hour.
import { DateTime } from "luxon";

export const PARIS = "Europe/Paris";

/** "2026-11-05T18:00" (Paris wall clock) → instant; null when not a valid local time. */
export function parisLocalToInstant(local: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const parsed = DateTime.fromISO(local, { zone: PARIS });
  return parsed.isValid ? parsed.toJSDate() : null;
}

/** Instant → "2026-11-05T18:00" on the Paris wall clock. */
export function instantToParisLocal(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: PARIS }).toFormat("yyyy-LL-dd'T'HH:mm");
}

/** Instant → the Paris calendar day, "2026-11-05". */
export function parisDay(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: PARIS }).toISODate()!;
}

/** A date column (edition days) → "2026-11-05". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same Paris wall-clock time `weeks` weeks later: "2025-11-06T18:00" + 52 → "2026-11-05T18:00". */
export function parisLocalPlusWeeks(local: string, weeks: number): string {
  return DateTime.fromISO(local, { zone: PARIS }).plus({ weeks }).toFormat("yyyy-LL-dd'T'HH:mm");
}
