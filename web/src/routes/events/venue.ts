// Where an event takes place, in words.
import type { Venue } from "../../graphql/events.ts";

/** The Maison, the organisation whose premises, or the street address; null when none is known. */
export function venueName(event: Venue): string | null {
  return event.venueMaison?.name ?? event.venueOrganisation?.name ?? event.venueAddress ?? null;
}
