// People named in the seed corpus as leaders, contacts, founders or authors
// holding a role in an organisation. No e-mail or phone is printed for any of
// them (the cards print structures' contacts), so none is kept.
import { SOURCES } from "../../core/demo.ts";
import type { PersonSeed } from "./seed.types.ts";

export const people: PersonSeed[] = [
  // Document 002 (authors of the article on the territorial anchoring of the ESS)
  {
    id: "lucien-petit",
    fullName: "Lucien Petit",
    title: "Président du conseil de surveillance de « Le toit commun »",
    organisation: "le-toit-commun-scic",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "amelie-lefebvre-chombart",
    fullName: "Amélie Lefebvre-Chombart",
    title: "Coordinatrice de la chairESS à l'Université polytechnique des Hauts-de-France",
    organisation: "chairess",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "joackim-lebrun",
    fullName: "Joackim Lebrun",
    title: "Directeur du réseau régional Acteurs pour une économie sociale et solidaire",
    organisation: "apes",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "olivier-petit",
    fullName: "Olivier Petit",
    title: "Maître de conférences en économie à l'université d'Artois",
    organisation: "universite-d-artois",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },

  // Document 001 (MEL, Roubaix, actors of the métropole lilloise)
  {
    id: "damien-castelain",
    fullName: "Damien Castelain",
    title: "Président de la MEL",
    organisation: "mel",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "marc-godefroy",
    fullName: "Marc Godefroy",
    title: "Conseiller délégué à l'ESS",
    organisation: "mel",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "philippe-hourdain",
    fullName: "Philippe Hourdain",
    title: "Président de la Chambre de Commerce et d'Industrie Grand Lille",
    organisation: "cci-grand-lille",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "bertrand-sauvage",
    fullName: "Bertrand Sauvage",
    title: "Directeur du développement économique",
    organisation: "ville-de-roubaix",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "anne-sophie-van-rijn",
    fullName: "Anne-Sophie Van Rijn",
    organisation: "scop-baraka",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "vincent-boutry",
    fullName: "Vincent Boutry",
    organisation: "universite-populaire-et-citoyenne",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "emmanuel-duvette",
    fullName: "Emmanuel Duvette",
    title: "L'un des fondateurs du Mutualab",
    organisation: "mutualab",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "maxence-messiant",
    fullName: "Maxence Messiant",
    title: "L'un des trois créateurs du Court-circuit",
    organisation: "le-court-circuit",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "yohann-reisenhel",
    fullName: "Yohann Reisenhel",
    title: "Directeur",
    organisation: "kaleide",
    source: SOURCES.MEL_ROUBAIX,
  },

  // Document 003 (Porte du Hainaut)
  {
    id: "laurent-demain",
    fullName: "Laurent Demain",
    title: "Chargé de commerce de proximité et ESS de la communauté d'agglomération",
    organisation: "caph",
    source: SOURCES.PORTE_DU_HAINAUT,
  },
  {
    id: "timothee-duverger",
    fullName: "Timothée Duverger",
    title: "Responsable de la chaire Territoires de l'ESS à Sciences Po Bordeaux",
    organisation: "chaire-territoires-ess",
    source: SOURCES.PORTE_DU_HAINAUT,
  },
  {
    id: "anne-laure-federici",
    fullName: "Anne-Laure Federici",
    title: "Déléguée générale du RTES",
    organisation: "rtes",
    source: SOURCES.PORTE_DU_HAINAUT,
  },

  // Document 004 (Pas-de-Calais cooperation referential)
  {
    id: "line-pruvost",
    fullName: "Line Pruvost",
    title: "Rédaction du référentiel « La Coopération dans le Pas-de-Calais, la richesse des pratiques » (CG62)",
    organisation: "departement-pas-de-calais",
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
];
