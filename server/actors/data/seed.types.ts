// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from. A value
// no document gives is left out — unknown, never guessed; a value inferred
// rather than stated says so, with the reason.
import type { LegalForm, Sector } from "../../generated/prisma/enums.ts";
import type { CertaintySeed, Source, TerritoryRef } from "../../core/demo.ts";

export interface OrganisationSeed {
  id: string;
  name: string;
  shortName?: string;
  /** Left out when no document gives it and nothing allows inferring it. */
  legalForm?: LegalForm;
  /** With a legal form: how it is known. */
  legalFormCertainty?: CertaintySeed;
  /** The document's words that state it, or the reason it is inferred (required for INFERRED). */
  legalFormBasis?: string;
  sectors: Sector[];
  siren?: string;
  address?: string;
  /** INSEE code of the commune it is located in. */
  commune?: string;
  /** When the commune is unknown: the territory (EPCI, département, région) the documents place it in. */
  location?: TerritoryRef;
  /** Why it is placed there, when no document gives its address (a quote or a reason). */
  locationBasis?: string;
  /** For a collectivité: the territory it governs. */
  governs?: TerritoryRef;
  website?: string;
  publicEmail?: string;
  publicPhone?: string;
  headcount?: number;
  headcountYear?: number;
  description?: string;
  source: Source;
}

export interface PersonSeed {
  id: string;
  fullName: string;
  title?: string;
  organisation?: string;
  email?: string;
  phone?: string;
  source: Source;
}
