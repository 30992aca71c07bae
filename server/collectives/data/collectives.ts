// Collectives: every card of the Pas-de-Calais cooperation referential
// (document 004) except the structure d'appui card (GALILÉE, on the
// organisation), and the collectives named in the other documents. A
// structure is given only when a document states it (AUCUNE only for « Pas de
// structure juridique propre au collectif ») or allows inferring it (with the
// reason); a membership or role the documents do not state is INFERRED, with
// the reason, and so is an identification across documents.
//
// The card fields are copied as printed, wrapped lines joined. The text
// extraction of the referential lost the layout of the cards, so the field of
// a block was chosen by its meaning where the order did not tell it.
import { SOURCES } from "../../core/demo.ts";
import type { CollectiveSeed } from "./seed.types.ts";

export const collectives: CollectiveSeed[] = [
  // ─── La mutualisation ─────────────────────────────────────────────────────
  {
    id: "mutualisation-addse-ehpad-saint-antoine",
    name: "ADDSE - EHPAD St-Antoine Desvres",
    kind: "MUTUALISATION",
    sectors: ["SERVICES_A_LA_PERSONNE", "SANTE"],
    description:
      "Mutualisation entre une structure d'aide à la personne (ADDSE, Desvres) et l'EHPAD St-Antoine : les structures prennent le temps de se connaître et de se reconnaître avant d'envisager une mutualisation de moyens humains et matériels.",
    card: {
      sectorLabel: "Services à la personne",
      coverageLabel: "Communauté de communes de Desvres-Samer (31 communes) – Lumbres et Marquise",
      coverage: [
        { kind: "EPCI", code: "200018083" },
        { kind: "COMMUNE", code: "62534" },
        { kind: "COMMUNE", code: "62560" },
      ],
      origin:
        "La nécessité de reconstruire et de réorganiser une structure d'aide à la personne autour d'un projet d'accompagnement global de la personne âgée",
      governance: "A terme n'envisager qu'une seule structure",
      stakes:
        "Créer un parcours d'accompagnement globalisé de l'utilisateur entre les trois prises en charge proposées par les SAAD, SIAD, EHPAD.",
      workingTogether:
        "Être complémentaire. Se connaître. Partager des savoirs faire. Mutualiser les compétences indispensables à la gestion complexe des structures d'aujourd'hui. Une révolution dans les esprits.",
      contact: "Tél : 03.21.92.24.08 – www.addse.fr – www.mrstantoine.fr",
    },
    members: [
      {
        organisation: "addse",
        role: "MEMBRE",
        basis: "« ex. : ADDSE Desvres et EHPAD St-Antoine » ; fiche « ADDSE - EHPAD St-Antoine Desvres »",
      },
      {
        organisation: "ehpad-saint-antoine-desvres",
        role: "MEMBRE",
        basis: "« ex. : ADDSE Desvres et EHPAD St-Antoine » ; fiche « ADDSE - EHPAD St-Antoine Desvres »",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "mutualisation-aafp-vitalite-services",
    name: "AAFP Boulogne - AAFP St-Omer - Vitalité Services St-Omer",
    kind: "MUTUALISATION",
    sectors: ["SERVICES_A_LA_PERSONNE"],
    structure: "ASSOCIATION",
    structureCertainty: "INFERRED",
    structureBasis: "« En 2015, une association unique regroupant tous les services ; Association avec une présidence tournante pour ne pas perdre les identités originelles » : la structure vers laquelle va la mutualisation (prévue ou faite en 2015, le temps n'est pas clair)",
    description:
      "Mutualisation de services d'aide à la personne du Boulonnais et de l'Audomarois, commencée par les services administratifs (comptabilité, secrétariat...) avant d'élargir aux autres activités, vers une association unique.",
    card: {
      sectorLabel: "Services à la personne",
      coverageLabel: "Le Boulonnais et l'Audomarois",
      coverage: [
        { kind: "EPCI", code: "246200729" },
        { kind: "EPCI", code: "200069037" },
      ],
      origin: "Des contraintes financières à l'origine d'une recherche d'économies structurelles",
      governance:
        "En 2015, une association unique regroupant tous les services ; Association avec une présidence tournante pour ne pas perdre les identités originelles",
      stakes:
        "Constituer une structure avec : un pôle accueil performant en sachant répondre ou réorienter les demandes d'aides des usagers ; un pôle chargé de secteur : accompagnement des familles et des personnes âgées ou en situation de handicap ; un pôle comptabilité.",
      workingTogether:
        "Se regrouper pour être plus fort. Avoir des valeurs communes. Bâtir pour être mieux. Mutualiser les moyens pour renforcer la capacité financière. Se connaître. Avoir confiance. Avoir un objectif commun. Sortir de la routine. Innovier.",
      contact: "Tél : 03.21.38.28.47 – aafp.saintomer@orange.fr",
    },
    members: [
      {
        organisation: "aafp-boulogne",
        role: "MEMBRE",
        basis: "fiche « AAFP Boulogne - AAFP St-Omer - Vitalité Services St-Omer »",
      },
      {
        organisation: "aafp-saint-omer",
        role: "MEMBRE",
        basis: "fiche « AAFP Boulogne - AAFP St-Omer - Vitalité Services St-Omer »",
      },
      {
        organisation: "vitalite-services-saint-omer",
        role: "MEMBRE",
        basis: "fiche « AAFP Boulogne - AAFP St-Omer - Vitalité Services St-Omer »",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },

  // ─── Le partenariat de projets ────────────────────────────────────────────
  {
    id: "partenariat-droit-de-cite",
    name: "Droit de Cité - Billy-Montigny",
    kind: "PARTENARIAT_DE_PROJETS",
    sectors: ["CULTURE"],
    description:
      "Association culturelle qui fonctionne sur une logique de partenariat et n'envisage pas de projets sans coopération entre les acteurs : les partenaires sont des collaborateurs et les projets sont, dès le départ, co-construits. Droit de Cité est « une structure intercommunale associative » : c'est sa forme, la structure du partenariat n'est pas dite. Les 21 communes adhérentes ne sont pas nommées.",
    card: {
      sectorLabel: "Association culturelle",
      coverageLabel: "Communautés d'agglomération Lens-Liévin, Artois-Comm, Hénin-Carvin",
      coverage: [
        { kind: "EPCI", code: "246200364" },
        { kind: "EPCI", code: "200072460" },
        { kind: "EPCI", code: "246200299" },
      ],
      origin:
        "Droit de Cité est une structure intercommunale de développement culturel œuvrant avec 30 communes qui touchent à l'année plus de 30 000 personnes sur 3 thématiques : livres – lecture, musique et arts de la rue à partir desquelles sont développés des projets intercommunautaires dans lesquels sont associées de 2 à 28 communes. Droit de Cité est un incitateur de coopération et crée les conditions pour que ça se fasse.",
      governance: "Une structure intercommunale associative composée de 21 communes adhérentes",
      workingTogether:
        "Faire attention à comment on va travailler, avec qui, de quelle manière on sensibilise ? On y va ensemble. Laisser la possibilité aux gens de se positionner, de faire les choses. Chacun participe à son niveau.",
      contact: "Tél : 03.21.49.21.21 – direction@droitdecite.com – www.droitdecite.com",
    },
    members: [
      {
        organisation: "droit-de-cite",
        role: "ANIMATEUR",
        certainty: "INFERRED",
        basis: "Structure de la fiche : « Droit de Cité est un incitateur de coopération et crée les conditions pour que ça se fasse » ; rôle d'animateur déduit, ses partenaires ne sont pas nommés",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "partenariat-espace-36",
    name: "Espace 36 - St-Omer",
    kind: "PARTENARIAT_DE_PROJETS",
    sectors: ["CULTURE"],
    description:
      "Centre d'art associatif qui fonctionne sur une logique de partenariat : les collaborations (artistes, public, structures culturelles, professionnels du territoire, collectivités, bailleurs sociaux) sont fonction de la thématique abordée ; aucun partenaire n'est nommé.",
    card: {
      sectorLabel: "Centre d'art associatif",
      coverageLabel: "Audomarois, Pas-de-Calais et Nord Pas-de-Calais",
      coverage: [
        { kind: "EPCI", code: "200069037" },
        { kind: "DEPARTEMENT", code: "62" },
        { kind: "REGION", code: "32" },
      ],
      origin:
        "Espace 36 est un lieu de création et de diffusion de l'art contemporain axé sur la médiation auprès des publics. Acteur local de l'économie sociale et solidaire, il est structure relais en ingénierie culturelle.",
      governance:
        "Les collaborations avec les artistes, le public, les autres structures culturelles, les professionnels du territoire, les collectivités, les bailleurs sociaux.... se mettent en place et sont fonction de la thématique abordée. La méthode de travail de l'Espace 36 est basée sur la réciprocité, c'est-à-dire que toutes les actions sont en lien avec une méthode d'échanges, de partages entre les acteurs professionnels (les artistes, le public, les partenaires professionnels).",
      stakes:
        "A la fois professionnel acteur et bénéficiaire des actions qu'il mène. Elles ne sont pas délocalisables, car réalisées à 80% en lien avec les ressources du territoire.",
      workingTogether: "La réciprocité. L'enrichissement.",
      contact: "Tél : 03.21.88.93.70 – espace36@free.fr – http://espace36.free.fr",
    },
    members: [
      {
        organisation: "espace-36",
        role: "ANIMATEUR",
        certainty: "INFERRED",
        basis: "Structure de la fiche, « structure relais en ingénierie culturelle » dont les collaborations « sont fonction de la thématique abordée » ; rôle d'animateur déduit",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "partenariat-apf-saint-omer",
    name: "Association des paralysés de France Nord Pas-de-Calais – projet d'hébergement à Saint-Omer",
    kind: "PARTENARIAT_DE_PROJETS",
    sectors: ["ACTION_SOCIALE", "ENERGIE_HABITAT", "SANTE"],
    description:
      "Projet de nouvelles formes d'hébergement plus participatives, plus citoyennes et plus inclusives à Saint-Omer, inspiré des logements thérapeutiques de Renaissance ; la personne en situation de handicap locataire est partie prenante du dispositif en qualité de relais formation.",
    card: {
      sectorLabel: "Handicap",
      coverageLabel: "Communauté d'agglomération de Saint-Omer",
      coverage: [{ kind: "EPCI", code: "200069037" }],
      origin:
        "Renaissance, une association de l'Eure, qui a développé des logements thérapeutiques étapes entre l'hospitalisation de longue durée et le retour au domicile, a interpellé l'APF Nord Pas-de-Calais qui cherchait à expérimenter des nouvelles formes d'hébergement plus participatives, plus citoyennes et plus inclusives et a proposé de monter le projet sur Saint-Omer.",
      governance:
        "Le partenariat est construit autour de : APF sur de la gestion ; Renaissance sur de l'expertise ; CAPEB sur du financement de l'aménagement ; Communauté d'agglomération de Saint-Omer (CASO) sur du fonctionnement ; Agence régionale de santé Nord Pas-de-Calais (ARS) dans le cadre du Contrat local de santé (CLS) ; Chambre régionale de l'ESS (CRESS) sur de l'accompagnement de projet : « comment s'ouvrir sur la cité ? » ; La personne en situation de handicap locataire partie prenante du dispositif en qualité de relais formation.",
      stakes:
        "Prouver qu'il y a des modèles économiques nouveaux à développer et amener les directeurs des antennes régionales de l'APF à être innovants et force d'imagination. Offrir un chantier formation, une vitrine de l'accessibilité aux artisans.",
      workingTogether:
        "Être singulièrement différent dans l'approche de l'accessibilité des personnes. Rompre l'isolement de la personne en situation de handicap et lui redonner une utilité sociétale.",
      contact: "Tél : 03.20.20.97.65 – herve.lherbier@apf.asso.fr – http://apfnpc.fr",
    },
    members: [
      {
        organisation: "apf-nord-pas-de-calais",
        role: "ANIMATEUR",
        certainty: "INFERRED",
        basis: "« APF sur de la gestion » : gestionnaire du projet, rôle d'animateur déduit",
      },
      {
        organisation: "renaissance",
        role: "FONDATEUR",
        certainty: "INFERRED",
        basis: "Renaissance « a interpellé l'APF Nord Pas-de-Calais […] et a proposé de monter le projet sur Saint-Omer » ; « Renaissance sur de l'expertise » : rôle de fondateur déduit",
      },
      {
        organisation: "capeb",
        role: "PARTENAIRE_FINANCEUR",
        basis: "« CAPEB sur du financement de l'aménagement »",
      },
      {
        organisation: "ca-saint-omer",
        role: "PARTENAIRE_FINANCEUR",
        certainty: "INFERRED",
        basis: "« Communauté d'agglomération de Saint-Omer (CASO) sur du fonctionnement » : un financement du fonctionnement est déduit, le document ne dit pas « financement »",
      },
      {
        organisation: "ars-nord-pas-de-calais",
        role: "MEMBRE",
        basis: "« Agence régionale de santé Nord Pas-de-Calais (ARS) dans le cadre du Contrat local de santé (CLS) »",
      },
      {
        organisation: "cress",
        role: "STRUCTURE_APPUI",
        basis: "« Chambre régionale de l'ESS (CRESS) sur de l'accompagnement de projet »",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "partenariat-mahra-le-toit",
    name: "M.A.H.R.A. le Toit",
    kind: "PARTENARIAT_DE_PROJETS",
    sectors: ["ACTION_SOCIALE", "INSERTION_EMPLOI"],
    description:
      "Partenariats d'un CHRS - ACI de l'Audomarois avec les institutions de la réinsertion professionnelle, les entreprises classiques et les structures ESS du territoire ; aucun partenaire n'est nommé.",
    card: {
      sectorLabel: "CHRS - ACI",
      coverageLabel: "Communauté d'agglomération de Saint-Omer",
      coverage: [{ kind: "EPCI", code: "200069037" }],
      origin:
        "L'accompagnement des personnes en difficultés dans une optique de parcours implique de fait un travail de partenariat.",
      governance:
        "Partenariats construits au fil des années avec les institutions en charge des dispositifs de réinsertion professionnelle, avec les entreprises classiques, les structures ESS du territoire...",
      stakes:
        "Montrer que les bénéficiaires sont aussi des acteurs qui participent au développement de leur environnement. Valoriser le travail et les compétences par les activités développées renforcer le caractère d'utilité sociale",
      workingTogether:
        "Collaborer pour améliorer l'accompagnement des usagers. Développer des projets communs : Préparation du mois de l'ESS.",
      contact: "Tél : 03.21.39.56.69 – thierry.tabary@mahra-letoit.fr – http://mahra-letoit.fr/",
    },
    members: [
      {
        organisation: "mahra-le-toit",
        role: "ANIMATEUR",
        certainty: "INFERRED",
        basis: "Structure de la fiche, dont les « Partenariats construits au fil des années » ne sont pas nommés ; rôle d'animateur déduit",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },

  // ─── Le collectif d'acteurs ESS ───────────────────────────────────────────
  {
    id: "collectif-des-7-vallees",
    name: "Collectif des 7 Vallées",
    kind: "COLLECTIF_ACTEURS_ESS",
    sectors: ["RESEAU_REPRESENTATION"],
    meetingRhythm: "3 à 4 rencontres par an",
    description:
      "20 acteurs ESS du Pays des 7 Vallées, co-animés par l'agent PLDE du Pays et le chargé de mission de l'APES. PLDE : Plan local de développement économique ; « En région Nord Pas-de-Calais, chaque PLDE a vocation de développer un volet ESS dont les actions viseront à garantir une animation locale et la sensibilisation aux valeurs de l'ESS, l'observation et la production de connaissance, la mise en cohérence et la mutualisation des ressources ou encore le soutien à la création d'activités. » (Avise, janvier 2011). Les 20 acteurs ne sont pas nommés.",
    card: {
      sectorLabel: "Multi secteurs",
      coverageLabel: "Pays des 7 Vallées",
      coverage: [{ kind: "EPCI", code: "200044030" }],
      origin: "Une rencontre sur la thématique ESS avec les élus du territoire",
      governance:
        "20 acteurs ESS agissant sur le Pays de 7 Vallées. 3 à 4 rencontres par an. Une co-animation des rencontres par l'agent PLDE du Pays des 7 Vallées et le chargé de mission de l'APES (Acteurs Pour une économie solidaire)",
      stakes:
        "Aboutir à la mise en place d'un volet ESS au sein du PLDE et écrire une stratégie. La 1ère étape a été destinée à consolider le collectif ESS et à fidéliser la participation des acteurs.",
      workingTogether: "Parvenir à créer un lien solide inter-structures",
      contact: "Tél : 03.21.06.77.77 – f.mariage@paysdes7vallees.fr – http://paysdes7vallees.fr",
    },
    members: [
      {
        organisation: "pays-des-7-vallees",
        role: "ANIMATEUR",
        basis: "« Une co-animation des rencontres par l'agent PLDE du Pays des 7 Vallées et le chargé de mission de l'APES »",
      },
      {
        organisation: "apes",
        role: "ANIMATEUR",
        basis: "« Une co-animation des rencontres par l'agent PLDE du Pays des 7 Vallées et le chargé de mission de l'APES »",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "collectif-artois-insertion",
    name: "Collectif Artois Insertion",
    kind: "COLLECTIF_ACTEURS_ESS",
    sectors: ["INSERTION_EMPLOI"],
    structure: "AUCUNE",
    structureCertainty: "STATED",
    structureBasis: "« Pas de structure juridique propre au collectif »",
    description:
      "7 Ateliers et Chantiers d'Insertion du Pays d'Artois, réunis avec l'appui d'un DLA collectif (le Dispositif Local d'Accompagnement est un soutien de proximité aux associations engagées dans la voie de la pérennisation des emplois – source Pas-de-Calais Actif, Rapport Activités 2013).",
    card: {
      sectorLabel: "Insertion par l'activité économique",
      coverageLabel: "Pays de l'Artois",
      coverage: [
        { kind: "EPCI", code: "200033579" },
        { kind: "EPCI", code: "200044048" },
        { kind: "EPCI", code: "200035442" },
      ],
      origin:
        "Le besoin de travailler sur des thématiques particulières (gestion, finances, rarefaction des subventions...) et la mise en œuvre d'un DLA collectif pour formaliser et permettre les rencontres. Très vite la nécessité de réaliser quelque chose de réalisable qui soude le collectif. Un travail autour d'un plan de communication pour le collectif est alors engagé.",
      governance:
        "Pas de structure juridique propre au collectif composé de 7 Ateliers et Chantiers d'Insertion du Pays d'Artois : REGAIN Arras, AIDERA Arras, Le Coin familial Arras, Les restaurants du cœur 62 BI Beaurains, EVE Ecourt Saint-Quentin, AIR Ervillers, BRIF Bapaume.",
      stakes:
        "Promouvoir le secteur, les activités et les résultats des ACI. Mutualiser des moyens et des compétences. Développer des projets et des structures d'insertion sur le territoire. Imaginer les actions futures au bénéfice des populations.",
      workingTogether:
        "Gagner du temps. Multiplier les réseaux. Partager les connaissances. Mettre au pot commun. Sortir de la logique de concurrence. Etre dans la complémentarité. Adopter une logique commune. Etre force de propositions. Réfléchir ensemble sur nos difficultés et construire ensemble des propositions de réponses.",
      contact: "Tél : 03 21 73 57 96 – ddembski-lecoinfamilial@orange.fr – www.lecoinfamiliale.fr",
    },
    members: [
      {
        organisation: "regain-arras",
        role: "MEMBRE",
        basis: "« composé de 7 Ateliers et Chantiers d'Insertion du Pays d'Artois : REGAIN Arras, AIDERA Arras, Le Coin familial Arras, Les restaurants du cœur 62 BI Beaurains, EVE Ecourt Saint-Quentin, AIR Ervillers, BRIF Bapaume »",
      },
      {
        organisation: "aidera-arras",
        role: "MEMBRE",
        basis: "« composé de 7 Ateliers et Chantiers d'Insertion du Pays d'Artois : REGAIN Arras, AIDERA Arras, Le Coin familial Arras, Les restaurants du cœur 62 BI Beaurains, EVE Ecourt Saint-Quentin, AIR Ervillers, BRIF Bapaume »",
      },
      {
        organisation: "le-coin-familial",
        role: "MEMBRE",
        basis: "« composé de 7 Ateliers et Chantiers d'Insertion du Pays d'Artois : REGAIN Arras, AIDERA Arras, Le Coin familial Arras, Les restaurants du cœur 62 BI Beaurains, EVE Ecourt Saint-Quentin, AIR Ervillers, BRIF Bapaume »",
      },
      {
        organisation: "restos-du-coeur-62-beaurains",
        role: "MEMBRE",
        basis: "« composé de 7 Ateliers et Chantiers d'Insertion du Pays d'Artois : REGAIN Arras, AIDERA Arras, Le Coin familial Arras, Les restaurants du cœur 62 BI Beaurains, EVE Ecourt Saint-Quentin, AIR Ervillers, BRIF Bapaume »",
      },
      {
        organisation: "eve-ecourt-saint-quentin",
        role: "MEMBRE",
        basis: "« composé de 7 Ateliers et Chantiers d'Insertion du Pays d'Artois : REGAIN Arras, AIDERA Arras, Le Coin familial Arras, Les restaurants du cœur 62 BI Beaurains, EVE Ecourt Saint-Quentin, AIR Ervillers, BRIF Bapaume »",
      },
      {
        organisation: "air-ervillers",
        role: "MEMBRE",
        basis: "« composé de 7 Ateliers et Chantiers d'Insertion du Pays d'Artois : REGAIN Arras, AIDERA Arras, Le Coin familial Arras, Les restaurants du cœur 62 BI Beaurains, EVE Ecourt Saint-Quentin, AIR Ervillers, BRIF Bapaume »",
      },
      {
        organisation: "brif-bapaume",
        role: "MEMBRE",
        basis: "« composé de 7 Ateliers et Chantiers d'Insertion du Pays d'Artois : REGAIN Arras, AIDERA Arras, Le Coin familial Arras, Les restaurants du cœur 62 BI Beaurains, EVE Ecourt Saint-Quentin, AIR Ervillers, BRIF Bapaume »",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "club-des-ai-agglomeration-de-lens",
    name: "Le club des A.I. de l'agglomération de Lens",
    kind: "COLLECTIF_ACTEURS_ESS",
    sectors: ["INSERTION_EMPLOI"],
    structure: "AUCUNE",
    structureCertainty: "STATED",
    structureBasis: "« Pas de structure juridique propre au collectif »",
    meetingRhythm: "Des rencontres régulières de travail",
    startYear: 2010,
    description:
      "5 associations intermédiaires ; réunions informelles à partir de 2010, puis un DLA collectif autour de l'écriture d'une charte éthique, signée en mars 2011.",
    card: {
      sectorLabel: "Insertion par l'activité économique",
      coverageLabel: "Communautés d'agglomération Lens-Liévin, Hénin-Carvin",
      coverage: [
        { kind: "EPCI", code: "246200364" },
        { kind: "EPCI", code: "246200299" },
      ],
      origin:
        "Au départ (2010), des réunions informelles par nécessité, pour comprendre comment les uns et les autres travaillent et s'organisent par rapport aux activités, à la gestion des contrats d'insertion, au cadre juridique des structures. Puis, au fur et à mesure, est venue l'idée d'un partenariat un peu plus établi, une idée de Club des AI avec une volonté de se faire connaître auprès des partenaires extérieurs. Pour organiser et formaliser, sollicitation d'un DLA collectif autour de l'écriture d'une charte éthique.",
      governance:
        "Pas de structure juridique propre au collectif composé de 5 associations intermédiaires : APSA Coupd'Main, Lens ; SAPIH Insertion, Hénin-Beaumont ; AIAAC Courrières ; Interaction Liévin ; Relais Vermellois, Vermelles. Des rencontres régulières de travail pour aboutir à la signature d'une charte du Club des AI (mars 2011)",
      stakes:
        "La finalité du Club des A.I. de l'agglomération de Lens est d'être connu et reconnu par l'ensemble des acteurs du territoire en remettant l'individu au cœur de l'action et des valeurs (Respect, Solidarité, Partage). Le Club des A.I. de l'agglomération de Lens met en place des objectifs de réalisation d'actions. Il finalise un objectif avant de passer à l'action suivante.",
      workingTogether:
        "Une richesse : dans le partage ; dans les actions mises en œuvre. La signature d'une charte posant les bases d'une concurrence intelligente",
      contact: "Tél : 03.21.28.19.34 – apsa-jbogaert@nordnet.fr – http://www.apsacoupdmain.fr/",
    },
    members: [
      {
        organisation: "apsa-coup-d-main",
        role: "MEMBRE",
        basis: "« composé de 5 associations intermédiaires : APSA Coupd'Main, Lens ; SAPIH Insertion, Hénin-Beaumont ; AIAAC Courrières ; Interaction Liévin ; Relais Vermellois, Vermelles »",
      },
      {
        organisation: "sapih-insertion",
        role: "MEMBRE",
        basis: "« composé de 5 associations intermédiaires : APSA Coupd'Main, Lens ; SAPIH Insertion, Hénin-Beaumont ; AIAAC Courrières ; Interaction Liévin ; Relais Vermellois, Vermelles »",
      },
      {
        organisation: "aiaac-courrieres",
        role: "MEMBRE",
        basis: "« composé de 5 associations intermédiaires : APSA Coupd'Main, Lens ; SAPIH Insertion, Hénin-Beaumont ; AIAAC Courrières ; Interaction Liévin ; Relais Vermellois, Vermelles »",
      },
      {
        organisation: "interaction-lievin",
        role: "MEMBRE",
        basis: "« composé de 5 associations intermédiaires : APSA Coupd'Main, Lens ; SAPIH Insertion, Hénin-Beaumont ; AIAAC Courrières ; Interaction Liévin ; Relais Vermellois, Vermelles »",
      },
      {
        organisation: "relais-vermellois",
        role: "MEMBRE",
        basis: "« composé de 5 associations intermédiaires : APSA Coupd'Main, Lens ; SAPIH Insertion, Hénin-Beaumont ; AIAAC Courrières ; Interaction Liévin ; Relais Vermellois, Vermelles »",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "collectif-centres-sociaux-boulonnais",
    name: "Collectif des centres sociaux du Boulonnais",
    kind: "COLLECTIF_ACTEURS_ESS",
    sectors: ["ACTION_SOCIALE"],
    structure: "AUCUNE",
    structureCertainty: "STATED",
    structureBasis: "« Pas de structure juridique propre au collectif »",
    description: "5 centres sociaux du Boulonnais ; le collectif est un comité technique des directeurs ; « La sollicitation d'un DLA collectif pour bénéficier d'un accompagnement dans la démarche. »",
    card: {
      sectorLabel: "Centres sociaux",
      coverageLabel: "Le Boulonnais",
      coverage: [{ kind: "EPCI", code: "246200729" }],
      origin:
        "La volonté de 5 centres sociaux du territoire du Boulonnais de travailler ensemble. La sollicitation d'un DLA collectif pour bénéficier d'un accompagnement dans la démarche.",
      governance:
        "Pas de structure juridique propre au collectif composé de 5 centres : Centre social Eclaté St-Martin ; Centre Audrey Bartier Wimereux ; Centre social CAF Boulogne-sur-Mer ; Centre social Espace Carnot Le Portel ; Centre social d'Outreau. Le collectif est un comité technique des directeurs.",
      stakes:
        "Se rassembler autour d'une valeur commune. Être en mesure d'apporter une réponse collective à la demande institutionnelle. Être reconnu en tant que tel auprès des institutions. Partager des moyens matériels et ou humains. Être force de propositions sur le territoire.",
      workingTogether:
        "Être très vite dans l'action. Avoir l'envie de : Se respecter ; S'adapter ; S'organiser ; Choisir ; Savoir prendre des décisions communes ; Ne pas imposer ; Concéder ; Accepter de se dévoiler : «montrer ce que vous faites et aussi ce que vous ne faites pas». Comprendre les partenaires pour savoir travailler ensemble. Dissocier coopération de compétition.",
      contact: "Tél : 03.21.33.29.53 – secretariat@cscwimereux.org – http://cscwimereux.centres-sociaux.fr/",
    },
    members: [
      {
        organisation: "centre-social-eclate-saint-martin",
        role: "MEMBRE",
        basis: "« composé de 5 centres : Centre social Eclaté St-Martin ; Centre Audrey Bartier Wimereux ; Centre social CAF Boulogne-sur-Mer ; Centre social Espace Carnot Le Portel ; Centre social d'Outreau »",
      },
      {
        organisation: "centre-audrey-bartier-wimereux",
        role: "MEMBRE",
        basis: "« composé de 5 centres : Centre social Eclaté St-Martin ; Centre Audrey Bartier Wimereux ; Centre social CAF Boulogne-sur-Mer ; Centre social Espace Carnot Le Portel ; Centre social d'Outreau »",
      },
      {
        organisation: "centre-social-caf-boulogne",
        role: "MEMBRE",
        basis: "« composé de 5 centres : Centre social Eclaté St-Martin ; Centre Audrey Bartier Wimereux ; Centre social CAF Boulogne-sur-Mer ; Centre social Espace Carnot Le Portel ; Centre social d'Outreau »",
      },
      {
        organisation: "centre-social-espace-carnot",
        role: "MEMBRE",
        basis: "« composé de 5 centres : Centre social Eclaté St-Martin ; Centre Audrey Bartier Wimereux ; Centre social CAF Boulogne-sur-Mer ; Centre social Espace Carnot Le Portel ; Centre social d'Outreau »",
      },
      {
        organisation: "centre-social-outreau",
        role: "MEMBRE",
        basis: "« composé de 5 centres : Centre social Eclaté St-Martin ; Centre Audrey Bartier Wimereux ; Centre social CAF Boulogne-sur-Mer ; Centre social Espace Carnot Le Portel ; Centre social d'Outreau »",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "conseil-local-ess-artois-ternois",
    name: "Conseil local ESS Artois-Ternois",
    kind: "COLLECTIF_ACTEURS_ESS",
    sectors: ["RESEAU_REPRESENTATION"],
    meetingRhythm: "3 à 4 rencontres par an",
    description: "200 acteurs de l'ESS du territoire Artois - Ternois, animés par l'AFP2I (écrit « AFP21 » sur la fiche) ; les acteurs ne sont pas nommés.",
    card: {
      sectorLabel: "Multi secteurs",
      coverageLabel: "Ternois et Arrageois",
      coverage: [
        { kind: "EPCI", code: "200069672" },
        { kind: "EPCI", code: "200033579" },
      ],
      origin:
        "Un rassemblement de l'ensemble des réseaux et acteurs de l'ESS pour apprendre à se connaître et donner lieu à de nouveaux partenariats",
      governance: "200 acteurs de l'ESS du territoire Artois - Ternois. 3 à 4 rencontres par an. Une animation par l'AFP21",
      stakes: "Redonner l'envie aux acteurs de « rêver à nouveau », d'innover",
      contact: "Tél : 03.21.51.17.15 – afp2i@afp2i.fr – http://afp2i.com/",
    },
    members: [
      {
        organisation: "afp2i",
        role: "ANIMATEUR",
        certainty: "INFERRED",
        basis: "« Une animation par l'AFP21 » : « AFP21 » lu comme l'AFP2I du contact de la fiche (afp2i@afp2i.fr)",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },

  // ─── Les regroupements d'acteurs ESS, entrepreneurs classiques, collectivités
  {
    id: "filiere-circuits-courts-lys-romane",
    name: "Organisation de filière : achats en circuits courts Pays de la Lys Romane",
    kind: "REGROUPEMENT_MULTI_ACTEURS",
    sectors: ["ALIMENTATION_AGRICULTURE", "ACTION_PUBLIQUE"],
    description:
      "Les producteurs se sont constitués en GIE (non nommé) : c'est leur structure, pas celle du regroupement, dont la structure n'est pas dite ; les institutions (EPCI, collèges, Conseil départemental) organisent les achats répondant à la commande publique responsable.",
    card: {
      sectorLabel: "Filière agricole et commande publique responsable",
      coverageLabel: "Pays de la Lys Romane",
      coverage: [{ kind: "EPCI", code: "200072460" }],
      origin:
        "La volonté des élus des 2 EPCI du Pays de la Lys Romane : Communautés de communes Artois-Lys et Artois-Flandres de développer l'offre de produits locaux via la mise en place de paniers paysans pour les particuliers",
      governance:
        "Les producteurs se sont constitués en Groupement d'intérêt économique (GIE) et les institutions travaillent à la création d'une dynamique territoriale entre les acteurs : EPCI, Collèges, Conseil départemental afin d'organiser les achats répondant à la commande publique responsable.",
      stakes:
        "La mise en relation des partenaires de la restauration collective et des acteurs du monde agricole pour : Développer les circuits courts alimentaires dans la restauration collective ; Travailler à la faisabilité d'un atelier de transformation des produits frais sur le territoire ; Lutter contre le gaspillage alimentaire.",
      workingTogether: "Être prêt à s'investir dans un projet et à se structurer",
      contact: "Tél : 03.21.56.41.41",
    },
    members: [
      {
        organisation: "cc-artois-lys",
        role: "FONDATEUR",
        certainty: "INFERRED",
        basis: "Origine de la démarche : « La volonté des élus des 2 EPCI du Pays de la Lys Romane : Communautés de communes Artois-Lys et Artois-Flandres » ; rôle de fondateur déduit",
      },
      {
        organisation: "cc-artois-flandres",
        role: "FONDATEUR",
        certainty: "INFERRED",
        basis: "Origine de la démarche : « La volonté des élus des 2 EPCI du Pays de la Lys Romane : Communautés de communes Artois-Lys et Artois-Flandres » ; rôle de fondateur déduit",
      },
      {
        organisation: "departement-pas-de-calais",
        role: "MEMBRE",
        basis: "« une dynamique territoriale entre les acteurs : EPCI, Collèges, Conseil départemental »",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "eco-habitat-loos-en-gohelle",
    name: "Eco-Habitat Loos-en-Gohelle",
    kind: "REGROUPEMENT_MULTI_ACTEURS",
    sectors: ["ENERGIE_HABITAT"],
    meetingRhythm: "Des rencontres régulières animées par l'APES",
    description: "Collectif en cours de construction autour de l'éco-rénovation, animé par l'APES.",
    card: {
      sectorLabel: "Eco rénovation",
      coverageLabel: "Communautés d'agglomération Lens-Liévin, Hénin-Carvin",
      coverage: [
        { kind: "EPCI", code: "246200364" },
        { kind: "EPCI", code: "246200299" },
      ],
      origin:
        "Agir en faveur de la performance énergétique et l'utilisation de ressources éco-responsables. Réunir les partenaires économiques, institutionnels,... dans la réalisation comme dans la conception des projets de réhabilitation",
      governance:
        "Collectif en cours de construction. Des rencontres régulières animées par l'APES pour structurer une coopération entre acteurs locaux (entreprises et associations, réseaux d'acteurs, organismes de formation, structures d'insertion par l'activité économique, institutions) : ACT Environnement, Cigale, Habitat et Développement, APSA, IEP Vie Active, PACT 62, APES, CD2E, Ville de Loos-en-Gohelle, Conseil départemental 62",
      stakes:
        "Mutualiser les compétences pour développer les techniques nouvelles de l'éco-habitat. Favoriser la réponse collective aux appels d'offre pour permettre aux PME locales de s'engager dans les projets",
      workingTogether: "Volonté de réunir l'ensemble des partenaires publics, privés et habitants",
      contact: "Tél : 03 21 13 06 80 – a.lucas@cd2e.com",
    },
    members: [
      {
        organisation: "apes",
        role: "ANIMATEUR",
        basis: "« Des rencontres régulières animées par l'APES »",
      },
      {
        organisation: "act-environnement",
        role: "MEMBRE",
        basis: "« une coopération entre acteurs locaux […] : ACT Environnement, Cigale, Habitat et Développement, APSA, IEP Vie Active, PACT 62, APES, CD2E, Ville de Loos-en-Gohelle, Conseil départemental 62 »",
      },
      {
        organisation: "cigales-npdc",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "« Cigale » (au singulier) dans la liste des acteurs locaux, lu comme Les Cigales Nord Pas-de-Calais ; un club Cigale local pourrait être visé",
      },
      {
        organisation: "habitat-et-developpement",
        role: "MEMBRE",
        basis: "« une coopération entre acteurs locaux […] : ACT Environnement, Cigale, Habitat et Développement, APSA, IEP Vie Active, PACT 62, APES, CD2E, Ville de Loos-en-Gohelle, Conseil départemental 62 »",
      },
      {
        organisation: "apsa-coup-d-main",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "« APSA » dans la liste des acteurs locaux, lu comme l'association intermédiaire APSA Coup d'Main de Lens",
      },
      {
        organisation: "iep-vie-active",
        role: "MEMBRE",
        basis: "« une coopération entre acteurs locaux […] : ACT Environnement, Cigale, Habitat et Développement, APSA, IEP Vie Active, PACT 62, APES, CD2E, Ville de Loos-en-Gohelle, Conseil départemental 62 »",
      },
      {
        organisation: "pact-62",
        role: "MEMBRE",
        basis: "« une coopération entre acteurs locaux […] : ACT Environnement, Cigale, Habitat et Développement, APSA, IEP Vie Active, PACT 62, APES, CD2E, Ville de Loos-en-Gohelle, Conseil départemental 62 »",
      },
      {
        organisation: "cd2e",
        role: "MEMBRE",
        basis: "« une coopération entre acteurs locaux […] : ACT Environnement, Cigale, Habitat et Développement, APSA, IEP Vie Active, PACT 62, APES, CD2E, Ville de Loos-en-Gohelle, Conseil départemental 62 »",
      },
      {
        organisation: "ville-de-loos-en-gohelle",
        role: "MEMBRE",
        basis: "« une coopération entre acteurs locaux […] : ACT Environnement, Cigale, Habitat et Développement, APSA, IEP Vie Active, PACT 62, APES, CD2E, Ville de Loos-en-Gohelle, Conseil départemental 62 »",
      },
      {
        organisation: "departement-pas-de-calais",
        role: "MEMBRE",
        basis: "« une coopération entre acteurs locaux […] : ACT Environnement, Cigale, Habitat et Développement, APSA, IEP Vie Active, PACT 62, APES, CD2E, Ville de Loos-en-Gohelle, Conseil départemental 62 »",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "eco-quartier-les-alouettes",
    name: "Eco-Quartier Les Alouettes Bruay-la-Buissière",
    kind: "REGROUPEMENT_MULTI_ACTEURS",
    sectors: ["ACTION_PUBLIQUE", "IMMOBILIER_LIEUX", "CULTURE"],
    description: "Projet d'activités ESS et d'artisanat d'art sur l'éco-quartier, en cours de construction, porté par la collectivité en facilitateur et animateur.",
    card: {
      sectorLabel: "Développement économique",
      coverageLabel: "Communauté d'agglomération Artois-Comm",
      coverage: [{ kind: "EPCI", code: "200072460" }],
      origin:
        "La direction du développement économique de la communauté d'agglomération Artois Comm, la direction culturelle de la ville de Bruay-la-Buissière et l'Office du tourisme collaborent pour ensemble réfléchir à un projet.",
      governance:
        "Le cabinet d'études et de conseil spécialisé en développement durable et en économie sociale et solidaire Extracité a été sollicité pour étudier le diagramme fonctionnel d'une programmation de coopération économique sur l'éco-quartier. Le projet est en cours de construction.",
      stakes:
        "Rendre attractif le quartier en proposant la création d'activités autour : d'un espace dédié à la création, au test, à l'hébergement et au développement d'activités relevant de l'ESS ; d'un espace dédié à l'exposition et à des ateliers d'artisanat d'art valorisant les artistes locaux et régionaux. Et privilégiant la notion de réemploi d'objets ou de déchets.",
      workingTogether: "Pouvoir s'appuyer sur la collectivité qui a un rôle de facilitateur et d'animateur de la démarche collective",
      contact: "Tél : 03.21.61.49.00 – deveco@artoiscomm.fr",
    },
    members: [
      {
        organisation: "artois-comm",
        role: "ANIMATEUR",
        certainty: "INFERRED",
        basis: "« Pouvoir s'appuyer sur la collectivité qui a un rôle de facilitateur et d'animateur de la démarche collective » : la collectivité est lue comme Artois Comm, dont la direction du développement économique est le contact",
      },
      {
        organisation: "ville-de-bruay-la-buissiere",
        role: "MEMBRE",
        basis: "« la direction culturelle de la ville de Bruay-la-Buissière et l'Office du tourisme collaborent »",
      },
      {
        organisation: "office-du-tourisme-eco-quartier-alouettes",
        role: "MEMBRE",
        basis: "« la direction culturelle de la ville de Bruay-la-Buissière et l'Office du tourisme collaborent »",
      },
      {
        organisation: "extracite",
        role: "STRUCTURE_APPUI",
        certainty: "INFERRED",
        basis: "« Extracité a été sollicité pour étudier le diagramme fonctionnel d'une programmation de coopération économique » : prestataire, rôle d'appui déduit",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "bou-sol",
    name: "Bou'Sol, monnaie locale du Boulonnais",
    kind: "REGROUPEMENT_MULTI_ACTEURS",
    sectors: ["FINANCE_SOLIDAIRE", "COMMERCE_PROXIMITE"],
    structure: "ASSOCIATION",
    structureCertainty: "STATED",
    structureBasis: "« La structure porteuse : Association de promotion de la monnaie citoyenne du Boulonnais (APMC) est de statut associatif sans président »",
    description:
      "Monnaie locale portée par l'APMC, association sans président : collectif de gestion de 8 représentants issus de 3 collèges (les solistes = les consommateurs, les prestataires = les commerçants, les acteurs locaux = collectivités locales, Crédit municipal, acteurs économiques, structures de proximité, réseaux de l'ESS...). Projet de plate-forme marchande du e-commerce boulonnais.",
    card: {
      sectorLabel: "Développement économique",
      coverageLabel: "Communauté d'Agglomération du Boulonnais, Communautés de communes de Desvres-Samer, Terre des Deux-Caps",
      coverage: [
        { kind: "EPCI", code: "246200729" },
        { kind: "EPCI", code: "200018083" },
        { kind: "EPCI", code: "246200380" },
      ],
      origin:
        "Des problématiques de territoire existantes : maintien du commerce de proximité, accessibilité – mobilité – attractivité du centre ville, développement du e-commerce, qui ont incité les élus à soutenir l'idée de « pourquoi ne pas créer une démarche de coopération pour permettre la synergie entre les acteurs (acteurs publics, décideurs locaux, entreprises de l'économie classique et acteurs de l'économie sociale et solidaire) du territoire ? »",
      governance:
        "La structure porteuse : Association de promotion de la monnaie citoyenne du Boulonnais (APMC) est de statut associatif sans président. Les décisions sont prises collégalement par un collectif de gestion constitué de 8 représentants issus des 3 collèges d'acteurs de 9 personnes (les solistes = les consommateurs, les prestataires = les commerçants, les acteurs locaux = les collectivités locales, le Crédit municipal, les acteurs économiques, les structures de proximité, les réseaux de l'ESS...). Le principe 1 homme = 1 voix est respecté et toutes les décisions sont discutées en collectif.",
      stakes:
        "Relocaliser les échanges au service du développement économique local. Privilégier une consommation respectueuse de l'Homme et de la nature, et favoriser des choix plus responsables. En engageant une réflexion et des réponses globales : au développement économique durable en s'appuyant sur la dynamique de la monnaie locale Bou'Sol ; à la préservation du commerce de proximité en développant une plate-forme marchande du e-commerce boulonnais.",
      workingTogether: "Faire partie d'un collectif, d'un réseau d'acteurs locaux. Partager des valeurs fortes, une responsabilité collective",
      contact: "Tél : 03.21.10.36.36 – scauwet@agglo-boulonnais.fr – http://www.bou-sol.fr/",
    },
    members: [
      {
        organisation: "apmc-boulonnais",
        role: "ANIMATEUR",
        basis: "« La structure porteuse : Association de promotion de la monnaie citoyenne du Boulonnais (APMC) »",
      },
      {
        organisation: "ca-boulonnais",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "La fiche couvre la « Communauté d'Agglomération du Boulonnais » et son contact est à l'agglomération (scauwet@agglo-boulonnais.fr) ; le collège des acteurs locaux cite « les collectivités locales » sans les nommer",
      },
      {
        organisation: "credit-municipal-bou-sol",
        role: "MEMBRE",
        basis: "« les acteurs locaux = les collectivités locales, le Crédit municipal, les acteurs économiques… »",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "regroupement-toerana-habitat",
    name: "Toerana Habitat, coopérative d'artisans du bâtiment",
    kind: "REGROUPEMENT_MULTI_ACTEURS",
    sectors: ["ENERGIE_HABITAT"],
    structure: "SCIC",
    structureCertainty: "STATED",
    structureBasis: "« TOERANA Habitat est une SCIC » ; « Création d'une SCIC permettant d'élargir la capacité des associés »",
    description:
      "Projet individuel partagé au fur et à mesure, devenu une SCIC d'artisans du bâtiment ; modèle économique inspiré de la coopérative Cabestan ; un FIDESS a permis de prendre le temps du montage.",
    card: {
      sectorLabel: "Coopérative d'artisans du bâtiment",
      coverageLabel: "Région Nord Pas-de-Calais",
      coverage: [{ kind: "REGION", code: "32" }],
      origin:
        "Un projet individuel qui au fur et à mesure a été partagé avec A Petits PAS, URSCOP, Fédération Scop BTP, Sarl Floret, 4 clubs Cigales, Autonomie et Solidarité. Un soutien de la Région Nord Pas-de-Calais, à la mise en place de la coopération et un accompagnement de l'URSCOP. Un modèle économique issu de l'exemple de la coopérative Cabestan, coopérative de bâtisseurs, basée en Isère depuis plus de 10 ans. Un FIDESS a permis de prendre le temps nécessaire au montage du projet et a facilité le travail à mener avec la Fédération des SCOP, la coopérative Cabestan et Grands ensemble.",
      governance:
        "Création d'une SCIC permettant d'élargir la capacité des associés : 4 Clubs Cigale, 1 entreprise locale du bâtiment, A Petits Pas, 1 comptable, Autonomie et Solidarité. Au fur et à mesure, l'entrée et la prise de capital par les entrepreneurs et la possibilité de rembourser les Clubs Cigale.",
      stakes:
        "Faire découvrir aux nouveaux entrants tous les bénéfices humains, techniques, financiers de la coopération entre professionnels. Promouvoir, favoriser, appuyer les coopérations en interne. Proposer aux entrepreneurs une mutualisation de services : contrat d'assurance, soutien comptable, appui au pilotage d'activités, proposition de formations professionnelles et sensibilisation aux nouvelles écotechnologies.",
      workingTogether: "La coopération évolue, elle n'est pas un lien à vie. Etre interdépendant. Ne pas subir. S'enrichir les uns des autres.",
      contact: "Tél : 06.30.65.08.00 – contact@toerana-habitat.fr – www.toerana-habitat.fr",
    },
    members: [
      {
        organisation: "toerana-habitat",
        role: "ANIMATEUR",
        certainty: "INFERRED",
        basis: "La SCIC est la structure du regroupement (« Création d'une SCIC ») : son rôle d'animatrice est déduit",
      },
      {
        organisation: "a-petits-pas",
        role: "MEMBRE",
        basis: "« Création d'une SCIC permettant d'élargir la capacité des associés : 4 Clubs Cigale, 1 entreprise locale du bâtiment, A Petits Pas, 1 comptable, Autonomie et Solidarité »",
      },
      {
        organisation: "autonomie-et-solidarite",
        role: "MEMBRE",
        basis: "« Création d'une SCIC permettant d'élargir la capacité des associés : 4 Clubs Cigale, 1 entreprise locale du bâtiment, A Petits Pas, 1 comptable, Autonomie et Solidarité »",
      },
      {
        organisation: "sarl-floret",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "« Un projet individuel qui au fur et à mesure a été partagé avec A Petits PAS, URSCOP, Fédération Scop BTP, Sarl Floret… » ; qu'elle soit l'« entreprise locale du bâtiment » associée n'est pas dit",
      },
      {
        organisation: "urscop",
        role: "STRUCTURE_APPUI",
        basis: "« un accompagnement de l'URSCOP »",
      },
      {
        organisation: "federation-scop-btp",
        role: "STRUCTURE_APPUI",
        certainty: "INFERRED",
        basis: "Projet « partagé avec […] Fédération Scop BTP » ; « le travail à mener avec la Fédération des SCOP » : rôle d'appui déduit",
      },
      {
        organisation: "cabestan",
        role: "STRUCTURE_APPUI",
        certainty: "INFERRED",
        basis: "« Un modèle économique issu de l'exemple de la coopérative Cabestan » ; « le travail à mener avec […] la coopérative Cabestan » : rôle d'appui déduit",
      },
      {
        organisation: "grands-ensemble",
        role: "STRUCTURE_APPUI",
        certainty: "INFERRED",
        basis: "« le travail à mener avec la Fédération des SCOP, la coopérative Cabestan et Grands ensemble » : rôle d'appui déduit ; « Grands ensemble » lu comme la coopérative Grands Ensemble de la métropole lilloise",
      },
      {
        organisation: "region-nord-pas-de-calais",
        role: "PARTENAIRE_FINANCEUR",
        certainty: "INFERRED",
        basis: "« Un soutien de la Région Nord Pas-de-Calais, à la mise en place de la coopération » : la nature du soutien n'est pas précisée, un financement est déduit",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "pole-pc3e",
    name: "PC3E Nord Pas-de-Calais",
    kind: "REGROUPEMENT_MULTI_ACTEURS",
    sectors: ["ENERGIE_HABITAT"],
    structure: "ASSOCIATION",
    structureCertainty: "STATED",
    structureBasis: "« PC3E est constitué en association » ; « Un pôle en phase de développement qui a créé une association autour d'un noyau dur de 5 structures »",
    meetingRhythm: "Au moins une fois par trimestre",
    description:
      "Pôle des énergies renouvelables citoyennes né d'un petit déjeuner « énergies renouvelables et citoyens » organisé par l'APES en janvier 2010 (l'année où le pôle ou son association ont été créés n'est pas donnée) ; a créé une association (PC3E) autour d'un noyau dur de 5 structures ; animé par un chargé de mission de l'APES.",
    card: {
      sectorLabel: "Energies renouvelables",
      coverageLabel: "Régions Nord Pas-de-Calais, Picardie",
      coverage: [{ kind: "REGION", code: "32" }],
      origin:
        "Une rencontre d'acteurs - porteurs de projet, lors d'un petit déjeuner « énergies renouvelables et citoyens » organisé par l'APES en janvier 2010. L'idée était de se présenter, de faire connaissance. 3 structures en projet : Bâtisseurs de l'Économie Solidaire, Enercoop et SOLIS. L'APES a fait le lien.",
      governance:
        "Un pôle en phase de développement qui a créé une association autour d'un noyau dur de 5 structures : Association SOLIS développeur de centrales photovoltaïques citoyennes ; Association EnergETHIC concrétisation de projets d'investissements collectifs et citoyens en production d'électricité renouvelable ; Enercoop Nord Pas-de-Calais - Picardie, fournisseur d'électricité 100 % renouvelable ; Bâtisseurs d'Économie Solidaire : développement d'éco-activités, de production d'énergies vertes dans l'objectif de convertir une friche industrielle ; Cohérence Energies propose une offre globale autour de l'efficacité énergétique et de l'approvisionnement locale par les énergies. Les autres membres du pôle sont : Toerana Habitat (coopérative d'artisans), CapVent (études d'installations d'éoliennes individuelles), Coopérative Baraka (fabrique de biens communs via un restaurant bio dans un bâtiment éco construit), GECCO (valorisation des huiles de friture), A Petits Pas (développeur de pratiques allant vers le développement durable et la mise en valeur de la ruralité), CIGALES (investisseurs citoyens). Le pôle, animé par un chargé de mission de l'APES, se réunit au moins une fois par trimestre autour d'échanges d'informations, et de synergies possibles.",
      stakes:
        "Promouvoir auprès des collectivités et des entreprises un modèle de développement des énergies renouvelables soit par la fourniture et l'achat d'électricité qui favorisent des sociétés de production ou par des associations qui vont permettre à des structures de produire de l'énergie verte avec des modèles économiques différents intégrant l'implication des citoyens. Fédérer les citoyens autour d'un projet commun. Communiquer et échanger entre les membres du pôle. Travailler ensemble sur des projets communs, co construits.",
      workingTogether:
        "Ne pas être en concurrence. Etre libre. Le développement de chacune de nos structures passe aussi par le développement des autres. La coopération n'est pas une contrainte mais c'est quelque chose en plus.",
      contact:
        "Tél : 03 62 27 97 50 – www.enercoop-npdc.fr – Tél : 03 21 47 76 17 – energetic@mailoo.org – contact@asso-solis.fr – www.asso-solis.fr",
    },
    members: [
      {
        organisation: "apes",
        role: "ANIMATEUR",
        basis: "« Le pôle, animé par un chargé de mission de l'APES »",
      },
      {
        organisation: "pc3e",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "L'association PC3E est la structure du pôle (« a créé une association autour d'un noyau dur de 5 structures ») : sa présence comme membre est déduite",
      },
      {
        organisation: "solis",
        role: "FONDATEUR",
        certainty: "INFERRED",
        basis: "« 3 structures en projet : Bâtisseurs de l'Économie Solidaire, Enercoop et SOLIS. L'APES a fait le lien. » : rôle de fondateur déduit de l'origine du pôle",
      },
      {
        organisation: "enercoop-npdc-picardie",
        role: "FONDATEUR",
        certainty: "INFERRED",
        basis: "« 3 structures en projet : Bâtisseurs de l'Économie Solidaire, Enercoop et SOLIS. L'APES a fait le lien. » : rôle de fondateur déduit de l'origine du pôle",
      },
      {
        organisation: "batisseurs-d-economie-solidaire",
        role: "FONDATEUR",
        certainty: "INFERRED",
        basis: "« 3 structures en projet : Bâtisseurs de l'Économie Solidaire, Enercoop et SOLIS. L'APES a fait le lien. » : rôle de fondateur déduit de l'origine du pôle",
      },
      {
        organisation: "energethic",
        role: "MEMBRE",
        basis: "« un noyau dur de 5 structures : Association SOLIS […] ; Association EnergETHIC […] ; Enercoop […] ; Bâtisseurs d'Économie Solidaire […] ; Cohérence Energies »",
      },
      {
        organisation: "coherence-energies",
        role: "MEMBRE",
        basis: "« un noyau dur de 5 structures : Association SOLIS […] ; Association EnergETHIC […] ; Enercoop […] ; Bâtisseurs d'Économie Solidaire […] ; Cohérence Energies »",
      },
      {
        organisation: "toerana-habitat",
        role: "MEMBRE",
        basis: "« Les autres membres du pôle sont : Toerana Habitat (coopérative d'artisans), CapVent […], Coopérative Baraka […], GECCO […], A Petits Pas […], CIGALES (investisseurs citoyens) »",
      },
      {
        organisation: "capvent",
        role: "MEMBRE",
        basis: "« Les autres membres du pôle sont : Toerana Habitat (coopérative d'artisans), CapVent […], Coopérative Baraka […], GECCO […], A Petits Pas […], CIGALES (investisseurs citoyens) »",
      },
      {
        organisation: "scop-baraka",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "« Coopérative Baraka (fabrique de biens communs via un restaurant bio dans un bâtiment éco construit) », membre du pôle, lue comme la SCOP Baraka de Roubaix",
      },
      {
        organisation: "gecco",
        role: "MEMBRE",
        basis: "« Les autres membres du pôle sont : Toerana Habitat (coopérative d'artisans), CapVent […], Coopérative Baraka […], GECCO […], A Petits Pas […], CIGALES (investisseurs citoyens) »",
      },
      {
        organisation: "a-petits-pas",
        role: "MEMBRE",
        basis: "« Les autres membres du pôle sont : Toerana Habitat (coopérative d'artisans), CapVent […], Coopérative Baraka […], GECCO […], A Petits Pas […], CIGALES (investisseurs citoyens) »",
      },
      {
        organisation: "cigales-npdc",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "« CIGALES (investisseurs citoyens) », membre du pôle, lu comme Les Cigales Nord Pas-de-Calais ; un ou des clubs Cigales pourraient être visés",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
  {
    id: "eco-pole-alimentaire-audruicq",
    name: "Eco pôle alimentaire de la région d'Audruicq",
    kind: "REGROUPEMENT_MULTI_ACTEURS",
    sectors: ["ALIMENTATION_AGRICULTURE", "INSERTION_EMPLOI"],
    description:
      "Alliance d'origine entre la Communauté de Communes de la Région d'Audruicq, Terre d'Opale (économique) et Angès Jardins [Les Anges Gardin] (social), « et le regard bienveillant du Pays » (non nommé).",
    card: {
      sectorLabel: "Circuits courts alimentaires",
      coverageLabel: "Communauté de Communes de la Région d'Audruicq",
      coverage: [{ kind: "EPCI", code: "246200844" }],
      origin:
        "L'entrepreneuriat solidaire est le fruit de rencontres humaines, d'inter relations, de particularités de vie qui, associées, impliquent des alliances. Une expérience de la coopération ancienne, de longue date pour les fondateurs des 2 structures : Terre d'Opale et Angès Jardins. La coopération des thématiques, l'écologie et le social, a fondé l'idée de coopération des acteurs.",
      governance:
        "Une alliance d'origine : Communauté de Communes de la Région d'Audruicq, Terre d'Opale (économique), Angès Jardins (social) et le regard bienveillant du Pays. Terre d'Opale est une plateforme de production et de diffusion de produits locaux, bio et solidaires, issus de fermes locales. Ce regroupement de productions permet de diffuser des paniers de légumes et fruits issus de l'agriculture biologique sur le littoral de Dunkerque à Boulogne et son arrière-pays. Un projet de partage du pilotage de Terre d'Opale avec le Réseau des jardins de Cogne pour faire ensemble un grand Terre d'Opale inter départemental Nord Pas-de-Calais. Etre suffisamment grand pour être vivable économiquement.",
      stakes:
        "Faire coopérer deux notions : l'écologique et le social. Faire coopérer des acteurs de l'insertion par l'économie avec des problématiques de gestion des milieux. L'objectif de l'éco-pôle alimentaire est de permettre le développement de nouvelles initiatives économiques et sociales caractérisées par l'agro-rural.",
      workingTogether:
        "La saine lecture de la notion d'autonomie comme une prise de conscience « ça je ne peux pas le faire mais l'autre peut le faire alors comment pouvons-nous avancer ensemble ? ». La nécessité d'être exigeant dans ses relations avec l'autre. Avoir le courage de se dire les choses face à face de manière constructive. Retrouver la dimension de fraternité dans la co-fraternité : « je veux que tu existes ». Un désir de dire à l'autre « je veux que tu vives, je veux que tu sois » Ensemble on peut !",
      contact: "Tél : 03 21 34 08 42 – http://terredopale.fr",
    },
    members: [
      {
        organisation: "cc-region-d-audruicq",
        role: "FONDATEUR",
        basis: "« Une alliance d'origine : Communauté de Communes de la Région d'Audruicq, Terre d'Opale (économique), Angès Jardins (social) et le regard bienveillant du Pays »",
      },
      {
        organisation: "terre-d-opale",
        role: "FONDATEUR",
        basis: "« Une alliance d'origine : Communauté de Communes de la Région d'Audruicq, Terre d'Opale (économique), Angès Jardins (social) et le regard bienveillant du Pays »",
      },
      {
        organisation: "les-anges-gardin",
        role: "FONDATEUR",
        certainty: "INFERRED",
        basis: "« Une alliance d'origine : Communauté de Communes de la Région d'Audruicq, Terre d'Opale (économique), Angès Jardins (social) et le regard bienveillant du Pays » ; « Angès Jardins » lu comme Les Anges Gardin (autoproduction vivrière et culinaire)",
      },
    ],
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },

  // ─── Collectives named in the other documents ─────────────────────────────
  {
    id: "collectif-acteurs-toit-commun",
    name: "Collectif d'acteurs du Toit Commun",
    kind: "COLLECTIF_ACTEURS_ESS",
    sectors: ["RESEAU_REPRESENTATION", "ACCOMPAGNEMENT_CONSEIL"],
    description:
      "Le collectif d'acteurs du Toit Commun (plus de 25 organisations, toutes localisées sur le territoire de l'agglomération de Lens-Liévin, partageant la charte) sera lui-même porteur de projets en ESS pour les initier, les développer et les rendre autonomes sur place ou à l'extérieur des locaux ; il mobilise le réseau local d'accompagnement au travers de la communauté « accompagnement de projets ESS » et anime le lieu via des groupes de travail thématiques. Seules les organisations nommées par les documents sont listées : celles de l'article sur l'ancrage territorial, et le groupement d'employeurs de la présentation du projet. La SCIC gère le lieu ; le collectif d'acteurs, plus large, n'est pas dit doté d'une structure propre.",
    members: [
      {
        organisation: "le-toit-commun-scic",
        role: "ANIMATEUR",
        certainty: "INFERRED",
        basis: "La SCIC gère le lieu (« une SCIC pour la gestion du lieu ») ; que le collectif d'acteurs soit animé par elle est déduit",
      },
      {
        organisation: "cliss-xxi",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi « les 25 organisations investies dans Le Toit Commun, et qui ont contribué à sa création » ; « toutes les organisations membres sont localisées sur le territoire de l'agglomération de Lens-Liévin »",
      },
      {
        organisation: "micros-rebelles",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi « les 25 organisations investies dans Le Toit Commun, et qui ont contribué à sa création » ; « toutes les organisations membres sont localisées sur le territoire de l'agglomération de Lens-Liévin »",
      },
      {
        organisation: "vestali",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi « les 25 organisations investies dans Le Toit Commun, et qui ont contribué à sa création » ; « toutes les organisations membres sont localisées sur le territoire de l'agglomération de Lens-Liévin »",
      },
      {
        organisation: "les-cousalis",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi « les 25 organisations investies dans Le Toit Commun, et qui ont contribué à sa création » ; « toutes les organisations membres sont localisées sur le territoire de l'agglomération de Lens-Liévin »",
      },
      {
        organisation: "planning-familial-62",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi « les 25 organisations investies dans Le Toit Commun, et qui ont contribué à sa création » ; « toutes les organisations membres sont localisées sur le territoire de l'agglomération de Lens-Liévin »",
      },
      {
        organisation: "culture-et-liberte",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi « les 25 organisations investies dans Le Toit Commun, et qui ont contribué à sa création » ; « toutes les organisations membres sont localisées sur le territoire de l'agglomération de Lens-Liévin »",
      },
      {
        organisation: "artisans-du-monde",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi « les 25 organisations investies dans Le Toit Commun, et qui ont contribué à sa création » ; « toutes les organisations membres sont localisées sur le territoire de l'agglomération de Lens-Liévin »",
      },
      {
        organisation: "eau-secours-62",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi « les 25 organisations investies dans Le Toit Commun, et qui ont contribué à sa création » ; « toutes les organisations membres sont localisées sur le territoire de l'agglomération de Lens-Liévin »",
      },
      {
        organisation: "les-amis-de-mandela",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi « les 25 organisations investies dans Le Toit Commun, et qui ont contribué à sa création » ; « toutes les organisations membres sont localisées sur le territoire de l'agglomération de Lens-Liévin »",
      },
      {
        organisation: "emergences-62",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi « les 25 organisations investies dans Le Toit Commun, et qui ont contribué à sa création » ; « toutes les organisations membres sont localisées sur le territoire de l'agglomération de Lens-Liévin »",
      },
      {
        organisation: "partenaires-interim",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi les structures que Le Toit Commun « rassemble » et qui « contribuent à la vie du Toit Commun »",
      },
      {
        organisation: "partenaires-emploi",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi les structures que Le Toit Commun « rassemble » et qui « contribuent à la vie du Toit Commun »",
      },
      {
        organisation: "partenaires-action",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi les structures que Le Toit Commun « rassemble » et qui « contribuent à la vie du Toit Commun »",
      },
      {
        organisation: "afev-artois",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi les structures que Le Toit Commun « rassemble » et qui « contribuent à la vie du Toit Commun »",
      },
      {
        organisation: "el-fouad",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi les structures que Le Toit Commun « rassemble » et qui « contribuent à la vie du Toit Commun »",
      },
      {
        organisation: "les-anges-gardin",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi les structures que Le Toit Commun « rassemble » et qui « contribuent à la vie du Toit Commun »",
      },
      {
        organisation: "garage-solidaire-du-bassin-minier",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi les structures que Le Toit Commun « rassemble » et qui « contribuent à la vie du Toit Commun »",
      },
      {
        organisation: "3id",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Citée parmi les structures que Le Toit Commun « rassemble » et qui « contribuent à la vie du Toit Commun »",
      },
      {
        organisation: "groupement-employeurs-ess",
        role: "MEMBRE",
        certainty: "INFERRED",
        basis: "Présent au Toit Commun dès la première phase (présentation du projet : « la présence […] du groupement d'employeurs de l'ESS ») ; son appartenance au collectif d'acteurs est déduite",
      },
    ],
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
  {
    id: "collectif-travail-choisi-et-ess",
    name: "Travail choisi et ESS",
    kind: "COLLECTIF_ACTEURS_ESS",
    sectors: ["EDUCATION_FORMATION", "INSERTION_EMPLOI"],
    description:
      "Collectif lancé à Roubaix par l'Université Populaire et Citoyenne avec des partenaires (non nommés) pour mener des réflexions approfondies sur des solutions. Au programme : la monnaie locale, le revenu de base, la création de coopératives et la lutte contre les discriminations.",
    members: [
      {
        organisation: "universite-populaire-et-citoyenne",
        role: "FONDATEUR",
        basis: "« Avec des partenaires, l'UPC lance un collectif \"Travail choisi et ESS\" »",
      },
    ],
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "ptce-initiatives-et-cite",
    name: "PTCE Initiatives et Cité",
    kind: "REGROUPEMENT_MULTI_ACTEURS",
    sectors: ["RESEAU_REPRESENTATION", "ACCOMPAGNEMENT_CONSEIL"],
    description:
      "Pôle territorial de coopération économique de la métropole lilloise, soutenu par la MEL au titre de l'axe « recherche/développement/innovation » de son deuxième plan ESS ; noue des partenariats avec la Chambre des Métiers. Ses membres ne sont pas nommés.",
    members: [
      {
        organisation: "initiatives-et-cite",
        role: "ANIMATEUR",
        certainty: "INFERRED",
        basis: "Initiatives et Cité est le PTCE lui-même (« les PTCE comme Initiatives et Cité ») : son rôle d'animateur est déduit",
      },
      {
        organisation: "mel",
        role: "PARTENAIRE_FINANCEUR",
        certainty: "INFERRED",
        basis: "« L'axe \"recherche/développement/innovation\" est également soutenu avec la Chaire de recherche en ESS, les PTCE comme Initiatives et Cité » : un soutien de la MEL dont la nature n'est pas dite, un financement est déduit",
      },
    ],
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "collectif-catalyst",
    name: "Collectif Catalyst",
    kind: "COLLECTIF_ACTEURS_ESS",
    sectors: ["NUMERIQUE", "ACCOMPAGNEMENT_CONSEIL"],
    description:
      "Collectif issu des coworkers lillois, porté par l'association ANIS. Accompagne des projets d'innovation sociale avec le numérique, de manière collective et dans un souci d'apprentissage permanent. Son dernier thème de réflexion : comment devenir propriétaire de son tiers-lieu ?",
    members: [
      {
        organisation: "anis",
        role: "ANIMATEUR",
        certainty: "INFERRED",
        basis: "« le collectif Catalyst, issu des coworkers lillois, est porté par l'association ANIS » : le porteur est lu comme l'animateur",
      },
    ],
    source: SOURCES.MEL_ROUBAIX,
  },
  {
    id: "collectif-du-25-novembre",
    name: "Collectif du 25 novembre contre les violences faites aux femmes",
    kind: "COLLECTIF_ACTEURS_ESS",
    sectors: ["ACTION_SOCIALE"],
    description:
      "Collectif dont Vestali fait partie des porteurs ; Vestali organise, chaque 25 novembre, le « défilé de l'émancipation ». Les autres porteurs ne sont pas nommés.",
    members: [
      {
        organisation: "vestali",
        role: "ANIMATEUR",
        certainty: "INFERRED",
        basis: "« Vestali fait partie des porteurs du collectif du 25 novembre contre les violences faites aux femmes » : l'un des porteurs, lu comme animateur ; les autres ne sont pas nommés",
      },
    ],
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  },
];
