// Downloads of the cooperation graph, at stable URLs for scripts and
// notebooks, the scope as query parameters:
//
//   GET /exports/cooperation.gexf            GEXF 1.2draft (?version=1.3 for GEXF 1.3)
//   GET /exports/cooperation.graphml         GraphML
//   GET /exports/cooperation-nodes.csv       the nodes as CSV
//   GET /exports/cooperation-edges.csv       the edges as CSV
//   GET /exports/cooperation.json            graphology's serialization format
//
//   territory=246200364   territoryKind=EPCI (when a code is ambiguous)
//   kinds=MUTUALISATION,CO_ORGANISATION_EVENEMENT   from=2015 or 2015-06-01   to=2020 or 2020-12-31
//   sharedCollectives=false (ties through a shared collective left out)
//   bipartite=true (collectives as nodes, "collective:<id>", linked to their members)
//
// What each format holds: server/graph/graph.export.formats.ts.
//
// Every file is streamed from PostgreSQL with a cursor (pg-query-stream,
// batches of 1,000 rows) and written as the client reads it (back-pressure),
// so that a national graph (~200,000 nodes, ~1,000,000 edges) costs the
// server a few batches of memory, not the graph. Nodes then edges, read in
// one REPEATABLE READ READ ONLY transaction: both statements see the same
// snapshot, so every edge's ends are among the nodes even while the data
// changes. A client that goes away releases the connection at once.
import type { Request, Response } from "express";
import { Router } from "express";
import pg from "pg";
import QueryStream from "pg-query-stream";
import { Prisma } from "../generated/prisma/client.ts";
import { CooperationKind, TerritoryKind } from "../generated/prisma/enums.ts";
import { poolOf, type PrismaClient } from "../core/database.ts";
import { badInput } from "../core/errors.ts";
import type { Logger } from "../core/logger.ts";
import type { RouteDependencies } from "../core/module.ts";
import { resolveScope, type GraphScope, type GraphScopeInput } from "./graph.scope.ts";
import { edgesStatement, membershipsStatement, nodesStatement } from "./graph.sql.ts";
import {
  csvEdgesFormat, csvNodesFormat, gexfFormat, graphmlFormat, jsonFormat,
  type ExportEdge, type ExportMeta, type ExportNode, type GexfVersion, type GraphFormat,
} from "./graph.export.formats.ts";

/** Rows fetched per round trip of the cursor. */
const BATCH_ROWS = 1000;
/**
 * Characters per write to the socket: one write per row would cost more
 * than the row, and a string past 128 KB (64 K characters when an accent
 * makes it two bytes a character) would go straight to V8's old generation,
 * garbage that only a full collection reclaims.
 */
const CHUNK_CHARACTERS = 32 * 1024;
/**
 * A cursor's statement stays "running" until its last row is fetched, so the
 * pool's statement timeout (seconds) would cut a long download: the export's
 * transaction gets this one instead, an upper bound on a whole download.
 */
const EXPORT_STATEMENT_TIMEOUT_MS = 30 * 60 * 1000;
/**
 * Memory for the export's sorts and hashes. A national scope needs it:
 * nodesStatement's `o.id IN (SELECT id FROM local)` is a hashed subplan only
 * while the territory's organisations fit in hash_mem (2 × work_mem); with
 * the default 4 MB, 200,000 organisations make it a rescan of the list for
 * every row, quadratic (hours). 32 MB hashes over a million of them.
 */
const EXPORT_WORK_MEM = "32MB";
/** A client that reads nothing for this long is cut off: it holds a connection and a snapshot. */
const STALLED_CLIENT_MS = 2 * 60 * 1000;
/**
 * Downloads at once per process: each holds one of the pool's connections
 * for its whole length, and the API needs the others.
 */
const MAX_CONCURRENT_EXPORTS = 2;
/** Shown in pg_stat_activity while an export runs. */
export const EXPORT_APPLICATION_NAME = "maillage graph export";

// DATE columns as the YYYY-MM-DD PostgreSQL sends: node-postgres would make
// them local-midnight Dates, a day off once written in UTC.
const DATE_OID = 1082;
const TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE_OID ? (value: string) => value : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

// ─── Parameters ─────────────────────────────────────────────────────────────

const SCOPE_PARAMETERS = ["territory", "territoryKind", "kinds", "from", "to", "sharedCollectives", "demo", "bipartite"];

type Query = Request["query"];

function single(query: Query, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== "string") throw badInput(name, `Le paramètre ${name} ne peut être donné qu'une fois.`);
  return raw.trim() || undefined;
}

