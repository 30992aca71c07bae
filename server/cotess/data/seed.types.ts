// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from. A value
// no document gives is left out — unknown, never guessed; a value inferred
// rather than stated says so, with the reason.
import type { CertaintySeed, Source, TerritoryRef } from "../../core/demo.ts";

export interface CotessSeed {
  id: string;
  name: string;
  formerNames: string[];
  description?: string;
  history?: string;
  territories: TerritoryRef[];
  /** Seats of co-animators; the person and organisation where the documents name them. */
  coAnimators: { id: string; agglomeration: TerritoryRef; person?: string; organisation?: string }[];
  members: { organisation: string; sinceYear?: number }[];
  /** Whether it carried the Mois de l'ESS each year, as far as the documents allow: no year they do not cover. */
  participations: { year: number; tookPart: boolean; note?: string; certainty: CertaintySeed; basis?: string; source?: Source }[];
  source: Source;
}
