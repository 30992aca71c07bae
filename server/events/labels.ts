// French labels of the event enums, shared by the calendar feeds and the web app.
import type { EventType } from "../generated/prisma/enums.ts";

export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  FORUM: "Forum",
  VISITE_DE_STRUCTURE: "Visite de structure",
  CONFERENCE_DEBAT: "Conférence-débat",
  CINE_DEBAT: "Ciné-débat",
  ATELIER: "Atelier",
  FORMATION: "Formation",
  MARCHE: "Marché",
  PORTES_OUVERTES: "Portes ouvertes",
  AUTRE: "Autre",
};