function oneOf<T extends string>(query: Query, name: string, allowed: Record<string, T>): T | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!Object.hasOwn(allowed, value)) throw badInput(name, `Valeur inconnue pour ${name} : ${value}. Valeurs possibles : ${Object.keys(allowed).join(", ")}.`);
  return value as T;
}

function boolean(query: Query, name: string): boolean | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw badInput(name, `Le paramètre ${name} vaut true ou false, reçu « ${value} ».`);
}

/** kinds=A,B (or kinds=A&kinds=B). */
function kindsOf(query: Query): CooperationKind[] | undefined {
  const raw = query.kinds;
  if (raw === undefined) return undefined;
  const values = (Array.isArray(raw) ? raw : [raw])
    .flatMap((value) => (typeof value === "string" ? value.split(",") : []))
    .map((value) => value.trim())
    .filter(Boolean);
  const unknown = values.filter((value) => !Object.hasOwn(CooperationKind, value));
  if (unknown.length) {
    throw badInput("kinds", `Type de lien inconnu : ${unknown.join(", ")}. Types possibles : ${Object.keys(CooperationKind).join(", ")}.`);
  }
  return values as CooperationKind[];
}

/**
 * The scope of the query string. An unknown parameter is refused rather
 * than ignored: a misspelt filter would otherwise download the wrong graph
 * without a word.
 */
function scopeInputOf(query: Query, extra: readonly string[]): GraphScopeInput {
  const known = [...SCOPE_PARAMETERS, ...extra];
  const unknown = Object.keys(query).filter((name) => !known.includes(name));
  if (unknown.length) {
    throw badInput(unknown[0], `Paramètre inconnu : ${unknown.join(", ")}. Paramètres possibles : ${known.join(", ")}.`);
  }
  return {
    territory: single(query, "territory"),
    territoryKind: oneOf(query, "territoryKind", TerritoryKind),
    kinds: kindsOf(query),
    from: single(query, "from"),
    to: single(query, "to"),
    includeSharedCollectives: boolean(query, "sharedCollectives"),
    includeDemo: boolean(query, "demo"),
    bipartite: boolean(query, "bipartite"),
  };
}

const GEXF_VERSIONS: Record<string, GexfVersion> = { "1.2": "1.2draft", "1.2draft": "1.2draft", "1.3": "1.3" };

function gexfVersionOf(query: Query): GexfVersion {
  const value = single(query, "version");
  if (value === undefined) return "1.2draft";
  const version = GEXF_VERSIONS[value];
  if (!version) throw badInput("version", `Version de GEXF inconnue : ${value}. Versions possibles : 1.2draft (par défaut) et 1.3.`);
  return version;
}

// ─── What a file says of its scope ──────────────────────────────────────────

function describe(scope: GraphScope, territoryCode: string | undefined): string {
  const parts = [
    scope.territoryName ? `territoire : ${scope.territoryName} (${territoryCode}), avec les partenaires extérieurs` : "territoire : France entière",
    `liens : ${scope.kinds ? scope.kinds.join(", ") : "tous"}${scope.includeSharedCollectives ? "" : " (hors collectifs partagés)"}`,
  ];
  if (scope.from || scope.to) parts.push(`période : ${scope.from ?? "…"} – ${scope.to ?? "…"}`);
  if (scope.bipartite) parts.push("collectifs en nœuds (graphe biparti)");
  parts.push(scope.includeDemo ? "avec les événements de démonstration (fictifs)" : "sans les événements de démonstration");
  return `Réseau de coopération des acteurs de l'ESS (Maillage) — ${parts.join(" ; ")}.`;
}

function metaOf(scope: GraphScope, input: GraphScopeInput): ExportMeta {
  const date = new Date().toISOString().slice(0, 10);
  return {
    description: describe(scope, input.territory ?? undefined),
    date,
    attributes: {
      name: "Réseau de coopération (Maillage)",
      description: describe(scope, input.territory ?? undefined),
      territory: input.territory ?? null,
      territoryName: scope.territoryName,
      kinds: scope.kinds,
      from: scope.from,
      to: scope.to,
      sharedCollectives: scope.includeSharedCollectives,
      demo: scope.includeDemo,
      bipartite: scope.bipartite,
      exportedOn: date,
    },
  };
}

