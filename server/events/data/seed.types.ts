// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from. A value
// no document gives is left out — unknown, never guessed; a value inferred
// rather than stated says so, with the reason.
import type { Accessibility, Audience, CoOrganiserRole, EventStatus, EventType, Sector } from "../../generated/prisma/enums.ts";
import type { CertaintySeed, Source, TerritoryRef } from "../../core/demo.ts";

/** Where an event takes place: a Maison, an organisation's premises, or an address in a commune. */
export type VenueSeed =
  | { maison: string }
  | { organisation: string }
  | { address: string; /** INSEE code. */ commune: string };

export interface EventSeed {
  /** Stable id, unique across editions. */
  id: string;
  title: string;
  type: EventType;
  description?: string;
  status: EventStatus;
  venue: VenueSeed;
  audiences: Audience[];
  themes: Sector[];
  capacity?: number;
  accessibility?: Accessibility[];
  registrationUrl?: string;
  /** Local times in Europe/Paris, "2026-11-05T18:00". */
  sessions: { start: string; end: string }[];
  /** Exactly one LEAD. */
  coOrganisers: { organisation: string; role: CoOrganiserRole }[];
}

/** One network's Mois de l'ESS for a year. */
export interface EditionSeed {
  id: string;
  year: number;
  title: string;
  /** Exactly one: the COTESS, the Maison or the organisation acting as a network (the CRESS). */
  network: { cotess: string } | { maison: string } | { organisation: string };
  territories: TerritoryRef[];
  /** "YYYY-MM-DD", Europe/Paris days. */
  startsOn: string;
  endsOn: string;
  description?: string;
  /** The edition and its events are demonstration data (plausible, not reported by the documents). */
  isDemo: boolean;
  events: EventSeed[];
  /** The document that reports the edition; left out for demonstration data. */
  source?: Source;
  /** For a reported edition: how it is known (STATED when left out). */
  certainty?: CertaintySeed;
  /** The quote, or the reason it is inferred (required for INFERRED). */
  basis?: string;
}
