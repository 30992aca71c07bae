// Imports of events into an edition and of organisations into the platform:
// started by an animator (a file's text, or a URL the job fetches), read by a
// job into a preview (import.preview.ts), then confirmed — every row in one
// transaction, through the events' and the actors' own write paths, audited,
// each record keeping where it came from (imported_record) so that the next
// import of the same source updates it instead of adding another.
import type { DataImport, ImportRow, Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { DuplicateChoice, ImportFormat, ImportKind, ImportRowClass } from "../generated/prisma/enums.ts";
import { DomainError, badInput, notFound } from "../core/errors.ts";
import { enqueueJob, type JobWriter } from "../core/jobs.ts";
import { writeTransaction } from "../core/transactions.ts";
import { recordAudit } from "../core/audit.ts";
import type { Viewer } from "../core/viewer.ts";
import type { Logger } from "../core/logger.ts";
import { requireViewer } from "../core/access.ts";
import { auditScope, changeEvent, insertEvent, requireEdition, type EditionRow } from "../events/event.service.ts";
import { changeOrganisation, insertOrganisation } from "../actors/organisation.service.ts";
import { searchWords } from "../territories/territory.search.ts";
import { decodeCursor, encodeCursor, pageSize, type Page } from "../core/pagination.ts";
import { DateTime } from "luxon";
import { assertMayHandleImport, assertMayImportEvents, assertMayImportOrganisations, mayListEveryImport, type ImportStanding } from "./import.access.ts";
import { SourceError, readEventCsv, readICalendar, readOpenAgenda, readOrganisationCsv } from "./import.sources.ts";
import { PRIVATE_ADDRESS_MESSAGE, checkHost, fetchFeed } from "./import.fetch.ts";
import { previewEvents, previewOrganisations, type PreparedEvent, type PreparedOrganisation, type PreviewRow } from "./import.preview.ts";

type Tx = Prisma.TransactionClient;

/** The queue's task that reads an import into its preview. */
export const IMPORT_TASK = "import-read";
/** The queue's task that re-imports a daily feed. */
export const FEED_TASK = "import-feed";

/** An uploaded file's text, at most (a month's programme is a few hundred kB). */
export const MAX_UPLOAD_CHARS = 2_000_000;
/** Rows of a source, at most. */
export const MAX_ROWS = 5000;
const DAY_MS = 24 * 3600 * 1000;

export interface StartImportRequest {
  kind: ImportKind;
  format: ImportFormat;
  edition?: string | null;
  leadOrganisation?: string | null;
  fileName?: string | null;
  content?: string | null;
  url?: string | null;
  daily?: boolean | null;
}

const standingOf = (imp: DataImport, edition: EditionRow | null): ImportStanding => ({ kind: imp.kind, accountId: imp.accountId, edition });

/**
 * Starts an import: records it and queues its reading, in one transaction.
 * @throws UNAUTHENTICATED; FORBIDDEN (import.access.ts); BAD_USER_INPUT
 * naming the field (no file nor URL, both, too large, not http(s), a host
 * that does not exist or lies in a private network, unknown
 * edition or organiser, a daily re-import without URL, a format that does not
 * fit the kind).
 */
export async function startImport(prisma: PrismaClient, viewer: Viewer | null, request: StartImportRequest): Promise<DataImport> {
  requireViewer(viewer);
  const hasContent = request.content !== undefined && request.content !== null;
  const hasUrl = !!request.url;
  if (hasContent === hasUrl) throw badInput(hasContent ? "url" : "content", "Choisissez un fichier ou une adresse web, l'un des deux.");
  if (hasContent && request.content!.length > MAX_UPLOAD_CHARS) {
    throw badInput("content", `Ce fichier est trop volumineux : ${Math.round(MAX_UPLOAD_CHARS / 1_000_000)} Mo au plus.`);
  }
  if (hasContent && !request.content!.trim()) throw badInput("content", "Ce fichier est vide.");
  if (hasUrl) await checkFeedUrl(request.url!);
  if (request.daily && !hasUrl) throw badInput("daily", "Seule une adresse web peut être réimportée chaque jour.");
  if (request.kind === "ORGANISATIONS" && request.format !== "CSV") throw badInput("format", "Les organisations s'importent d'un fichier CSV.");
  return writeTransaction(prisma, async (tx) => {
    let author: Viewer;
    let editionId: string | null = null;
    if (request.kind === "EVENTS") {
      if (!request.edition) throw badInput("edition", "Choisissez l'édition où importer les événements.");
      const edition = await requireEdition(tx, request.edition, "edition");
      author = assertMayImportEvents(viewer, edition);
      editionId = edition.id;
      if (request.leadOrganisation && !(await tx.organisation.findUnique({ where: { id: request.leadOrganisation }, select: { id: true } }))) {
        throw badInput("leadOrganisation", `Aucune organisation n'a l'identifiant « ${request.leadOrganisation} ».`);
      }
    } else {
      author = assertMayImportOrganisations(viewer);
    }
    const imp = await tx.dataImport.create({
      data: {
        kind: request.kind, format: request.format, editionId, leadOrganisationId: request.kind === "EVENTS" ? request.leadOrganisation ?? null : null,
        fileName: hasContent ? (request.fileName?.trim() || "fichier").slice(0, 200) : null, url: hasUrl ? request.url!.trim() : null,
        content: hasContent ? request.content! : null, daily: !!request.daily, accountId: author.accountId,
      },
    });
    await enqueueJob(tx, IMPORT_TASK, { importId: imp.id }, { maxAttempts: 3 });
    return imp;
  });
}

/** @throws BAD_USER_INPUT (url): not http(s), an unknown host, or one with an address of a private network (import.fetch.ts) */
async function checkFeedUrl(url: string): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw badInput("url", "Adresse web attendue, commençant par https://.");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw badInput("url", "Seules les adresses http:// et https:// sont lues.");
  const host = await checkHost(parsed);
  if (!host.ok) throw badInput("url", host.reason === "private" ? PRIVATE_ADDRESS_MESSAGE : `Le nom « ${parsed.hostname} » n'existe pas : vérifiez l'adresse.`);
  return parsed;
}