/** cooperation-246200364.gexf, cooperation-edges-62-2026-11-01_2026-11-30.csv… */
function fileName(stem: string, extension: string, scope: GraphScope, input: GraphScopeInput): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_.-]/g, "");
  const parts = [stem];
  if (input.territory) parts.push(safe(input.territoryKind ? `${input.territoryKind.toLowerCase()}-${input.territory}` : input.territory));
  if (scope.from || scope.to) parts.push(`${scope.from ?? ""}_${scope.to ?? ""}`);
  if (scope.bipartite) parts.push("bipartite");
  if (scope.includeDemo) parts.push("demo");
  return `${parts.join("-")}.${extension}`;
}

// ─── Rows to items ──────────────────────────────────────────────────────────

interface NodeRow {
  id: string;
  name: string;
  family: string | null;
  legal_form: string | null;
  legal_form_certainty: string | null;
  sectors: string[];
  commune_code: string | null;
  commune_name: string | null;
  epci_code: string | null;
  epci_name: string | null;
  departement_code: string | null;
  region_code: string | null;
  headcount: number | null;
  cotess_member: boolean;
  maison_member: boolean;
  in_scope: boolean;
}

// As graph.sql.ts's rows, dates as text (TYPES above).
interface EdgeRow {
  a: string;
  b: string;
  weight: number;
  kinds: string[];
  vias: string[];
  certainty: string;
  starts_on: string | null;
  ends_on: string | null;
}

interface MembershipRow {
  organisation_id: string;
  collective_id: string;
  role: string;
  certainty: string;
  starts_on: string | null;
  ends_on: string | null;
}

interface CollectiveRow {
  collective_id: string;
  collective_name: string;
  collective_kind: string;
}

const COLLECTIVE_PREFIX = "collective:";

const organisationNode = (row: NodeRow): ExportNode => ({
  id: row.id,
  label: row.name,
  kind: "organisation",
  family: row.family,
  legalForm: row.legal_form,
  legalFormCertainty: row.legal_form_certainty,
  sectors: row.sectors,
  commune: row.commune_name,
  communeCode: row.commune_code,
  epci: row.epci_name,
  epciCode: row.epci_code,
  departement: row.departement_code,
  region: row.region_code,
  jobs: row.headcount,
  cotessMember: row.cotess_member,
  maisonMember: row.maison_member,
  inScope: row.in_scope,
  collectiveKind: null,
});

const collectiveNode = (row: CollectiveRow): ExportNode => ({
  id: COLLECTIVE_PREFIX + row.collective_id,
  label: row.collective_name,
  kind: "collective",
  family: null, legalForm: null, legalFormCertainty: null, sectors: null, commune: null, communeCode: null, epci: null, epciCode: null,
  departement: null, region: null, jobs: null, cotessMember: null, maisonMember: null, inScope: null,
  collectiveKind: row.collective_kind,
});

const tieEdge = (row: EdgeRow): ExportEdge => ({
  source: row.a,
  target: row.b,
  weight: row.weight,
  kinds: row.kinds,
  provenance: row.vias,
  certainty: row.certainty,
  start: row.starts_on,
  end: row.ends_on,
  role: null,
});

/** The collectives of the memberships of a scope: the extra nodes of a bipartite graph. */
const collectivesStatement = (scope: GraphScope) => Prisma.sql`
  SELECT DISTINCT collective_id, collective_name, collective_kind FROM (${membershipsStatement(scope)}) m ORDER BY collective_id`;

// ─── Streaming ──────────────────────────────────────────────────────────────

/** The client went away (or stopped reading): nothing more to write. */
class ClientGone extends Error {}

/**
 * The response, written in chunks of CHUNK_CHARACTERS as the text comes,
 * and waited on ("drain") between batches whenever a write was refused:
 * memory stays bounded (a batch's text at most) whatever the client's speed.
 *
 * When the client accepts gzip or brotli, the compression middleware puts a
 * compressor between the response and the socket: response.write then
 * writes into the compressor and returns its answer, and "drain" listened to
 * on the response is the compressor's, which drains only as the socket does.
 * Waiting on the write's own answer holds in both cases (the socket's
 * writableNeedDrain would not: the compressor may refuse while the socket is
 * free). After each batch, flush() pushes out what the compressor holds, so
 * that the first bytes go at once and the file arrives as it is read.
 */
class Sink {
  private parts: string[] = [];
  private size = 0;
  /** The last write was refused: wait for "drain" before the next batch. */
  private full = false;
  private onDrain: (() => void) | null = null;
  bytes = 0;

