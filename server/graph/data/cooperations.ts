// Stated ties between two organisations. Pairs that merely share a
// collective are not listed here: they are derived from the memberships; nor
// are the sociétariats, derived from the shareholdings (maisons/data). A tie
// the documents do not state in so many words is INFERRED, its statement
// saying why.
import { SOURCES } from "../../core/demo.ts";
import type { CooperationSeed } from "./seed.types.ts";

export const cooperations: CooperationSeed[] = [
  // ─── Le Toit Commun: legal architecture, hosting, restaurant ──────────────
  {
    id: "toit-commun-association-sci",
    kind: "PARTENARIAT_DECLARE",
    organisations: ["association-developpement-ess-bassin-minier-62", "sci-le-toit-de-l-ess"],
    statement:
      "L'association a recherché le local et élaboré l'architecture juridique et financière du projet : une SCI, la SCI Le Toit de l'ESS, a été créée pour acheter le local.",
    source: SOURCES.TOIT_COMMUN,
  },
  {
    id: "toit-commun-association-scic",
    kind: "PARTENARIAT_DECLARE",
    organisations: ["association-developpement-ess-bassin-minier-62", "le-toit-commun-scic"],
    statement:
      "L'association a développé le projet de maison de l'ESS et cède aujourd'hui la place aux autres instances créées pour gérer la maison, dont la SCIC pour la gestion du lieu.",
    source: SOURCES.TOIT_COMMUN,
  },
  {
    id: "toit-commun-sci-scic",
    kind: "PARTENARIAT_DECLARE",
    organisations: ["sci-le-toit-de-l-ess", "le-toit-commun-scic"],
    statement: "Architecture juridique du Toit Commun : une Société Civile Immobilière (SCI) pour l'achat des locaux et une SCIC pour la gestion du lieu.",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "toit-commun-sci-afev-artois",
    kind: "HEBERGEMENT_MAISON",
    organisations: ["sci-le-toit-de-l-ess", "afev-artois"],
    statement:
      "Présente au Toit Commun dès la première phase ; « Tous ces acteurs seront locataires de la SCI Le Toit de l'ESS » (au futur dans le document). L'année 2022 est déduite de l'ouverture de la première phase « au début 2022 ».",
    sinceYear: 2022,
    certainty: "INFERRED",
    source: SOURCES.TOIT_COMMUN,
  },
  {
    id: "toit-commun-sci-groupement-employeurs-ess",
    kind: "HEBERGEMENT_MAISON",
    organisations: ["sci-le-toit-de-l-ess", "groupement-employeurs-ess"],
    statement:
      "Présent au Toit Commun dès la première phase ; « Tous ces acteurs seront locataires de la SCI Le Toit de l'ESS » (au futur dans le document). L'année 2022 est déduite de l'ouverture de la première phase « au début 2022 ».",
    sinceYear: 2022,
    certainty: "INFERRED",
    source: SOURCES.TOIT_COMMUN,
  },
  {
    id: "toit-commun-scic-re-cycle",
    kind: "HEBERGEMENT_MAISON",
    organisations: ["le-toit-commun-scic", "re-cycle"],
    statement:
      "« le lieu est posé en ressource aux acteurs, permettant par domiciliation d'association de faciliter l'implantation sur le territoire par une mise en réseau: c'est l'exemple de Re-cycle qui développe un projet de compostage collectif ». Le lien avec la SCIC est déduit : c'est elle qui gère le lieu.",
    certainty: "INFERRED",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "toit-commun-scic-el-fouad",
    kind: "PARTENARIAT_DECLARE",
    organisations: ["le-toit-commun-scic", "el-fouad"],
    statement:
      "« Le restaurant est géré par l'Association « EL Fouad » d'Avion. Les plats sont préparés dans leurs locaux et réchauffés sur place. » Le lien avec la SCIC est déduit : c'est elle qui gère le lieu.",
    certainty: "INFERRED",
    source: SOURCES.TOIT_COMMUN,
  },
  {
    id: "vestali-les-cousalis",
    kind: "PARTENARIAT_DECLARE",
    organisations: ["vestali", "les-cousalis"],
    statement: "Les Cousalis sont une émanation de Vestali.",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "chairess-uphf",
    kind: "PARTENARIAT_DECLARE",
    organisations: ["chairess", "universite-polytechnique-hauts-de-france"],
    statement:
      "« Coordinatrice de la chairESS à l'Université polytechnique des Hauts-de-France » : la chaire est lue comme portée par l'université ; la phrase peut aussi ne situer que sa coordinatrice.",
    certainty: "INFERRED",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },

  // ─── Métropole lilloise and Roubaix ───────────────────────────────────────
  {
    id: "mel-apes-bilan-plan-ess",
    kind: "PARTENARIAT_DE_PROJETS",
    organisations: ["mel", "apes"],
    statement: "Bilan du premier plan ESS de la MEL réalisé en co-construction avec les acteurs, selon une méthode participative avec l'APES et le CRIDA.",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "mel-crida-bilan-plan-ess",
    kind: "PARTENARIAT_DE_PROJETS",
    organisations: ["mel", "crida"],
    statement: "Bilan du premier plan ESS de la MEL réalisé en co-construction avec les acteurs, selon une méthode participative avec l'APES et le CRIDA.",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "apes-crida-bilan-plan-ess",
    kind: "PARTENARIAT_DE_PROJETS",
    organisations: ["apes", "crida"],
    statement: "Ensemble, méthode participative du bilan du premier plan ESS de la MEL.",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "mel-chaire-recherche-ess",
    kind: "PARTENARIAT_DECLARE",
    organisations: ["mel", "chaire-recherche-ess-mel"],
    statement: "L'axe « recherche/développement/innovation » du deuxième plan ESS de la MEL est soutenu avec la Chaire de recherche en ESS.",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "initiatives-et-cite-chambre-des-metiers",
    kind: "PARTENARIAT_DECLARE",
    organisations: ["initiatives-et-cite", "chambre-des-metiers"],
    statement: "Le PTCE Initiatives et Cité noue des partenariats avec la Chambre des Métiers.",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "roubaix-scop-baraka-animations-dechets",
    kind: "CO_ORGANISATION_EVENEMENT",
    organisations: ["ville-de-roubaix", "scop-baraka"],
    statement: "La SCOP Baraka a participé à des animations autour des déchets avec la Ville de Roubaix.",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "roubaix-mel-monnaie-echanges-locale",
    kind: "PARTENARIAT_DE_PROJETS",
    organisations: ["ville-de-roubaix", "mel"],
    statement:
      "La Ville de Roubaix entend faire du lien avec le plan métropolitain ; le territoire de Roubaix fait partie des 5 sites retenus par la MEL pour une expérimentation de « Monnaie d'Echanges Locale ».",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "grands-ensemble-le-court-circuit",
    kind: "PARTENARIAT_DECLARE",
    organisations: ["grands-ensemble", "le-court-circuit"],
    statement: "Le Court-circuit est porté par la coopérative Grands Ensemble.",
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "mutualab-bis2fly",
    kind: "HEBERGEMENT_MAISON",
    organisations: ["mutualab", "bis2fly"],
    statement: "Le café-brasserie Bis2fly pose ses valises au Mutualab, dans ses 1000 m² près de la place de la République.",
    source: SOURCES.MEL_ROUBAIX,
  },

  // ─── Porte du Hainaut ─────────────────────────────────────────────────────
  {
    id: "caph-auton-homme",
    kind: "PARTENARIAT_DECLARE",
    organisations: ["caph", "auton-homme"],
    statement:
      "Dans le projet de territoire de la Porte du Hainaut, « Le pôle territorial de coopération économique local, Auton'homme, prendra en charge la mission de faire connaître l'ESS aux habitants » ; que la communauté d'agglomération la lui confie est déduit, l'article ne dit pas qui la confie.",
    certainty: "INFERRED",
    source: SOURCES.PORTE_DU_HAINAUT,
  },
  {
    id: "chaire-territoires-ess-sciences-po-bordeaux",
    kind: "PARTENARIAT_DECLARE",
    organisations: ["chaire-territoires-ess", "sciences-po-bordeaux"],
    statement: "La chaire Territoires de l'ESS est à Sciences Po Bordeaux.",
    source: SOURCES.PORTE_DU_HAINAUT,
  },

  // ─── Pas-de-Calais cooperation referential ────────────────────────────────
  {
    id: "mutualisation-addse-ehpad-saint-antoine",
    kind: "MUTUALISATION",
    organisations: ["addse", "ehpad-saint-antoine-desvres"],
    collective: "mutualisation-addse-ehpad-saint-antoine",
    statement:
      "Les structures prennent le temps de se connaître et de se reconnaître avant d'envisager une mutualisation de moyens humains et matériels (ex. : ADDSE Desvres et EHPAD St-Antoine).",
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "mutualisation-aafp-saint-omer-vitalite-services",
    kind: "MUTUALISATION",
    organisations: ["aafp-saint-omer", "vitalite-services-saint-omer"],
    collective: "mutualisation-aafp-vitalite-services",
    statement:
      "« Les structures travaillent dans un 1er temps la mutualisation de leurs services administratifs (comptabilité, secrétariat...) avant d'élargir à l'ensemble de leurs autres activités (ex. : AAFP et Vitalité Services Saint-Omer). » « AAFP » est lue comme l'AAFP St-Omer, contact de la fiche « AAFP Boulogne - AAFP St-Omer - Vitalité Services St-Omer ».",
    certainty: "INFERRED",
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "terre-d-opale-reseau-des-jardins-de-cocagne",
    kind: "PARTENARIAT_DECLARE",
    organisations: ["terre-d-opale", "reseau-des-jardins-de-cocagne"],
    collective: "eco-pole-alimentaire-audruicq",
    statement:
      "« Un projet de partage du pilotage de Terre d'Opale avec le Réseau des jardins de Cogne pour faire ensemble un grand Terre d'Opale inter départemental Nord Pas-de-Calais. » « Réseau des jardins de Cogne » est lu comme le Réseau des jardins de Cocagne.",
    certainty: "INFERRED",
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
];
