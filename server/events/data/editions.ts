// Editions of the Mois de l'ESS. The documents only say that the CLESS, then
// COTESS, of the bassin minier carried initiatives around the Mois de l'ESS
// "chaque année (sauf en 2020)", in November, in various forms (forums de
// l'ESS, visites de structures ESS, conférences-débat thématiques…), and that
// most collectifs d'acteurs ESS of the Pas-de-Calais build on it. They name no
// event: the 2010–2022 editions of the COTESS (none in 2020) are therefore
// recorded without events, each INFERRED with its reason, and no later one is
// reported (the last document is of early 2023); the 2025 and 2026 editions of
// the COTESS and the 2026 edition of the CRESS are demonstration data
// (isDemo), built from the actors of the documents and the kinds of event they
// name. No event, date, audience or capacity below is reported by the
// documents. A demonstration event held by an organisation whose commune no
// document gives takes place at an address (fictional, like the event).
import { SOURCES, type TerritoryRef } from "../../core/demo.ts";
import type { EditionSeed } from "./seed.types.ts";

const CALL: TerritoryRef = { kind: "EPCI", code: "246200364" };
const CAHC: TerritoryRef = { kind: "EPCI", code: "246200299" };
const PAS_DE_CALAIS: TerritoryRef = { kind: "DEPARTEMENT", code: "62" };

const COTESS = { cotess: "cotess-bassin-minier" };
const TOIT_COMMUN = { maison: "le-toit-commun" };

const BASSIN_MINIER = "bassin minier (Lens-Liévin, Hénin-Carvin)";