  constructor(
    private readonly response: Response,
    private readonly gone: AbortSignal,
  ) {
    // One listener for the whole download.
    response.on("drain", () => this.onDrain?.());
  }

  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARACTERS) this.write();
  }

  private write(): void {
    if (this.gone.aborted) throw new ClientGone();
    if (!this.parts.length) return;
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    this.bytes += Buffer.byteLength(chunk, "utf8");
    if (!this.response.write(chunk, "utf8")) this.full = true;
  }

  /** Writes what is gathered and sends it on, then waits until the client has read enough. */
  async flush(): Promise<void> {
    this.write();
    // The compression middleware's flush (absent without it).
    (this.response as Response & { flush?: () => void }).flush?.();
    if (!this.full) return;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        this.onDrain = null;
        this.gone.removeEventListener("abort", onGone);
        if (error) reject(error);
        else {
          this.full = false;
          resolve();
        }
      };
      const onGone = () => done(new ClientGone());
      const timer = setTimeout(() => {
        this.response.destroy();
        done(new ClientGone("the client read nothing for too long"));
      }, STALLED_CLIENT_MS);
      this.onDrain = () => done();
      this.gone.addEventListener("abort", onGone);
    });
  }
}

/**
 * The rows of a statement through a cursor, as the batches arrive; the
 * cursor is closed however the loop ends. The comment names the statement in
 * pg_stat_activity.
 *
 * Whole batches rather than rows: writeGraph turns a batch into text and
 * only then waits for the client, so that no row is still alive across two
 * of those waits. V8 runs young-generation collections in the waits, and
 * what they find alive twice is promoted to the old generation, garbage that
 * only a full collection reclaims: waiting row by row, a national download
 * left ~170 MB of it in the worker.
 */
