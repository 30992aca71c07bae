// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from; where the
// documents are silent, the field is left out.
import type { LegalForm, Sector } from "../../generated/prisma/enums.ts";
import type { Source } from "../../core/demo.ts";

export interface OrganisationSeed {
  id: string;
  name: string;
  shortName?: string;
  legalForm: LegalForm;
  sectors: Sector[];
  siren?: string;
  address?: string;
  /** INSEE code of the commune it is located in. */
  commune?: string;
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
