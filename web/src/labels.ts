// How the API's values are named to a French reader. The tables of the
// enums live with the server (server/core/labels.ts), where the CSV export and
// the calendar feeds read them too; here, what only pages say: levels,
// plural headings, sources, counts, years and dates.
import { EPCI_NATURE_LABEL, KIND_LABEL } from "../../server/core/labels.ts";
import type { TerritoryKind, TerritorySummary } from "./graphql/territories.ts";
import type { EssFamily } from "./graphql/organisations.ts";

export * from "../../server/core/labels.ts";

// ─── Territories ────────────────────────────────────────────────────────────

/** "Communauté d'agglomération" rather than "EPCI": the nature says more. */
export function levelLabel(territory: Pick<TerritorySummary, "kind" | "epciNature">): string {
  if (territory.kind === "EPCI" && territory.epciNature) return EPCI_NATURE_LABEL[territory.epciNature];
  return KIND_LABEL[territory.kind];
}

export const codeLabel = (kind: TerritoryKind) => (kind === "EPCI" ? "SIREN" : "Code INSEE");

// ─── Organisations ──────────────────────────────────────────────────────────

/** Plural headings of the family bars ("Associations", "Coopératives"…). */
export const FAMILY_PLURAL_LABEL: Record<EssFamily, string> = {
  ASSOCIATION: "Associations",
  COOPERATIVE: "Coopératives",
  MUTUELLE: "Mutuelles",
  FONDATION: "Fondations",
  ENTREPRISE_COMMERCIALE_ESS: "Entreprises commerciales de l'ESS",
  HORS_ESS: "Hors ESS (partenaires)",
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
