// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from; where the
// documents are silent, the field is left out.
import type { Source, TerritoryRef } from "../../core/demo.ts";

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
  participations: { year: number; tookPart: boolean; note?: string }[];
  source: Source;
}