async function* batchesOf<Row>(client: pg.PoolClient, name: string, statement: Prisma.Sql): AsyncGenerator<Row[]> {
  const text = `/* graph export: ${name} */ ${statement.text}`;
  const stream = client.query(new QueryStream(text, statement.values, { batchSize: BATCH_ROWS, types: TYPES }));
  // Listened to for the stream's whole life: an error (a statement timeout,
  // the connection cut) may come while a batch is being written, and an
  // 'error' without a listener would bring the process down.
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const onError = (error: Error) => {
    failure = error;
    wake?.();
  };
  const onEvent = () => wake?.();
  stream.on("error", onError).on("readable", onEvent).on("end", onEvent);
  try {
    for (;;) {
      const rows: Row[] = [];
      for (let row = stream.read(); row !== null; row = stream.read()) rows.push(row as Row);
      if (rows.length) {
        yield rows;
        continue;
      }
      if (failure) throw failure;
      if (stream.readableEnded) return;
      // Nothing buffered: wait for the next batch, the end, or an error.
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    stream.off("readable", onEvent).off("end", onEvent);
    stream.destroy();
  }
}

interface Counts {
  nodes: number;
  edges: number;
}

async function writeGraph(client: pg.PoolClient, scope: GraphScope, format: GraphFormat, sink: Sink, counts: Counts): Promise<void> {
  const node = (item: ExportNode) => {
    counts.nodes += 1;
    sink.push(format.node(item));
  };
  const edge = (item: ExportEdge) => {
    counts.edges += 1;
    sink.push(format.edge(item));
  };

  if (format.writesNodes) {
    for await (const rows of batchesOf<NodeRow>(client, "nodes", nodesStatement(scope))) {
      for (const row of rows) node(organisationNode(row));
      await sink.flush();
    }
    if (scope.bipartite) {
      for await (const rows of batchesOf<CollectiveRow>(client, "collectives", collectivesStatement(scope))) {
        for (const row of rows) node(collectiveNode(row));
        await sink.flush();
      }
    }
  }
  sink.push(format.middle());
  if (format.writesEdges) {
    for await (const rows of batchesOf<EdgeRow>(client, "edges", edgesStatement(scope))) {
      for (const row of rows) edge(tieEdge(row));
      await sink.flush();
    }
    if (scope.bipartite) {
      // An organisation may hold several roles in a collective: one row
      // each, ordered by collective then organisation, merged here into one
      // edge (the graphs are simple).
      let pending: ExportEdge | null = null;
      let roles: string[] = [];
      let openStart = false;
      let openEnd = false;
      const finish = () => {
        if (!pending) return;
        pending.role = roles.join("|");
        if (openStart) pending.start = null;
        if (openEnd) pending.end = null;
        edge(pending);
      };
      for await (const rows of batchesOf<MembershipRow>(client, "memberships", membershipsStatement(scope))) {
        for (const row of rows) {
          const target = COLLECTIVE_PREFIX + row.collective_id;
          if (pending && pending.source === row.organisation_id && pending.target === target) {
            roles.push(row.role);
            if (row.certainty === "STATED") pending.certainty = "STATED";
            if (row.starts_on && pending.start && row.starts_on < pending.start) pending.start = row.starts_on;
            if (row.ends_on && pending.end && row.ends_on > pending.end) pending.end = row.ends_on;
            openStart ||= row.starts_on === null;
            openEnd ||= row.ends_on === null;
            continue;
          }
          finish();
          pending = {
            source: row.organisation_id,
            target,
            weight: 1,
            kinds: ["MEMBERSHIP"],
            provenance: [`COLLECTIVE:${row.collective_id}`],
            certainty: row.certainty,
            start: row.starts_on,
            end: row.ends_on,
            role: null,
          };
          roles = [row.role];
          openStart = row.starts_on === null;
          openEnd = row.ends_on === null;
        }
        await sink.flush();
      }
      finish();
    }
  }
  sink.push(format.end());
  await sink.flush();
}

export function graphExportRoutes({ prisma, log }: RouteDependencies): Router {
  const router = Router();
  let running = 0;

  const download = (stem: string, formatOf: (query: Query) => GraphFormat, extraParameters: readonly string[] = []) =>
    async (request: Request, response: Response) => {
      // A DomainError (bad parameter, unknown territory) reaches app/'s error handler before any byte.
      const input = scopeInputOf(request.query, extraParameters);
      const format = formatOf(request.query);
      const scope = await resolveScope(prisma, input);
      if (running >= MAX_CONCURRENT_EXPORTS) {
        response.setHeader("retry-after", "30");
        response.status(503).json({
          errors: [{ message: "Trop de téléchargements du réseau sont en cours : réessayez dans un instant.", extensions: { code: "SERVICE_UNAVAILABLE" } }],
        });
        return;
      }
      running += 1;
      try {
        await streamGraph(request, response, scope, input, stem, format);
      } finally {
        running -= 1;
      }
    };

  async function streamGraph(request: Request, response: Response, scope: GraphScope, input: GraphScopeInput, stem: string, format: GraphFormat) {
    const started = Date.now();
    const gone = new AbortController();
    // "close" also follows a complete response: only an unfinished one means the client left.
    response.on("close", () => {
      if (!response.writableFinished) gone.abort();
    });
    const client = await poolOf(prisma).connect();
    // Any failure or interruption discards the connection rather than
    // waiting for PostgreSQL to finish a statement no one will read.
    let reusable = false;
    const counts: Counts = { nodes: 0, edges: 0 };
    const sink = new Sink(response, gone.signal);
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      await client.query(
        "SELECT set_config('statement_timeout', $1, true), set_config('work_mem', $2, true), set_config('application_name', $3, true)",
        [String(EXPORT_STATEMENT_TIMEOUT_MS), EXPORT_WORK_MEM, EXPORT_APPLICATION_NAME],
      );
      response.status(200);
      response.setHeader("content-type", format.contentType);
      response.setHeader("content-disposition", `attachment; filename="${fileName(stem, format.extension, scope, input)}"`);
      response.setHeader("cache-control", "no-store");
      // The first bytes go at once: a national graph's statements take
      // seconds before their first row, and a browser (or a proxy) waiting
      // on nothing would give up.
      sink.push(format.begin(metaOf(scope, input)));
      await sink.flush();
      await writeGraph(client, scope, format, sink, counts);
      await client.query("COMMIT");
      reusable = true;
      response.end();
      log.info({ url: request.originalUrl, ...counts, bytes: sink.bytes, ms: Date.now() - started }, "graph export");
    } catch (error) {
      if (error instanceof ClientGone || gone.signal.aborted) {
        log.info({ url: request.originalUrl, ...counts, bytes: sink.bytes, ms: Date.now() - started }, "graph export interrupted by the client");
      } else if (!response.headersSent) {
        response.removeHeader("content-disposition");
        throw error; // a 500 from the error handler
      } else {
        // Too late for a status: cutting the connection tells the client
        // the file is incomplete (no final chunk).
        log.error({ err: error, url: request.originalUrl, ...counts }, "graph export failed while streaming");
        response.destroy();
      }
    } finally {
      client.release(reusable ? undefined : true);
    }
  }

  router.get("/exports/cooperation.gexf", download("cooperation", (query) => gexfFormat(gexfVersionOf(query)), ["version"]));
  router.get("/exports/cooperation.graphml", download("cooperation", graphmlFormat));
  router.get("/exports/cooperation-nodes.csv", download("cooperation-nodes", csvNodesFormat));
  router.get("/exports/cooperation-edges.csv", download("cooperation-edges", csvEdgesFormat));
  router.get("/exports/cooperation.json", download("cooperation", jsonFormat));
  return router;
}
