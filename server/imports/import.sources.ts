// Reading the sources animators already keep — a spreadsheet exported as CSV,
// an OpenAgenda export, an iCalendar feed — into rows of records shaped as
// Maillage writes them. Nothing here reads the database: what a row names
// (a commune, an organiser) is resolved by the preview (import.preview.ts).
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { DateTime } from "luxon";
import type { Accessibility, EventType, LegalForm, Sector } from "../generated/prisma/enums.ts";
import { EVENT_TYPE_LABEL, LEGAL_FORM_LABEL, SECTOR_LABEL } from "../core/labels.ts";
import { searchWords } from "../territories/territory.search.ts";
import { PARIS, instantToParisLocal } from "../events/paris-time.ts";

/** Where an event takes place, as its source words it. */
export interface SourcePlace {
  address: string | null;
  insee: string | null;
  postalCode: string | null;
  city: string | null;
}

export interface EventRecord {
  title: string;
  type: EventType;
  description: string | null;
  /** Paris wall-clock times, "2026-11-05T18:00". */
  sessions: { start: string; end: string }[];
  place: SourcePlace;
  /** The SIREN of its organiser, when the source names one. */
  leadSiren: string | null;
  registrationUrl: string | null;
  capacity: number | null;
  accessibility: Accessibility[];
  accessibilityNote: string | null;
  /** Cancelled in its source. */
  cancelled: boolean;
}

export interface OrganisationRecord {
  name: string;
  siren: string | null;
  legalForm: LegalForm | null;
  address: string | null;
  place: SourcePlace;
  sectors: Sector[];
  headcount: number | null;
  headcountYear: number | null;
  publicEmail: string | null;
  publicPhone: string | null;
  website: string | null;
}

/** A problem of a row, naming the column or field at fault. */
export interface RowProblem {
  field: string;
  message: string;
}

export interface SourceRow<R> {
  /** What identifies the row in its source: its UID, or « ligne 12 ». */
  key: string;
  label: string;
  record: R | null;
  problems: RowProblem[];
}

/** The days of the edition: recurrences are expanded within them. */
export interface Window {
  first: string;
  last: string;
}

/** An unreadable source as a whole (not one of its rows), in French. */
export class SourceError extends Error {}

/** Lower-case words without accents: how headers and labels are compared. */
const normalised = (text: string) => searchWords(text).join(" ");

// ─── CSV ────────────────────────────────────────────────────────────────────

/** The columns of the events CSV, in the template's order; the headers are matched without accents nor case. */
export const EVENT_COLUMNS = [
  ["Identifiant", "Référence stable de l'événement dans votre tableau (facultatif) : un nouvel import le met à jour au lieu de le dupliquer."],
  ["Titre", "Obligatoire."],
  ["Type", `Un de : ${Object.values(EVENT_TYPE_LABEL).join(", ")} (Autre par défaut).`],
  ["Description", "Facultatif."],
  ["Début", "Obligatoire : 05/11/2026 18:00 ou 2026-11-05 18:00 (heure de Paris)."],
  ["Fin", "Obligatoire, même forme."],
  ["Adresse", "Numéro et rue."],
  ["Code INSEE", "Code INSEE de la commune (ou le code postal et la commune)."],
  ["Code postal", "Si le code INSEE manque."],
  ["Commune", "Si le code INSEE manque."],
  ["Organisateur (SIREN)", "SIREN de l'organisateur principal (facultatif : sinon l'organisateur choisi pour l'import)."],
  ["Inscription", "Adresse web d'inscription (https://…)."],
  ["Jauge", "Nombre de places."],
] as const;

export const ORGANISATION_COLUMNS = [
  ["Nom", "Obligatoire."],
  ["SIREN", "9 chiffres."],
  ["Forme juridique", `Un de : ${Object.values(LEGAL_FORM_LABEL).join(", ")}.`],
  ["Adresse", "Numéro et rue."],
  ["Code INSEE", "Code INSEE de la commune (ou le code postal et la commune)."],
  ["Code postal", "Si le code INSEE manque."],
  ["Commune", "Si le code INSEE manque."],
  ["Secteurs", `Séparés par « | » : ${Object.values(SECTOR_LABEL).join(", ")}.`],
  ["Effectif", "Nombre de salariés."],
  ["Année de l'effectif", "Année du décompte."],
  ["Courriel", "Adresse publique."],
  ["Téléphone", "Numéro public."],
  ["Site web", "https://…"],
] as const;

