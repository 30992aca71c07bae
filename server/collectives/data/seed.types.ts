// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from. A value
// no document gives is left out — unknown, never guessed; a value inferred
// rather than stated says so, with the reason.
import type { CollectiveKind, CollectiveStructure, MembershipRole, Sector } from "../../generated/prisma/enums.ts";
import type { CertaintySeed, Source, TerritoryRef } from "../../core/demo.ts";

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
  /** The legal structure it gave itself (AUCUNE only when a document says it has none); left out when unknown. */
  structure?: CollectiveStructure;
  structureCertainty?: CertaintySeed;
  structureBasis?: string;
  meetingRhythm?: string;
  startYear?: number;
  description?: string;
  card?: CardSeed;
  members: MembershipSeed[];
  source: Source;
}

/** A membership of a collective, with how it (and its role) is known. */
export interface MembershipSeed {
  organisation: string;
  role: MembershipRole;
  sinceYear?: number;
  untilYear?: number;
  /** STATED when left out. */
  certainty?: CertaintySeed;
  /** The quote, or the reason it is inferred (required for INFERRED). */
  basis?: string;
}

/** The card of a structure d'appui, initiateur de coopération: an organisation's card in the referential. */
export interface OrganisationCardSeed {
  organisation: string;
  card: CardSeed;
  source: Source;
}