/** The import, if the viewer may handle it. @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND */
export async function requireImport(db: Pick<PrismaClient, "dataImport" | "edition">, viewer: Viewer | null, id: string, field = "id"): Promise<DataImport> {
  const imp = /^[0-9a-f-]{36}$/i.test(id) ? await db.dataImport.findUnique({ where: { id } }) : null;
  if (!imp) throw new DomainError("NOT_FOUND", `Aucun import n'a l'identifiant « ${id} ».`, field);
  const edition = imp.editionId ? await db.edition.findUnique({ where: { id: imp.editionId } }) : null;
  assertMayHandleImport(viewer, standingOf(imp, edition));
  return imp;
}

/** An import with its author's name, for the lists. */
export type ImportWithAuthor = DataImport & { authorName?: string };

/** Imports listed, at most: the newest. */
export const MAX_LISTED_IMPORTS = 100;

/**
 * The past imports of an edition (events) or of organisations, newest first,
 * with their authors' names; two statements. Those of an edition for whoever
 * may import into it; of organisations, a platform admin's all of them, an
 * animator's their own (import.access.ts).
 * @throws UNAUTHENTICATED; FORBIDDEN; BAD_USER_INPUT (edition)
 */
export async function listImports(prisma: PrismaClient, viewer: Viewer | null, kind: ImportKind, editionId: string | null | undefined): Promise<ImportWithAuthor[]> {
  let where: Prisma.DataImportWhereInput;
  if (kind === "EVENTS") {
    if (!editionId) throw badInput("edition", "Choisissez l'édition dont lister les imports.");
    const edition = await requireEdition(prisma, editionId, "edition");
    assertMayImportEvents(viewer, edition);
    where = { kind, editionId: edition.id };
  } else {
    const author = assertMayImportOrganisations(viewer);
    where = mayListEveryImport(author) ? { kind } : { kind, accountId: author.accountId };
  }
  const imports = await prisma.dataImport.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: MAX_LISTED_IMPORTS });
  const names = await authorNames(prisma, imports.map((imp) => imp.accountId));
  return imports.map((imp) => ({ ...imp, authorName: names.get(imp.accountId) ?? "compte supprimé" }));
}

/** Accounts' display names, in one statement. */
export async function authorNames(prisma: Pick<PrismaClient, "$queryRaw">, accountIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(accountIds)];
  if (!ids.length) return new Map();
  const rows = await prisma.$queryRaw<{ id: string; name: string }[]>`
    SELECT id::text, COALESCE(NULLIF(display_name, ''), email) AS name FROM account WHERE id = ANY(${ids}::uuid[])`;
  return new Map(rows.map((row) => [row.id, row.name]));
}

