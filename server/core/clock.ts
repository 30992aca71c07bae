// What time it is for the server. Injected (AppOptions.clock) so that rules
// that depend on the day — an edition in progress, upcoming or ended — are
// tested on a fixed day rather than on the day the suite runs.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant ("2026-11-15T10:00:00+01:00"), for tests and demonstrations. */
export function fixedClock(instant: string | Date): Clock {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new Error(`Not an instant: ${String(instant)}`);
  return { now: () => new Date(at) };
}
