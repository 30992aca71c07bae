// Clashes in words: "Conflit avec « … » le 19 novembre à 18:30 : même lieu".
import type { Clash, ClashReason, ClashSide } from "../../graphql/events.ts";
import { AUDIENCE_LABEL, CLASH_REASON_KIND_LABEL, SECTOR_LABEL, formatDayOfMonth, localTime } from "../../labels.ts";

/** The reason with what makes it: the shared organisation, the EPCI, the public or themes in common. */
export function reasonText(reason: ClashReason): string {
  const label = CLASH_REASON_KIND_LABEL[reason.kind];
  const details: string[] = [];
  if (reason.organisations.length) details.push(reason.organisations.map((organisation) => organisation.name).join(", "));
  if (reason.epci.length) details.push(reason.epci.map((epci) => epci.name).join(" et "));
  if (reason.audiences.length) details.push(`public : ${reason.audiences.map((audience) => AUDIENCE_LABEL[audience]).join(", ")}`);
  if (reason.themes.length) details.push(`thème : ${reason.themes.map((theme) => SECTOR_LABEL[theme]).join(", ")}`);
  return details.length ? `${label} (${details.join(" ; ")})` : label;
}

export const reasonsText = (clash: Clash) => clash.reasons.map(reasonText).join(", ");

/** The side of the clash that is not this event (a mutation puts the written event first; Event.clashes, the earlier). */
export function otherSide(clash: Clash, eventId: string | null): ClashSide {
  return clash.first.event?.id === eventId ? clash.second : clash.first;
}

/**
 * The event of a side in words: its title, or — for another network's draft
 * or proposal, which the viewer may not read — that there is one.
 */
export const sideTitle = (side: ClashSide) => (side.event ? `« ${side.event.title} »` : "un événement non publié d'un autre organisateur");

/** A key for the event of a side: its id, or its session for an event the viewer may not read. */
export const sideKey = (side: ClashSide) => side.event?.id ?? `session:${side.sessionId}`;

export function clashSentence(clash: Clash, eventId: string | null): string {
  const other = otherSide(clash, eventId);
  return `Conflit avec ${sideTitle(other)} le ${formatDayOfMonth(other.localStart)} à ${localTime(other.localStart)} : ${reasonsText(clash)}`;
}