export type ImportRowRecord = ImportRow;

/** The rows of a preview in source order, of some classes. @throws BAD_USER_INPUT (after) */
export async function previewRows(
  prisma: PrismaClient, importId: string, classes: ImportRowClass[] | undefined, page: { first?: number | null; after?: string | null },
): Promise<Page<ImportRow>> {
  const size = pageSize(page.first);
  const after = page.after ? decodeCursor<[number]>(page.after, ["number"])[0] : 0;
  const where: Prisma.ImportRowWhereInput = { importId, ...(classes?.length ? { class: { in: classes } } : {}) };
  const rows = await prisma.importRow.findMany({ where: { ...where, position: { gt: after } }, orderBy: { position: "asc" }, take: size + 1 });
  return {
    nodes: rows.slice(0, size),
    hasNextPage: rows.length > size,
    hasPreviousPage: after > 0,
    cursorOf: (row) => encodeCursor([row.position]),
    totalCount: () => prisma.importRow.count({ where }),
  };
}

/** A row in short, in French: its sessions and commune, or its SIREN and commune. */
export function rowSummary(row: ImportRow): string | null {
  const record = row.record as Partial<PreparedEvent & PreparedOrganisation> | null;
  if (!record || !Object.keys(record).length) return null;
  const parts: string[] = [];
  if (record.sessions) {
    const sessions = record.sessions.map((session) => DateTime.fromISO(session.start).setLocale("fr").toFormat("d LLL yyyy HH'h'mm"));
    parts.push(sessions.length > 3 ? `${sessions.slice(0, 3).join(", ")}… (${sessions.length} séances)` : sessions.join(", "));
  }
  if (record.siren) parts.push(`SIREN ${record.siren}`);
  if (record.commune) parts.push(`commune ${record.commune}`);
  if (record.cancelled) parts.push("annulé dans la source");
  return parts.join(" · ") || null;
}

/** What an import wrote so far: created (a new record) or updated (the matched one). One statement. */
export async function writtenOutcome(prisma: PrismaClient, importId: string): Promise<ImportOutcome> {
  const [row] = await prisma.$queryRaw<{ created: number; updated: number; skipped: number }[]>`
    SELECT count(*) FILTER (WHERE written_id IS NOT NULL AND written_id IS DISTINCT FROM matched_id)::int AS created,
           count(*) FILTER (WHERE written_id IS NOT NULL AND written_id = matched_id)::int AS updated,
           count(*) FILTER (WHERE written_id IS NULL)::int AS skipped
      FROM import_row WHERE import_id = ${importId}::uuid`;
  return row;
}

/** Rows by class, for the summary. */
export async function classCounts(prisma: PrismaClient, importId: string): Promise<Record<ImportRowClass, number>> {
  const counts: Record<ImportRowClass, number> = { NEW: 0, UPDATE: 0, POSSIBLE_DUPLICATE: 0, INVALID: 0 };
  for (const group of await prisma.importRow.groupBy({ by: ["class"], where: { importId }, _count: { _all: true } })) counts[group.class] = group._count._all;
  return counts;
}

// ─── Reading (the job) ──────────────────────────────────────────────────────

const sourceName = (imp: Pick<DataImport, "url" | "fileName">) => imp.url ?? imp.fileName ?? "fichier";

/** The viewer an import's writes are made by: its author's account, with its roles now. */
async function authorOf(prisma: PrismaClient, accountId: string): Promise<Viewer | null> {
  const rows = await prisma.$queryRaw<{ email: string; display_name: string; roles: Viewer["roles"] }[]>`
    SELECT a.email, a.display_name,
           COALESCE((SELECT json_agg(json_build_object('grantId', g.id, 'role', g.role, 'cotessId', g.cotess_id, 'maisonId', g.maison_id,
                                                       'organisationId', g.organisation_id, 'territoryId', g.territory_id))
                       FROM role_grant g WHERE g.account_id = a.id), '[]'::json) AS roles
      FROM account a WHERE a.id = ${accountId}::uuid AND a.disabled_at IS NULL`;
  const row = rows[0];
  return row ? { accountId, email: row.email, displayName: row.display_name, sessionId: "", roles: row.roles } : null;
}

