// The preview of an import: every row of the source classified as it would be
// written — NEW, UPDATE of a record it names, POSSIBLE_DUPLICATE of a record
// it resembles, or INVALID — with its reasons in French. The rules that refuse
// an event (sessions within the edition, a known commune and organiser) are
// applied here, so that a refused row shows before anything is confirmed.
import { Prisma, type Edition as EditionRow } from "../generated/prisma/client.ts";
import type { ImportFormat, ImportRowClass } from "../generated/prisma/enums.ts";
import { DomainError } from "../core/errors.ts";
import { isValidSiren } from "../actors/siren.ts";
import { frenchDay, resolveSessions } from "../events/event.service.ts";
import { searchWords } from "../territories/territory.search.ts";
import type { Accessibility, EventType, LegalForm, Sector } from "../generated/prisma/enums.ts";
import type { EventRecord, OrganisationRecord, SourcePlace, SourceRow } from "./import.sources.ts";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/** An event as it would be written (the shape of CreateEventInput's fields). */
export interface PreparedEvent {
  title: string;
  type: EventType;
  description: string | null;
  address: string;
  commune: string;
  sessions: { start: string; end: string }[];
  leadId: string;
  registrationUrl: string | null;
  capacity: number | null;
  accessibility: Accessibility[];
  accessibilityNote: string | null;
  cancelled: boolean;
}

/** An organisation as it would be written. */
export interface PreparedOrganisation {
  name: string;
  siren: string | null;
  legalForm: LegalForm | null;
  address: string | null;
  commune: string | null;
  sectors: Sector[];
  headcount: number | null;
  headcountYear: number | null;
  publicEmail: string | null;
  publicPhone: string | null;
  website: string | null;
}

export interface PreviewRow {
  position: number;
  sourceKey: string;
  label: string;
  class: ImportRowClass;
  reasons: string[];
  matchedId: string | null;
  matchedLabel: string | null;
  matchedFromSource: boolean;
  record: PreparedEvent | PreparedOrganisation | null;
}

/** Where a source is: its kind and its file name or URL. */
export interface SourceIdentity {
  format: ImportFormat;
  name: string;
}

interface CommuneRow {
  id: number;
  code: string;
  name: string;
  postal_codes: string[];
}

const simplified = (text: string) => searchWords(text).join(" ");

/** The communes the rows' places name, in one statement. */
async function communesOf(db: Db, places: SourcePlace[]): Promise<CommuneRow[]> {
  const codes = [...new Set(places.map((place) => place.insee).filter((code): code is string => !!code))];
  const postalCodes = [...new Set(places.map((place) => place.postalCode).filter((code): code is string => !!code))];
  if (!codes.length && !postalCodes.length) return [];
  return db.$queryRaw<CommuneRow[]>`
    SELECT id, code, name, postal_codes FROM territory
     WHERE kind = 'COMMUNE' AND retired_at IS NULL AND (code = ANY(${codes}::text[]) OR postal_codes && ${postalCodes}::text[])`;
}

/** The commune of a place: by INSEE code, or by postal code and name; a French reason when none or several. */
function communeOfPlace(place: SourcePlace, communes: CommuneRow[], column: { insee: string; postal: string }): CommuneRow | string | null {
  if (place.insee) {
    return communes.find((commune) => commune.code === place.insee) ?? `${column.insee} : aucune commune n'a le code INSEE « ${place.insee} ».`;
  }
  if (!place.postalCode) return place.city ? `${column.postal} : le code postal manque pour situer « ${place.city} ».` : null;
  const byPostalCode = communes.filter((commune) => commune.postal_codes.includes(place.postalCode!));
  if (!byPostalCode.length) return `${column.postal} : aucune commune n'a le code postal « ${place.postalCode} ».`;
  if (byPostalCode.length === 1 && !place.city) return byPostalCode[0];
  const named = byPostalCode.filter((commune) => place.city && simplified(commune.name) === simplified(place.city));
  if (named.length === 1) return named[0];
  if (byPostalCode.length === 1) return byPostalCode[0];
  return `${column.postal} : plusieurs communes ont le code postal « ${place.postalCode} » (${byPostalCode.map((commune) => commune.name).join(", ")}) ; précisez le nom de la commune ou son code INSEE.`;
}

/** The records a source's earlier imports wrote, by their key in it. One statement. */
async function formerlyImported(db: Db, entity: "Event" | "Organisation", scope: string, source: SourceIdentity, keys: string[]) {
  const table = entity === "Event" ? Prisma.sql`event` : Prisma.sql`organisation`;
  const label = entity === "Event" ? Prisma.sql`x.title` : Prisma.sql`x.name`;
  const rows = await db.$queryRaw<{ source_key: string; id: string; label: string }[]>`
    SELECT r.source_key, x.id, ${label} AS label FROM imported_record r JOIN ${table} x ON x.id = r.entity_id
     WHERE r.entity_type = ${entity} AND r.scope = ${scope} AND r.source_name = ${source.name} AND r.source_key = ANY(${keys}::text[])`;
  return new Map(rows.map((row) => [row.source_key, row]));
}

