// The French labels of every enum of the schema, one table per enum: the
// words of the web app's pages, the CSV export and the calendar feeds, so
// that a spreadsheet or a calendar says what the page says. Shared by the
// server and the web app (which imports this file), hence no import here but
// types. tests/e2e/labels.test.ts checks every value of schema.graphql.
import type {
  Accessibility, Audience, AuditAction, Certainty, SourceKind, CoOrganiserRole, CollectiveKind, CollectiveStructure, CooperationKind, EpciNature,
  DuplicateChoice, EssFamily, EventStatus, EventType, ImportFormat, ImportKind, ImportRowClass, ImportState, IndicatorKind, LegalForm, MailTopic, MaisonRoleKind, MembershipRole, ModerationDecision, RoleKind, Sector, SpaceKind,
  TerritoryKind,
} from "../generated/prisma/enums.ts";

// Enums of the API alone (computed, not stored): their values as the schema says them.
export type TieProvenance = "STATED" | "SHARED_COLLECTIVE";
export type TieSource = "COLLECTIVE" | "EVENT" | "MAISON" | "SHAREHOLDING" | "STATEMENT";
export type GraphNodeOrder = "DEGREE" | "WEIGHTED_DEGREE" | "BETWEENNESS" | "NAME";
export type EditionState = "UPCOMING" | "IN_PROGRESS" | "ENDED";
export type ClashSeverity = "HARD" | "HIGH" | "MEDIUM" | "LOW";
export type ClashReasonKind = "SAME_VENUE" | "SHARED_CO_ORGANISER" | "SAME_EPCI" | "NEIGHBOURING_EPCI";
export type EventOrder = "DATE" | "NEWEST";

// ─── Sources and certainty ──────────────────────────────────────────────────

export const CERTAINTY_LABEL: Record<Certainty, string> = {
  STATED: "Établie",
  INFERRED: "Déduite",
};

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  PROJECT_PRESENTATION: "Présentation de projet",
  PRESS_ARTICLE: "Article de presse",
  ACADEMIC_ARTICLE: "Article de recherche",
  REFERENTIAL: "Référentiel",
  OTHER: "Document",
};

// ─── Territories ────────────────────────────────────────────────────────────

export const KIND_LABEL: Record<TerritoryKind, string> = {
  REGION: "Région",
  DEPARTEMENT: "Département",
  EPCI: "EPCI",
  COMMUNE: "Commune",
};

export const EPCI_NATURE_LABEL: Record<EpciNature, string> = {
  METROPOLE: "Métropole",
  METROPOLE_DE_LYON: "Métropole de Lyon",
  COMMUNAUTE_URBAINE: "Communauté urbaine",
  COMMUNAUTE_AGGLOMERATION: "Communauté d'agglomération",
  COMMUNAUTE_COMMUNES: "Communauté de communes",
};

// ─── Organisations ──────────────────────────────────────────────────────────

export const LEGAL_FORM_LABEL: Record<LegalForm, string> = {
  ASSOCIATION: "Association loi 1901",
  SCOP: "SCOP",
  SCIC: "SCIC",
  COOPERATIVE: "Coopérative",
  MUTUELLE: "Mutuelle",
  FONDATION: "Fondation",
  ENTREPRISE_ESUS: "Entreprise commerciale de l'ESS (ESUS)",
  GROUPEMENT_EMPLOYEURS: "Groupement d'employeurs",
  GIE: "GIE",
  SCI: "SCI",
  COLLECTIVITE: "Collectivité",
  ETABLISSEMENT_PUBLIC: "Établissement public",
  ENTREPRISE_CLASSIQUE: "Entreprise classique",
  AUTRE: "Autre",
};

export const FAMILY_LABEL: Record<EssFamily, string> = {
  ASSOCIATION: "Association",
  COOPERATIVE: "Coopérative",
  MUTUELLE: "Mutuelle",
  FONDATION: "Fondation",
  ENTREPRISE_COMMERCIALE_ESS: "Entreprise commerciale de l'ESS",
  HORS_ESS: "Hors ESS",
};