/** Rows written per statement, and progress reported that often. */
const CHUNK = 200;

/**
 * Reads an import into its preview: fetches its URL, parses it, classifies
 * every row (progress in rowsRead / rowsTotal). A source that cannot be read
 * makes the import FAILED with the reason in French. A scheduled re-import
 * then commits by itself what needs nobody's review.
 */
export async function readImport(prisma: PrismaClient, importId: string, log: Logger): Promise<void> {
  const claimed = await prisma.dataImport.updateMany({ where: { id: importId, state: { in: ["QUEUED", "READING"] } }, data: { state: "READING", rowsRead: 0 } });
  if (!claimed.count) return; // Cancelled meanwhile, or already read by an earlier attempt.
  const imp = (await prisma.dataImport.findUnique({ where: { id: importId } }))!;
  const edition = imp.editionId ? await prisma.edition.findUnique({ where: { id: imp.editionId } }) : null;
  let preview: PreviewRow[];
  try {
    const text = imp.url ? await fetchFeed(imp.url) : imp.content ?? "";
    const source = { format: imp.format, name: sourceName(imp) };
    if (imp.kind === "EVENTS") {
      if (!edition) throw new SourceError("L'édition de cet import n'existe plus.");
      const window = { first: edition.startsOn.toISOString().slice(0, 10), last: edition.endsOn.toISOString().slice(0, 10) };
      const rows = imp.format === "CSV" ? readEventCsv(text) : imp.format === "OPENAGENDA" ? readOpenAgenda(text) : readICalendar(text, window);
      if (rows.length > MAX_ROWS) throw new SourceError(`La source compte ${rows.length} lignes : ${MAX_ROWS} au plus par import.`);
      await prisma.dataImport.update({ where: { id: imp.id }, data: { rowsTotal: rows.length } });
      preview = await previewEvents(prisma, edition, rows, source, imp.leadOrganisationId);
    } else {
      const rows = readOrganisationCsv(text);
      if (rows.length > MAX_ROWS) throw new SourceError(`La source compte ${rows.length} lignes : ${MAX_ROWS} au plus par import.`);
      await prisma.dataImport.update({ where: { id: imp.id }, data: { rowsTotal: rows.length } });
      preview = await previewOrganisations(prisma, rows, source);
    }
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    await prisma.dataImport.update({ where: { id: imp.id }, data: { state: "FAILED", failure: error.message, content: null } });
    log.info({ importId, failure: error.message }, "import source unreadable");
    return;
  }
  await prisma.importRow.deleteMany({ where: { importId } });
  for (let start = 0; start < preview.length; start += CHUNK) {
    const chunk = preview.slice(start, start + CHUNK);
    await prisma.importRow.createMany({ data: chunk.map((row) => ({ importId, ...row, record: (row.record ?? {}) as Prisma.InputJsonValue })) });
    await prisma.dataImport.update({ where: { id: importId }, data: { rowsRead: start + chunk.length } });
  }
  // The text is read: the preview holds what is needed. A scheduled
  // re-import shows its preview once it has written what needs no review.
  if (imp.scheduled) await commitScheduled(prisma, importId, log);
  await prisma.dataImport.updateMany({ where: { id: importId, state: "READING" }, data: { state: "PREVIEW", content: null, rowsTotal: preview.length, rowsRead: preview.length } });
}

// ─── Committing ─────────────────────────────────────────────────────────────

export interface ConfirmRequest {
  id: string;
  /** Positions of rows left out. */
  excluded?: number[] | null;
  /** For possible duplicates: what to do (SKIP unless said). */
  choices?: { position: number; choice: DuplicateChoice }[] | null;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  skipped: number;
}

/** What a row does once confirmed. */
function actionOf(row: ImportRow, excluded: Set<number>, choices: Map<number, DuplicateChoice>): "create" | "update" | null {
  if (row.writtenId || excluded.has(row.position)) return null;
  if (row.class === "NEW") return "create";
  if (row.class === "UPDATE") return "update";
  if (row.class === "POSSIBLE_DUPLICATE") {
    const choice = choices.get(row.position) ?? "SKIP";
    return choice === "CREATE" ? "create" : choice === "UPDATE" ? "update" : null;
  }
  return null;
}

