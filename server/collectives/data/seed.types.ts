// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from; where the
// documents are silent, the field is left out.
import type { CollectiveKind, CollectiveStructure, MembershipRole, Sector } from "../../generated/prisma/enums.ts";
import type { Source, TerritoryRef } from "../../core/demo.ts";

/** The fields of a card of the Pas-de-Calais cooperation referential. */
export interface CardSeed {
  sectorLabel?: string;
  coverageLabel?: string;
  coverage: TerritoryRef[];
  origin?: string;
  governance?: string;
  stakes?: string;
  workingTogether?: string;
  contact?: string;
}

export interface CollectiveSeed {
  id: string;
  name: string;
  kind: CollectiveKind;
  sectors: Sector[];
  structure?: CollectiveStructure;
  meetingRhythm?: string;
  startYear?: number;
  description?: string;
  card?: CardSeed;
  members: { organisation: string; role: MembershipRole; sinceYear?: number; untilYear?: number }[];
  source: Source;
}

/** The card of a structure d'appui, initiateur de coopération: an organisation's card in the referential. */
export interface OrganisationCardSeed {
  organisation: string;
  card: CardSeed;
  source: Source;
}
