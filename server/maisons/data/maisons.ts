// Maisons de l'ESS: Le Toit Commun in Lens, and the Maison de l'Économie
// Solidaire of the métropole lilloise.
import { SOURCES } from "../../core/demo.ts";
import type { MaisonSeed } from "./seed.types.ts";

/**
 * Organisations the charter binds: it is "signée par chaque sociétaire de la
 * SCIC, par chaque organisation impliquée dans le lieu", and the actors
 * "regroupés au sein du Toit Commun ou y menant des actions" sign it "en
 * préalable à leur activité". Hence the sociétaires (see cooperations.ts) and
 * the tenants. No signing date is given.
 */
const TOIT_COMMUN_SIGNATORIES = [
  "departement-pas-de-calais",
  "call",
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
  "groupement-employeurs-ess",
];

export const maisons: MaisonSeed[] = [
  {
    id: "le-toit-commun",
    name: "Le Toit Commun",
    address: "Angle des rues René Lanoy et François Gauthier, Lens",
    commune: "62498",
    description:
      "Maison de l'Économie Sociale et Solidaire au centre-ville de Lens, « la maison de toutes et de tous pour construire l'économie de demain », portée par les acteurs de l'ESS sans subventions publiques pour l'investissement initial (près d'un million d'euros avec les travaux, dont 650 000 € d'emprunts). Le local a été acquis en juillet 2020 ; après les travaux (chantiers participatifs puis entreprises, dont des entreprises de l'ESS), retardés par la pandémie et des difficultés juridiques et opérationnelles, il a ouvert début 2022 et été inauguré en mai 2022. Cinq idées fortes : un espace autonome, porté par les acteurs de l'ESS ; un espace de promotion d'une ESS à forte valeur ajoutée sociétale ; un espace de valorisation de l'ESS ; un espace de développement de l'ESS ; un espace de recherche et d'invention de l'économie humaniste de demain. Trois types d'espaces : un hébergement de structures de l'ESS, un centre ressources pour le développement de l'ESS (avec la communauté « accompagnement de projets ESS »), un lieu d'animation dédié à l'ESS. Il rassemble plus de 25 organisations autour d'une « ESS de résistance » et est animé via des groupes de travail thématiques.",
    recognition:
      "Reconnu comme « Maison de l'ESS » sur le territoire de Lens-Liévin par le Conseil départemental du Pas-de-Calais, dans le cadre des Maisons de l'ESS du Département proposées par le Conseil départemental de l'ESS (CDESS), considérées comme de véritables « manufactures de l'initiative citoyenne ».",
    roles: [
      {
        organisation: "association-developpement-ess-bassin-minier-62",
        role: "PORTEUR_PROJET",
        note: "Créée pour porter le projet (janvier 2018 selon un document, 2017 selon l'autre) ; cède aujourd'hui la place aux instances créées pour gérer la maison.",
      },
      { organisation: "sci-le-toit-de-l-ess", role: "PROPRIETAIRE", sinceYear: 2020, note: "Local acquis en juillet 2020." },
      { organisation: "le-toit-commun-scic", role: "GESTIONNAIRE", note: "SCIC pour la gestion du lieu." },
      { organisation: "afev-artois", role: "LOCATAIRE", sinceYear: 2022, note: "Présente dès la première phase ; locataire de la SCI Le Toit de l'ESS." },
      {
        organisation: "groupement-employeurs-ess",
        role: "LOCATAIRE",
        sinceYear: 2022,
        note: "Présent dès la première phase, pour la gestion comptable et sociale des activités ; locataire de la SCI Le Toit de l'ESS.",
      },
      { organisation: "recuptri", role: "ECOSYSTEME", note: "Ressourcerie ; pas encore partie prenante du sociétariat de la SCIC." },
      { organisation: "le-coron-des-arts", role: "ECOSYSTEME", note: "Collectif d'artisans ; pas encore partie prenante du sociétariat de la SCIC." },
      { organisation: "re-cycle", role: "ECOSYSTEME", note: "Domiciliée au Toit Commun ; pas encore partie prenante du sociétariat de la SCIC." },
      { organisation: "departement-pas-de-calais", role: "RECONNAISSANCE", note: "Reconnaissance comme Maison de l'ESS du Département, via le CDESS." },
    ],
    spaces: [
      {
        id: "le-toit-commun-bar",
        kind: "BAR",
        name: "Bar",
        description:
          "Bar (sans alcools forts mais avec de la bière !) tenu par les acteurs de l'ESS présents sur le site et par un réseau de bénévoles membres de la SCIC.",
        operator: "le-toit-commun-scic",
      },
      {
        id: "le-toit-commun-restaurant",
        kind: "RESTAURANT",
        name: "Restaurant",
        description:
          "Géré par l'association El Fouad d'Avion : plats préparés dans ses locaux et réchauffés sur place ; le midi, un menu unique avec sa variante végétarienne ; au moins au début, sur réservation.",
        operator: "el-fouad",
      },
      {
        id: "le-toit-commun-magasin-partage",
        kind: "MAGASIN_PARTAGE",
        name: "Magasin partagé",
        description: "À côté du bar, un magasin partagé regroupant des acteurs de l'ESS qui ont des produits à vendre.",
      },
      {
        id: "le-toit-commun-bureaux",
        kind: "BUREAUX",
        name: "Hébergement de structures de l'ESS",
        description:
          "Des organisations de l'ESS y déploient tout ou partie de leurs activités et y ont établi leurs bureaux, locataires de la SCI Le Toit de l'ESS : peu de structures dans la première phase par manque de place, beaucoup plus dans la deuxième.",
      },
      {
        id: "le-toit-commun-espaces-de-travail",
        kind: "ESPACE_TRAVAIL_PARTAGE",
        name: "Espaces de travail pour porteurs de projets",
        description: "Centre ressources : bureaux connectés mis à disposition de porteurs de projets en ESS, avec un ensemble de ressources pour les accompagner.",
      },
      {
        id: "le-toit-commun-salles-de-reunion",
        kind: "SALLE_REUNION",
        name: "Salles de réunion",
        description: "Mises à disposition des porteurs de projets en ESS par le centre ressources.",
      },
      {
        id: "le-toit-commun-universite-populaire",
        kind: "UNIVERSITE_POPULAIRE",
        name: "Université Populaire de l'ESS",
        description:
          "Lieu où l'on allie recherche, mise en œuvre et vulgarisation : espace de débat, lieu de construction, de formation et d'information ; animations permanentes (conférences-débat, cinés-débat, temps de réflexion sur l'économie de demain, formations sur l'ESS ou des thèmes liés).",
      },
    ],
    phases: [
      {
        id: "le-toit-commun-phase-1",
        label: "Première phase",
        period: "Début 2022 (inauguration en mai 2022)",
        surfaceM2: 400,
        description: "Ouverture sur environ 400 m², soit 40 % du local, après les travaux ; présence de l'AFEV Artois et du groupement d'employeurs de l'ESS.",
      },
      {
        id: "le-toit-commun-phase-2",
        label: "Deuxième phase",
        period: "Pas avant 2 à 3 ans après l'ouverture de début 2022",
        description: "L'autre partie du local, aujourd'hui louée ; beaucoup plus de structures hébergées.",
      },
    ],
    charter: {
      id: "charte-le-toit-commun",
      title: "Charte du Toit Commun",
      values: [
        {
          title:
            "Le Toit Commun est un lieu de réflexions collectives pour élaborer de nouvelles pratiques économiques basées sur des valeurs humanistes et non uniquement sur la recherche du profit et de la croissance.",
        },
        { title: "Le Toit Commun promeut une société inclusive où chacun est reconnu et est attentif à la place des autres." },
        { title: "Le Toit Commun promeut un monde sans frontières quelles qu'elles soient." },
        { title: "Le Toit Commun promeut la laïcité." },
        { title: "Le Toit Commun promeut la coopération." },
        { title: "Le Toit Commun promeut la transparence." },
        { title: "Le Toit Commun veille à son empreinte écologique." },
      ],
      signatures: TOIT_COMMUN_SIGNATORIES.map((organisation) => ({ organisation })),
    },
    source: SOURCES.TOIT_COMMUN,
  },
  {
    id: "maison-de-l-economie-solidaire-mel",
    name: "Maison de l'Économie Solidaire",
    commune: "59350",
    description:
      "Maison de la métropole lilloise qui regroupe nombre de structures et réseaux, dont l'APES ; elle a eu un soutien conséquent de la MEL (1,8 million d'euros) dans le cadre de son plan ESS.",
    roles: [
      { organisation: "apes", role: "LOCATAIRE", note: "Réseau regroupé à la Maison de l'Économie Solidaire." },
      { organisation: "mel", role: "RECONNAISSANCE", note: "Soutien conséquent de la MEL : 1,8 million d'euros (soutien financier, non une labellisation)." },
    ],
    spaces: [],
    phases: [],
    source: SOURCES.MEL_ROUBAIX,
  },
];
