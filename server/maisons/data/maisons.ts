// Maisons de l'ESS: Le Toit Commun in Lens, and the Maison de l'Économie
// Solidaire of the métropole lilloise. A Maison needs a commune: that of the
// Maison de l'Économie Solidaire (Lille) is not given by document 001.
import { SOURCES } from "../../core/demo.ts";
import type { MaisonSeed } from "./seed.types.ts";
import { SCIC_GATHERED_ORGANISATIONS, SCIC_INVESTED_ORGANISATIONS, SCIC_STATED_HOLDERS } from "./shareholdings.ts";

/**
 * Signatures of the charter of Le Toit Commun. The rule is stated, no
 * individual signature is: the charter is "signée par chaque sociétaire de la
 * SCIC, par chaque organisation impliquée dans le lieu" (002), and the actors
 * "regroupés au sein du Toit Commun ou y menant des actions [...] la signe en
 * préalable à leur activité" (000). Each signature below is inferred from that
 * rule and from what the documents say of the organisation. No signing date is
 * given.
 */
const CHARTER_RULE = "la charte est « signée par chaque sociétaire de la SCIC, par chaque organisation impliquée dans le lieu »";
const signatures: NonNullable<MaisonSeed["charter"]>["signatures"] = [
  ...SCIC_STATED_HOLDERS.map((organisation) => ({
    organisation,
    certainty: "INFERRED" as const,
    basis: `Sociétaire de la SCIC (« l'entrée du département et de la CALL au capital de la SCIC ») ; ${CHARTER_RULE}`,
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  })),
  ...SCIC_INVESTED_ORGANISATIONS.map((organisation) => ({
    organisation,
    certainty: "INFERRED" as const,
    basis: `Citée parmi « les 25 organisations investies dans Le Toit Commun » ; ${CHARTER_RULE}`,
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  })),
  ...SCIC_GATHERED_ORGANISATIONS.map((organisation) => ({
    organisation,
    certainty: "INFERRED" as const,
    basis: `Citée parmi les structures que Le Toit Commun « rassemble » et qui « contribuent à la vie du Toit Commun » ; ${CHARTER_RULE}`,
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  })),
  {
    organisation: "groupement-employeurs-ess",
    certainty: "INFERRED",
    basis:
      "Présent au Toit Commun dès la première phase ; « Les acteurs de l'ESS regroupés au sein du Toit Commun ou y menant des actions se reconnaissent dans la charte des valeurs du Toit Commun et la signe en préalable à leur activité. »",
    source: SOURCES.TOIT_COMMUN,
  },
];

