// How the API's values are named to a French reader. The tables of the
// enums live with the server (server/core/labels.ts), where the CSV export and
// the calendar feeds read them too; here, what only pages say: levels,
// plural headings, what is unknown, counts, years and dates.
import { AUDIT_ENTITY_TYPE_LABEL, COLLECTIVE_STRUCTURE_LABEL, EPCI_NATURE_LABEL, FAMILY_LABEL, KIND_LABEL, LEGAL_FORM_LABEL } from "../../server/core/labels.ts";
import type { TerritoryKind, TerritorySummary } from "./graphql/territories.ts";
import type { EssFamily, LegalForm } from "./graphql/organisations.ts";
import type { CollectiveStructure } from "./graphql/collectives.ts";

export * from "../../server/core/labels.ts";

// ─── Territories ────────────────────────────────────────────────────────────

/** "Communauté d'agglomération" rather than "EPCI": the nature says more. */
export function levelLabel(territory: Pick<TerritorySummary, "kind" | "epciNature">): string {
  if (territory.kind === "EPCI" && territory.epciNature) return EPCI_NATURE_LABEL[territory.epciNature];
  return KIND_LABEL[territory.kind];
}

export const codeLabel = (kind: TerritoryKind) => (kind === "EPCI" ? "SIREN" : "Code INSEE");

// ─── Organisations ──────────────────────────────────────────────────────────
// A legal form no document gives is unknown, and so is the family it would
// give: said so, never guessed nor counted as a family.

export const UNKNOWN_LEGAL_FORM = "Forme juridique inconnue";
export const UNKNOWN_FAMILY = "Famille inconnue";

export const legalFormLabel = (legalForm: LegalForm | null) => (legalForm ? LEGAL_FORM_LABEL[legalForm] : UNKNOWN_LEGAL_FORM);
export const familyLabel = (family: EssFamily | null) => (family ? FAMILY_LABEL[family] : UNKNOWN_FAMILY);

/** Plural headings of the family bars ("Associations", "Coopératives"…). */
export const FAMILY_PLURAL_LABEL: Record<EssFamily, string> = {
  ASSOCIATION: "Associations",
  COOPERATIVE: "Coopératives",
  MUTUELLE: "Mutuelles",
  FONDATION: "Fondations",
  ENTREPRISE_COMMERCIALE_ESS: "Entreprises commerciales de l'ESS",
  HORS_ESS: "Hors ESS (partenaires)",
};

export const familyPluralLabel = (family: EssFamily | null) =>
  family ? FAMILY_PLURAL_LABEL[family] : "Famille inconnue (forme juridique inconnue)";

/** Where an organisation whose commune no document gives is placed: "Commune inconnue". */
export const UNKNOWN_COMMUNE = "Commune inconnue";

// ─── Collectives ────────────────────────────────────────────────────────────

/**
 * Null: no document says (unknown); AUCUNE: the documents say it has none
 * (stated, or inferred: its evidence says which).
 */
export function structureLabel(structure: CollectiveStructure | null): string {
  if (structure === null) return "Structure juridique inconnue";
  if (structure === "AUCUNE") return "Aucune structure juridique";
  return COLLECTIVE_STRUCTURE_LABEL[structure];
}

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

/** "2019", "2019 – 2023": years as they are written, never grouped by thousands ("2 025"). */
export const formatYearSpan = (span: { first: number; last: number }) =>
  span.first === span.last ? String(span.first) : `${span.first} – ${span.last}`;

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

// ─── Instants ───────────────────────────────────────────────────────────────

const instant = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

/** An instant of the API (a session's last use, an invitation's expiry) as read in France: "16 novembre 2026 à 10:00". */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : instant.format(date);
}

// ─── Audit trail ────────────────────────────────────────────────────────────

/** What an entry is about; a kind no table names yet is shown as written rather than hidden. */
export const auditEntityTypeLabel = (entityType: string) => AUDIT_ENTITY_TYPE_LABEL[entityType] ?? entityType;
