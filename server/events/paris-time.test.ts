// The Paris wall clock read from each hour's offset is Luxon's, around every
// change of offset and at any instant.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { instantToParisLocal, PARIS, parisDay, parisZone } from "./paris-time.ts";

const luxonLocal = (ms: number) => DateTime.fromMillis(ms, { zone: PARIS }).toFormat("yyyy-LL-dd'T'HH:mm");
const luxonDay = (ms: number) => DateTime.fromMillis(ms, { zone: PARIS }).toISODate();

describe("the Paris wall clock", () => {
  it("is Luxon's every minute around each change of offset from 1976 to 2040", () => {
    let checked = 0;
    for (let year = 1976; year <= 2040; year += 1) {
      // Each hour where the offset changes, found day by day, then hour by hour.
      const offset = (ms: number) => DateTime.fromMillis(ms, { zone: PARIS }).offset;
      const hours = [];
      for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) {
        if (offset(day) === offset(day + 86_400_000)) continue;
        for (let ms = day; ms < day + 86_400_000; ms += 3_600_000) if (offset(ms) !== offset(ms + 3_600_000)) hours.push(ms);
      }
      for (const ms of hours) {
        for (let minute = -90; minute <= 150; minute += 1) {
          const instant = ms + minute * 60_000;
          expect(instantToParisLocal(new Date(instant)), new Date(instant).toISOString()).toBe(luxonLocal(instant));
          expect(parisDay(new Date(instant))).toBe(luxonDay(instant));
          checked += 1;
        }
      }
    }
    // Two changes a year (1976 had one).
    expect(checked).toBeGreaterThan(120 * 240);
  });

  it("is Luxon's at random instants from 1900 to 2100, seconds and milliseconds included", () => {
    let seed = 20_261_206;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const [from, to] = [Date.UTC(1900, 0, 1), Date.UTC(2100, 0, 1)];
    for (let index = 0; index < 50_000; index += 1) {
      const instant = Math.floor(from + random() * (to - from));
      expect(instantToParisLocal(new Date(instant)), new Date(instant).toISOString()).toBe(luxonLocal(instant));
      expect(parisDay(new Date(instant))).toBe(luxonDay(instant));
    }
  });

  it("reads the end of daylight saving time in 2026 as the events' rules expect", () => {
    // 25 October 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC.
    expect(instantToParisLocal(new Date("2026-10-25T00:30:00Z"))).toBe("2026-10-25T02:30");
    expect(instantToParisLocal(new Date("2026-10-25T01:30:00Z"))).toBe("2026-10-25T02:30");
    expect(instantToParisLocal(new Date("2026-11-05T17:00:00Z"))).toBe("2026-11-05T18:00");
    expect(parisDay(new Date("2026-11-30T23:30:00Z"))).toBe("2026-12-01");
  });

  it("as a Luxon zone, gives Luxon's own dates and is taken for Europe/Paris", () => {
    let seed = 6_122_026;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const [from, to] = [Date.UTC(1970, 0, 1), Date.UTC(2060, 0, 1)];
    // Random instants, and each minute around the changes of 2026.
    const instants = Array.from({ length: 20_000 }, () => Math.floor(from + random() * (to - from)));
    for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]) {
      for (let minute = -90; minute <= 90; minute += 1) instants.push(change + minute * 60_000);
    }
    const format = "yyyyLLdd'T'HHmmss ZZ";
    for (const ms of instants) {
      const ours = DateTime.fromJSDate(new Date(ms), { zone: parisZone });
      const luxon = DateTime.fromJSDate(new Date(ms), { zone: PARIS });
      expect(ours.toFormat(format), new Date(ms).toISOString()).toBe(luxon.toFormat(format));
      expect(ours.toMillis()).toBe(ms);
    }
    // A library setting such a date to Europe/Paris (ical-generator does) keeps it as is, without a new offset lookup.
    const date = DateTime.fromJSDate(new Date("2026-11-05T17:00:00Z"), { zone: parisZone });
    expect(date.setZone(PARIS)).toBe(date);
    expect(date.zoneName).toBe(PARIS);
    expect(date.offsetNameShort).toBe(DateTime.fromJSDate(new Date("2026-11-05T17:00:00Z"), { zone: PARIS }).offsetNameShort);
  });
});