/**
 * The cells of a CSV by normalised header. The separator is the one of the
 * header line (`;` from a French spreadsheet, `,` otherwise); a UTF-8 BOM is
 * dropped. @throws SourceError
 */
function csvRows(text: string): { line: number; cells: Map<string, string> }[] {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: { record: string[] }[];
  try {
    records = (parseCsv(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][]).map((record) => ({ record }));
  } catch (error) {
    throw new SourceError(`Le fichier CSV est illisible : ${(error as Error).message}`);
  }
  if (!records.length) throw new SourceError("Le fichier CSV est vide.");
  const headers = records[0].record.map(normalised);
  // The row number a spreadsheet shows (the header is row 1), a cell with line breaks being one row.
  return records.slice(1).map(({ record }, index) => ({
    line: index + 2,
    cells: new Map(headers.map((header, index) => [header, (record[index] ?? "").replace(/\r\n?/g, "\n").trim()])),
  }));
}

function requireHeaders(text: string, columns: readonly (readonly [string, string])[], required: string[]) {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const present = new Set(firstLine.split(/[;,]/).map((cell) => normalised(cell.replace(/"/g, ""))));
  const missing = required.filter((name) => !present.has(normalised(name)));
  if (missing.length) {
    throw new SourceError(`Colonnes manquantes : ${missing.map((name) => `« ${name} »`).join(", ")}. Téléchargez le modèle pour voir les colonnes attendues (${columns.map(([name]) => name).join(" ; ")}).`);
  }
}

const cell = (cells: Map<string, string>, column: string) => cells.get(normalised(column)) || null;

/** "05/11/2026 18:00", "2026-11-05 18:00" or "2026-11-05T18:00" → "2026-11-05T18:00"; null otherwise. */
export function localTimeOf(text: string): string | null {
  const french = text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T]+(\d{1,2})[:h](\d{2})$/);
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2})[:h](\d{2})(:\d{2})?$/);
  const parts = french ? [french[3], french[2], french[1], french[4], french[5]] : iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : null;
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts;
  const local = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}T${hour.padStart(2, "0")}:${minute}`;
  return DateTime.fromISO(local, { zone: PARIS }).isValid ? local : null;
}

/** A label of one of the label tables, or its code, → the code. */
function codeOf<C extends string>(labels: Record<C, string>, text: string): C | null {
  const wanted = normalised(text);
  for (const [code, label] of Object.entries(labels) as [C, string][]) {
    if (normalised(label) === wanted || normalised(code) === wanted) return code;
  }
  return null;
}

const LEGAL_FORM_WORDS: Record<string, LegalForm> = { "association": "ASSOCIATION", "association loi 1901": "ASSOCIATION", "fondation": "FONDATION", "mutuelle": "MUTUELLE", "esus": "ENTREPRISE_ESUS" };

function placeOf(cells: Map<string, string>): SourcePlace {
  return { address: cell(cells, "Adresse"), insee: cell(cells, "Code INSEE"), postalCode: cell(cells, "Code postal"), city: cell(cells, "Commune") };
}

const isWebAddress = (text: string) => {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};

function wholeNumber(text: string | null, column: string, problems: RowProblem[], max: number): number | null {
  if (text === null) return null;
  const value = Number(text.replace(/\s/g, ""));
  if (!Number.isInteger(value) || value < 0 || value > max) {
    problems.push({ field: column, message: `Colonne « ${column} » : « ${text} » n'est pas un nombre entier positif.` });
    return null;
  }
  return value;
}