export const SECTOR_LABEL: Record<Sector, string> = {
  ACTION_SOCIALE: "Action sociale",
  SERVICES_A_LA_PERSONNE: "Services à la personne",
  SANTE: "Santé",
  PETITE_ENFANCE_JEUNESSE: "Petite enfance et jeunesse",
  EDUCATION_FORMATION: "Éducation et formation",
  INSERTION_EMPLOI: "Insertion et emploi",
  CULTURE: "Culture",
  SPORT_LOISIRS: "Sport et loisirs",
  ENVIRONNEMENT_REEMPLOI: "Environnement et réemploi",
  ENERGIE_HABITAT: "Énergie et habitat",
  ALIMENTATION_AGRICULTURE: "Alimentation et agriculture",
  COMMERCE_PROXIMITE: "Commerce de proximité",
  RESTAURATION: "Restauration",
  FINANCE_SOLIDAIRE: "Finance solidaire",
  ACCOMPAGNEMENT_CONSEIL: "Accompagnement et conseil",
  RESEAU_REPRESENTATION: "Réseaux et représentation",
  RECHERCHE: "Recherche",
  NUMERIQUE: "Numérique",
  MOBILITE: "Mobilité",
  IMMOBILIER_LIEUX: "Immobilier et tiers-lieux",
  ACTION_PUBLIQUE: "Action publique",
  AUTRE: "Autre",
};

export const COOPERATION_KIND_LABEL: Record<CooperationKind, string> = {
  MUTUALISATION: "Mutualisation",
  PARTENARIAT_DE_PROJETS: "Partenariat de projets",
  COLLECTIF_ACTEURS_ESS: "Collectif d'acteurs ESS",
  REGROUPEMENT_MULTI_ACTEURS: "Regroupement multi-acteurs",
  PARTENARIAT_DECLARE: "Partenariat déclaré",
  CO_ORGANISATION_EVENEMENT: "Co-organisation d'un événement",
  HEBERGEMENT_MAISON: "Hébergement dans une Maison de l'ESS",
  SOCIETARIAT_SCIC: "Sociétariat de SCIC",
};

export const TIE_PROVENANCE_LABEL: Record<TieProvenance, string> = {
  STATED: "déclarée",
  SHARED_COLLECTIVE: "via un collectif",
};

// ─── Cooperation graph ──────────────────────────────────────────────────────

/** Where a tie of the graph comes from, before its name ("Collectif : …"). */
export const TIE_SOURCE_LABEL: Record<TieSource, string> = {
  COLLECTIVE: "Collectif",
  EVENT: "Événement du Mois de l'ESS",
  MAISON: "Maison de l'ESS",
  SHAREHOLDING: "Sociétariat",
  STATEMENT: "Déclaration d'une source",
};

export const GRAPH_NODE_ORDER_LABEL: Record<GraphNodeOrder, string> = {
  DEGREE: "Nombre de partenaires",
  WEIGHTED_DEGREE: "Nombre de liens",
  BETWEENNESS: "Intermédiarité",
  NAME: "Nom",
};

// ─── Collectives ────────────────────────────────────────────────────────────

// The four families of practice of the Pas-de-Calais cooperation referential, in its words.
export const COLLECTIVE_KIND_LABEL: Record<CollectiveKind, string> = {
  MUTUALISATION: "Mutualisation",
  PARTENARIAT_DE_PROJETS: "Partenariat de projets",
  COLLECTIF_ACTEURS_ESS: "Collectif d'acteurs ESS",
  REGROUPEMENT_MULTI_ACTEURS: "Regroupement multi-acteurs",
};

export const COLLECTIVE_STRUCTURE_LABEL: Record<CollectiveStructure, string> = {
  AUCUNE: "Sans structure juridique",
  ASSOCIATION: "Association",
  SCIC: "SCIC",
  SCOP: "SCOP",
  GIE: "GIE",
  CONVENTION: "Convention",
  AUTRE: "Autre structure",
};

export const MEMBERSHIP_ROLE_LABEL: Record<MembershipRole, string> = {
  MEMBRE: "Membre",
  ANIMATEUR: "Animateur",
  STRUCTURE_APPUI: "Structure d'appui",
  PARTENAIRE_FINANCEUR: "Partenaire financeur",
  FONDATEUR: "Fondateur",
};

// ─── Maisons de l'ESS ───────────────────────────────────────────────────────

