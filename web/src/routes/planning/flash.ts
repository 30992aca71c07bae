// What a page says once, after the page before it: the event just created
// opens at its own address with the message and warnings of its creation.
import type { Clash } from "../../graphql/events.ts";

export interface Flash {
  eventId: string;
  message: string;
  clashes: Clash[];
}

let pending: Flash | null = null;

export function setFlash(flash: Flash) {
  pending = flash;
}

/** The flash left for this event, once. */
export function takeFlash(eventId: string | null): Flash | null {
  if (!pending || pending.eventId !== eventId) return null;
  const flash = pending;
  pending = null;
  return flash;
}