/** The events of a CSV in the template's columns. @throws SourceError */
export function readEventCsv(text: string): SourceRow<EventRecord>[] {
  requireHeaders(text, EVENT_COLUMNS, ["Titre", "Début", "Fin"]);
  return csvRows(text).map(({ line, cells }) => {
    const problems: RowProblem[] = [];
    const title = cell(cells, "Titre");
    if (!title) problems.push({ field: "Titre", message: "Colonne « Titre » : le titre manque." });
    else if (title.length < 3 || title.length > 200) problems.push({ field: "Titre", message: "Colonne « Titre » : le titre doit compter entre 3 et 200 caractères." });
    const typeText = cell(cells, "Type");
    const type = typeText ? codeOf(EVENT_TYPE_LABEL, typeText) : "AUTRE";
    if (!type) problems.push({ field: "Type", message: `Colonne « Type » : « ${typeText} » n'est pas un type d'événement (${Object.values(EVENT_TYPE_LABEL).join(", ")}).` });
    const times = (["Début", "Fin"] as const).map((column) => {
      const value = cell(cells, column);
      const local = value ? localTimeOf(value) : null;
      if (!local) problems.push({ field: column, message: value ? `Colonne « ${column} » : « ${value} » n'est pas une date et heure (ex. 05/11/2026 18:00).` : `Colonne « ${column} » : la date manque.` });
      return local;
    });
    const registrationUrl = cell(cells, "Inscription");
    if (registrationUrl && !isWebAddress(registrationUrl)) problems.push({ field: "Inscription", message: "Colonne « Inscription » : adresse web attendue, commençant par https://." });
    const capacity = wholeNumber(cell(cells, "Jauge"), "Jauge", problems, 100_000);
    const leadSiren = cell(cells, "Organisateur (SIREN)")?.replace(/\s/g, "") ?? null;
    const key = cell(cells, "Identifiant") ?? `ligne ${line}`;
    const record: EventRecord | null = problems.length ? null : {
      title: title!, type: type!, description: cell(cells, "Description"),
      sessions: [{ start: times[0]!, end: times[1]! }], place: placeOf(cells), leadSiren,
      registrationUrl, capacity, accessibility: [], accessibilityNote: null, cancelled: false,
    };
    return { key, label: title ?? `Ligne ${line}`, record, problems };
  });
}

/** The organisations of a CSV in the template's columns. @throws SourceError */
export function readOrganisationCsv(text: string): SourceRow<OrganisationRecord>[] {
  requireHeaders(text, ORGANISATION_COLUMNS, ["Nom"]);
  return csvRows(text).map(({ line, cells }) => {
    const problems: RowProblem[] = [];
    const name = cell(cells, "Nom");
    if (!name) problems.push({ field: "Nom", message: "Colonne « Nom » : le nom manque." });
    else if (name.length < 2 || name.length > 200) problems.push({ field: "Nom", message: "Colonne « Nom » : le nom doit compter entre 2 et 200 caractères." });
    const siren = cell(cells, "SIREN")?.replace(/\s/g, "") ?? null;
    if (siren !== null && !/^\d{9}$/.test(siren)) problems.push({ field: "SIREN", message: `Colonne « SIREN » : « ${siren} » ne compte pas 9 chiffres.` });
    const formText = cell(cells, "Forme juridique");
    const legalForm = formText ? codeOf(LEGAL_FORM_LABEL, formText) ?? LEGAL_FORM_WORDS[normalised(formText)] ?? null : null;
    if (formText && !legalForm) problems.push({ field: "Forme juridique", message: `Colonne « Forme juridique » : « ${formText} » n'est pas une forme juridique connue.` });
    const sectors: Sector[] = [];
    for (const word of (cell(cells, "Secteurs") ?? "").split("|").map((part) => part.trim()).filter(Boolean)) {
      const sector = codeOf(SECTOR_LABEL, word);
      if (sector) sectors.push(sector);
      else problems.push({ field: "Secteurs", message: `Colonne « Secteurs » : « ${word} » n'est pas un secteur connu.` });
    }
    const headcount = wholeNumber(cell(cells, "Effectif"), "Effectif", problems, 1_000_000);
    const headcountYear = wholeNumber(cell(cells, "Année de l'effectif"), "Année de l'effectif", problems, 2100);
    const publicEmail = cell(cells, "Courriel");
    if (publicEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(publicEmail)) problems.push({ field: "Courriel", message: `Colonne « Courriel » : « ${publicEmail} » n'est pas une adresse électronique.` });
    const publicPhone = cell(cells, "Téléphone");
    if (publicPhone && !/^[0-9 +().-]{6,20}$/.test(publicPhone)) problems.push({ field: "Téléphone", message: `Colonne « Téléphone » : « ${publicPhone} » n'est pas un numéro de téléphone.` });
    const website = cell(cells, "Site web");
    if (website && !isWebAddress(website)) problems.push({ field: "Site web", message: "Colonne « Site web » : adresse web attendue, commençant par https://." });
    const place = placeOf(cells);
    const record: OrganisationRecord | null = problems.length ? null : {
      name: name!, siren, legalForm, address: place.address, place, sectors, headcount, headcountYear, publicEmail, publicPhone, website,
    };
    return { key: `ligne ${line}`, label: name ?? `Ligne ${line}`, record, problems };
  });
}

// ─── OpenAgenda ─────────────────────────────────────────────────────────────

