// Events are planned in Europe/Paris wall-clock time and stored as instants.
// Luxon resolves the offset of each date, so a session on either side of the
// end of daylight saving time (last Sunday of October) lands on the right hour.
import { DateTime, IANAZone, Zone } from "luxon";

export const PARIS = "Europe/Paris";

/** "2026-11-05T18:00" (Paris wall clock) → instant; null when not a valid local time. */
export function parisLocalToInstant(local: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const parsed = DateTime.fromISO(local, { zone: PARIS });
  return parsed.isValid ? parsed.toJSDate() : null;
}

const HOUR_MS = 3_600_000;
// Paris's offset for each UTC hour asked, as Luxon gives it. A programme
// page shows dozens of times: Luxon's offset lookup (Intl formatting) for
// each was most of the page's CPU. An hour whose two ends have the same
// offset has it throughout (Paris changes at most once an hour); an hour
// with a change (twice a year) asks Luxon for each instant.
const offsetOfHour = new Map<number, number | null>();

/** Minutes east of UTC on the Paris wall clock at this instant. */
function parisOffset(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsetOfHour.get(hour);
  if (offset === undefined) {
    const start = DateTime.fromMillis(hour * HOUR_MS, { zone: PARIS }).offset;
    offset = DateTime.fromMillis(hour * HOUR_MS + HOUR_MS - 1, { zone: PARIS }).offset === start ? start : null;
    // Bounded: a year of hours is 8,760.
    if (offsetOfHour.size > 100_000) offsetOfHour.clear();
    offsetOfHour.set(hour, offset);
  }
  return offset ?? DateTime.fromMillis(ms, { zone: PARIS }).offset;
}

// Europe/Paris for Luxon, its offsets from the hours above. Luxon asks a
// zone for the offset of every DateTime made in it; with its own IANAZone
// that is Intl formatting each time, most of the CPU of an edition's
// calendar feed (ical-generator takes Luxon dates). Equal to Luxon's
// Europe/Paris zone (same type and name), so that a DateTime made here is
// not converted again when a library sets it to "Europe/Paris".
class ParisZone extends Zone {
  readonly #iana = IANAZone.create(PARIS);
  override get type() { return "iana"; }
  override get name() { return PARIS; }
  get ianaName() { return PARIS; }
  override get isUniversal() { return false; }
  override get isValid() { return true; }
  override offsetName(ts: number, options: { format?: "short" | "long"; locale?: string }) { return this.#iana.offsetName(ts, options); }
  override formatOffset(ts: number, format: "narrow" | "short" | "techie") { return this.#iana.formatOffset(ts, format); }
  override offset(ts: number) { return parisOffset(ts); }
  override equals(other: Zone) { return other.type === "iana" && other.name === PARIS; }
}

/** Europe/Paris as a Luxon zone, for DateTimes made in bulk (same offsets as Luxon's, looked up once an hour). */
export const parisZone: Zone = new ParisZone();

/** The Paris wall clock at this instant, as an ISO string without offset ("2026-11-05T18:00:00.000Z" read as local). */
function parisWallClock(instant: Date): string {
  const ms = instant.getTime();
  return new Date(ms + parisOffset(ms) * 60_000).toISOString();
}

/** Instant → "2026-11-05T18:00" on the Paris wall clock. */
export function instantToParisLocal(instant: Date): string {
  return parisWallClock(instant).slice(0, 16);
}

/** Instant → the Paris calendar day, "2026-11-05". */
export function parisDay(instant: Date): string {
  return parisWallClock(instant).slice(0, 10);
}

/** A date column (edition days) → "2026-11-05". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same Paris wall-clock time `weeks` weeks later: "2025-11-06T18:00" + 52 → "2026-11-05T18:00". */
export function parisLocalPlusWeeks(local: string, weeks: number): string {
  return DateTime.fromISO(local, { zone: PARIS }).plus({ weeks }).toFormat("yyyy-LL-dd'T'HH:mm");
}
