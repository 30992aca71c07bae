// Who holds shares of which company: the sociétaires of the SCIC the
// documents describe.
import { SOURCES } from "../../core/demo.ts";
import type { ShareholdingSeed } from "./seed.types.ts";

/**
 * Sociétaires of the SCIC Le Toit Commun named in document 002. The Département
 * and the CALL are stated ("l'entrée du département et de la CALL au capital de
 * la SCIC"). The others are the organisations the article cites as invested in
 * Le Toit Commun, which it sets apart from the ecosystem organisations that "ne
 * sont pas encore parties-prenantes du sociétariat de la SCIC" (RécupTri, le
 * Coron des Arts, Re-cycle): their sociétariat is read from that contrast.
 */
export const SCIC_STATED_HOLDERS = ["departement-pas-de-calais", "call"] as const;
export const SCIC_CITED_HOLDERS = [
  "cliss-xxi",
  "micros-rebelles",
  "vestali",
  "les-cousalis",
  "planning-familial-62",
  "culture-et-liberte",
  "artisans-du-monde",
  "eau-secours-62",
  "les-amis-de-mandela",
  "emergences-62",
  "partenaires-interim",
  "partenaires-emploi",
  "partenaires-action",
  "afev-artois",
  "el-fouad",
  "les-anges-gardin",
  "garage-solidaire-du-bassin-minier",
  "3id",
] as const;

export const STATED_SOCIETARIAT =
  "Entrée au capital de la SCIC : « l'entrée du département et de la CALL au capital de la SCIC rebat les cartes des liens public-privé sur le territoire ».";
export const CITED_SOCIETARIAT =
  "Citée parmi les organisations investies dans Le Toit Commun, que l'article distingue des organisations de l'écosystème « pas encore parties-prenantes du sociétariat de la SCIC ».";

export const shareholdings: ShareholdingSeed[] = [
  // SCIC Le Toit Commun. The SCI Le Toit de l'ESS has "actionnaires" who
  // brought part of the investment, but no document names them.
  ...[...SCIC_STATED_HOLDERS, ...SCIC_CITED_HOLDERS].map(
    (holder): ShareholdingSeed => ({ company: "le-toit-commun-scic", holder, source: SOURCES.ANCRAGE_BASSIN_MINIER }),
  ),
  // SCIC Toerana Habitat: "Création d'une SCIC permettant d'élargir la capacité
  // des associés : 4 Clubs Cigale, 1 entreprise locale du bâtiment, A Petits
  // Pas, 1 comptable, Autonomie et Solidarité" (the company and the accountant
  // are not named).
  { company: "toerana-habitat", holder: "cigales-npdc", source: SOURCES.REFERENTIEL_COOPERATION_62 },
  { company: "toerana-habitat", holder: "a-petits-pas", source: SOURCES.REFERENTIEL_COOPERATION_62 },
  { company: "toerana-habitat", holder: "autonomie-et-solidarite", source: SOURCES.REFERENTIEL_COOPERATION_62 },
];