export const maisons: MaisonSeed[] = [
  {
    id: "le-toit-commun",
    name: "Le Toit Commun",
    address: "Angle des rues René Lanoy et François Gauthier, Lens",
    commune: "62498",
    description:
      "Maison de l'Économie Sociale et Solidaire au centre-ville de Lens, « la maison de toutes et de tous pour construire l'économie de demain », portée par les acteurs de l'ESS sans subventions publiques pour l'investissement initial (près d'un million d'euros avec les travaux, dont 650 000 € d'emprunts). Le local a été acquis en juillet 2020 ; après les travaux (chantiers participatifs puis entreprises, dont des entreprises de l'ESS), retardés par la pandémie et des difficultés juridiques et opérationnelles, l'ouverture « dans une première phase du local a lieu au début 2022 » selon la présentation du projet ; l'article de début 2023 parle d'« ouverture en mai 2022 » et d'un lieu « inauguré en mai 2022 » (les deux documents ne s'accordent pas). Cinq idées fortes : un espace autonome, porté par les acteurs de l'ESS ; un espace de promotion d'une ESS à forte valeur ajoutée sociétale ; un espace de valorisation de l'ESS ; un espace de développement de l'ESS ; un espace de recherche et d'invention de l'économie humaniste de demain. Trois types d'espaces : un hébergement de structures de l'ESS, un centre ressources pour le développement de l'ESS (avec la communauté « accompagnement de projets ESS »), un lieu d'animation dédié à l'ESS. Il rassemble plus de 25 organisations autour d'une « ESS de résistance » et est animé via des groupes de travail thématiques.",
    recognition:
      "Reconnu comme « Maison de l'ESS » sur le territoire de Lens-Liévin par le Conseil départemental du Pas-de-Calais, dans le cadre des Maisons de l'ESS du Département proposées par le Conseil départemental de l'ESS (CDESS), considérées comme de véritables « manufactures de l'initiative citoyenne ».",
    roles: [
      {
        organisation: "association-developpement-ess-bassin-minier-62",
        role: "PORTEUR_PROJET",
        note: "Créée pour porter le projet (« en janvier 2018 » selon la présentation du projet, « En 2017 » selon l'article sur l'ancrage territorial) ; cède aujourd'hui la place aux instances créées pour gérer la maison.",
      },
      { organisation: "sci-le-toit-de-l-ess", role: "PROPRIETAIRE", sinceYear: 2020, note: "Local acquis en juillet 2020." },
      { organisation: "le-toit-commun-scic", role: "GESTIONNAIRE", note: "« une Société Coopérative d'Intérêt Collectif (SCIC) pour la gestion du lieu ».", source: SOURCES.ANCRAGE_BASSIN_MINIER },
      {
        organisation: "afev-artois",
        role: "LOCATAIRE",
        sinceYear: 2022,
        note: "Présente dès la première phase ; « Tous ces acteurs seront locataires de la SCI Le Toit de l'ESS » (au futur). Année déduite de l'ouverture de la première phase « au début 2022 ».",
      },
      {
        organisation: "groupement-employeurs-ess",
        role: "LOCATAIRE",
        sinceYear: 2022,
        note: "Présent dès la première phase, pour la gestion comptable et sociale des activités ; « Tous ces acteurs seront locataires de la SCI Le Toit de l'ESS » (au futur). Année déduite de l'ouverture de la première phase « au début 2022 ».",
      },
      { organisation: "recuptri", role: "ECOSYSTEME", note: "Ressourcerie ; pas encore partie prenante du sociétariat de la SCIC.", source: SOURCES.ANCRAGE_BASSIN_MINIER },
      { organisation: "le-coron-des-arts", role: "ECOSYSTEME", note: "Collectif d'artisans ; pas encore partie prenante du sociétariat de la SCIC.", source: SOURCES.ANCRAGE_BASSIN_MINIER },
      { organisation: "re-cycle", role: "ECOSYSTEME", note: "Domiciliée au Toit Commun ; pas encore partie prenante du sociétariat de la SCIC.", source: SOURCES.ANCRAGE_BASSIN_MINIER },
      {
        organisation: "departement-pas-de-calais",
        role: "RECONNAISSANCE",
        note: "« sa reconnaissance comme « Maison de l'ESS » sur le territoire de Lens-Liévin, de la part du Conseil départemental du Pas-de-Calais », dans le cadre des Maisons de l'ESS du Département proposées par le CDESS.",
        source: SOURCES.ANCRAGE_BASSIN_MINIER,
      },
    ],
    statements: [
      {
        text: "Le Toit Commun veut être une initiative autonome, indépendante de tout pouvoir institutionnel, politique ou économique… Il ne s'agit pas de s'opposer mais de créer des véritables partenariats entre égaux au service du territoire et de ses populations.",
        source: SOURCES.TOIT_COMMUN,
      },
      {
        text: "Le Toit Commun veut regrouper tous les acteurs de l'ESS qui le souhaitent, sans condition autre que celle de se reconnaître dans la charte qui a été élaborée.",
        source: SOURCES.TOIT_COMMUN,
      },
      { text: "Le Toit Commun promeut un fonctionnement collectif démocratique.", source: SOURCES.TOIT_COMMUN },
      {
        text: "Dans le contexte d'assistanat décrit auparavant, il nous parait important de montrer la possibilité de développer des projets par soi-même sans attendre de feu vert extérieur quel qu'il soit.",
        source: SOURCES.TOIT_COMMUN,
      },
      {
        text: "Les acteurs de l'ESS regroupés au sein du Toit Commun ou y menant des actions se reconnaissent dans la charte des valeurs du Toit Commun et la signe en préalable à leur activité.",
        source: SOURCES.TOIT_COMMUN,
      },
      {
        text: "Il s'agit de ne pas de contenter de la lecture des statuts de l'acteur ni de se référer uniquement aux définitions de l'ESS décrites dans la loi de juillet 2014 ni enfin d'établir un palmarès de positionnement des acteurs sur une échelle, mais de regarder ensemble comment des processus sont en oeuvre pour améliorer les pratiques, pour construire des réponses aux attendus de la charte. La structure parfaite n'existe pas, elle est à construire en permanence avec toutes les parties prenantes du projet.",
        source: SOURCES.TOIT_COMMUN,
      },
      {
        text: "Le Toit Commun est un lieu ouvert à tous, initiés ou personnes découvrant l'ESS, étant déjà dans une logique de projet ou cherchant simplement des réponses à des besoins du quotidien…",
        source: SOURCES.TOIT_COMMUN,
      },
      {
        text: "Le Toit Commun ne se substitue pas aux lieux de recherches économiques, académiques ou autres, il veut être un lieu de construction par la pratique. Un lieu où l'on allie recherche, mise en oeuvre et vulgarisation.",
        source: SOURCES.TOIT_COMMUN,
      },
      {
        text: "Le Toit Commun a bâti sa charte à partir d'une préoccupation très simple: il est possible de rassembler largement sur des bases élevées. Il n'est donc pas nécessaire de diminuer son niveau d'exigence pour construire un réseau de sociétaires, partenarial et large.",
        source: SOURCES.ANCRAGE_BASSIN_MINIER,
      },
      { text: "« la maison de toutes et de tous pour construire l'économie de demain » (ainsi désignée par ses porteurs).", source: SOURCES.ANCRAGE_BASSIN_MINIER },
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
        period: "« au début 2022 » selon la présentation du projet ; « ouverture en mai 2022 » selon l'article de début 2023",
        surfaceM2: 400,
        description:
          "« L'ouverture, début 2022 se fait sur environ 400 m² soit 40% du local » ; présence de l'AFEV Artois et du groupement d'employeurs de l'ESS ; « Dans la première phase peu de structure seront présentes par manque de place ».",
      },
      {
        id: "le-toit-commun-phase-2",
        label: "Deuxième phase",
        period: "« ne pourra pas être disponible avant 2 à 3 ans » (présentation du projet, vers l'ouverture)",
        description: "« L'autre partie du local est aujourd'hui louée » ; « dans la deuxième phase, il y en aura beaucoup plus » (de structures présentes).",
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
      signatures,
    },
    source: SOURCES.TOIT_COMMUN,
  },
  {
    id: "maison-de-l-economie-solidaire-mel",
    name: "Maison de l'Économie Solidaire",
    commune: "59350",
    description:
      "Maison de la métropole lilloise qui « regroupe nombre de structures et réseaux, dont l'APES » ; elle « a eu un soutien conséquent (1,8 millions d'euros) », cité dans l'article sur le deuxième plan ESS de la MEL. Sa commune n'est pas donnée par le document : Lille (59350) est une valeur extérieure, gardée parce qu'une Maison doit avoir une commune.",
    roles: [
      {
        organisation: "apes",
        role: "LOCATAIRE",
        note: "« la Maison de l'Économie Solidaire, qui regroupe nombre de structures et réseaux, dont l'APES » : qu'elle y soit locataire est déduit, le document dit seulement qu'elle y est regroupée.",
      },
      {
        organisation: "mel",
        role: "FINANCEUR",
        note: "1,8 million d'euros : « Enfin, la Maison de l'Économie Solidaire, qui regroupe nombre de structures et réseaux, dont l'APES, a eu un soutien conséquent (1,8 millions d'euros). » Le soutien est cité parmi les axes du deuxième plan ESS de la MEL ; le document ne mentionne aucune reconnaissance ou labellisation.",
      },
    ],
    spaces: [],
    phases: [],
    source: SOURCES.MEL_ROUBAIX,
  },
];