// ─── 2026, COTESS du bassin minier (demonstration) ──────────────────────────
//
// Three clashes are deliberate, for the planning views:
// (a) HARD, same venue: on Thursday 19 November, the ciné-débat on free
//     software (CONFIRMED, 18:30–21:30) and the atelier on solidarity savings
//     (PROPOSED, 18:00–20:00) both take place at Le Toit Commun.
// (b) Shared co-organiser: on Thursday 12 November, Émergences 62 leads the
//     atelier for project holders at Le Toit Commun in Lens (17:30–19:30) while
//     being a partner of the ESS forum in Hénin-Beaumont (14:00–18:30).
// (c) Soft, same EPCI: on Saturday 14 November morning, the répar'café at Le
//     Toit Commun (Lens) and the visit of the CD2E in Loos-en-Gohelle, both in
//     the CA de Lens-Liévin, both for the general public and about réemploi /
//     environment, with different venues and no organiser in common.
// Days left without events: 1, 2, 8, 11 (Armistice), 15, 22, 25 (the day of the
// collectif du 25 novembre's march) and 29. The CA d'Hénin-Carvin has two
// events (Hénin-Beaumont, Courrières) and a draft in Carvin; the CA de
// Lens-Liévin is covered in Lens, Liévin, Avion, Loos-en-Gohelle,
// Billy-Montigny and Harnes only.
const cotess2026: EditionSeed = {
  id: "mois-ess-2026-cotess-bassin-minier",
  year: 2026,
  title: `Mois de l'ESS 2026 — ${BASSIN_MINIER}`,
  network: COTESS,
  territories: [CALL, CAHC],
  startsOn: "2026-11-01",
  endsOn: "2026-11-30",
  description:
    "Programme de démonstration du Mois de l'ESS 2026 du COTESS du bassin minier : forums de l'ESS, visites de structures, conférences-débats et cinés-débats de l'Université Populaire du Toit Commun, ateliers et marché. Les événements sont fictifs, construits à partir des acteurs cités par les documents.",
  isDemo: true,
  events: [
    {
      id: "2026-forum-ouverture-toit-commun",
      title: "Soirée d'ouverture du Mois de l'ESS au Toit Commun",
      type: "FORUM",
      description:
        "Lancement du Mois de l'ESS du bassin minier : présentation du programme, rencontre des structures du COTESS et verre au bar du Toit Commun.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC", "PROFESSIONNELS", "ELUS"],
      themes: ["RESEAU_REPRESENTATION"],
      capacity: 120,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-03T18:00", end: "2026-11-03T21:00" }],
      coOrganisers: [
        { organisation: "le-toit-commun-scic", role: "LEAD" },
        { organisation: "call", role: "FUNDER" },
        { organisation: "cahc", role: "FUNDER" },
      ],
    },
    {
      id: "2026-atelier-radio-toit-commun",
      title: "Atelier radio : raconter l'ESS de son quartier",
      type: "ATELIER",
      description:
        "Initiation à l'interview et au montage sonore avec la webradio Micros-rebelles ; les reportages réalisés sont diffusés pendant le Mois de l'ESS.",
      status: "PROPOSED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["CULTURE", "NUMERIQUE"],
      capacity: 12,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-04T14:00", end: "2026-11-04T17:00" }],
      coOrganisers: [
        { organisation: "micros-rebelles", role: "LEAD" },
        { organisation: "les-amis-de-mandela", role: "PARTNER" },
      ],
    },
    {
      // Shown twice: a weekday evening and a Saturday afternoon.
      id: "2026-cine-debat-up-travailler-autrement",
      title: "Ciné-débat de l'Université Populaire : travailler autrement",
      type: "CINE_DEBAT",
      description:
        "Projection d'un documentaire sur le travail en coopérative, suivie d'un débat animé par un mouvement d'éducation populaire. Deux séances.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["EDUCATION_FORMATION", "INSERTION_EMPLOI"],
      capacity: 60,
      accessibility: ["FAUTEUIL", "BOUCLE_MAGNETIQUE"],
      sessions: [
        { start: "2026-11-05T18:30", end: "2026-11-05T21:30" },
        { start: "2026-11-07T15:00", end: "2026-11-07T18:00" },
      ],
      coOrganisers: [
        { organisation: "culture-et-liberte", role: "LEAD" },
        { organisation: "le-toit-commun-scic", role: "VENUE_HOST" },
      ],
    },
    {
      id: "2026-visite-el-fouad-avion",
      title: "Visite de la cuisine d'insertion d'El Fouad",
      type: "VISITE_DE_STRUCTURE",
      description:
        "Découverte de la cuisine où sont préparés les repas du restaurant du Toit Commun et des parcours d'insertion qu'elle accueille.",
      status: "CONFIRMED",
      venue: { organisation: "el-fouad" },
      audiences: ["PROFESSIONNELS", "DEMANDEURS_EMPLOI"],
      themes: ["INSERTION_EMPLOI", "RESTAURATION"],
      capacity: 20,
      sessions: [{ start: "2026-11-06T14:00", end: "2026-11-06T16:00" }],
      coOrganisers: [
        { organisation: "el-fouad", role: "LEAD" },
        { organisation: "call", role: "FUNDER" },
      ],
    },
    {
      id: "2026-conference-culture-cooperation-harnes",
      title: "Conférence-débat : culture et coopération entre communes",
      type: "CONFERENCE_DEBAT",
      description:
        "Comment une structure intercommunale associative fait vivre la lecture, la musique et les arts de la rue avec les communes du territoire.",
      status: "PROPOSED",
      venue: { address: "Salle municipale, Harnes", commune: "62413" },
      audiences: ["GRAND_PUBLIC", "ELUS"],
      themes: ["CULTURE"],
      capacity: 80,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-06T18:30", end: "2026-11-06T20:30" }],
      coOrganisers: [{ organisation: "droit-de-cite", role: "LEAD" }],
    },
    {
      id: "2026-conference-eau-bien-commun",
      title: "Conférence-débat : l'eau, un bien commun",
      type: "CONFERENCE_DEBAT",
      description: "Pourquoi et comment retirer la gestion de l'eau aux multinationales : état des lieux et débat.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["ENVIRONNEMENT_REEMPLOI"],
      capacity: 60,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-09T18:30", end: "2026-11-09T20:30" }],
      coOrganisers: [
        { organisation: "eau-secours-62", role: "LEAD" },
        { organisation: "le-toit-commun-scic", role: "VENUE_HOST" },
      ],
    },
    {
      id: "2026-forum-emploi-ess-lievin",
      title: "Forum emploi et ESS de Liévin",
      type: "FORUM",
      description:
        "Rencontre entre demandeurs d'emploi et structures de l'insertion et de l'ESS du territoire : missions, offres et parcours.",
      status: "CONFIRMED",
      venue: { organisation: "interaction-lievin" },
      audiences: ["DEMANDEURS_EMPLOI", "PROFESSIONNELS"],
      themes: ["INSERTION_EMPLOI"],
      capacity: 80,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-10T09:30", end: "2026-11-10T12:30" }],
      coOrganisers: [
        { organisation: "interaction-lievin", role: "LEAD" },
        { organisation: "partenaires-interim", role: "PARTNER" },
        { organisation: "groupement-employeurs-ess", role: "PARTNER" },
        { organisation: "call", role: "FUNDER" },
      ],
    },
    {
      // Clash (b): Émergences 62 is a partner of the Hénin-Beaumont forum,
      // which runs until 18:30.
      id: "2026-atelier-porteurs-projet-toit-commun",
      title: "Atelier : de l'idée au projet, créer son activité dans l'ESS",
      type: "ATELIER",
      description:
        "Atelier collectif pour les porteurs de projets, notamment des quartiers prioritaires : statuts, financement, accompagnement disponible au centre ressources du Toit Commun.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["DEMANDEURS_EMPLOI", "GRAND_PUBLIC"],
      themes: ["ACCOMPAGNEMENT_CONSEIL"],
      capacity: 25,
      accessibility: ["FAUTEUIL", "FALC"],
      sessions: [{ start: "2026-11-12T17:30", end: "2026-11-12T19:30" }],
      coOrganisers: [
        { organisation: "emergences-62", role: "LEAD" },
        { organisation: "pas-de-calais-actif", role: "PARTNER" },
        { organisation: "le-toit-commun-scic", role: "VENUE_HOST" },
      ],
    },
    {
      // Clash (b): see the atelier above.
      id: "2026-forum-ess-henin-beaumont",
      title: "Forum de l'ESS de l'agglomération d'Hénin-Carvin",
      type: "FORUM",
      description:
        "Stands des structures de l'insertion et de l'accompagnement de projets, échanges avec les élus de l'agglomération.",
      status: "CONFIRMED",
      venue: { address: "Salle à confirmer, Hénin-Beaumont", commune: "62427" },
      audiences: ["PROFESSIONNELS", "DEMANDEURS_EMPLOI", "ELUS"],
      themes: ["INSERTION_EMPLOI", "ACCOMPAGNEMENT_CONSEIL"],
      capacity: 150,
      accessibility: ["FAUTEUIL", "BOUCLE_MAGNETIQUE"],
      sessions: [{ start: "2026-11-12T14:00", end: "2026-11-12T18:30" }],
      coOrganisers: [
        { organisation: "sapih-insertion", role: "LEAD" },
        { organisation: "cahc", role: "VENUE_HOST" },
        { organisation: "emergences-62", role: "PARTNER" },
        { organisation: "aiaac-courrieres", role: "PARTNER" },
      ],
    },
    {
      id: "2026-visite-apsa-coup-d-main-lens",
      title: "Visite d'une association intermédiaire : APSA Coup d'Main",
      type: "VISITE_DE_STRUCTURE",
      description: "Comment une association intermédiaire accompagne ses salariés vers l'emploi : présentation et échanges.",
      status: "CONFIRMED",
      venue: { organisation: "apsa-coup-d-main" },
      audiences: ["DEMANDEURS_EMPLOI", "PROFESSIONNELS"],
      themes: ["INSERTION_EMPLOI"],
      capacity: 15,
      registrationUrl: "http://www.apsacoupdmain.fr/",
      sessions: [{ start: "2026-11-13T10:00", end: "2026-11-13T12:00" }],
      coOrganisers: [
        { organisation: "apsa-coup-d-main", role: "LEAD" },
        { organisation: "interaction-lievin", role: "PARTNER" },
      ],
    },
    {
      // Clash (c): same morning as the CD2E visit in Loos-en-Gohelle.
      id: "2026-atelier-repar-cafe-toit-commun",
      title: "Répar'café et compostage collectif",
      type: "ATELIER",
      description:
        "Réparer plutôt que jeter : objets du quotidien, conseils de la ressourcerie et présentation du projet de compostage collectif.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["ENVIRONNEMENT_REEMPLOI"],
      capacity: 40,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-14T10:00", end: "2026-11-14T13:00" }],
      coOrganisers: [
        { organisation: "re-cycle", role: "LEAD" },
        { organisation: "recuptri", role: "PARTNER" },
        { organisation: "le-toit-commun-scic", role: "VENUE_HOST" },
      ],
    },
    {
      // Clash (c): see the répar'café above.
      id: "2026-visite-cd2e-loos-en-gohelle",
      title: "Visite : l'éco-habitat à Loos-en-Gohelle",
      type: "VISITE_DE_STRUCTURE",
      description: "Découverte des démarches d'éco-construction et d'éco-rénovation portées collectivement à Loos-en-Gohelle.",
      status: "PROPOSED",
      venue: { address: "Lieu de visite à confirmer, Loos-en-Gohelle", commune: "62528" },
      audiences: ["GRAND_PUBLIC", "PROFESSIONNELS"],
      themes: ["ENERGIE_HABITAT", "ENVIRONNEMENT_REEMPLOI"],
      capacity: 25,
      sessions: [{ start: "2026-11-14T10:30", end: "2026-11-14T12:30" }],
      coOrganisers: [
        { organisation: "cd2e", role: "LEAD" },
        { organisation: "ville-de-loos-en-gohelle", role: "PARTNER" },
        { organisation: "apes", role: "PARTNER" },
      ],
    },
    {
      id: "2026-atelier-ess-lyceens-toit-commun",
      title: "L'ESS expliquée aux lycéens",
      type: "ATELIER",
      description: "Atelier pour une classe de lycée : entreprendre autrement, découvrir les structures hébergées au Toit Commun.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["SCOLAIRES"],
      themes: ["EDUCATION_FORMATION"],
      capacity: 35,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-16T09:30", end: "2026-11-16T12:00" }],
      coOrganisers: [
        { organisation: "afev-artois", role: "LEAD" },
        { organisation: "culture-et-liberte", role: "PARTNER" },
      ],
    },
    {
      id: "2026-cine-debat-droit-de-cite-billy-montigny",
      title: "Ciné-débat : la culture, une affaire de coopération",
      type: "CINE_DEBAT",
      description: "Projection suivie d'un débat enregistré par la webradio Micros-rebelles.",
      status: "PROPOSED",
      venue: { organisation: "droit-de-cite" },
      audiences: ["GRAND_PUBLIC"],
      themes: ["CULTURE"],
      capacity: 50,
      sessions: [{ start: "2026-11-17T19:00", end: "2026-11-17T21:30" }],
      coOrganisers: [
        { organisation: "droit-de-cite", role: "LEAD" },
        { organisation: "micros-rebelles", role: "PARTNER" },
      ],
    },
    {
      id: "2026-visite-aiaac-courrieres",
      title: "Visite d'une association intermédiaire : AIAAC à Courrières",
      type: "VISITE_DE_STRUCTURE",
      description: "Présentation des missions proposées et de l'accompagnement des salariés en parcours d'insertion.",
      status: "CONFIRMED",
      venue: { organisation: "aiaac-courrieres" },
      audiences: ["DEMANDEURS_EMPLOI", "PROFESSIONNELS"],
      themes: ["INSERTION_EMPLOI"],
      capacity: 15,
      sessions: [{ start: "2026-11-18T14:00", end: "2026-11-18T16:00" }],
      coOrganisers: [
        { organisation: "aiaac-courrieres", role: "LEAD" },
        { organisation: "apsa-coup-d-main", role: "PARTNER" },
        { organisation: "cahc", role: "FUNDER" },
      ],
    },
    {
      // Clash (a): same venue as the atelier on solidarity savings, 18:00–20:00.
      id: "2026-cine-debat-up-logiciel-libre",
      title: "Ciné-débat de l'Université Populaire : le logiciel libre, un commun",
      type: "CINE_DEBAT",
      description: "Projection d'un documentaire sur les communs numériques, débat sur la médiation numérique dans les quartiers populaires.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["NUMERIQUE"],
      capacity: 60,
      accessibility: ["FAUTEUIL", "BOUCLE_MAGNETIQUE"],
      sessions: [{ start: "2026-11-19T18:30", end: "2026-11-19T21:30" }],
      coOrganisers: [
        { organisation: "cliss-xxi", role: "LEAD" },
        { organisation: "les-amis-de-mandela", role: "PARTNER" },
        { organisation: "le-toit-commun-scic", role: "VENUE_HOST" },
      ],
    },
    {
      // Clash (a): same venue as the ciné-débat on free software, 18:30–21:30.
      id: "2026-atelier-epargne-solidaire-toit-commun",
      title: "Atelier : l'épargne solidaire, comment ça marche ?",
      type: "ATELIER",
      description: "Investir son épargne dans les entreprises locales de l'ESS : clubs d'investisseurs citoyens et outils de financement solidaire.",
      status: "PROPOSED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["FINANCE_SOLIDAIRE"],
      capacity: 30,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-19T18:00", end: "2026-11-19T20:00" }],
      coOrganisers: [
        { organisation: "cigales-npdc", role: "LEAD" },
        { organisation: "pas-de-calais-actif", role: "PARTNER" },
      ],
    },
    {
      id: "2026-rencontre-elus-ess-lens",
      title: "Rencontre entre élus et acteurs de l'ESS du bassin minier",
      type: "CONFERENCE_DEBAT",
      description:
        "Temps d'échange entre les structures du COTESS et les élus des deux agglomérations sur le développement de l'ESS du territoire.",
      status: "PROPOSED",
      venue: { address: "Salle à confirmer, Lens", commune: "62498" },
      audiences: ["ELUS", "PROFESSIONNELS"],
      themes: ["ACTION_PUBLIQUE", "RESEAU_REPRESENTATION"],
      capacity: 60,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-20T17:00", end: "2026-11-20T19:30" }],
      coOrganisers: [
        { organisation: "le-toit-commun-scic", role: "LEAD" },
        { organisation: "call", role: "VENUE_HOST" },
        { organisation: "cahc", role: "PARTNER" },
      ],
    },
    {
      id: "2026-portes-ouvertes-toit-commun",
      title: "Portes ouvertes du Toit Commun",
      type: "PORTES_OUVERTES",
      description:
        "Visite libre de la Maison de l'ESS : structures hébergées, centre ressources, bar et magasin partagé.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["IMMOBILIER_LIEUX", "ACCOMPAGNEMENT_CONSEIL"],
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-21T10:00", end: "2026-11-21T16:00" }],
      coOrganisers: [
        { organisation: "le-toit-commun-scic", role: "LEAD" },
        { organisation: "afev-artois", role: "PARTNER" },
        { organisation: "groupement-employeurs-ess", role: "PARTNER" },
      ],
    },
    {
      id: "2026-atelier-mobilite-toit-commun",
      title: "Atelier : se déplacer pour travailler",
      type: "ATELIER",
      description: "Solutions de mobilité solidaire pour les personnes en recherche d'emploi ou en parcours d'insertion.",
      status: "PROPOSED",
      venue: TOIT_COMMUN,
      audiences: ["DEMANDEURS_EMPLOI"],
      themes: ["MOBILITE", "INSERTION_EMPLOI"],
      capacity: 20,
      accessibility: ["FAUTEUIL", "FALC"],
      sessions: [{ start: "2026-11-23T14:00", end: "2026-11-23T16:30" }],
      coOrganisers: [
        { organisation: "garage-solidaire-du-bassin-minier", role: "LEAD" },
        { organisation: "3id", role: "PARTNER" },
      ],
    },
    {
      id: "2026-conference-femmes-insertion-toit-commun",
      title: "Conférence-débat : femmes, insertion et émancipation",
      type: "CONFERENCE_DEBAT",
      description:
        "À la veille du 25 novembre, regards croisés d'une association de femmes en insertion, d'une coopérative textile et d'un mouvement féministe.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC", "PROFESSIONNELS"],
      themes: ["ACTION_SOCIALE", "INSERTION_EMPLOI"],
      capacity: 70,
      accessibility: ["FAUTEUIL", "LSF"],
      sessions: [{ start: "2026-11-24T18:00", end: "2026-11-24T20:30" }],
      coOrganisers: [
        { organisation: "vestali", role: "LEAD" },
        { organisation: "les-cousalis", role: "PARTNER" },
        { organisation: "planning-familial-62", role: "PARTNER" },
        { organisation: "departement-pas-de-calais", role: "FUNDER" },
      ],
    },
    {
      id: "2026-conference-ancrage-ess-bassin-minier",
      title: "Conférence-débat : l'ESS dans le bassin minier, une ESS de résistance ?",
      type: "CONFERENCE_DEBAT",
      description: "Restitution de travaux de recherche sur l'ancrage territorial de l'ESS dans le bassin minier, dont Le Toit Commun est un terrain.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC", "PROFESSIONNELS", "ELUS"],
      themes: ["RECHERCHE", "RESEAU_REPRESENTATION"],
      capacity: 70,
      accessibility: ["FAUTEUIL", "BOUCLE_MAGNETIQUE"],
      sessions: [{ start: "2026-11-26T18:00", end: "2026-11-26T20:30" }],
      coOrganisers: [
        { organisation: "chairess", role: "LEAD" },
        { organisation: "universite-d-artois", role: "PARTNER" },
        { organisation: "le-toit-commun-scic", role: "VENUE_HOST" },
      ],
    },
    {
      id: "2026-forum-ess-emploi-carvin",
      title: "Forum ESS et emploi de Carvin",
      type: "FORUM",
      description: "Projet de forum de l'insertion par l'activité économique à Carvin ; lieu et partenaires à confirmer.",
      status: "DRAFT",
      venue: { address: "Lieu à confirmer, Carvin", commune: "62215" },
      audiences: ["DEMANDEURS_EMPLOI"],
      themes: ["INSERTION_EMPLOI"],
      sessions: [{ start: "2026-11-27T14:00", end: "2026-11-27T17:00" }],
      coOrganisers: [
        { organisation: "partenaires-action", role: "LEAD" },
        { organisation: "cahc", role: "FUNDER" },
      ],
    },
    {
      id: "2026-cine-debat-up-alimentation",
      title: "Ciné-débat de l'Université Populaire : se nourrir en commun",
      type: "CINE_DEBAT",
      description: "Projection sur l'autoproduction vivrière et culinaire, suivie d'un débat. Annulé.",
      status: "CANCELLED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["ALIMENTATION_AGRICULTURE"],
      capacity: 60,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-27T18:30", end: "2026-11-27T21:00" }],
      coOrganisers: [
        { organisation: "les-anges-gardin", role: "LEAD" },
        { organisation: "el-fouad", role: "PARTNER" },
      ],
    },
    {
      id: "2026-marche-ess-toit-commun",
      title: "Marché de l'ESS et du commerce équitable",
      type: "MARCHE",
      description: "Artisans, produits équitables et créations textiles des structures de l'ESS du territoire, autour du magasin partagé.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["COMMERCE_PROXIMITE", "CULTURE"],
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-28T10:00", end: "2026-11-28T17:00" }],
      coOrganisers: [
        { organisation: "artisans-du-monde", role: "LEAD" },
        { organisation: "le-coron-des-arts", role: "PARTNER" },
        { organisation: "les-cousalis", role: "PARTNER" },
        { organisation: "le-toit-commun-scic", role: "VENUE_HOST" },
      ],
    },
    {
      id: "2026-atelier-couture-reemploi-toit-commun",
      title: "Atelier couture et réemploi textile",
      type: "ATELIER",
      description: "Projet d'atelier de couture à partir de textiles de réemploi ; date à confirmer.",
      status: "DRAFT",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["ENVIRONNEMENT_REEMPLOI", "INSERTION_EMPLOI"],
      capacity: 12,
      sessions: [{ start: "2026-11-30T14:00", end: "2026-11-30T17:00" }],
      coOrganisers: [
        { organisation: "les-cousalis", role: "LEAD" },
        { organisation: "vestali", role: "PARTNER" },
      ],
    },
    {
      id: "2026-formation-gouvernance-scic",
      title: "Formation : gouverner une SCIC, retours d'expérience",
      type: "FORMATION",
      description: "Projet de formation de l'Université Populaire sur la gouvernance des sociétés coopératives d'intérêt collectif.",
      status: "DRAFT",
      venue: TOIT_COMMUN,
      audiences: ["PROFESSIONNELS"],
      themes: ["ACCOMPAGNEMENT_CONSEIL"],
      capacity: 20,
      sessions: [{ start: "2026-11-30T18:00", end: "2026-11-30T20:30" }],
      coOrganisers: [
        { organisation: "le-toit-commun-scic", role: "LEAD" },
        { organisation: "cliss-xxi", role: "PARTNER" },
      ],
    },
  ],
};

