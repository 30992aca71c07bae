// Who holds shares of which company: the sociétaires of the SCIC the
// documents describe, each stated or inferred (with the reason), named or,
// when the document names none, described. The graph makes one
// SOCIETARIAT_SCIC tie of each named holding, with its certainty.
import { SOURCES } from "../../core/demo.ts";
import type { ShareholdingSeed } from "./seed.types.ts";

/**
 * Sociétaires of the SCIC Le Toit Commun (document 002). The Département and
 * the CALL are stated: "l'entrée du département et de la CALL au capital de la
 * SCIC". No sentence says that the other organisations the article cites are
 * sociétaires: it is read from the contrast with the ecosystem organisations
 * that "ne sont pas encore parties-prenantes du sociétariat de la SCIC"
 * (RécupTri, le Coron des Arts, Re-cycle). The first ten are "investies dans
 * Le Toit Commun, et qui ont contribué à sa création"; the last eight are
 * structures Le Toit Commun "rassemble", which "contribuent à la vie du Toit
 * Commun" (a looser link).
 */
export const SCIC_STATED_HOLDERS = ["departement-pas-de-calais", "call"] as const;
export const SCIC_INVESTED_ORGANISATIONS = [
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
] as const;
export const SCIC_GATHERED_ORGANISATIONS = [
  "partenaires-interim",
  "partenaires-emploi",
  "partenaires-action",
  "afev-artois",
  "el-fouad",
  "les-anges-gardin",
  "garage-solidaire-du-bassin-minier",
  "3id",
] as const;

const STATED_SOCIETARIAT = "« l'entrée du département et de la CALL au capital de la SCIC rebat les cartes des liens public-privé sur le territoire »";
const CONTRAST =
  "aucune phrase ne la dit sociétaire : déduit du contraste « au-delà des organisations citées plus haut, et même si elles ne sont pas encore parties-prenantes du sociétariat de la SCIC, plusieurs organisations participent à l'écosystème Le Toit Commun »";
const INVESTED_SOCIETARIAT = `Citée parmi « les 25 organisations investies dans Le Toit Commun, et qui ont contribué à sa création » ; ${CONTRAST}`;
const GATHERED_SOCIETARIAT = `Citée parmi les structures que Le Toit Commun « rassemble » et qui « contribuent à la vie du Toit Commun » ; ${CONTRAST}`;

const TOERANA_ASSOCIES =
  "« Création d'une SCIC permettant d'élargir la capacité des associés : 4 Clubs Cigale, 1 entreprise locale du bâtiment, A Petits Pas, 1 comptable, Autonomie et Solidarité. »";

export const shareholdings: ShareholdingSeed[] = [
  // SCIC Le Toit Commun. Individuals are sociétaires too ("un réseau de
  // bénévoles membres de la SCIC"), unnamed; the SCI Le Toit de l'ESS has
  // "actionnaires" who brought part of the investment, but no document names them.
  ...SCIC_STATED_HOLDERS.map(
    (holder): ShareholdingSeed => ({
      id: `le-toit-commun-scic/${holder}`,
      company: "le-toit-commun-scic",
      holder,
      certainty: "STATED",
      basis: STATED_SOCIETARIAT,
      source: SOURCES.ANCRAGE_BASSIN_MINIER,
    }),
  ),
  ...SCIC_INVESTED_ORGANISATIONS.map(
    (holder): ShareholdingSeed => ({
      id: `le-toit-commun-scic/${holder}`,
      company: "le-toit-commun-scic",
      holder,
      certainty: "INFERRED",
      basis: INVESTED_SOCIETARIAT,
      source: SOURCES.ANCRAGE_BASSIN_MINIER,
    }),
  ),
  ...SCIC_GATHERED_ORGANISATIONS.map(
    (holder): ShareholdingSeed => ({
      id: `le-toit-commun-scic/${holder}`,
      company: "le-toit-commun-scic",
      holder,
      certainty: "INFERRED",
      basis: GATHERED_SOCIETARIAT,
      source: SOURCES.ANCRAGE_BASSIN_MINIER,
    }),
  ),

  // SCIC Toerana Habitat (document 004): the five associés as the card gives
  // them. The 4 clubs, the company and the accountant are not named; the
  // regional association Les Cigales Nord Pas-de-Calais is not said to be an
  // associé, nor is the Sarl Floret said to be the "entreprise locale du
  // bâtiment". The card adds, for later, "l'entrée et la prise de capital par
  // les entrepreneurs et la possibilité de rembourser les Clubs Cigale".
  {
    id: "toerana-habitat/4-clubs-cigale",
    company: "toerana-habitat",
    holderLabel: "4 Clubs Cigale",
    certainty: "STATED",
    basis: TOERANA_ASSOCIES,
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "toerana-habitat/1-entreprise-locale-du-batiment",
    company: "toerana-habitat",
    holderLabel: "1 entreprise locale du bâtiment",
    certainty: "STATED",
    basis: TOERANA_ASSOCIES,
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "toerana-habitat/a-petits-pas",
    company: "toerana-habitat",
    holder: "a-petits-pas",
    certainty: "STATED",
    basis: TOERANA_ASSOCIES,
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "toerana-habitat/1-comptable",
    company: "toerana-habitat",
    holderLabel: "1 comptable",
    certainty: "STATED",
    basis: TOERANA_ASSOCIES,
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "toerana-habitat/autonomie-et-solidarite",
    company: "toerana-habitat",
    holder: "autonomie-et-solidarite",
    certainty: "STATED",
    basis: TOERANA_ASSOCIES,
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
];
