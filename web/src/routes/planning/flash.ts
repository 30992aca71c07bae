// What a page says once, after the page before it: the event just created
// opens at its own address with the message and warnings of its creation;
// next year's edition opens on its planning with what was copied into it.
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

/** What the new edition's planning says once, after it was opened from the previous one. */
export interface EditionFlash {
  editionId: string;
  message: string;
  /** The ticked events that were not copied, and why. */
  refused: { eventId: string; title: string; reason: string }[];
}

let pendingEdition: EditionFlash | null = null;

export function setEditionFlash(flash: EditionFlash) {
  pendingEdition = flash;
}

/** The flash left for this edition, once. */
export function takeEditionFlash(editionId: string): EditionFlash | null {
  if (!pendingEdition || pendingEdition.editionId !== editionId) return null;
  const flash = pendingEdition;
  pendingEdition = null;
  return flash;
}
