// The cooperation graph downloads (/exports/cooperation.*), read back by the
// tools researchers use rather than by the code that wrote them: networkx
// (Debian's python3-networkx) for GEXF and GraphML, R's igraph for GraphML,
// xmllint against the official GEXF schemas, Python's csv module, and
// graphology's own importer for the JSON. Counts are checked against the
// graph's SQL statements run directly.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { brotliDecompressSync, constants as zlibConstants, gunzipSync } from "node:zlib";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import graphology from "graphology";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Prisma } from "../../server/generated/prisma/client.ts";
import { poolOf, type PrismaClient } from "../../server/core/database.ts";
import { resolveScope, type GraphScopeInput } from "../../server/graph/graph.scope.ts";
import { edgesStatement, membershipsStatement, nodesStatement } from "../../server/graph/graph.sql.ts";
import { EXPORT_APPLICATION_NAME } from "../../server/graph/graph.export.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { createScratchDatabase, query, type ScratchDatabase } from "../support/database.ts";

// graphology's types describe its CommonJS build; imported as an ES module
// its default export is the Graph class itself.
const Graph = graphology as unknown as typeof graphology.default;

// The official schemas, vendored with their licence.
const SCHEMAS = fileURLToPath(new URL("../formats/gexf/", import.meta.url));
const xsdOf = (version: "1.2draft" | "1.3") => join(SCHEMAS, version, "gexf.xsd");

const BASSIN_MINIER = "246200364"; // CA de Lens - Liévin
const PAS_DE_CALAIS = "62";

// Reads a GEXF or GraphML file with networkx and says what it found, with
// the Python type of every attribute of one node and one edge.
const READ_WITH_NETWORKX = `
import json, sys
import networkx as nx

path, kind, node, a, b = sys.argv[1:6]
g = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)

def typed(data):
    return {key: [value, type(value).__name__] for key, value in data.items()}

print(json.dumps({
    "directed": g.is_directed(),
    "multigraph": g.is_multigraph(),
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "node": typed(g.nodes[node]) if node in g else None,
    "edge": typed(g.edges[a, b]) if g.has_edge(a, b) else None,
    "edgeList": [[u, v, d] for u, v, d in g.edges(data=True)] if g.number_of_edges() < 2000 else None,
    "nodeKinds": sorted({d.get("kind") for _, d in g.nodes(data=True)}, key=str),
}, default=str))
`;

const READ_CSV = `
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
print(json.dumps({"header": rows[0], "rows": rows[1:]}))
`;

interface NetworkxView {
  directed: boolean;
  multigraph: boolean;
  nodes: number;
  edges: number;
  node: Record<string, [unknown, string]> | null;
  edge: Record<string, [unknown, string]> | null;
  edgeList: [string, string, Record<string, unknown>][] | null;
  nodeKinds: (string | null)[];
}

function networkx(file: string, kind: "gexf" | "graphml", node = "", edge: [string, string] = ["", ""]): NetworkxView {
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", READ_WITH_NETWORKX, file, kind, node, ...edge], { encoding: "utf8" }));
}

function igraphCounts(file: string): [number, number] {
  const script = 'suppressMessages(library(igraph)); g <- read_graph(commandArgs(TRUE)[1], format = "graphml"); cat(vcount(g), ecount(g), is_directed(g))';
  const [vertices, edges, directed] = execFileSync("Rscript", ["-e", script, file], { encoding: "utf8" }).trim().split(" ");
  expect(directed).toBe("FALSE");
  return [Number(vertices), Number(edges)];
}

