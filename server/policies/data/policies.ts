// Territorial ESS policies and the territory figures the documents give. No
// document dates its figures or names their producer, so year and producer are
// left out unless stated. A figure is a quantity with its unit; a date a
// document gives is a year, never a value. Each record cites the document its
// facts come from.
import { SOURCES } from "../../core/demo.ts";
import type { IndicatorSeed, PolicySeed } from "./seed.types.ts";

const MEL = { kind: "EPCI", code: "200093201" } as const;
const CALL = { kind: "EPCI", code: "246200364" } as const;
const CAPH = { kind: "EPCI", code: "200042190" } as const;

export const policies: PolicySeed[] = [
  {
    id: "mel-deuxieme-plan-ess",
    name: "Deuxième plan de soutien à l'ESS de la Métropole Européenne de Lille",
    territory: MEL,
    collectivite: "mel",
    summary:
      "Après un premier plan de soutien à l'ESS, la Métropole Européenne de Lille a lancé « cet automne » son deuxième plan pour continuer à favoriser cette autre économie sur un territoire très urbanisé où l'ESS compte 52 000 salariés. Après un bilan du plan précédent réalisé en co-construction avec les acteurs et selon une méthode participative avec l'APES et le CRIDA, la communauté urbaine a défini de nouveaux axes de travail. « Nous voulons aussi accroître la mise en réseau et les mutualisations pour consolider le développement économique de ce secteur. » L'article le présente après les Assises de l'ESS, « qui se déroulaient en octobre dernier à la Cité des Echanges de Marcq-en-Baroeul ».",
    priorities: [
      "Accroître la mise en réseau et les mutualisations pour consolider le développement économique de l'ESS",
      "Encourager les communes à mettre en œuvre des politiques ESS (animation territoriale)",
      "Soutenir la recherche, le développement et l'innovation",
      "Explorer des champs nouveaux, comme la monnaie locale",
      "Élargir la commande publique responsable au-delà du champ de l'insertion",
      "Soutenir la création d'activités ESS dans les quartiers en difficulté",
      "Soutenir les initiatives citoyennes",
    ],
    axes: [
      { title: "Animation territoriale", description: "Encourager les communes à mettre en œuvre des politiques ESS." },
      {
        title: "Recherche/développement/innovation",
        description: "Soutenu avec la Chaire de recherche en ESS et les PTCE (Pôles Territoriaux de Coopération Économiques) comme Initiatives et Cité, qui noue des partenariats avec la Chambre des Métiers.",
      },
      {
        title: "Champs nouveaux : la monnaie locale",
        description: "Expérimentation de « Monnaie d'Echanges Locale » sur 5 sites retenus par la MEL, dont le territoire de Roubaix.",
      },
      { title: "Commande publique responsable", description: "Réétudiée pour l'élargir au-delà du champ de l'insertion." },
      { title: "Création d'activités ESS dans les quartiers en difficulté" },
      { title: "Initiatives citoyennes" },
      {
        title: "Maison de l'Économie Solidaire",
        description: "La Maison de l'Économie Solidaire, qui regroupe nombre de structures et réseaux, dont l'APES, a eu un soutien conséquent (1,8 million d'euros).",
      },
    ],
    figures: [
      { label: "Emplois de l'ESS sur le territoire de la MEL", value: 52000, unit: "salariés" },
      { label: "Soutien à la Maison de l'Économie Solidaire", value: 1800000, unit: "€" },
      { label: "Sites retenus pour l'expérimentation de « Monnaie d'Echanges Locale »", value: 5, unit: "sites" },
    ],
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "mel-premier-plan-ess",
    name: "Premier plan de soutien à l'ESS de la Métropole Européenne de Lille",
    territory: MEL,
    collectivite: "mel",
    summary:
      "Le document ne le décrit que par son bilan : « Après un premier plan de soutien à l'ESS, la Métropole Européenne de Lille a lancé cet automne son deuxième plan » ; « Après avoir réalisé un bilan du plan précédent en co-construction avec les acteurs et selon une méthode participative avec l'APES et le CRIDA, la communauté urbaine a défini de nouveaux axes de travail. » « La MEL entend donc continuer à donner du souffle à ce qui a été impulsé précédemment. » Ni ses dates, ni ses axes, ni ses montants ne sont donnés.",
    priorities: [],
    axes: [{ title: "Bilan participatif", description: "Réalisé en co-construction avec les acteurs, selon une méthode participative avec l'APES et le CRIDA." }],
    figures: [],
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "roubaix-essaimer",
    name: "ESSAIMER (ESS Agir Innover Mutualiser Entreprendre à Roubaix)",
    territory: { kind: "COMMUNE", code: "59512" },
    collectivite: "ville-de-roubaix",
    summary:
      "Après un diagnostic partagé avec les acteurs, le repérage des « M. Jourdain de l'ESS » et l'identification des pistes de développement, la Ville de Roubaix lance un nouveau plan ESS, ESSAIMER : « Ce secteur a toute sa place dans le rebond économique que nous voulons créer. » La Ville se voit « dans un rôle d'ensemblier, qui facilite la co-construction d'initiatives et qui donne de la visibilité à cette dynamique » ; elle va entrer au capital d'une SCIC, entend mutualiser ses forces avec les villes voisines et faire du lien avec le plan métropolitain. La création d'une monnaie locale n'a pas été retenue.",
    priorities: ["L'inclusion sociale", "L'économie circulaire", "Les industries culturelles et créatives"],
    axes: [
      { title: "Diagnostic partagé avec les acteurs", description: "Repérage des « M. Jourdain de l'ESS », identification des pistes de développement." },
      { title: "Rôle d'ensemblier", description: "Faciliter la co-construction d'initiatives et donner de la visibilité à la dynamique." },
      { title: "Entrée au capital d'une SCIC" },
      { title: "Mutualisation avec les villes voisines et lien avec le plan métropolitain" },
    ],
    figures: [],
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "caph-projet-de-territoire-ess",
    name: "Projet de territoire de la Porte du Hainaut : l'ESS, pilier du développement économique",
    territory: CAPH,
    collectivite: "caph",
    summary:
      "La communauté d'agglomération de la Porte du Hainaut (Nord) fait de l'économie sociale et solidaire un « pilier » de développement économique en l'intégrant dans son projet de territoire, pour améliorer « le bien-être et la santé » des près de 160 000 habitants tout en soutenant la création d'emploi et l'activité économique, dans des communes marquées pour certaines par un héritage minier et par la désindustrialisation (chômage 18,5 %, pauvreté 23 %). L'ESS y représente 10 % des emplois mais le territoire ne compte aucune société coopérative. « Ce qui fera la réussite de ce projet, c'est le fait de travailler tous ensemble, avec les habitants, les entreprises dites conventionnelles et celles de l'ESS. » Une photo de l'article, créditée « CAPH », montre « La première édition des Moments ESS, un événement dédié à l'ESS dans la communauté d'agglomération de la Porte du Hainaut ».",
    priorities: [
      "Créer des emplois et de l'activité économique",
      "Favoriser l'accès au foncier et au financement pour les structures de l'ESS",
      "Faciliter l'accès des structures de l'ESS aux marchés publics",
      "Sensibiliser les citoyens à l'ESS",
    ],
    axes: [
      { title: "Incubateur", description: "Un incubateur sera ouvert en 2025 : les porteurs de projet y seront accompagnés dans le développement de structures de l'ESS." },
      { title: "Reprises en Scop", description: "Des salariés motivés pourraient reprendre sous forme de société coopérative de production une entreprise de taille moyenne qui fermerait." },
      { title: "Commerces de proximité", description: "Six des 47 communes n'en disposent d'aucun ; des épiceries participatives pourraient y être créées." },
      {
        title: "Accès au foncier",
        description: "Savoir si les communes ont des locaux qu'elles pourraient mettre à disposition ; à Denain, un ancien bâtiment administratif de l'usine Usinor accueille désormais exclusivement des structures de l'ESS (Textimages, Wimoov).",
      },
      { title: "Appel à projets annuel", description: "Subventions aux structures de l'ESS qui contribuent aux objectifs du projet de territoire." },
      { title: "Accès à la commande publique", description: "Faciliter l'accès des structures aux marchés publics." },
      {
        title: "École du réemploi",
        description: "Création prévue, compte tenu de la forte présence d'acteurs de la filière (réseau Envie, groupe Vitamine T, associations locales) ; permettre notamment à des salariés en insertion de valider leurs acquis par un diplôme.",
      },
      { title: "Sensibilisation des citoyens", description: "« Le pôle territorial de coopération économique local, Auton'homme, prendra en charge la mission de faire connaître l'ESS aux habitants. »" },
    ],
    figures: [
      { label: "Habitants (près de)", value: 160000, unit: "habitants" },
      { label: "Communes de la communauté d'agglomération", value: 47, unit: "communes" },
      { label: "Communes sans aucun commerce de proximité", value: 6, unit: "communes" },
      { label: "Taux de chômage", value: 18.5, unit: "%" },
      { label: "Taux de pauvreté", value: 23, unit: "%" },
      { label: "Part de l'ESS dans les emplois", value: 10, unit: "%" },
      { label: "Sociétés coopératives sur le territoire", value: 0, unit: "sociétés" },
      // « un incubateur sera ouvert en 2025 » : a date, not a quantity — its year, no value.
      { label: "Ouverture prévue de l'incubateur", year: 2025 },
    ],
    source: SOURCES.PORTE_DU_HAINAUT,
  },
  {
    id: "pas-de-calais-politique-ess",
    name: "Politique ESS du Département du Pas-de-Calais",
    territory: { kind: "DEPARTEMENT", code: "62" },
    collectivite: "departement-pas-de-calais",
    summary:
      "« Le département du Pas-de-Calais a créé une mission Économie Sociale et Solidaire en 2012, sous l'impulsion d'un exécutif départemental soucieux de développer d'autres formes d'économie sur son territoire » ; une politique ascendante : « toute la politique ESS est construite et proposée par les acteurs de l'économie sociale et solidaire » (entretien). Au sein de l'hémicycle, un Conseil départemental de l'ESS (CDESS), « ouvert à tous les acteurs de l'ESS du département, mais aussi à toutes celles et ceux qui sont curieux d'en connaître davantage ou désireux de s'impliquer » ; « La gouvernance est assurée par des acteurs du territoire, en étroite collaboration avec les techniciens du département », une organisation qui « demeure unique dans le paysage institutionnel des Hauts-de-France ». Parmi ses innovations, un « budget citoyen » (environ 1/3 de la politique ESS départementale) et des ateliers animés par des acteurs-experts ; plus récemment, les Maisons de l'ESS du Département, « manufactures de l'initiative citoyenne », dont Le Toit Commun. Le Département est « un acteur institutionnel très impliqué dans le développement de l'ESS depuis une dizaine d'années ».",
    priorities: ["Une politique ascendante, construite et proposée par les acteurs de l'ESS"],
    axes: [
      { title: "Mission Économie Sociale et Solidaire", description: "Créée en 2012." },
      {
        title: "Conseil départemental de l'ESS (CDESS)",
        description: "Ouvert à tous les acteurs de l'ESS du département et aux curieux ; gouvernance assurée par des acteurs du territoire avec les techniciens du département.",
      },
      { title: "Budget citoyen", description: "« dont l'enveloppe budgétaire globale couvre environ 1/3 de la politique ESS départementale »." },
      { title: "Ateliers animés par des acteurs-experts du sujet" },
      {
        title: "Maisons de l'ESS du Département",
        description:
          "Proposées par le CDESS : « des lieux qui permettent le regroupement d'acteurs de l'ESS dans un bassin déterminé » ; « Le Toit Commun a été reconnu comme Maison de l'ESS dans ce cadre ».",
      },
    ],
    figures: [
      // « environ 1/3 » : the value with its unit, « environ » in the label.
      { label: "Part de la politique ESS départementale couverte par l'enveloppe du « budget citoyen » (environ 1/3)", value: 33.3, unit: "%" },
    ],
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "pas-de-calais-cdess-cooperation",
    name: "Conseil départemental de l'ESS (CDESS) du Pas-de-Calais et soutien à la coopération des acteurs",
    territory: { kind: "DEPARTEMENT", code: "62" },
    collectivite: "departement-pas-de-calais",
    summary:
      "« Le CDESS est une instance consultative qui conduit sa réflexion dans le cadre de la stratégie de développement définie par l'Assemblée départementale. » Sa réflexion est organisée en ateliers thématiques ; l'atelier « harmonisation et simplification administrative » a voulu « créer un guide des pratiques de coopération pour aider les structures de l'ESS à déterminer l'écosystème favorable à la coopération », proposition « validée lors du CDESS du 18 février 2014 » : le référentiel « La Coopération dans le Pas-de-Calais, la richesse des pratiques ». Les acteurs y sont invités « à mobiliser leurs collectivités : Département, EPCIs, communes » ; le référentiel décrit ce que les collectivités peuvent faire pour la coopération.",
    priorities: [
      "Promouvoir les valeurs de l'ESS",
      "Constituer un lieu de dialogue et d'information",
      "Favoriser et diffuser la réflexion",
      "Formuler des propositions à l'Assemblée départementale",
      "Favoriser les formes de coopération entre les structures",
    ],
    axes: [
      { title: "Atelier du CDESS : La démarche progrès" },
      { title: "Atelier du CDESS : La promotion de l'ESS" },
      {
        title: "Atelier du CDESS : L'harmonisation et la simplification administrative",
        description: "« a pour vocation de recenser les bonnes pratiques des acteurs de l'ESS » ; auteur du référentiel « La Coopération dans le Pas-de-Calais, la richesse des pratiques ».",
      },
      { title: "Atelier du CDESS : La finance solidaire" },
      { title: "Atelier du CDESS : La commande publique responsable" },
      { title: "Atelier du CDESS : L'analyse de la valeur" },
      { title: "Atelier du CDESS : Sport et ESS" },
      {
        title: "Les collectivités, acteurs de la coopération : faciliter la coordination des dispositifs",
        description: "Être facilitateur et créateur de liens via les territoires ; aider à la structuration des groupes ; impulser la mobilisation citoyenne.",
      },
      {
        title: "Les collectivités, acteurs de la coopération : offrir des temps d'échanges et de partage",
        description: "Proposer des temps et terrains de partages d'expériences, d'échanges de pratiques entre acteurs.",
      },
      {
        title: "Les collectivités, acteurs de la coopération : impulser la coopération pour la rendre systématique",
        description:
          "Favoriser les actions élaborées en collectif en bonifiant les actions collectives ; permettre la consolidation et la pérennisation des dispositifs ; établir un protocole de coopération, d'expertise et de compétences via la co construction et les C.P.O.M (Convention Pluriannuelle d'Objectifs et de Moyens) ; favoriser l'achat raisonné en ESS ; appuyer techniquement le développement des projets (prêt de locaux...).",
      },
      {
        title: "Les collectivités, acteurs de la coopération : outiller et rendre visible",
        description:
          "Capitaliser, valoriser les effets des expériences collectives ; promouvoir des actions qui soient des exercices à la réussite, des exercices à l'envie de continuer ensemble sur des projets plus complexes ; travailler autour d'un indicateur de richesse humaine ; être relais d'information inter-collectivités ; proposer une communication générale.",
      },
    ],
    figures: [],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "erbm-engagement-renouveau-bassin-minier",
    name: "Engagement pour le renouveau du bassin minier (ERBM)",
    // The bassin minier du Nord-Pas-de-Calais « (59-62) »: the smallest territory
    // that holds it is the région; the document gives no list of its communes.
    territory: { kind: "REGION", code: "32" },
    summary:
      "« comment mobiliser l'ERBM (Engagement pour le renouveau du bassin minier) pour promouvoir un nouveau modèle de développement au sein du bassin minier ? Cet engagement se décline selon quatre axes » ; « Ce plan se traduit principalement par un apport financier de grande ampleur fléché sur ces quatre axes. » Il concerne le bassin minier du Nord et du Pas-de-Calais (« le bassin minier du Nord-Pas-de-Calais (59-62) » ; la note renvoie à une page « Engagement-pour-le-renouveau-du-Bassin-minier-du-Nord-et-du-Pas-de-Calais » du site des préfectures de région, Hauts-de-France) ; son porteur et sa date ne sont pas nommés. Les acteurs de l'ESS « tentent de faire de l'ERBM un cadre d'expérimentation du modèle de développement qu'ils souhaitent voir émerger : en proposant de coconstruire avec les collectivités locales, en incitant les entreprises à monter des consortiums pour répondre aux marchés lancés par les bailleurs, en élaborant des projets autour de la transition écologique... » ; « l'ERBM se distingue par sa capacité à faire émerger des marges de manœuvre et des terrains d'expérimentation et d'innovation ». La conclusion de l'article cite, parmi les changements du bassin minier depuis dix ans, « l'arrivée du Louvre-Lens et la reconnaissance de la part de l'Unesco du bassin minier comme « paysage culturel, évolutif et vivant » ».",
    priorities: ["Réhabilitation des cités minières, « axe prioritaire et dorsal du dossier de candidature UNESCO »"],
    axes: [
      {
        title: "Réhabilitation des cités minières",
        description: "« Financer à hauteur de 10 millions d'euros/an un vaste plan de réhabilitation des cités minières pour rénover 23000 logements –axe prioritaire et dorsal du dossier de candidature UNESCO. »",
      },
      {
        title: "Emploi des personnes les plus éloignées de l'emploi",
        description:
          "« Soutenir l'emploi des personnes qui en sont les plus éloignées. Cet aspect a été principalement délégué au secteur de l'insertion par l'activité économique, où la DDETS et (historiquement, mais de moins en moins) les communes ont localement un rôle important à jouer. »",
      },
      { title: "Création d'entreprises", description: "« Soutenir la création d'entreprises sur les territoires via un allègement d'impôts. »" },
      { title: "Lutte contre la pauvreté", description: "« Mettre en œuvre un plan de lutte contre la pauvreté. »" },
      {
        title: "Usage par les acteurs de l'ESS",
        description:
          "Faire de l'ERBM « un cadre d'expérimentation » : coconstruire avec les collectivités locales, inciter les entreprises à monter des consortiums pour répondre aux marchés lancés par les bailleurs, élaborer des projets autour de la transition écologique.",
      },
    ],
    figures: [
      { label: "Financement du plan de réhabilitation des cités minières", value: 10000000, unit: "€ par an" },
      { label: "Logements à rénover", value: 23000, unit: "logements" },
      { label: "Axes de l'engagement", value: 4, unit: "axes" },
    ],
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
];

export const indicators: IndicatorSeed[] = [
  // Communauté d'agglomération de Lens-Liévin ("Données statistiques de la CALL")
  {
    id: "call-densite-population",
    territory: CALL,
    kind: "POPULATION_DENSITY",
    label: "Densité de population de l'agglomération de Lens-Liévin",
    value: 1009.7,
    unit: "hab/km²",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "call-emplois-ess",
    territory: CALL,
    kind: "ESS_JOBS",
    label: "Postes de travail salariés de l'ESS",
    value: 7100,
    unit: "postes",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "call-part-emplois-ess",
    territory: CALL,
    kind: "ESS_JOBS_SHARE",
    label: "Part des postes de travail salariés de l'ESS dans les emplois",
    value: 11.5,
    unit: "%",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "call-ess-part-associations",
    territory: CALL,
    // « une forte présence d'associations (82,3%) » : a share of what (jobs,
    // establishments…) is not said — not a count of jobs.
    kind: "OTHER",
    label: "Présence des associations dans l'ESS du territoire, en % (ce qui est compté n'est pas précisé)",
    value: 82.3,
    unit: "%",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "call-ess-part-cooperatives",
    territory: CALL,
    kind: "OTHER",
    label: "Présence des coopératives dans l'ESS du territoire, en % (ce qui est compté n'est pas précisé)",
    value: 10.3,
    unit: "%",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "call-ess-part-mutuelles",
    territory: CALL,
    kind: "OTHER",
    label: "Présence des mutuelles dans l'ESS du territoire, en % (ce qui est compté n'est pas précisé)",
    value: 4.5,
    unit: "%",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "hauts-de-france-densite-population",
    territory: { kind: "REGION", code: "32" },
    kind: "POPULATION_DENSITY",
    // « la moyenne régionale » of an article of early 2023: the région is not
    // named, the Hauts-de-France is inferred from the date.
    label: "Densité de population, moyenne régionale (région non nommée : les Hauts-de-France à la date de l'article)",
    value: 188.77,
    unit: "hab/km²",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  // Bassin minier communes
  {
    id: "lens-population-1921",
    territory: { kind: "COMMUNE", code: "62498" },
    kind: "OTHER",
    label: "Population de Lens après la première guerre mondiale",
    value: 14259,
    unit: "habitants",
    year: 1921,
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "lens-population-avant-exploitation-charbonniere",
    territory: { kind: "COMMUNE", code: "62498" },
    kind: "OTHER",
    label: "Population de Lens avant l'exploitation charbonnière (milieu du XIXe siècle), environ",
    value: 2500,
    unit: "habitants",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  // Métropole Européenne de Lille
  {
    id: "mel-emplois-ess",
    territory: MEL,
    kind: "ESS_JOBS",
    label: "Emplois de l'ESS",
    value: 52000,
    unit: "salariés",
    source: SOURCES.MEL_ROUBAIX,
  },
  // Communauté d'agglomération de la Porte du Hainaut
  {
    id: "caph-taux-de-chomage",
    territory: CAPH,
    kind: "UNEMPLOYMENT_RATE",
    label: "Taux de chômage dans les communes de la Porte du Hainaut",
    value: 18.5,
    unit: "%",
    source: SOURCES.PORTE_DU_HAINAUT,
  },
  {
    id: "caph-taux-de-pauvrete",
    territory: CAPH,
    kind: "POVERTY_RATE",
    label: "Taux de pauvreté dans les communes de la Porte du Hainaut",
    value: 23,
    unit: "%",
    source: SOURCES.PORTE_DU_HAINAUT,
  },
  {
    id: "caph-part-emplois-ess",
    territory: CAPH,
    kind: "ESS_JOBS_SHARE",
    label: "Part de l'ESS dans les emplois",
    value: 10,
    unit: "%",
    source: SOURCES.PORTE_DU_HAINAUT,
  },
  {
    id: "caph-population",
    territory: CAPH,
    kind: "OTHER",
    label: "Habitants (près de)",
    value: 160000,
    unit: "habitants",
    source: SOURCES.PORTE_DU_HAINAUT,
  },
  {
    id: "caph-communes-sans-commerce",
    territory: CAPH,
    kind: "OTHER",
    label: "Communes (sur 47) ne disposant d'aucun commerce de proximité",
    value: 6,
    unit: "communes",
    source: SOURCES.PORTE_DU_HAINAUT,
  },
  {
    id: "caph-societes-cooperatives",
    territory: CAPH,
    kind: "OTHER",
    label: "Sociétés coopératives sur le territoire",
    value: 0,
    unit: "sociétés",
    source: SOURCES.PORTE_DU_HAINAUT,
  },
];