const invalid = (position: number, row: SourceRow<unknown>, reasons: string[]): PreviewRow => ({
  position, sourceKey: row.key, label: row.label, class: "INVALID", reasons, matchedId: null, matchedLabel: null, matchedFromSource: false, record: null,
});

/**
 * Classifies the events of a source for an edition. An event whose source
 * names no organiser is led by `leadOrganisationId`.
 */
export async function previewEvents(
  db: Db, edition: EditionRow, rows: SourceRow<EventRecord>[], source: SourceIdentity, leadOrganisationId: string | null,
): Promise<PreviewRow[]> {
  const communes = await communesOf(db, rows.flatMap((row) => (row.record ? [row.record.place] : [])));
  const sirens = [...new Set(rows.flatMap((row) => (row.record?.leadSiren ? [row.record.leadSiren] : [])))];
  const leads = new Map((await db.$queryRaw<{ id: string; siren: string }[]>`
    SELECT id, siren FROM organisation WHERE siren = ANY(${sirens}::text[])`).map((row) => [row.siren, row.id]));
  const former = await formerlyImported(db, "Event", edition.id, source, rows.map((row) => row.key));
  const seen = new Map<string, number>();
  const preview: PreviewRow[] = [];
  const candidates: { index: number; communeId: number; communeName: string; prepared: PreparedEvent }[] = [];
  for (const [index, row] of rows.entries()) {
    const position = index + 1;
    const record = row.record;
    if (!record) {
      preview.push(invalid(position, row, row.problems.map((problem) => problem.message)));
      continue;
    }
    const reasons: string[] = [];
    const earlier = seen.get(row.key);
    if (earlier !== undefined) reasons.push(`Identifiant : « ${row.key} » est déjà celui de l'événement n° ${earlier} du fichier.`);
    seen.set(row.key, position);
    if (record.title.length < 3 || record.title.length > 200) reasons.push("Titre : il doit compter entre 3 et 200 caractères.");
    const commune = communeOfPlace(record.place, communes, { insee: "Code INSEE", postal: "Code postal" });
    if (typeof commune === "string") reasons.push(`Lieu — ${commune}`);
    else if (!commune) reasons.push("Lieu : la commune manque (code INSEE, ou code postal et commune).");
    let leadId = leadOrganisationId;
    if (record.leadSiren) {
      leadId = leads.get(record.leadSiren) ?? null;
      if (!leadId) reasons.push(`Organisateur (SIREN) : aucune organisation connue n'a le SIREN « ${record.leadSiren} ».`);
    } else if (!leadId) reasons.push("Organisateur : la source n'en nomme pas ; choisissez l'organisateur des événements importés.");
    // The edition's own rules on sessions (within its days, end after start, three days at most).
    try {
      resolveSessions(edition, record.sessions);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const session = Number(error.field?.split(".")[1] ?? 0) + 1;
      reasons.push(`${record.sessions.length > 1 ? `Séance ${session}` : "Date"} : ${error.message}`);
    }
    const match = former.get(row.key);
    if (record.cancelled && !match) reasons.push("Statut : l'événement est annulé dans la source ; il n'est pas importé.");
    if (reasons.length || typeof commune === "string" || !commune) {
      preview.push(invalid(position, row, reasons));
      continue;
    }
    const prepared: PreparedEvent = {
      title: record.title, type: record.type, description: record.description, address: record.place.address ?? commune.name,
      commune: commune.code, sessions: record.sessions, leadId: leadId!, registrationUrl: record.registrationUrl, capacity: record.capacity,
      accessibility: record.accessibility, accessibilityNote: record.accessibilityNote, cancelled: record.cancelled,
    };
    if (match) {
      preview.push({
        position, sourceKey: row.key, label: row.label, class: "UPDATE", record: prepared, matchedId: match.id, matchedLabel: match.label, matchedFromSource: true,
        reasons: [`Déjà importé de cette source (${row.key}) : « ${match.label} » sera mis à jour${record.cancelled ? " et annulé" : ""}.`],
      });
      continue;
    }
    // Compared with the edition's events below, a batch at a time.
    candidates.push({ index: preview.length, communeId: commune.id, communeName: commune.name, prepared });
    preview.push({ position, sourceKey: row.key, label: row.label, class: "NEW", record: prepared, matchedId: null, matchedLabel: null, matchedFromSource: false, reasons: [] });
  }
  for (let start = 0; start < candidates.length; start += MATCH_BATCH) {
    const batch = candidates.slice(start, start + MATCH_BATCH);
    const similar = await similarEvents(db, edition.id, batch);
    for (const candidate of batch) {
      const match = similar.get(candidate.index);
      if (!match) continue;
      preview[candidate.index] = {
        ...preview[candidate.index], class: "POSSIBLE_DUPLICATE", matchedId: match.id, matchedLabel: match.title,
        reasons: [`Titre proche de « ${match.title} » (ressemblance ${Math.round(match.score * 100)} %), le ${frenchDay(match.day)} à ${candidate.communeName}.`],
      };
    }
  }
  return preview;
}