// ─── 2025, COTESS du bassin minier (demonstration) ──────────────────────────
// A smaller programme, to compare with 2026: no clash, the CA d'Hénin-Carvin
// only in Hénin-Beaumont.
const cotess2025: EditionSeed = {
  id: "mois-ess-2025-cotess-bassin-minier",
  year: 2025,
  title: `Mois de l'ESS 2025 — ${BASSIN_MINIER}`,
  network: COTESS,
  territories: [CALL, CAHC],
  startsOn: "2025-11-01",
  endsOn: "2025-11-30",
  description:
    "Programme de démonstration du Mois de l'ESS 2025 du COTESS du bassin minier, à comparer avec celui de 2026. Les événements sont fictifs, construits à partir des acteurs cités par les documents.",
  isDemo: true,
  events: [
    {
      id: "2025-forum-ouverture-toit-commun",
      title: "Soirée d'ouverture du Mois de l'ESS au Toit Commun",
      type: "FORUM",
      description: "Lancement du Mois de l'ESS du bassin minier et présentation du programme.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC", "PROFESSIONNELS", "ELUS"],
      themes: ["RESEAU_REPRESENTATION"],
      capacity: 100,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2025-11-04T18:00", end: "2025-11-04T21:00" }],
      coOrganisers: [
        { organisation: "le-toit-commun-scic", role: "LEAD" },
        { organisation: "call", role: "FUNDER" },
        { organisation: "cahc", role: "FUNDER" },
      ],
    },
    {
      id: "2025-cine-debat-up-alimentation",
      title: "Ciné-débat de l'Université Populaire : se nourrir en commun",
      type: "CINE_DEBAT",
      description: "Projection sur l'autoproduction vivrière et culinaire, suivie d'un débat.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["ALIMENTATION_AGRICULTURE"],
      capacity: 60,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2025-11-06T18:30", end: "2025-11-06T21:30" }],
      coOrganisers: [
        { organisation: "les-anges-gardin", role: "LEAD" },
        { organisation: "el-fouad", role: "PARTNER" },
        { organisation: "le-toit-commun-scic", role: "VENUE_HOST" },
      ],
    },
    {
      id: "2025-visite-interaction-lievin",
      title: "Visite d'une association intermédiaire : Interaction à Liévin",
      type: "VISITE_DE_STRUCTURE",
      description: "Présentation des missions proposées et de l'accompagnement vers l'emploi.",
      status: "CONFIRMED",
      venue: { organisation: "interaction-lievin" },
      audiences: ["DEMANDEURS_EMPLOI", "PROFESSIONNELS"],
      themes: ["INSERTION_EMPLOI"],
      capacity: 15,
      sessions: [{ start: "2025-11-07T10:00", end: "2025-11-07T12:00" }],
      coOrganisers: [
        { organisation: "interaction-lievin", role: "LEAD" },
        { organisation: "apsa-coup-d-main", role: "PARTNER" },
      ],
    },
    {
      id: "2025-forum-ess-henin-beaumont",
      title: "Forum de l'ESS de l'agglomération d'Hénin-Carvin",
      type: "FORUM",
      description: "Stands des structures de l'insertion et de l'ESS de l'agglomération.",
      status: "CONFIRMED",
      venue: { address: "Salle à confirmer, Hénin-Beaumont", commune: "62427" },
      audiences: ["PROFESSIONNELS", "DEMANDEURS_EMPLOI"],
      themes: ["INSERTION_EMPLOI"],
      capacity: 120,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2025-11-13T14:00", end: "2025-11-13T18:00" }],
      coOrganisers: [
        { organisation: "sapih-insertion", role: "LEAD" },
        { organisation: "cahc", role: "VENUE_HOST" },
        { organisation: "partenaires-interim", role: "PARTNER" },
      ],
    },
    {
      id: "2025-atelier-compostage-toit-commun",
      title: "Atelier : composter ensemble en centre-ville",
      type: "ATELIER",
      description: "Présentation du projet de compostage collectif et initiation au compostage.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["ENVIRONNEMENT_REEMPLOI"],
      capacity: 25,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2025-11-15T10:00", end: "2025-11-15T12:30" }],
      coOrganisers: [{ organisation: "re-cycle", role: "LEAD" }],
    },
    {
      id: "2025-conference-commerce-equitable",
      title: "Conférence-débat : changer le commerce",
      type: "CONFERENCE_DEBAT",
      description: "Le commerce équitable, ici et ailleurs : pratiques et débat.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["COMMERCE_PROXIMITE"],
      capacity: 60,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2025-11-18T18:30", end: "2025-11-18T20:30" }],
      coOrganisers: [
        { organisation: "artisans-du-monde", role: "LEAD" },
        { organisation: "le-toit-commun-scic", role: "VENUE_HOST" },
      ],
    },
    {
      id: "2025-visite-cd2e-loos-en-gohelle",
      title: "Visite : l'éco-habitat à Loos-en-Gohelle",
      type: "VISITE_DE_STRUCTURE",
      description: "Découverte des démarches d'éco-construction et d'éco-rénovation portées collectivement.",
      status: "CONFIRMED",
      venue: { address: "Lieu de visite à confirmer, Loos-en-Gohelle", commune: "62528" },
      audiences: ["PROFESSIONNELS"],
      themes: ["ENERGIE_HABITAT"],
      capacity: 25,
      sessions: [{ start: "2025-11-19T14:00", end: "2025-11-19T16:30" }],
      coOrganisers: [
        { organisation: "cd2e", role: "LEAD" },
        { organisation: "apes", role: "PARTNER" },
      ],
    },
    {
      id: "2025-cine-debat-droit-de-cite-billy-montigny",
      title: "Ciné-débat : la culture, une affaire de coopération",
      type: "CINE_DEBAT",
      description: "Projection suivie d'un débat. Annulé.",
      status: "CANCELLED",
      venue: { organisation: "droit-de-cite" },
      audiences: ["GRAND_PUBLIC"],
      themes: ["CULTURE"],
      capacity: 50,
      sessions: [{ start: "2025-11-20T19:00", end: "2025-11-20T21:30" }],
      coOrganisers: [{ organisation: "droit-de-cite", role: "LEAD" }],
    },
    {
      id: "2025-conference-violences-femmes-toit-commun",
      title: "Conférence-débat : violences faites aux femmes, l'ESS s'engage",
      type: "CONFERENCE_DEBAT",
      description: "À la veille du 25 novembre, l'engagement des structures de l'ESS contre les violences faites aux femmes.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC", "PROFESSIONNELS"],
      themes: ["ACTION_SOCIALE"],
      capacity: 70,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2025-11-24T18:00", end: "2025-11-24T20:30" }],
      coOrganisers: [
        { organisation: "vestali", role: "LEAD" },
        { organisation: "planning-familial-62", role: "PARTNER" },
      ],
    },
    {
      id: "2025-conference-recherche-ess-toit-commun",
      title: "Conférence-débat : la recherche sur l'ESS du bassin minier",
      type: "CONFERENCE_DEBAT",
      description: "Présentation d'un programme de recherche sur l'ESS dans le bassin minier et échanges avec les acteurs.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC", "PROFESSIONNELS"],
      themes: ["RECHERCHE"],
      capacity: 60,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2025-11-27T18:00", end: "2025-11-27T20:30" }],
      coOrganisers: [
        { organisation: "chairess", role: "LEAD" },
        { organisation: "universite-d-artois", role: "PARTNER" },
      ],
    },
    {
      id: "2025-marche-ess-toit-commun",
      title: "Marché de l'ESS et du commerce équitable",
      type: "MARCHE",
      description: "Artisans et produits équitables autour du magasin partagé.",
      status: "CONFIRMED",
      venue: TOIT_COMMUN,
      audiences: ["GRAND_PUBLIC"],
      themes: ["COMMERCE_PROXIMITE", "CULTURE"],
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2025-11-29T10:00", end: "2025-11-29T17:00" }],
      coOrganisers: [
        { organisation: "artisans-du-monde", role: "LEAD" },
        { organisation: "le-coron-des-arts", role: "PARTNER" },
      ],
    },
  ],
};

