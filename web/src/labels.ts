// How the API's values are named to a French reader: every enum of the
// schema, territories, counts, years and the documents records come from.
// tests/e2e/labels.test.ts checks that no enum value of schema.graphql lacks a label.
import type { EpciNature, TerritoryKind, TerritorySummary } from "./graphql/territories.ts";
import type { CooperationKind, EssFamily, LegalForm, Sector, TieProvenance } from "./graphql/organisations.ts";
import type { CollectiveKind, CollectiveStructure, MembershipRole } from "./graphql/collectives.ts";
import type { MaisonRoleKind, SpaceKind } from "./graphql/maisons.ts";
import type { IndicatorKind } from "./graphql/profile.ts";
import type {
  Accessibility, Audience, ClashReasonKind, ClashSeverity, CoOrganiserRole, EditionState, EventStatus, EventType,
} from "./graphql/events.ts";
import type { AuditAction, RoleKind } from "./graphql/session.ts";
import type { GraphNodeOrder, TieSource } from "./graphql/graph.ts";

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

/** "Communauté d'agglomération" rather than "EPCI": the nature says more. */
export function levelLabel(territory: Pick<TerritorySummary, "kind" | "epciNature">): string {
  if (territory.kind === "EPCI" && territory.epciNature) return EPCI_NATURE_LABEL[territory.epciNature];
  return KIND_LABEL[territory.kind];
}

export const codeLabel = (kind: TerritoryKind) => (kind === "EPCI" ? "SIREN" : "Code INSEE");

// ─── Organisations ──────────────────────────────────────────────────────────

// The same words as the CSV export, from one module: a reader who downloads
// the list finds the page's labels in the spreadsheet.
export { FAMILY_LABEL, LEGAL_FORM_LABEL, SECTOR_LABEL } from "../../server/actors/labels.ts";


/** Plural headings of the family bars ("Associations", "Coopératives"…). */
export const FAMILY_PLURAL_LABEL: Record<EssFamily, string> = {
  ASSOCIATION: "Associations",
  COOPERATIVE: "Coopératives",
  MUTUELLE: "Mutuelles",
  FONDATION: "Fondations",
  ENTREPRISE_COMMERCIALE_ESS: "Entreprises commerciales de l'ESS",
  HORS_ESS: "Hors ESS (partenaires)",
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

export { EVENT_TYPE_LABEL } from "../../server/events/labels.ts";

export const EVENT_STATUS_LABEL: Record<EventStatus, string> = {
  DRAFT: "Brouillon",
  PROPOSED: "Proposé",
  CONFIRMED: "Confirmé",
  CANCELLED: "Annulé",
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

export const AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  CREATE: "Création",
  UPDATE: "Modification",
  DELETE: "Suppression",
};

// ─── Sources ────────────────────────────────────────────────────────────────

// The API names the document a record comes from by its file in the seed
// corpus; a reader needs its title. Unknown sources are shown as they are.
const SOURCE_TITLE: Record<string, string> = {
  "seeds/000_4d9a6c896458d75e.txt": "Le Toit Commun, Maison de l'ESS du bassin minier : histoire et projet",
  "seeds/001_186e25baf0706ded.txt": "« La MEL synergise l'ESS » (Patricia Hanssens)",
  "seeds/002_e3b6c753d03fc831.txt": "L'ancrage territorial de l'ESS dans le bassin minier du Pas-de-Calais (chairESS, Le Toit Commun)",
  "seeds/003_bda52d0ccde73bdb.txt": "L'ESS dans le projet de territoire de la Porte du Hainaut (Carenews, avril 2024)",
  "seeds/004_04ef18b4adca1241.txt": "La coopération dans le Pas-de-Calais, la richesse des pratiques (référentiel du CDESS)",
};

export const sourceTitle = (source: string) => SOURCE_TITLE[source] ?? source;

// ─── Numbers, years, dates ──────────────────────────────────────────────────

const integer = new Intl.NumberFormat("fr-FR");
const decimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

export const formatNumber = (value: number) => integer.format(value);

/** French counts: 0 and 1 take the singular ("1 commune", "0 habitant"). */
export const formatCount = (value: number, singular: string, plural: string) =>
  `${integer.format(value)} ${value < 2 ? singular : plural}`;

export const formatPopulation = (population: number) => formatCount(population, "habitant", "habitants");

/** An indicator or a policy figure: "12,4 %", "3 250 emplois". */
export function formatMeasure(value: number | null, unit: string | null): string {
  if (value === null) return unit ?? "";
  const number = decimal.format(value);
  if (!unit) return number;
  return `${number}\u00a0${unit}`;
}

/** "depuis 2018", "2015 – 2021", "jusqu'en 2019", or "" when neither is known. */
export function formatYears(sinceYear: number | null, untilYear: number | null): string {
  if (sinceYear !== null && untilYear !== null) return sinceYear === untilYear ? `en ${sinceYear}` : `${sinceYear} – ${untilYear}`;
  if (sinceYear !== null) return `depuis ${sinceYear}`;
  if (untilYear !== null) return `jusqu'en ${untilYear}`;
  return "";
}

const longDate = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A YYYY-MM-DD day of the API as "12 mars 2021". */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : longDate.format(date);
}

/** A website as people read it: without the scheme and the trailing slash. */
export const displayUrl = (url: string) => url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");

/** An href for a website the sources may give without its scheme. */
export const websiteHref = (url: string) => (/^https?:\/\//i.test(url) ? url : `https://${url}`);

/** The known parts of a line of details, in order: "SCIC · depuis 2020". */
export const detailLine = (...parts: (string | number | null | undefined | false)[]) =>
  parts.filter((part) => part !== null && part !== undefined && part !== false && part !== "").join(" · ");

// ─── Paris wall-clock times ─────────────────────────────────────────────────
// The API gives session times as they read on a clock in Paris
// ("2026-11-19T18:30"): formatted as such (read as UTC), whatever the zone of
// the reader's computer.

const dayOfMonth = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", timeZone: "UTC" });
const weekdayDate = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const asUtc = (local: string) => new Date(`${local.length === 10 ? `${local}T00:00` : local}:00Z`);

/** "2026-11-19T18:30" → "18:30". */
export const localTime = (local: string) => local.slice(11, 16);

/** "2026-11-19T18:30" or "2026-11-19" → "19 novembre". */
export const formatDayOfMonth = (local: string) => dayOfMonth.format(asUtc(local.slice(0, 10)));

/** "2026-11-19" → "jeudi 19 novembre 2026". */
export const formatLongDay = (local: string) => weekdayDate.format(asUtc(local.slice(0, 10)));

/** A session: "jeudi 19 novembre 2026, 18:30 – 21:30" (its end day is said when it differs). */
export function formatSession(session: { localStart: string; localEnd: string }): string {
  const sameDay = session.localStart.slice(0, 10) === session.localEnd.slice(0, 10);
  const end = sameDay ? localTime(session.localEnd) : `${formatLongDay(session.localEnd)}, ${localTime(session.localEnd)}`;
  return `${formatLongDay(session.localStart)}, ${localTime(session.localStart)} – ${end}`;
}