/** How alike two titles must be (pg_trgm's similarity) to ask the animator. */
const SIMILAR_TITLE = 0.45;

/**
 * Rows compared with the records in one statement: the preview of a source
 * of any length costs a fixed number of statements per this many rows.
 */
const MATCH_BATCH = 500;

/**
 * For each candidate (by its index), the event of the edition in the same
 * commune, on a day of one of its sessions, whose title resembles its title
 * most. Titles made of the same words in another order score alike (pg_trgm
 * compares sets of trigrams), so among equals the very title wins, then the
 * oldest event: the one the others were likely copied from. One statement
 * for the batch.
 */
async function similarEvents(db: Db, editionId: string, candidates: { index: number; communeId: number; prepared: PreparedEvent }[]) {
  if (!candidates.length) return new Map<number, { id: string; title: string; score: number; day: string }>();
  const days = candidates.flatMap((candidate) => candidate.prepared.sessions.map((session) => ({ index: candidate.index, day: session.start.slice(0, 10) })));
  const rows = await db.$queryRaw<{ index: number; id: string; title: string; score: number; day: string }[]>`
    WITH c AS (SELECT * FROM unnest(${candidates.map((c) => c.index)}::int[], ${candidates.map((c) => c.prepared.title)}::text[],
                                    ${candidates.map((c) => c.communeId)}::int[]) AS c(index, title, commune_id)),
         d AS (SELECT * FROM unnest(${days.map((d) => d.index)}::int[], ${days.map((d) => d.day)}::date[]) AS d(index, day)),
         m AS (
      SELECT c.index, e.id, e.title, similarity(lower(e.title), lower(c.title))::float8 AS score,
             lower(e.title) = lower(c.title) AS same_title, e.created_at,
             min(to_char(s.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD')) AS day
        FROM c JOIN event e ON e.edition_id = ${editionId} AND e.commune_id = c.commune_id AND e.status <> 'CANCELLED'
               JOIN event_session s ON s.event_id = e.id
       WHERE EXISTS (SELECT 1 FROM d WHERE d.index = c.index AND d.day = (s.starts_at AT TIME ZONE 'Europe/Paris')::date)
         AND similarity(lower(e.title), lower(c.title)) >= ${SIMILAR_TITLE}
       GROUP BY c.index, c.title, e.id, e.title)
    SELECT DISTINCT ON (index) index, id, title, score, day FROM m ORDER BY index, score DESC, same_title DESC, created_at, id`;
  return new Map(rows.map((row) => [row.index, row]));
}

// Words of a legal form or a link word, left out when two names are compared:
// « Association La Fabrique » and « LA FABRIQUE (asso.) » are one name.
const NAME_NOISE = new Set([
  "association", "asso", "assoc", "scop", "scic", "sarl", "sas", "sasu", "sa", "eurl", "sci", "gie", "cooperative", "coop", "fondation",
  "mutuelle", "federation", "loi", "1901", "la", "le", "les", "l", "de", "du", "des", "d", "et",
]);

/** A name without accents, case, punctuation nor legal-form words. */
export function nameKey(name: string): string {
  return searchWords(name).filter((word) => !NAME_NOISE.has(word)).join(" ");
}