export const MAISON_ROLE_LABEL: Record<MaisonRoleKind, string> = {
  PORTEUR_PROJET: "Porteur du projet",
  PROPRIETAIRE: "Propriétaire des murs",
  GESTIONNAIRE: "Gestionnaire du lieu",
  LOCATAIRE: "Structure hébergée",
  ECOSYSTEME: "Écosystème",
  FINANCEUR: "Financeur",
  RECONNAISSANCE: "Reconnaissance",
};

export const SPACE_KIND_LABEL: Record<SpaceKind, string> = {
  BAR: "Bar",
  RESTAURANT: "Restaurant",
  MAGASIN_PARTAGE: "Magasin partagé",
  BUREAUX: "Bureaux",
  SALLE_REUNION: "Salle de réunion",
  UNIVERSITE_POPULAIRE: "Université populaire",
  ESPACE_TRAVAIL_PARTAGE: "Espace de travail partagé",
  AUTRE: "Autre espace",
};

// ─── Indicators ─────────────────────────────────────────────────────────────

export const INDICATOR_KIND_LABEL: Record<IndicatorKind, string> = {
  ESS_JOBS: "Emplois de l'ESS",
  ESS_JOBS_SHARE: "Part de l'ESS dans l'emploi",
  ESS_ESTABLISHMENTS: "Établissements de l'ESS",
  ESS_JOBS_ASSOCIATIONS: "Emplois des associations",
  ESS_JOBS_COOPERATIVES: "Emplois des coopératives",
  ESS_JOBS_MUTUELLES: "Emplois des mutuelles",
  ESS_JOBS_FONDATIONS: "Emplois des fondations",
  POPULATION_DENSITY: "Densité de population",
  UNEMPLOYMENT_RATE: "Taux de chômage",
  POVERTY_RATE: "Taux de pauvreté",
  OTHER: "Autre indicateur",
};

// ─── Mois de l'ESS ───────────────────────────────────────────────────────────

export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  FORUM: "Forum",
  VISITE_DE_STRUCTURE: "Visite de structure",
  CONFERENCE_DEBAT: "Conférence-débat",
  CINE_DEBAT: "Ciné-débat",
  ATELIER: "Atelier",
  FORMATION: "Formation",
  MARCHE: "Marché",
  PORTES_OUVERTES: "Portes ouvertes",
  AUTRE: "Autre",
};

export const EVENT_STATUS_LABEL: Record<EventStatus, string> = {
  DRAFT: "Brouillon",
  PROPOSED: "Proposé",
  CONFIRMED: "Confirmé",
  CANCELLED: "Annulé",
};

export const MODERATION_DECISION_LABEL: Record<ModerationDecision, string> = {
  APPROVED: "Publié par l'animation",
  CHANGES_REQUESTED: "Modifications demandées",
  REJECTED: "Refusé",
};

export const EDITION_STATE_LABEL: Record<EditionState, string> = {
  UPCOMING: "À venir",
  IN_PROGRESS: "En cours",
  ENDED: "Terminée",
};

export const AUDIENCE_LABEL: Record<Audience, string> = {
  GRAND_PUBLIC: "Grand public",
  PROFESSIONNELS: "Professionnels",
  ELUS: "Élus",
  SCOLAIRES: "Scolaires",
  DEMANDEURS_EMPLOI: "Demandeurs d'emploi",
};

export const ACCESSIBILITY_LABEL: Record<Accessibility, string> = {
  FAUTEUIL: "Accessible en fauteuil roulant",
  LSF: "Interprétation en langue des signes (LSF)",
  BOUCLE_MAGNETIQUE: "Boucle magnétique",
  FALC: "Documents faciles à lire et à comprendre (FALC)",
};

export const EVENT_ORDER_LABEL: Record<EventOrder, string> = {
  DATE: "Par date",
  NEWEST: "Les plus récents d'abord",
};

/** The figures of an edition's bilan, in the order the report view and its downloads give them. */
export const REPORT_FIGURE_LABEL = {
  events: "Événements confirmés",
  sessions: "Séances",
  coOrganisedEvents: "Événements co-organisés (deux structures ou plus)",
  organisationsInvolved: "Organisations impliquées",
  communesCovered: "Communes avec un événement",
  epciCovered: "EPCI avec un événement",
  populationCovered: "Population de ces EPCI",
  cancelledEvents: "Événements annulés",
} as const;