interface OpenAgendaEvent {
  uid?: number | string;
  title?: Record<string, string> | string;
  description?: Record<string, string> | string;
  longDescription?: Record<string, string> | string;
  timings?: { begin?: string; end?: string }[];
  location?: { name?: string; address?: string; postalCode?: string; city?: string; insee?: string };
  accessibility?: Partial<Record<"hi" | "ii" | "mi" | "pi" | "vi", boolean>>;
  registration?: { type?: string; value?: string }[];
  /** OpenAgenda's event status: 6 is « annulé ». */
  status?: number;
}

const french = (text: Record<string, string> | string | undefined) =>
  (typeof text === "string" ? text : text?.fr ?? Object.values(text ?? {})[0] ?? "").trim() || null;

// OpenAgenda's accessibility flags (hi: hearing, ii: intellectual, mi: motor,
// pi: psychic, vi: visual impairment) for which Maillage has a label; the
// others go to the accessibility note.
const OPENAGENDA_ACCESSIBILITY: Partial<Record<string, Accessibility>> = { hi: "BOUCLE_MAGNETIQUE", ii: "FALC", mi: "FAUTEUIL" };
const OPENAGENDA_ACCESSIBILITY_NOTE: Record<string, string> = { pi: "Accessible aux personnes en situation de handicap psychique", vi: "Accessible aux personnes en situation de handicap visuel" };

/** The events of an OpenAgenda export (its JSON event format: `{ events: [...] }` or a list). @throws SourceError */
export function readOpenAgenda(text: string): SourceRow<EventRecord>[] {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new SourceError("Le fichier OpenAgenda n'est pas du JSON lisible.");
  }
  const events = Array.isArray(document) ? document : (document as { events?: unknown })?.events;
  if (!Array.isArray(events)) throw new SourceError("Le fichier OpenAgenda ne contient pas de liste « events ».");
  return (events as OpenAgendaEvent[]).map((event, index) => {
    const problems: RowProblem[] = [];
    const title = french(event.title);
    if (!title) problems.push({ field: "title", message: "Champ « title » : le titre manque." });
    const sessions: { start: string; end: string }[] = [];
    for (const [position, timing] of (event.timings ?? []).entries()) {
      const begin = timing.begin ? DateTime.fromISO(timing.begin) : null;
      const end = timing.end ? DateTime.fromISO(timing.end) : null;
      if (!begin?.isValid || !end?.isValid) {
        problems.push({ field: `timings.${position}`, message: `Champ « timings » : l'horaire n° ${position + 1} n'est pas une date lisible.` });
        continue;
      }
      sessions.push({ start: instantToParisLocal(begin.toJSDate()), end: instantToParisLocal(end.toJSDate()) });
    }
    if (!event.timings?.length) problems.push({ field: "timings", message: "Champ « timings » : aucun horaire." });
    const flags = Object.entries(event.accessibility ?? {}).filter(([, on]) => on).map(([flag]) => flag);
    const registration = (event.registration ?? []).find((item) => item.type === "link" && item.value && isWebAddress(item.value))?.value ?? null;
    const location = event.location ?? {};
    const description = [french(event.description), french(event.longDescription)].filter(Boolean).join("\n\n") || null;
    const key = event.uid !== undefined ? String(event.uid) : `événement ${index + 1}`;
    const record: EventRecord | null = problems.length ? null : {
      title: title!, type: "AUTRE", description: description?.slice(0, 5000) ?? null, sessions,
      place: {
        address: [location.name, location.address].filter(Boolean).join(", ") || null,
        insee: location.insee ?? null, postalCode: location.postalCode ?? null, city: location.city ?? null,
      },
      leadSiren: null, registrationUrl: registration, capacity: null,
      accessibility: [...new Set(flags.map((flag) => OPENAGENDA_ACCESSIBILITY[flag]).filter((value): value is Accessibility => !!value))],
      accessibilityNote: flags.map((flag) => OPENAGENDA_ACCESSIBILITY_NOTE[flag]).filter(Boolean).join(". ") || null,
      cancelled: event.status === 6,
    };
    return { key, label: title ?? `Événement ${index + 1}`, record, problems };
  });
}

// ─── iCalendar ──────────────────────────────────────────────────────────────

/** A time of the feed on the Paris wall clock: UTC and other zones converted, floating and Paris times taken as they are. */
function parisLocalOf(time: ICAL.Time): string {
  const zone = time.zone?.tzid;
  if (time.isDate) return `${time.toString()}T00:00`;
  if (!zone || zone === "floating" || zone === PARIS) {
    const pad = (value: number) => String(value).padStart(2, "0");
    return `${time.year}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}`;
  }
  return instantToParisLocal(time.toJSDate());
}