/** Classifies the organisations of a source. */
export async function previewOrganisations(db: Db, rows: SourceRow<OrganisationRecord>[], source: SourceIdentity): Promise<PreviewRow[]> {
  const communes = await communesOf(db, rows.flatMap((row) => (row.record ? [row.record.place] : [])));
  const sirens = [...new Set(rows.flatMap((row) => (row.record?.siren ? [row.record.siren] : [])))];
  const bySiren = new Map((await db.$queryRaw<{ id: string; name: string; siren: string }[]>`
    SELECT id, name, siren FROM organisation WHERE siren = ANY(${sirens}::text[])`).map((row) => [row.siren, row]));
  const former = await formerlyImported(db, "Organisation", "", source, rows.map((row) => row.key));
  const sirenSeen = new Map<string, string>();
  const preview: PreviewRow[] = [];
  const candidates: { index: number; key: string; communeId: number | null; communeName: string | null }[] = [];
  for (const [index, row] of rows.entries()) {
    const position = index + 1;
    const record = row.record;
    if (!record) {
      preview.push(invalid(position, row, row.problems.map((problem) => problem.message)));
      continue;
    }
    const reasons: string[] = [];
    if (record.siren && !isValidSiren(record.siren)) reasons.push(`SIREN : « ${record.siren} » n'existe pas, sa clé de contrôle est fausse.`);
    if (record.siren && sirenSeen.has(record.siren)) reasons.push(`SIREN : « ${record.siren} » est déjà celui de la ${sirenSeen.get(record.siren)} du fichier.`);
    if (record.siren) sirenSeen.set(record.siren, row.key);
    const commune = communeOfPlace(record.place, communes, { insee: "Code INSEE", postal: "Code postal" });
    if (typeof commune === "string") reasons.push(commune);
    if (reasons.length) {
      preview.push(invalid(position, row, reasons));
      continue;
    }
    const place = commune as CommuneRow | null;
    const prepared: PreparedOrganisation = {
      name: record.name, siren: record.siren, legalForm: record.legalForm, address: record.address, commune: place?.code ?? null,
      sectors: record.sectors, headcount: record.headcount, headcountYear: record.headcountYear,
      publicEmail: record.publicEmail, publicPhone: record.publicPhone, website: record.website,
    };
    const base = { position, sourceKey: row.key, label: row.label, record: prepared };
    const sameSiren = record.siren ? bySiren.get(record.siren) : undefined;
    const earlier = former.get(row.key);
    if (sameSiren) {
      preview.push({
        ...base, class: "UPDATE", matchedId: sameSiren.id, matchedLabel: sameSiren.name, matchedFromSource: earlier?.id === sameSiren.id,
        reasons: [`Même SIREN (${record.siren}) que « ${sameSiren.name} », qui sera mise à jour.`],
      });
      continue;
    }
    if (earlier) {
      preview.push({
        ...base, class: "UPDATE", matchedId: earlier.id, matchedLabel: earlier.label, matchedFromSource: true,
        reasons: [`Déjà importée de cette source (${row.key}) : « ${earlier.label} » sera mise à jour.`],
      });
      continue;
    }
    // Compared with the known organisations below, a batch at a time.
    const key = nameKey(record.name);
    if (key) candidates.push({ index: preview.length, key, communeId: place?.id ?? null, communeName: place?.name ?? null });
    preview.push({ ...base, class: "NEW", matchedId: null, matchedLabel: null, matchedFromSource: false, reasons: [] });
  }
  for (let start = 0; start < candidates.length; start += MATCH_BATCH) {
    const batch = candidates.slice(start, start + MATCH_BATCH);
    const alike = await sameNamedOrganisations(db, batch);
    for (const candidate of batch) {
      const match = alike.get(candidate.index);
      if (!match) continue;
      preview[candidate.index] = {
        ...preview[candidate.index], class: "POSSIBLE_DUPLICATE", matchedId: match.id, matchedLabel: match.name,
        reasons: [candidate.communeName
          ? `Même nom que « ${match.name} » (accents, majuscules, ponctuation et forme juridique mis à part), à ${candidate.communeName}.`
          : `Même nom que « ${match.name} » (accents, majuscules, ponctuation et forme juridique mis à part) ; la commune n'est pas précisée.`],
      };
    }
  }
  return preview;
}

/**
 * For each candidate (by its index), a known organisation of the same name
 * (nameKey) in the same commune, or anywhere when the commune is not given.
 * One statement for the batch.
 */
async function sameNamedOrganisations(db: Db, candidates: { index: number; key: string; communeId: number | null }[]) {
  if (!candidates.length) return new Map<number, { id: string; name: string }>();
  // The trigram index narrows each row's candidates (20 at most); the name key decides.
  const rows = await db.$queryRaw<{ index: number; id: string; name: string }[]>`
    SELECT c.index, o.id, o.name
      FROM unnest(${candidates.map((c) => c.index)}::int[], ${candidates.map((c) => c.key)}::text[], ${candidates.map((c) => c.communeId)}::int[])
           AS c(index, key, commune_id)
     CROSS JOIN LATERAL (
       SELECT id, name, word_similarity(c.key, search_text) AS score FROM organisation
        WHERE c.key <% search_text AND (c.commune_id IS NULL OR commune_id = c.commune_id)
        ORDER BY score DESC, id LIMIT 20) o
     ORDER BY c.index, o.score DESC, o.id`;
  const keys = new Map(candidates.map((candidate) => [candidate.index, candidate.key]));
  const found = new Map<number, { id: string; name: string }>();
  for (const row of rows) if (!found.has(row.index) && nameKey(row.name) === keys.get(row.index)) found.set(row.index, { id: row.id, name: row.name });
  return found;
}