/**
 * Confirms an import: writes its rows (but those excluded, the invalid ones
 * and the possible duplicates left to SKIP) in one transaction; any row the
 * rules refuse now cancels all of it, with the row named.
 * @throws UNAUTHENTICATED; FORBIDDEN; NOT_FOUND; CONFLICT (not in preview:
 * still being read, already committed or cancelled); BAD_USER_INPUT (a
 * choice for a row that is no possible duplicate; a row refused, `rows.<n>`).
 */
export async function confirmImport(prisma: PrismaClient, viewer: Viewer | null, request: ConfirmRequest): Promise<{ imp: DataImport; outcome: ImportOutcome }> {
  return writeTransaction(prisma, async (tx) => {
    await tx.$queryRaw`SELECT id FROM data_import WHERE id = ${/^[0-9a-f-]{36}$/i.test(request.id) ? request.id : "00000000-0000-0000-0000-000000000000"}::uuid FOR UPDATE`;
    const imp = await requireImport(tx, viewer, request.id);
    const author = requireViewer(viewer);
    if (imp.state !== "PREVIEW") throw stateConflict(imp);
    const rows = await tx.importRow.findMany({ where: { importId: imp.id }, orderBy: { position: "asc" } });
    const choices = new Map((request.choices ?? []).map((item) => [item.position, item.choice]));
    for (const [position] of choices) {
      const row = rows.find((candidate) => candidate.position === position);
      if (row?.class !== "POSSIBLE_DUPLICATE") throw badInput("choices", `La ligne n° ${position} n'est pas un doublon possible : rien à choisir.`);
    }
    const outcome = await commitRows(tx, author, imp, rows, new Set(request.excluded ?? []), choices);
    const committed = await tx.dataImport.update({ where: { id: imp.id }, data: { state: "COMMITTED", committedAt: new Date() } });
    await auditImport(tx, author, committed, outcome);
    if (committed.daily) await scheduleFeed(tx, committed);
    return { imp: committed, outcome };
  });
}

function stateConflict(imp: DataImport) {
  const words: Record<DataImport["state"], string> = {
    QUEUED: "est encore en lecture", READING: "est encore en lecture", PREVIEW: "attend sa confirmation",
    COMMITTED: "est déjà confirmé", CANCELLED: "a été annulé", FAILED: "a échoué",
  };
  return new DomainError("CONFLICT", `Cet import ${words[imp.state]}.`, "id", { reason: "IMPORT_STATE", state: imp.state });
}

async function auditImport(tx: Tx, author: Viewer, imp: DataImport, outcome: ImportOutcome) {
  const edition = imp.editionId ? await tx.edition.findUnique({ where: { id: imp.editionId } }) : null;
  await recordAudit(tx, author, {
    action: "CREATE", entityType: "DataImport", entityId: imp.id, ...(edition ? auditScope(edition) : {}),
    changes: { kind: imp.kind, format: imp.format, source: sourceName(imp), scheduled: imp.scheduled, ...outcome },
  });
}

/** Writes the rows to commit, with their provenance, in the caller's transaction. @throws BAD_USER_INPUT (rows.<n>) naming the row */
async function commitRows(
  tx: Tx, author: Viewer, imp: DataImport, rows: ImportRow[], excluded: Set<number>, choices: Map<number, DuplicateChoice>,
): Promise<ImportOutcome> {
  const edition = imp.editionId ? await requireEdition(tx, imp.editionId, "id") : null;
  const outcome: ImportOutcome = { created: 0, updated: 0, skipped: 0 };
  const takenIds = new Set<string>();
  const now = new Date();
  for (const row of rows) {
    const action = actionOf(row, excluded, choices);
    if (!action) {
      if (!row.writtenId) outcome.skipped += 1;
      continue;
    }
    let writtenId: string;
    try {
      writtenId = imp.kind === "EVENTS"
        ? await writeEvent(tx, author, edition!, row, action)
        : await writeOrganisation(tx, author, row, action, takenIds);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw badInput(`rows.${row.position}`, `${row.sourceKey.startsWith("ligne") ? `Ligne ${row.sourceKey.slice(6)}` : `« ${row.label} » (${row.sourceKey})`} : ${error.message} Rien n'a été importé.`, {
        reason: "ROW_REFUSED", position: row.position,
      });
    }
    outcome[action === "create" ? "created" : "updated"] += 1;
    await tx.importRow.update({ where: { importId_position: { importId: imp.id, position: row.position } }, data: { writtenId } });
    const entityType = imp.kind === "EVENTS" ? "Event" : "Organisation";
    const scope = imp.editionId ?? "";
    const provenance = { entityId: writtenId, format: imp.format, importId: imp.id, importedAt: now };
    await tx.importedRecord.upsert({
      where: { entityType_scope_sourceName_sourceKey: { entityType, scope, sourceName: sourceName(imp), sourceKey: row.sourceKey } },
      create: { entityType, scope, sourceName: sourceName(imp), sourceKey: row.sourceKey, ...provenance },
      update: provenance,
    });
  }
  return outcome;
}