const MAX_SESSIONS = 20;

/** « 12 rue Paul Bert, 62300 Lens »: the postal code and commune that end a LOCATION. */
function placeOfLocation(location: string | null): SourcePlace {
  const match = location?.match(/^(.*?)[,\s]+(\d{5})\s+([^,\d][^,]*)$/);
  return match
    ? { address: match[1].trim() || null, insee: null, postalCode: match[2], city: match[3].trim() }
    : { address: location, insee: null, postalCode: null, city: null };
}

/**
 * The events of an iCalendar feed (RFC 5545): a recurring event (RRULE,
 * RDATE, EXDATE) is one event whose sessions are its occurrences within the
 * edition's days; an instance modified by RECURRENCE-ID replaces its
 * occurrence, and dropped when cancelled; STATUS:CANCELLED cancels the event.
 * @throws SourceError
 */
export function readICalendar(text: string, window: Window): SourceRow<EventRecord>[] {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text.replace(/^\uFEFF/, "")) as unknown[]);
  } catch (error) {
    throw new SourceError(`Le calendrier iCalendar est illisible : ${(error as Error).message}`);
  }
  // ical.js resolves TZIDs through one registry for the whole process: a
  // feed's zones are registered while it is read, then removed, so that one
  // feed's definitions never apply to another's.
  const registered: string[] = [];
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    const tzid = String(zone.getFirstPropertyValue("tzid"));
    if (!ICAL.TimezoneService.has(tzid)) {
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
      registered.push(tzid);
    }
  }
  try {
    return eventsOfCalendar(calendar, window);
  } finally {
    for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
  }
}

function eventsOfCalendar(calendar: ICAL.Component, window: Window): SourceRow<EventRecord>[] {
  const components = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  const masters = components.filter((event) => !event.isRecurrenceException());
  for (const exception of components.filter((event) => event.isRecurrenceException())) {
    masters.find((master) => master.uid === exception.uid)?.relateException(exception);
  }
  const windowEnd = DateTime.fromISO(window.last, { zone: PARIS }).plus({ days: 1 }).toFormat("yyyy-LL-dd'T'HH:mm");
  const windowStart = `${window.first}T00:00`;
  return masters.map((event, index) => {
    const problems: RowProblem[] = [];
    const title = event.summary?.trim() || null;
    if (!title) problems.push({ field: "SUMMARY", message: "Propriété SUMMARY : le titre manque." });
    const sessions: { start: string; end: string }[] = [];
    if (!event.startDate) problems.push({ field: "DTSTART", message: "Propriété DTSTART : la date manque." });
    else if (event.isRecurring()) {
      const iterator = event.iterator();
      // Bounded: a feed may repeat an event forever.
      for (let next = iterator.next(), steps = 0; next && steps < 1000; next = iterator.next(), steps += 1) {
        const occurrence = event.getOccurrenceDetails(next);
        const start = parisLocalOf(occurrence.startDate);
        if (start >= windowEnd) break;
        if (start < windowStart) continue;
        if (String(occurrence.item.component.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED") continue;
        sessions.push({ start, end: parisLocalOf(occurrence.endDate) });
      }
      if (!sessions.length) problems.push({ field: "RRULE", message: `Propriété RRULE : aucune occurrence du ${window.first} au ${window.last}, les jours de l'édition.` });
      if (sessions.length > MAX_SESSIONS) problems.push({ field: "RRULE", message: `Propriété RRULE : ${sessions.length} occurrences pendant l'édition, vingt séances au plus.` });
    } else {
      sessions.push({ start: parisLocalOf(event.startDate), end: parisLocalOf(event.endDate) });
    }
    const url = String(event.component.getFirstPropertyValue("url") ?? "") || null;
    const record: EventRecord | null = problems.length ? null : {
      title: title!, type: "AUTRE", description: event.description?.trim().slice(0, 5000) || null, sessions,
      place: placeOfLocation(event.location?.trim() || null),
      leadSiren: null, registrationUrl: url && isWebAddress(url) ? url : null, capacity: null,
      accessibility: [], accessibilityNote: null,
      cancelled: String(event.component.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED",
    };
    return { key: event.uid || `événement ${index + 1}`, label: title ?? `Événement ${index + 1}`, record, problems };
  });
}

