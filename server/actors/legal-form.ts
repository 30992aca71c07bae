// The ESS family of an organisation follows from its legal form (loi du
// 31 juillet 2014, article 1): associations, coopératives, mutuelles,
// fondations, and commercial companies that meet the law's conditions
// (ESUS). Anything else is a partner of the ESS, not part of it.
import { Prisma } from "../generated/prisma/client.ts";
import type { EssFamily, LegalForm } from "../generated/prisma/enums.ts";

const FAMILY: Record<LegalForm, EssFamily> = {
  ASSOCIATION: "ASSOCIATION",
  // Groupements d'employeurs of the ESS are associations.
  GROUPEMENT_EMPLOYEURS: "ASSOCIATION",
  SCOP: "COOPERATIVE",
  SCIC: "COOPERATIVE",
  COOPERATIVE: "COOPERATIVE",
  MUTUELLE: "MUTUELLE",
  FONDATION: "FONDATION",
  ENTREPRISE_ESUS: "ENTREPRISE_COMMERCIALE_ESS",
  GIE: "HORS_ESS",
  SCI: "HORS_ESS",
  COLLECTIVITE: "HORS_ESS",
  ETABLISSEMENT_PUBLIC: "HORS_ESS",
  ENTREPRISE_CLASSIQUE: "HORS_ESS",
  AUTRE: "HORS_ESS",
};

export function familyOf(legalForm: LegalForm): EssFamily {
  return FAMILY[legalForm];
}

/**
 * SQL: an organisation not known to be outside the ESS — of an ESS family, or
 * of unknown legal form. Whom to suggest or to count among the absent of a
 * Mois de l'ESS: an actor the documents name without its legal form is most
 * often an association, and is never silently dropped for it (`family <>
 * 'HORS_ESS'` would be, NULL comparing to nothing).
 */
export const notKnownOutsideEss = (o: Prisma.Sql = Prisma.raw("o")) => Prisma.sql`${o}.family IS DISTINCT FROM 'HORS_ESS'`;