export const CO_ORGANISER_ROLE_LABEL: Record<CoOrganiserRole, string> = {
  LEAD: "Organisateur principal",
  PARTNER: "Partenaire",
  VENUE_HOST: "Accueille dans ses locaux",
  FUNDER: "Financeur",
};

export const CLASH_SEVERITY_LABEL: Record<ClashSeverity, string> = {
  HARD: "Bloquant",
  HIGH: "Élevé",
  MEDIUM: "Moyen",
  LOW: "Faible",
};

/** Why two sessions clash, as said after "Conflit avec « … » le … : ". */
export const CLASH_REASON_KIND_LABEL: Record<ClashReasonKind, string> = {
  SAME_VENUE: "même lieu",
  SHARED_CO_ORGANISER: "co-organisateur commun",
  SAME_EPCI: "même EPCI",
  NEIGHBOURING_EPCI: "EPCI voisins",
};

// ─── Accounts ───────────────────────────────────────────────────────────────

export const ROLE_KIND_LABEL: Record<RoleKind, string> = {
  PLATFORM_ADMIN: "Administration de la plateforme",
  NETWORK_ANIMATOR: "Animation d'un réseau",
  ORGANISATION_EDITOR: "Édition d'une organisation",
  COLLECTIVITE_AGENT: "Agent d'une collectivité",
};

/** Where an invitation stands (the API's InvitationState). */
export const INVITATION_STATE_LABEL: Record<"PENDING" | "ACCEPTED" | "REVOKED" | "EXPIRED", string> = {
  PENDING: "En attente",
  ACCEPTED: "Acceptée",
  REVOKED: "Annulée",
  EXPIRED: "Expirée",
};

export const AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  CREATE: "Création",
  UPDATE: "Modification",
  DELETE: "Suppression",
};

/** What an audit entry is about (its entityType, as the services write it). */
export const AUDIT_ENTITY_TYPE_LABEL: Record<string, string> = {
  Event: "Événement",
  Edition: "Édition du Mois de l'ESS",
  Organisation: "Organisation",
  Collective: "Collectif",
  CollectiveMembership: "Membre d'un collectif",
  CotessMembership: "Membre d'un COTESS",
  CharterSignature: "Signature de charte",
  account: "Compte",
  session: "Session",
  password_link: "Lien de mot de passe",
  invitation: "Invitation",
  role_grant: "Rôle",
  MailPreference: "Préférence d'e-mail",
  DataImport: "Import",
};

// ─── E-mail one may stop receiving ──────────────────────────────────────────

/** What each topic is, as the account page and the unsubscribe page say it. */
export const MAIL_TOPIC_LABEL: Record<MailTopic, string> = {
  PROPOSAL_DIGEST: "Le résumé quotidien des nouvelles propositions à modérer",
  EVENT_NOTICES: "Les avis de modification et de conflit des événements de vos organisations",
};

// ─── Imports ────────────────────────────────────────────────────────────────

export const IMPORT_KIND_LABEL: Record<ImportKind, string> = {
  EVENTS: "Événements",
  ORGANISATIONS: "Organisations",
};

export const IMPORT_FORMAT_LABEL: Record<ImportFormat, string> = {
  CSV: "Tableau CSV",
  ICALENDAR: "Agenda iCalendar (.ics)",
  OPENAGENDA: "Export OpenAgenda (JSON)",
};

export const IMPORT_STATE_LABEL: Record<ImportState, string> = {
  QUEUED: "En attente",
  READING: "Lecture en cours",
  PREVIEW: "À confirmer",
  COMMITTED: "Importé",
  FAILED: "Échec",
  CANCELLED: "Annulé",
};

/** A row of an import's preview, by what it would become. */
export const IMPORT_ROW_CLASS_LABEL: Record<ImportRowClass, string> = {
  NEW: "Nouveau",
  UPDATE: "Mise à jour",
  POSSIBLE_DUPLICATE: "Doublon possible",
  INVALID: "Invalide",
};

/** The animator's choice for a possible duplicate (UPDATE names the record in the page). */
export const DUPLICATE_CHOICE_LABEL: Record<DuplicateChoice, string> = {
  SKIP: "Ignorer",
  CREATE: "Créer quand même",
  UPDATE: "Mettre à jour",
};