async function writeEvent(tx: Tx, author: Viewer, edition: EditionRow, row: ImportRow, action: "create" | "update"): Promise<string> {
  const record = row.record as unknown as PreparedEvent;
  const fields = {
    title: record.title, description: record.description ?? undefined, venue: { address: record.address, commune: record.commune },
    sessions: record.sessions, registrationUrl: record.registrationUrl ?? undefined, capacity: record.capacity ?? undefined,
    accessibilityNote: record.accessibilityNote ?? undefined,
  };
  if (action === "create") {
    const { event, changes } = await insertEvent(tx, edition, {
      ...fields, edition: edition.id, type: record.type, accessibility: record.accessibility, coOrganisers: [{ organisation: record.leadId, role: "LEAD" }],
    }, "DRAFT");
    await recordAudit(tx, author, { action: "CREATE", entityType: "Event", entityId: event.id, ...auditScope(edition), changes: { ...changes, importId: row.importId } });
    return event.id;
  }
  const current = await tx.event.findUnique({ where: { id: row.matchedId! }, select: { version: true, status: true } });
  if (!current) throw notFound("event", row.matchedId!);
  const { written } = await changeEvent(tx, author, {
    id: row.matchedId!, version: current.version, ...fields,
    ...(record.accessibility.length ? { accessibility: record.accessibility } : {}),
    // A source cancels; it never brings back an event cancelled here.
    ...(record.cancelled && current.status !== "CANCELLED" ? { status: "CANCELLED" as const } : {}),
  });
  return written.event.id;
}

/** A new organisation's id from its name: « La Fabrique (asso.) » → la-fabrique-asso, then -2, -3… when taken. */
async function freshOrganisationId(tx: Tx, name: string, takenIds: Set<string>): Promise<string> {
  const base = searchWords(name).join("-").slice(0, 80).replace(/-+$/, "") || "organisation";
  const existing = new Set((await tx.organisation.findMany({ where: { id: { startsWith: base } }, select: { id: true } })).map((row) => row.id));
  let id = base;
  for (let suffix = 2; existing.has(id) || takenIds.has(id); suffix += 1) id = `${base}-${suffix}`;
  takenIds.add(id);
  return id;
}

async function writeOrganisation(tx: Tx, author: Viewer, row: ImportRow, action: "create" | "update", takenIds: Set<string>): Promise<string> {
  const record = row.record as unknown as PreparedOrganisation;
  // A cell left empty changes nothing: the source says less than the record.
  const given = Object.fromEntries(Object.entries({
    name: record.name, siren: record.siren, legalForm: record.legalForm, address: record.address, commune: record.commune,
    headcount: record.headcount, headcountYear: record.headcountYear, publicEmail: record.publicEmail, publicPhone: record.publicPhone, website: record.website,
  }).filter(([, value]) => value !== null)) as Record<string, unknown>;
  if (record.sectors.length) given.sectors = record.sectors;
  if (action === "create") {
    const id = await freshOrganisationId(tx, record.name, takenIds);
    return (await insertOrganisation(tx, author, { id, ...given, name: record.name })).id;
  }
  return (await changeOrganisation(tx, author, { id: row.matchedId!, ...given })).id;
}

/** Cancels an import not yet committed. @throws UNAUTHENTICATED; FORBIDDEN; NOT_FOUND; CONFLICT (committed) */
export async function cancelImport(prisma: PrismaClient, viewer: Viewer | null, id: string): Promise<DataImport> {
  return writeTransaction(prisma, async (tx) => {
    const imp = await requireImport(tx, viewer, id);
    if (imp.state === "COMMITTED" || imp.state === "CANCELLED") throw stateConflict(imp);
    return tx.dataImport.update({ where: { id }, data: { state: "CANCELLED", content: null } });
  });
}