// ─── 2010–2022, COTESS du bassin minier (reported, without events) ──────────
// Document 000 (written around the opening of Le Toit Commun, late 2021 – early
// 2022): "Chaque année (sauf en 2020)"; document 002 (early 2023): the CLESS,
// formed "à la fin des années 2000", contributes "chaque année en novembre".
// No year is named except 2020, when there was none. The same years as the
// COTESS's participations (server/cotess/data/cotess.ts): from 2010, the first
// year both documents surely cover, to 2022, the last before document 002.
const NETWORK_NOTE =
  "Le réseau, d'abord appelé CLESS (Conseil local de l'ESS), est devenu COTESS à la suite de l'accompagnement de la CRESS (année du changement non précisée).";
const EARLY_BASIS =
  "« Chaque année (sauf en 2020), elle a notamment été porteuse d'initiatives autour du mois de l'ESS » ; le CLESS, constitué « à la fin des années 2000 », contribue « chaque année en novembre » au mois de l'ESS (article de début 2023). 2010 est la première année sûrement couverte ; 2008 ou 2009 ne sont pas exclues.";
const LATE_BASIS =
  "L'article de début 2023 dit au présent que le CLESS devenu COTESS, « chaque année en novembre, contribue au mois de l'ESS » ; la présentation du projet du Toit Commun, écrite vers fin 2021 – début 2022, ne couvre pas sûrement cette année.";