/** xmllint's verdict against the official XSD; throws with its complaints otherwise. */
function validateGexf(file: string, version: "1.2draft" | "1.3"): string {
  try {
    return execFileSync("xmllint", ["--noout", "--schema", xsdOf(version), file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    throw new Error(`${file} does not validate against GEXF ${version}: ${(error as { stderr?: string }).stderr}`);
  }
}

function xpathCount(file: string, element: string): number {
  return Number(execFileSync("xmllint", ["--xpath", `count(//*[local-name()='${element}'])`, file], { encoding: "utf8" }).trim());
}

function readCsv(file: string): { header: string[]; rows: string[][] } {
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", READ_CSV, file], { encoding: "utf8" }));
}

let server: TestServer;
let scratchDir: string;
let fileCounter = 0;

interface Download {
  status: number;
  contentType: string | null;
  disposition: string | null;
  text: string;
  bytes: Buffer;
  file: string;
}

async function download(path: string, target: TestServer = server): Promise<Download> {
  const response = await fetch(`${target.url}${path}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  fileCounter += 1;
  const file = join(scratchDir, `${fileCounter}-${path.split("?")[0].split("/").pop()}`);
  writeFileSync(file, bytes);
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    disposition: response.headers.get("content-disposition"),
    text: bytes.toString("utf8"),
    bytes,
    file,
  };
}

async function ok(path: string, target?: TestServer): Promise<Download> {
  const result = await download(path, target);
  expect(result.status, result.text.slice(0, 500)).toBe(200);
  return result;
}

interface Expected {
  nodes: number;
  edges: number;
  /** An organisation of the scope, with its attributes as the database has them. */
  organisation: { id: string; family: string; in_scope: boolean; headcount: number | null };
  /** The heaviest pair. */
  edge: { a: string; b: string; weight: number };
}

const count = async (prisma: PrismaClient, statement: Prisma.Sql) =>
  (await prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM (${statement}) s`))[0].n;

/** What the graph's SQL statements give for a scope, run directly. */
async function expected(input: GraphScopeInput, prisma: PrismaClient = server.prisma): Promise<Expected> {
  const scope = await resolveScope(prisma, input);
  let nodes = await count(prisma, nodesStatement(scope));
  let edges = await count(prisma, edgesStatement(scope));
  if (scope.bipartite) {
    const memberships = membershipsStatement(scope);
    nodes += await count(prisma, Prisma.sql`SELECT DISTINCT collective_id FROM (${memberships}) m`);
    edges += await count(prisma, Prisma.sql`SELECT DISTINCT collective_id, organisation_id FROM (${memberships}) m`);
  }
  const [organisation] = await prisma.$queryRaw<Expected["organisation"][]>(
    Prisma.sql`SELECT id, family, in_scope, headcount FROM (${nodesStatement(scope)}) n ORDER BY headcount IS NULL, family IS NULL, in_scope DESC, id LIMIT 1`,
  );
  const [edge] = await prisma.$queryRaw<Expected["edge"][]>(
    Prisma.sql`SELECT a, b, weight FROM (${edgesStatement(scope)}) e ORDER BY weight DESC, a, b LIMIT 1`,
  );
  return { nodes, edges, organisation, edge };
}

beforeAll(async () => {
  server = await startTestServer();
  scratchDir = mkdtempSync(join(tmpdir(), "maillage-graph-exports-"));
});

afterAll(async () => {
  await server?.close();
  if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
});

describe.each([
  { name: "the bassin minier (CA de Lens - Liévin)", territory: BASSIN_MINIER },
  { name: "the Pas-de-Calais", territory: PAS_DE_CALAIS },
])("downloads of $name", ({ territory }) => {
  let want: Expected;
  beforeAll(async () => {
    want = await expected({ territory });
    expect(want.nodes).toBeGreaterThan(10);
    expect(want.edges).toBeGreaterThan(10);
  });

  it("GEXF 1.2draft: valid against the official XSD, read by networkx with the SQL's counts and typed attributes", async () => {
    const gexf = await ok(`/exports/cooperation.gexf?territory=${territory}`);
    expect(gexf.contentType).toBe("application/xml; charset=utf-8");
    expect(gexf.disposition).toBe(`attachment; filename="cooperation-${territory}.gexf"`);
    expect(gexf.text).toContain('<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">');
    expect(gexf.text).toContain('<graph mode="dynamic" defaultedgetype="undirected" timeformat="date">');
    validateGexf(gexf.file, "1.2draft");

    const graph = networkx(gexf.file, "gexf", want.organisation.id, [want.edge.a, want.edge.b]);
    expect(graph).toMatchObject({ directed: false, multigraph: false, nodes: want.nodes, edges: want.edges });
    expect(graph.node).toMatchObject({
      kind: ["organisation", "str"],
      family: [want.organisation.family, "str"],
      inScope: [want.organisation.in_scope, "bool"],
      cotessMember: [expect.any(Boolean), "bool"],
    });
    expect(graph.node!.label[1]).toBe("str");
    expect(graph.edge).toMatchObject({ weight: [want.edge.weight, "float"], ties: [want.edge.weight, "int"] });
    expect(graph.edge!.kinds[1]).toBe("str");
  });

  it("GEXF 1.3: valid against the official XSD, with the SQL's counts", async () => {
    const gexf = await ok(`/exports/cooperation.gexf?territory=${territory}&version=1.3`);
    expect(gexf.text).toContain('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
    expect(gexf.text).toContain('timerepresentation="interval"');
    validateGexf(gexf.file, "1.3");
    expect(xpathCount(gexf.file, "node")).toBe(want.nodes);
    expect(xpathCount(gexf.file, "edge")).toBe(want.edges);
  });

  it("GraphML: read by networkx (typed) and by R's igraph with the SQL's counts", async () => {
    const graphml = await ok(`/exports/cooperation.graphml?territory=${territory}`);
    expect(graphml.disposition).toBe(`attachment; filename="cooperation-${territory}.graphml"`);
    const graph = networkx(graphml.file, "graphml", want.organisation.id, [want.edge.a, want.edge.b]);
    expect(graph).toMatchObject({ directed: false, multigraph: false, nodes: want.nodes, edges: want.edges });
    expect(graph.node).toMatchObject({
      family: [want.organisation.family, "str"],
      inScope: [want.organisation.in_scope, "bool"],
      maisonMember: [expect.any(Boolean), "bool"],
    });
    expect(graph.edge).toMatchObject({ weight: [want.edge.weight, "float"], ties: [want.edge.weight, "int"] });
    expect(igraphCounts(graphml.file)).toEqual([want.nodes, want.edges]);
  });

  it("CSV: RFC 4180 without BOM, the documented columns, a row per node and per edge", async () => {
    const nodes = await ok(`/exports/cooperation-nodes.csv?territory=${territory}`);
    const edges = await ok(`/exports/cooperation-edges.csv?territory=${territory}`);
    expect(nodes.contentType).toBe("text/csv; charset=utf-8");
    expect(nodes.disposition).toBe(`attachment; filename="cooperation-nodes-${territory}.csv"`);
    expect(edges.disposition).toBe(`attachment; filename="cooperation-edges-${territory}.csv"`);
    for (const file of [nodes, edges]) {
      expect(file.bytes[0]).not.toBe(0xef); // no BOM
      expect(file.text.endsWith("\r\n")).toBe(true);
      expect(file.text.replaceAll("\r\n", "")).not.toContain("\n");
    }
    const nodeRows = readCsv(nodes.file);
    expect(nodeRows.header).toEqual([
      "id", "label", "kind", "family", "legal_form", "legal_form_certainty", "sectors", "commune", "commune_code", "epci", "epci_code",
      "departement", "region", "jobs", "cotess_member", "maison_member", "in_scope", "collective_kind",
    ]);
    expect(nodeRows.rows).toHaveLength(want.nodes);
    const organisation = nodeRows.rows.find((row) => row[0] === want.organisation.id)!;
    expect(organisation[3]).toBe(want.organisation.family);
    expect(organisation[16]).toBe(String(want.organisation.in_scope));
    // A legal form's certainty goes with it: both present or both absent.
    for (const row of nodeRows.rows) expect(row[4] === "").toBe(row[5] === "");
    expect(new Set(nodeRows.rows.map((row) => row[5]))).toEqual(new Set(["STATED", "INFERRED", ""]));

    const edgeRows = readCsv(edges.file);
    expect(edgeRows.header).toEqual(["source", "target", "weight", "kinds", "provenance", "certainty", "start", "end", "role"]);
    expect(edgeRows.rows).toHaveLength(want.edges);
    const heaviest = edgeRows.rows.find((row) => row[0] === want.edge.a && row[1] === want.edge.b)!;
    expect(Number(heaviest[2])).toBe(want.edge.weight);
    expect(heaviest[3].split("|").length).toBeGreaterThanOrEqual(1);

    // Both kinds of edge are in the bassin minier: ties stated by a document,
    // and ties only inferred (memberships, sociétariats, participations).
    expect(new Set(edgeRows.rows.map((row) => row[5]))).toEqual(new Set(["STATED", "INFERRED"]));
    // An edge made of sociétariats only is stated when one of them is, as the
    // shareholdings themselves say (Le Toit Commun's: 2 stated, the others inferred).
    const shareholdings = await server.prisma.shareholding.findMany({ select: { companyId: true, holderId: true, certainty: true } });
    const certaintyOf = new Map(shareholdings.map((s) => [`SHAREHOLDING:${s.companyId}/${s.holderId}`, s.certainty]));
    const bySociétariat = edgeRows.rows.filter((row) => row[4].split("|").every((via) => via.startsWith("SHAREHOLDING:")));
    expect(bySociétariat.length).toBeGreaterThan(0);
    for (const row of bySociétariat) {
      const stated = row[4].split("|").some((via) => certaintyOf.get(via) === "STATED");
      expect(row[5], row[4]).toBe(stated ? "STATED" : "INFERRED");
    }
  });

  it("JSON: graphology's format, loaded by Graph.from with the SQL's counts", async () => {
    const json = await ok(`/exports/cooperation.json?territory=${territory}`);
    expect(json.contentType).toBe("application/json; charset=utf-8");
    const graph = Graph.from(JSON.parse(json.text));
    expect(graph.type).toBe("undirected");
    expect(graph.multi).toBe(false);
    expect([graph.order, graph.size]).toEqual([want.nodes, want.edges]);
    expect(graph.getNodeAttributes(want.organisation.id)).toMatchObject({ family: want.organisation.family, inScope: want.organisation.in_scope });
    expect(graph.getEdgeAttribute(want.edge.a, want.edge.b, "weight")).toBe(want.edge.weight);
    expect(graph.getAttribute("territory")).toBe(territory);
  });
});

describe("other scopes", () => {
  it("the whole country: jobs typed as an integer in GEXF and GraphML", async () => {
    const want = await expected({});
    expect(want.organisation.headcount).not.toBeNull();
    const gexf = await ok("/exports/cooperation.gexf");
    expect(gexf.disposition).toBe('attachment; filename="cooperation.gexf"');
    validateGexf(gexf.file, "1.2draft");
    const fromGexf = networkx(gexf.file, "gexf", want.organisation.id);
    expect([fromGexf.nodes, fromGexf.edges]).toEqual([want.nodes, want.edges]);
    expect(fromGexf.node!.jobs).toEqual([want.organisation.headcount, "int"]);
    const graphml = await ok("/exports/cooperation.graphml");
    expect(networkx(graphml.file, "graphml", want.organisation.id).node!.jobs).toEqual([want.organisation.headcount, "int"]);
  });

  it("a time window: the co-organisations of November 2026 (events, dated for Gephi's timeline, and undated statements)", async () => {
    // The events of November 2026 are demonstration data: asked for explicitly.
    const window = "from=2026-11-01&to=2026-11-30&kinds=CO_ORGANISATION_EVENEMENT&demo=true";
    const gexf = await ok(`/exports/cooperation.gexf?${window}`);
    expect(gexf.disposition).toBe('attachment; filename="cooperation-2026-11-01_2026-11-30-demo.gexf"');
    validateGexf(gexf.file, "1.2draft");
    const gexf13 = await ok(`/exports/cooperation.gexf?${window}&version=1.3`);
    validateGexf(gexf13.file, "1.3");

    // Independently of graph.sql.ts: pairs of co-organisers of a confirmed
    // event whose sessions (Paris days) meet November 2026, and stated
    // co-organisations whose years meet it (undated ones always do).
    const pairs = await query<{ a: string; b: string }>(
      inject("databaseUrl"),
      `SELECT x.organisation_id AS a, y.organisation_id AS b
         FROM event e
         JOIN event_co_organiser x ON x.event_id = e.id
         JOIN event_co_organiser y ON y.event_id = e.id AND y.organisation_id > x.organisation_id
        WHERE e.status = 'CONFIRMED'
          AND (SELECT min(s.starts_at AT TIME ZONE 'Europe/Paris')::date FROM event_session s WHERE s.event_id = e.id) <= '2026-11-30'
          AND (SELECT max(s.ends_at AT TIME ZONE 'Europe/Paris')::date FROM event_session s WHERE s.event_id = e.id) >= '2026-11-01'
       UNION
       SELECT least(organisation_a_id, organisation_b_id), greatest(organisation_a_id, organisation_b_id)
         FROM cooperation
        WHERE kind = 'CO_ORGANISATION_EVENEMENT' AND organisation_a_id <> organisation_b_id
          AND (since_year IS NULL OR since_year <= 2026) AND (until_year IS NULL OR until_year >= 2026)`,
    );
    expect(pairs.length).toBeGreaterThan(5);

    const graph = networkx(gexf.file, "gexf");
    expect(graph.edges).toBe(pairs.length);
    const written = new Set(graph.edgeList!.map(([u, v]) => [u, v].sort().join(" ")));
    expect(written).toEqual(new Set(pairs.map(({ a, b }) => [a, b].sort().join(" "))));
    let dated = 0;
    for (const [, , data] of graph.edgeList!) {
      expect(data.kinds).toBe("CO_ORGANISATION_EVENEMENT");
      const vias = String(data.provenance).split("|");
      for (const via of vias) expect(via).toMatch(/^(EVENT:2026-|STATEMENT:)/);
      if (vias.every((via) => via.startsWith("EVENT:"))) {
        // Both ends, within the month: what Gephi's timeline filters on.
        expect(data.start).toMatch(/^2026-11-\d\d$/);
        expect(data.end).toMatch(/^2026-11-\d\d$/);
        expect(String(data.start) <= String(data.end)).toBe(true);
        dated += 1;
      }
    }
    expect(dated).toBeGreaterThan(pairs.length / 2);

    // Without asking: no tie of a demonstration event.
    const real = networkx((await ok(`/exports/cooperation.gexf?${window.replace("&demo=true", "")}`)).file, "gexf");
    for (const [, , data] of real.edgeList ?? []) {
      for (const via of String(data.provenance).split("|").filter((via) => via.startsWith("EVENT:"))) {
        expect(await server.prisma.event.count({ where: { id: via.slice("EVENT:".length), isDemo: true } })).toBe(0);
      }
    }
  });

  it("bipartite: collectives as nodes, memberships as edges, in every format", async () => {
    const want = await expected({ territory: PAS_DE_CALAIS, bipartite: true });
    const gexf = await ok(`/exports/cooperation.gexf?territory=${PAS_DE_CALAIS}&bipartite=true`);
    expect(gexf.disposition).toBe(`attachment; filename="cooperation-${PAS_DE_CALAIS}-bipartite.gexf"`);
    validateGexf(gexf.file, "1.2draft");
    validateGexf((await ok(`/exports/cooperation.gexf?territory=${PAS_DE_CALAIS}&bipartite=true&version=1.3`)).file, "1.3");
    const graph = networkx(gexf.file, "gexf");
    expect([graph.nodes, graph.edges]).toEqual([want.nodes, want.edges]);
    expect(graph.nodeKinds).toEqual(["collective", "organisation"]);
    const memberships = graph.edgeList!.filter(([, , data]) => data.kinds === "MEMBERSHIP");
    expect(memberships.length).toBeGreaterThan(0);
    for (const [u, v, data] of memberships) {
      expect([u, v].some((end) => end.startsWith("collective:"))).toBe(true);
      expect(data.role).toMatch(/^[A-Z_]+(\|[A-Z_]+)*$/);
    }

    const graphml = await ok(`/exports/cooperation.graphml?territory=${PAS_DE_CALAIS}&bipartite=true`);
    expect(igraphCounts(graphml.file)).toEqual([want.nodes, want.edges]);
    const json = await ok(`/exports/cooperation.json?territory=${PAS_DE_CALAIS}&bipartite=true`);
    const fromJson = Graph.from(JSON.parse(json.text));
    expect([fromJson.order, fromJson.size]).toEqual([want.nodes, want.edges]);
    const collective = fromJson.filterNodes((_key: string, attributes: Record<string, unknown>) => attributes.kind === "collective")[0];
    expect(collective).toMatch(/^collective:/);
    expect(fromJson.getNodeAttribute(collective, "collectiveKind")).toMatch(/^[A-Z_]+$/);
  });

  it("sharedCollectives=false leaves out the ties that only share a collective", async () => {
    const want = await expected({ territory: BASSIN_MINIER, includeSharedCollectives: false });
    const all = await expected({ territory: BASSIN_MINIER });
    expect(want.edges).toBeLessThan(all.edges);
    const csv = readCsv((await ok(`/exports/cooperation-edges.csv?territory=${BASSIN_MINIER}&sharedCollectives=false`)).file);
    expect(csv.rows).toHaveLength(want.edges);
    for (const row of csv.rows) expect(row[4].split("|").every((via) => !via.startsWith("COLLECTIVE:"))).toBe(true);
  });
});

describe("bad input: a 400 in French naming the parameter, before any byte of the file", () => {
  it.each([
    ["an unknown territory", "/exports/cooperation.gexf?territory=99999", "territory"],
    ["a window ending before it starts", "/exports/cooperation.graphml?from=2020&to=2010", "to"],
    ["a malformed date", "/exports/cooperation.json?from=2020-02-30", "from"],
    ["an unknown GEXF version", "/exports/cooperation.gexf?version=2.0", "version"],
    ["an unknown kind of tie", "/exports/cooperation-edges.csv?kinds=MUTUALISATION,AMITIE", "kinds"],
    ["an unknown territory kind", "/exports/cooperation.gexf?territory=62&territoryKind=CANTON", "territoryKind"],
    ["a boolean that is not one", "/exports/cooperation.gexf?bipartite=oui", "bipartite"],
    ["an unknown parameter", "/exports/cooperation-nodes.csv?territoire=62", "territoire"],
    ["a version outside GEXF", "/exports/cooperation.graphml?version=1.3", "version"],
  ])("%s", async (_name, path, field) => {
    const response = await download(path);
    expect(response.status).toBe(400);
    expect(response.contentType).toMatch(/^application\/json/);
    expect(response.disposition).toBeNull();
    const body = JSON.parse(response.text) as { errors: { message: string; extensions: { code: string; field: string } }[] };
    expect(body.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", field });
    expect(body.errors[0].message).toMatch(/[àâçéèêëîïôûùÀÉ«]|inconnu|précède|existe/);
  });
});

// ─── A graph big enough to stream for a while ─────────────────────────────

// A scratch database: 3,000 organisations, 150,000 stated cooperations (tens
// of megabytes of GEXF, more than the sockets' buffers), and organisations
// whose names test escaping.
const TRICKY_NAME = 'Café "L\'Étoile" & <Co>, ok\nsecond line\u0001\u000B\u001F\uFFFE\uFFFF 🌱';
const TRICKY_CLEAN_XML = 'Café "L\'Étoile" & <Co>, ok\nsecond line 🌱';

describe("a large graph", () => {
  let scratch: ScratchDatabase;
  let large: TestServer;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await query(
      scratch.url,
      `INSERT INTO organisation (id, name, legal_form, legal_form_certainty, family, sectors, headcount, search_text, updated_at)
       SELECT 'org-' || lpad(i::text, 5, '0'), 'Organisation ' || i, 'ASSOCIATION', 'STATED', 'ASSOCIATION', '{CULTURE,SPORT_LOISIRS}',
              CASE WHEN i % 3 = 0 THEN i END, 'organisation ' || i, now()
         FROM generate_series(1, 3000) i`,
    );
    await query(
      scratch.url,
      `INSERT INTO cooperation (id, kind, organisation_a_id, organisation_b_id, since_year)
       SELECT 'coop-' || i || '-' || k, 'MUTUALISATION', 'org-' || lpad(i::text, 5, '0'), 'org-' || lpad((i + k)::text, 5, '0'),
              2000 + k % 20
         FROM generate_series(1, 2950) i, generate_series(1, 50) k`,
    );
    await query(
      scratch.url,
      `INSERT INTO organisation (id, name, legal_form, legal_form_certainty, family, sectors, headcount, search_text, updated_at)
       VALUES ('tricky-1', $1, 'SCIC', 'STATED', 'COOPERATIVE', '{}', 12, 'tricky', now()),
              ('tricky-2', 'Ordinaire', 'ASSOCIATION', 'STATED', 'ASSOCIATION', '{CULTURE}', NULL, 'ordinaire', now())`,
      [TRICKY_NAME],
    );
    await query(
      scratch.url,
      `INSERT INTO cooperation (id, kind, organisation_a_id, organisation_b_id, statement)
       VALUES ('tricky', 'PARTENARIAT_DECLARE', 'tricky-1', 'tricky-2', 'Partenariat "déclaré", avec <balises> & virgules')`,
    );
    await query(scratch.url, "ANALYZE");
    large = await startTestServer({ databaseUrl: scratch.url });
  }, 120_000);

  afterAll(async () => {
    await large?.close();
    await scratch?.drop();
  });

  it("escapes names in every format: XML-valid, read back as written", async () => {
    const path = "kinds=PARTENARIAT_DECLARE";
    const gexf = await ok(`/exports/cooperation.gexf?${path}`, large);
    validateGexf(gexf.file, "1.2draft");
    const fromGexf = networkx(gexf.file, "gexf", "tricky-1", ["tricky-1", "tricky-2"]);
    expect(fromGexf.node!.label[0]).toBe(TRICKY_CLEAN_XML);
    expect(fromGexf.node!.jobs).toEqual([12, "int"]);
    expect(fromGexf.edges).toBe(1);
    const gexf13 = await ok(`/exports/cooperation.gexf?${path}&version=1.3`, large);
    validateGexf(gexf13.file, "1.3");
    const graphml = await ok(`/exports/cooperation.graphml?${path}`, large);
    expect(networkx(graphml.file, "graphml", "tricky-1").node!.label[0]).toBe(TRICKY_CLEAN_XML);
    const csv = readCsv((await ok(`/exports/cooperation-nodes.csv?${path}`, large)).file);
    expect(csv.rows.find((row) => row[0] === "tricky-1")![1]).toBe(TRICKY_NAME);
    const json = Graph.from(JSON.parse((await ok(`/exports/cooperation.json?${path}`, large)).text));
    expect(json.getNodeAttribute("tricky-1", "label")).toBe(TRICKY_NAME);
  });

  it("streams the whole graph: the SQL's counts", async () => {
    const want = await expected({}, large.prisma);
    expect(want.edges).toBeGreaterThan(140_000);
    const edges = await ok("/exports/cooperation-edges.csv", large);
    expect(edges.text.split("\r\n").length - 2).toBe(want.edges);
    const json = Graph.from(JSON.parse((await ok("/exports/cooperation.json", large)).text));
    expect([json.order, json.size]).toEqual([want.nodes, want.edges]);
  });

  /** Starts a download and stops reading after its first bytes: the server then waits on the socket. */
  async function stalledDownload(
    path: string,
    headers: Record<string, string> = {},
    socketPath?: string,
  ): Promise<{ response: IncomingMessage; first: string; firstBytes: Buffer; destroy(): void }> {
    return new Promise((resolve, reject) => {
      const onResponse = (response: IncomingMessage) => {
        response.once("data", (first: Buffer) => {
          response.pause();
          resolve({ response, first: first.toString("utf8"), firstBytes: first, destroy: () => request.destroy() });
        });
      };
      const request = socketPath
        ? httpRequest({ socketPath, path, headers }, onResponse)
        : httpRequest(`${large.url}${path}`, { headers }, onResponse);
      request.on("error", (error) => {
        if (!request.destroyed) reject(error);
      });
      request.end();
    });
  }

  const exportBackends = async () =>
    (await query<{ n: number }>(scratch.url, "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1", [EXPORT_APPLICATION_NAME]))[0].n;
  /** An export is reading edges (its statements are named in a comment). */
  const readingEdges = async () =>
    (await query<{ n: number }>(
      scratch.url,
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND query LIKE '/* graph export: edges */%'",
      [EXPORT_APPLICATION_NAME],
    ))[0].n === 1;

  async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("condition not met in time");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it("a client that goes away mid-stream releases the connection and the cursor", async () => {
    const pool = poolOf(large.prisma);
    const stalled = await stalledDownload("/exports/cooperation.gexf");
    expect(stalled.response.statusCode).toBe(200);
    // The nodes are written, the edges (tens of megabytes) fill the sockets'
    // buffers: the export waits for the client, its cursor open.
    await eventually(readingEdges);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await readingEdges()).toBe(true);
    expect(pool.totalCount - pool.idleCount).toBe(1);

    stalled.destroy();
    await eventually(async () => pool.totalCount === pool.idleCount && (await exportBackends()) === 0);
    // And the server goes on serving.
    const next = await ok("/exports/cooperation-nodes.csv?kinds=PARTENARIAT_DECLARE", large);
    expect(readCsv(next.file).rows.length).toBeGreaterThan(3000);
  });

  it("a slow client outlasting the pool's statement timeout (5 s) still gets the whole file", async () => {
    const want = await expected({}, large.prisma);
    const stalled = await stalledDownload("/exports/cooperation-edges.csv");
    await eventually(readingEdges);
    await new Promise((resolve) => setTimeout(resolve, 6000));
    // The first chunk (at least the header) arrived before the pause.
    let lines = stalled.first.split("\r\n").length - 1;
    let tail = stalled.first.slice(stalled.first.lastIndexOf("\r\n") + 2);
    stalled.response.setEncoding("utf8");
    stalled.response.on("data", (chunk: string) => {
      const text = tail + chunk;
      const parts = text.split("\r\n");
      tail = parts.pop()!;
      lines += parts.length;
    });
    stalled.response.resume();
    await new Promise((resolve, reject) => {
      stalled.response.on("end", resolve);
      stalled.response.on("error", reject);
    });
    expect(stalled.response.complete).toBe(true);
    expect(tail).toBe("");
    expect(lines - 1).toBe(want.edges); // the header, then one line per edge
  });

  it.each(["gzip", "br"])("compressed (%s): the file's opening comes first, a slow client is waited for, the file is whole", async (encoding) => {
    const want = await expected({}, large.prisma);
    // Through a Unix socket: its buffers stay small, where loopback TCP's grow
    // to tens of megabytes and would swallow the whole compressed file, hiding
    // whether the export waits for the client.
    const socketPath = join(scratchDir, `export-${encoding}.sock`);
    const socketServer = createServer(large.handler);
    await new Promise<void>((resolve) => socketServer.listen(socketPath, resolve));
    try {
      const stalled = await stalledDownload("/exports/cooperation.gexf", { "accept-encoding": encoding }, socketPath);
      expect(stalled.response.headers["content-encoding"]).toBe(encoding);
      // What is already there decodes on its own to the file's opening: the
      // compressor is flushed as the export goes, not only when its buffer fills.
      // (The flushed block may reach the socket just after the compressor's
      // header: what is there is read until the opening decodes, a few seconds at most.)
      const chunks = [stalled.firstBytes];
      const opening = () => {
        for (let chunk = stalled.response.read() as Buffer | null; chunk; chunk = stalled.response.read() as Buffer | null) chunks.push(chunk);
        const received = Buffer.concat(chunks);
        return (encoding === "gzip"
          ? gunzipSync(received, { finishFlush: zlibConstants.Z_SYNC_FLUSH })
          : brotliDecompressSync(received, { finishFlush: zlibConstants.BROTLI_OPERATION_FLUSH })).toString("utf8");
      };
      await eventually(() => /^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf /.test(opening()), 5_000);
      // The first bytes came before the export had read its edges (the
      // compressor was flushed after the file's opening), and the export then
      // waits on the paused client rather than compressing the whole graph into memory.
      await eventually(readingEdges);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await readingEdges()).toBe(true);

      stalled.response.on("data", (chunk: Buffer) => chunks.push(chunk));
      stalled.response.resume();
      await new Promise((resolve, reject) => {
        stalled.response.on("end", resolve);
        stalled.response.on("error", reject);
      });
      const wire = Buffer.concat(chunks);
      const text = (encoding === "gzip" ? gunzipSync(wire) : brotliDecompressSync(wire)).toString("utf8");
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      expect(text.endsWith("</gexf>\n")).toBe(true);
      expect(text.match(/<edge /g)?.length).toBe(want.edges);
      expect(text.match(/<node /g)?.length).toBe(want.nodes);
      expect(wire.length).toBeLessThan(text.length / 4);
    } finally {
      socketServer.closeAllConnections();
      await new Promise((resolve) => socketServer.close(resolve));
    }
  });

  it("refuses a third download at once rather than starving the API of connections", async () => {
    const first = await stalledDownload("/exports/cooperation.graphml");
    const second = await stalledDownload("/exports/cooperation.json");
    try {
      const third = await download("/exports/cooperation-edges.csv", large);
      expect(third.status).toBe(503);
      expect(JSON.parse(third.text).errors[0].message).toMatch(/Trop de téléchargements/);
    } finally {
      first.destroy();
      second.destroy();
    }
    await eventually(async () => (await exportBackends()) === 0);
    expect((await download("/exports/cooperation-nodes.csv?kinds=PARTENARIAT_DECLARE", large)).status).toBe(200);
  });
});