// ─── Daily feeds ────────────────────────────────────────────────────────────

/** The queue's key of a feed: one waiting re-import per feed and destination. */
const feedKey = (imp: DataImport) => `import-feed:${imp.kind}:${imp.editionId ?? ""}:${imp.url}`;

/** Queues the next re-import of a daily feed, replacing a waiting one (job_key). */
async function scheduleFeed(tx: JobWriter, imp: DataImport, after = DAY_MS) {
  await enqueueJob(tx, FEED_TASK, { importId: imp.id }, { runAt: new Date(Date.now() + after), jobKey: feedKey(imp), maxAttempts: 3 });
}

/**
 * Turns a committed feed's daily re-import on or off.
 * @throws UNAUTHENTICATED; FORBIDDEN; NOT_FOUND; BAD_USER_INPUT (no URL)
 */
export async function setImportDaily(prisma: PrismaClient, viewer: Viewer | null, id: string, daily: boolean): Promise<DataImport> {
  return writeTransaction(prisma, async (tx) => {
    const imp = await requireImport(tx, viewer, id);
    if (!imp.url) throw badInput("daily", "Seule une adresse web peut être réimportée chaque jour.");
    const updated = await tx.dataImport.update({ where: { id }, data: { daily } });
    if (daily && imp.state === "COMMITTED") await scheduleFeed(tx, updated);
    return updated;
  });
}

/**
 * The daily re-import of a feed: a new import of the same URL, made on behalf
 * of the animator who set it, read, then committed by itself for what needs
 * no review. It stops when the feed was turned off or its author lost the
 * right; the next one is queued first, so that a failing feed is tried again tomorrow.
 */
export async function reimportFeed(prisma: PrismaClient, feedImportId: string, log: Logger): Promise<string | null> {
  const feed = await prisma.dataImport.findUnique({ where: { id: feedImportId } });
  if (!feed?.daily || !feed.url) return null;
  const author = await authorOf(prisma, feed.accountId);
  const edition = feed.editionId ? await prisma.edition.findUnique({ where: { id: feed.editionId } }) : null;
  try {
    if (feed.kind === "EVENTS") assertMayImportEvents(author, edition!);
    else assertMayImportOrganisations(author);
  } catch {
    log.info({ importId: feed.id }, "daily feed stopped: its author may no longer import");
    await prisma.dataImport.update({ where: { id: feed.id }, data: { daily: false } });
    return null;
  }
  const next = await prisma.$transaction(async (tx) => {
    await scheduleFeed(tx, feed);
    return tx.dataImport.create({
      data: {
        kind: feed.kind, format: feed.format, editionId: feed.editionId, leadOrganisationId: feed.leadOrganisationId,
        url: feed.url, accountId: feed.accountId, scheduled: true, state: "QUEUED",
      },
    });
  });
  await readImport(prisma, next.id, log);
  return next.id;
}

/**
 * A scheduled re-import's own commit: the NEW rows and the UPDATEs of records
 * this feed imported itself, in one transaction; possible duplicates and
 * updates of others' records wait for the animator (the import stays in
 * PREVIEW then). A row refused by the rules leaves everything for review.
 */
async function commitScheduled(prisma: PrismaClient, importId: string, log: Logger): Promise<void> {
  const imp = (await prisma.dataImport.findUnique({ where: { id: importId } }))!;
  const author = await authorOf(prisma, imp.accountId);
  if (!author) return;
  const rows = await prisma.importRow.findMany({ where: { importId }, orderBy: { position: "asc" } });
  const waiting = (row: ImportRow) => row.class === "POSSIBLE_DUPLICATE" || (row.class === "UPDATE" && !row.matchedFromSource);
  const excluded = new Set(rows.filter(waiting).map((row) => row.position));
  try {
    await writeTransaction(prisma, async (tx) => {
      const outcome = await commitRows(tx, author, imp, rows, excluded, new Map());
      if (!excluded.size) {
        const committed = await tx.dataImport.update({ where: { id: importId }, data: { state: "COMMITTED", committedAt: new Date() } });
        await auditImport(tx, author, committed, outcome);
      } else if (outcome.created + outcome.updated) {
        await auditImport(tx, author, imp, outcome);
      }
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    log.info({ importId, error: error.message }, "scheduled re-import left for review");
  }
}