function pastEditionDescription(): string {
  return `Les documents rapportent que le CLESS puis COTESS a porté des initiatives autour du Mois de l'ESS chaque année sauf en 2020 (forums de l'ESS, visites de structures, conférences-débats) ; ils ne citent pas cette année et ne détaillent pas les événements de cette édition. ${NETWORK_NOTE}`;
}

const pastCotessEditions: EditionSeed[] = Array.from({ length: 2022 - 2010 + 1 }, (_, index) => 2010 + index)
  .filter((year) => year !== 2020)
  .map((year) => ({
    id: `mois-ess-${year}-cotess-bassin-minier`,
    year,
    title: `Mois de l'ESS ${year} — ${BASSIN_MINIER}`,
    network: COTESS,
    territories: [CALL, CAHC],
    startsOn: `${year}-11-01`,
    endsOn: `${year}-11-30`,
    description: pastEditionDescription(),
    isDemo: false,
    events: [],
    source: year <= 2019 ? SOURCES.TOIT_COMMUN : SOURCES.ANCRAGE_BASSIN_MINIER,
    certainty: "INFERRED",
    basis: year <= 2019 ? EARLY_BASIS : LATE_BASIS,
  }));

// ─── 2026, CRESS in the Pas-de-Calais (demonstration) ───────────────────────
// The collectives of the cooperation referential that prepare the Mois de
// l'ESS (document 004): M.A.H.R.A. le Toit (Saint-Omer), the Collectif Artois
// Insertion, the club des A.I. de l'agglomération de Lens, the collectif des
// centres sociaux du Boulonnais, the Collectif des 7 Vallées and the Conseil
// local ESS Artois-Ternois. Covered EPCI: CA du Pays de Saint-Omer, CU d'Arras,
// CC du Sud Artois, CA de Béthune-Bruay, CA du Boulonnais, CC des 7 Vallées
// (and the CC du Ternois with a draft); the other EPCI of the département have
// no event (the bassin minier has its own edition, run by the COTESS).
const pasDeCalais2026: EditionSeed = {
  id: "mois-ess-2026-pas-de-calais",
  year: 2026,
  title: "Mois de l'ESS 2026 — Pas-de-Calais",
  network: { organisation: "cress" },
  territories: [PAS_DE_CALAIS],
  startsOn: "2026-11-01",
  endsOn: "2026-11-30",
  description:
    "Programme de démonstration du Mois de l'ESS 2026 dans le Pas-de-Calais, coordonné par la CRESS avec les collectifs d'acteurs ESS du référentiel de la coopération qui préparent le Mois de l'ESS. Les événements sont fictifs.",
  isDemo: true,
  events: [
    {
      id: "2026-lancement-mois-ess-pas-de-calais",
      title: "Lancement départemental du Mois de l'ESS",
      type: "CONFERENCE_DEBAT",
      description: "Présentation des programmes des collectifs d'acteurs ESS du Pas-de-Calais et échanges sur la coopération entre structures.",
      status: "CONFIRMED",
      venue: { address: "Salle à confirmer, Arras", commune: "62041" },
      audiences: ["PROFESSIONNELS", "ELUS"],
      themes: ["RESEAU_REPRESENTATION"],
      capacity: 150,
      accessibility: ["FAUTEUIL", "BOUCLE_MAGNETIQUE"],
      registrationUrl: "http://www.cressnpdc.org/",
      sessions: [{ start: "2026-11-02T17:00", end: "2026-11-02T19:00" }],
      coOrganisers: [
        { organisation: "cress", role: "LEAD" },
        { organisation: "departement-pas-de-calais", role: "VENUE_HOST" },
      ],
    },
    {
      id: "2026-visite-brif-bapaume",
      title: "Visite d'un atelier et chantier d'insertion à Bapaume",
      type: "VISITE_DE_STRUCTURE",
      description: "Découverte des activités et de l'accompagnement des salariés en insertion du Sud Artois.",
      status: "PROPOSED",
      venue: { organisation: "brif-bapaume" },
      audiences: ["PROFESSIONNELS", "ELUS"],
      themes: ["INSERTION_EMPLOI"],
      capacity: 20,
      sessions: [{ start: "2026-11-12T14:00", end: "2026-11-12T16:30" }],
      coOrganisers: [
        { organisation: "brif-bapaume", role: "LEAD" },
        { organisation: "air-ervillers", role: "PARTNER" },
      ],
    },
    {
      id: "2026-portes-ouvertes-mahra-saint-omer",
      title: "Portes ouvertes de M.A.H.R.A. le Toit",
      type: "PORTES_OUVERTES",
      description:
        "Découverte du CHRS et de l'atelier chantier d'insertion : les personnes accompagnées présentent les activités qu'elles développent.",
      status: "CONFIRMED",
      venue: { address: "Locaux à confirmer, Saint-Omer", commune: "62765" },
      audiences: ["GRAND_PUBLIC", "PROFESSIONNELS"],
      themes: ["ACTION_SOCIALE", "INSERTION_EMPLOI"],
      accessibility: ["FAUTEUIL"],
      registrationUrl: "http://mahra-letoit.fr/",
      sessions: [{ start: "2026-11-14T10:00", end: "2026-11-14T17:00" }],
      coOrganisers: [{ organisation: "mahra-le-toit", role: "LEAD" }],
    },
    {
      id: "2026-forum-aci-pays-d-artois",
      title: "Forum des ateliers et chantiers d'insertion du Pays d'Artois",
      type: "FORUM",
      description: "Les ateliers et chantiers d'insertion du Collectif Artois Insertion présentent leurs activités et leurs résultats.",
      status: "CONFIRMED",
      venue: { organisation: "le-coin-familial" },
      audiences: ["PROFESSIONNELS", "DEMANDEURS_EMPLOI", "ELUS"],
      themes: ["INSERTION_EMPLOI"],
      capacity: 120,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-17T09:30", end: "2026-11-17T16:30" }],
      coOrganisers: [
        { organisation: "le-coin-familial", role: "LEAD" },
        { organisation: "regain-arras", role: "PARTNER" },
        { organisation: "aidera-arras", role: "PARTNER" },
      ],
    },
    {
      id: "2026-atelier-centres-sociaux-le-portel",
      title: "Atelier : monter un projet collectif d'habitants",
      type: "ATELIER",
      description: "Atelier d'échanges de pratiques entre centres sociaux du Boulonnais et habitants porteurs d'initiatives.",
      status: "PROPOSED",
      venue: { organisation: "centre-social-espace-carnot" },
      audiences: ["GRAND_PUBLIC", "PROFESSIONNELS"],
      themes: ["ACTION_SOCIALE"],
      capacity: 30,
      accessibility: ["FAUTEUIL", "FALC"],
      sessions: [{ start: "2026-11-18T14:00", end: "2026-11-18T17:00" }],
      coOrganisers: [
        { organisation: "centre-social-espace-carnot", role: "LEAD" },
        { organisation: "centre-social-caf-boulogne", role: "PARTNER" },
      ],
    },
    {
      id: "2026-conference-mahra-espace-36-saint-omer",
      title: "Conférence-débat : les personnes accompagnées, actrices de leur territoire",
      type: "CONFERENCE_DEBAT",
      description: "Valoriser le travail et les compétences des bénéficiaires de l'insertion : témoignages de structures de l'Audomarois.",
      status: "CONFIRMED",
      venue: { organisation: "espace-36" },
      audiences: ["GRAND_PUBLIC", "PROFESSIONNELS", "ELUS"],
      themes: ["INSERTION_EMPLOI", "ACTION_SOCIALE"],
      capacity: 60,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-19T18:00", end: "2026-11-19T20:30" }],
      coOrganisers: [
        { organisation: "mahra-le-toit", role: "LEAD" },
        { organisation: "espace-36", role: "VENUE_HOST" },
        { organisation: "galilee", role: "PARTNER" },
      ],
    },
    {
      id: "2026-forum-centres-sociaux-wimereux",
      title: "Forum des centres sociaux du Boulonnais",
      type: "FORUM",
      description: "Les cinq centres sociaux du collectif présentent ensemble leurs actions et leurs projets communs.",
      status: "CONFIRMED",
      venue: { organisation: "centre-audrey-bartier-wimereux" },
      audiences: ["GRAND_PUBLIC"],
      themes: ["ACTION_SOCIALE"],
      capacity: 200,
      accessibility: ["FAUTEUIL"],
      registrationUrl: "http://cscwimereux.centres-sociaux.fr/",
      sessions: [{ start: "2026-11-21T10:00", end: "2026-11-21T17:00" }],
      coOrganisers: [
        { organisation: "centre-audrey-bartier-wimereux", role: "LEAD" },
        { organisation: "centre-social-outreau", role: "PARTNER" },
        { organisation: "centre-social-eclate-saint-martin", role: "PARTNER" },
      ],
    },
    {
      id: "2026-forum-club-ai-vermelles",
      title: "Les associations intermédiaires, une porte d'entrée vers l'emploi",
      type: "FORUM",
      description: "Matinée d'information des associations intermédiaires du club des A.I. de l'agglomération de Lens.",
      status: "CONFIRMED",
      venue: { organisation: "relais-vermellois" },
      audiences: ["DEMANDEURS_EMPLOI", "PROFESSIONNELS"],
      themes: ["INSERTION_EMPLOI"],
      capacity: 60,
      accessibility: ["FAUTEUIL"],
      sessions: [{ start: "2026-11-24T09:30", end: "2026-11-24T12:30" }],
      coOrganisers: [
        { organisation: "relais-vermellois", role: "LEAD" },
        { organisation: "apsa-coup-d-main", role: "PARTNER" },
        { organisation: "sapih-insertion", role: "PARTNER" },
      ],
    },
    {
      id: "2026-rencontre-elus-7-vallees",
      title: "Rencontre ESS avec les élus du Pays des 7 Vallées",
      type: "CONFERENCE_DEBAT",
      description: "Présentation du collectif ESS du territoire et échanges sur un volet ESS du plan local de développement économique.",
      status: "CONFIRMED",
      venue: { address: "Salle municipale, Hesdin-la-Forêt", commune: "62447" },
      audiences: ["ELUS", "PROFESSIONNELS"],
      themes: ["RESEAU_REPRESENTATION", "ACTION_PUBLIQUE"],
      capacity: 50,
      accessibility: ["FAUTEUIL"],
      registrationUrl: "http://paysdes7vallees.fr",
      sessions: [{ start: "2026-11-26T18:00", end: "2026-11-26T20:30" }],
      coOrganisers: [
        { organisation: "pays-des-7-vallees", role: "LEAD" },
        { organisation: "apes", role: "PARTNER" },
      ],
    },
    {
      id: "2026-marche-solidaire-aci-arras",
      title: "Marché solidaire des ateliers et chantiers d'insertion",
      type: "MARCHE",
      description: "Vente de productions des ateliers et chantiers d'insertion du Pays d'Artois.",
      status: "PROPOSED",
      venue: { organisation: "regain-arras" },
      audiences: ["GRAND_PUBLIC"],
      themes: ["INSERTION_EMPLOI", "COMMERCE_PROXIMITE"],
      sessions: [{ start: "2026-11-28T09:00", end: "2026-11-28T13:00" }],
      coOrganisers: [
        { organisation: "regain-arras", role: "LEAD" },
        { organisation: "eve-ecourt-saint-quentin", role: "PARTNER" },
      ],
    },
    {
      id: "2026-forum-ess-ternois",
      title: "Forum de l'ESS de l'Artois-Ternois",
      type: "FORUM",
      description: "Projet de forum du Conseil local ESS Artois-Ternois ; lieu à confirmer.",
      status: "DRAFT",
      venue: { address: "Lieu à confirmer, Saint-Pol-sur-Ternoise", commune: "62767" },
      audiences: ["GRAND_PUBLIC", "PROFESSIONNELS"],
      themes: ["RESEAU_REPRESENTATION"],
      sessions: [{ start: "2026-11-28T09:30", end: "2026-11-28T16:00" }],
      coOrganisers: [{ organisation: "afp2i", role: "LEAD" }],
    },
  ],
};

export const editions: EditionSeed[] = [...pastCotessEditions, cotess2025, cotess2026, pasDeCalais2026];
