// The file formats of the cooperation graph downloads, written by hand item
// by item so that a national graph streams without ever being held whole:
//
//   GEXF 1.2draft / 1.3   Gephi (timeline), networkx (1.2draft), validated against the official XSD
//   GraphML               networkx, igraph (R and Python), Cytoscape
//   CSV nodes / edges     pandas, R (read.csv, readr), spreadsheets
//   JSON                  graphology's serialization format (Graph.from / graph.import), sigma.js
//
// Every format carries the same attributes (names in camelCase, in snake_case
// for the CSV columns):
//
// Nodes — id: the organisation's id, "collective:<id>" for a collective (bipartite graphs)
//   label           the name
//   kind            "organisation" or "collective"
//   family          ESS family (EssFamily: ASSOCIATION, COOPERATIVE…)
//   legalForm       legal form (LegalForm: ASSOCIATION, SCIC…), absent when unknown (family too)
//   legalFormCertainty  how the legal form is known: STATED by a document, or INFERRED
//   sectors         sectors (Sector), joined with "|" (an array in JSON)
//   commune         name of the commune; communeCode its INSEE code
//   epci            name of the EPCI; epciCode its SIREN
//   departement     code of the département; region: code of the région
//   jobs            headcount (integer), absent when unknown
//   cotessMember    member or co-animator of a COTESS (boolean)
//   maisonMember    manager or tenant of a Maison de l'ESS (boolean)
//   inScope         located in the territory asked (boolean); the others are partners from elsewhere
//   collectiveKind  a collective's kind (CollectiveKind), collectives only
// Organisation attributes are absent on collectives; absent values are
// empty cells in the CSV and missing keys elsewhere.
//
// Edges — undirected, one per pair of nodes:
//   weight      number of ties between the pair (1 for a membership)
//   ties        the same, as an integer attribute
//   kinds       kinds of the ties (CooperationKind), joined with "|" (an array in JSON); "MEMBERSHIP" for
//               an organisation–collective edge
//   provenance  where each tie comes from, "<VIA>:<id>" (STATEMENT, COLLECTIVE, EVENT, MAISON,
//               SHAREHOLDING), joined with "|" (an array in JSON)
//   certainty   STATED when at least one of the pair's ties is stated by a document (or entered in
//               Maillage), INFERRED when all are inferred (a membership, a sociétariat read from the
//               documents); a membership edge: how the membership is known
//   start, end  first and last day of the pair's ties (YYYY-MM-DD), absent when open
//   role        the organisation's role(s) in the collective (MembershipRole, joined with "|"), memberships only
//
// No list-valued attribute types (GEXF liststring…): networkx cannot read
// them, so lists are joined with "|", which no enum value contains.
import { spreadsheetSafe } from "../core/csv.ts";

/** A node as every format writes it; null: absent. */
export interface ExportNode {
  id: string;
  label: string;
  kind: "organisation" | "collective";
  family: string | null;
  legalForm: string | null;
  legalFormCertainty: string | null;
  sectors: string[] | null;
  commune: string | null;
  communeCode: string | null;
  epci: string | null;
  epciCode: string | null;
  departement: string | null;
  region: string | null;
  jobs: number | null;
  cotessMember: boolean | null;
  maisonMember: boolean | null;
  inScope: boolean | null;
  collectiveKind: string | null;
}

export interface ExportEdge {
  source: string;
  target: string;
  weight: number;
  kinds: string[];
  provenance: string[];
  /** STATED or INFERRED. */
  certainty: string;
  /** YYYY-MM-DD */
  start: string | null;
  end: string | null;
  role: string | null;
}

/** What a file says of itself (GEXF meta, GraphML and JSON graph attributes). */
export interface ExportMeta {
  /** One line in French: territory, kinds, period… */
  description: string;
  /** YYYY-MM-DD */
  date: string;
  /** Graph attributes of the JSON file. */
  attributes: Record<string, unknown>;
}

export interface GraphFormat {
  contentType: string;
  extension: string;
  /** Which halves the file holds: the others are not even queried. */
  writesNodes: boolean;
  writesEdges: boolean;
  begin(meta: ExportMeta): string;
  node(node: ExportNode): string;
  /** Between the last node and the first edge. */
  middle(): string;
  edge(edge: ExportEdge): string;
  end(): string;
}

type AttributeType = "string" | "integer" | "boolean" | "double";
type Value = string | number | boolean | string[] | null;

interface Attribute<T> {
  /** camelCase: GEXF title, GraphML attr.name, JSON key. */
  name: string;
  /** snake_case: CSV column. */
  column: string;
  type: AttributeType;
  value(item: T): Value;
}

const NODE_ATTRIBUTES: readonly Attribute<ExportNode>[] = [
  { name: "kind", column: "kind", type: "string", value: (n) => n.kind },
  { name: "family", column: "family", type: "string", value: (n) => n.family },
  { name: "legalForm", column: "legal_form", type: "string", value: (n) => n.legalForm },
  { name: "legalFormCertainty", column: "legal_form_certainty", type: "string", value: (n) => n.legalFormCertainty },
  { name: "sectors", column: "sectors", type: "string", value: (n) => n.sectors },
  { name: "commune", column: "commune", type: "string", value: (n) => n.commune },
  { name: "communeCode", column: "commune_code", type: "string", value: (n) => n.communeCode },
  { name: "epci", column: "epci", type: "string", value: (n) => n.epci },
  { name: "epciCode", column: "epci_code", type: "string", value: (n) => n.epciCode },
  { name: "departement", column: "departement", type: "string", value: (n) => n.departement },
  { name: "region", column: "region", type: "string", value: (n) => n.region },
  { name: "jobs", column: "jobs", type: "integer", value: (n) => n.jobs },
  { name: "cotessMember", column: "cotess_member", type: "boolean", value: (n) => n.cotessMember },
  { name: "maisonMember", column: "maison_member", type: "boolean", value: (n) => n.maisonMember },
  { name: "inScope", column: "in_scope", type: "boolean", value: (n) => n.inScope },
  { name: "collectiveKind", column: "collective_kind", type: "string", value: (n) => n.collectiveKind },
];

// weight, start and end are XML attributes of a GEXF edge, data elsewhere.
const EDGE_ATTRIBUTES: readonly Attribute<ExportEdge>[] = [
  { name: "kinds", column: "kinds", type: "string", value: (e) => e.kinds },
  { name: "provenance", column: "provenance", type: "string", value: (e) => e.provenance },
  { name: "certainty", column: "certainty", type: "string", value: (e) => e.certainty },
  { name: "ties", column: "ties", type: "integer", value: (e) => e.weight },
  { name: "role", column: "role", type: "string", value: (e) => e.role },
];

const joined = (value: Exclude<Value, null>): string => (Array.isArray(value) ? value.join("|") : String(value));

// ─── XML ────────────────────────────────────────────────────────────────────

// Characters XML 1.0 forbids (C0 controls but tab, CR and LF; unpaired
// surrogates; U+FFFE and U+FFFF): a name pasted from a word processor must
// not make the whole file unreadable. They are dropped.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_ESCAPING = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ESCAPES: Record<string, string> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
  // Character references keep them through attribute-value normalisation,
  // which would otherwise turn them into spaces.
  "\t": "&#9;", "\n": "&#10;", "\r": "&#13;",
};

/** Text for an attribute value between double quotes, or element content. */
export function xml(text: string): string {
  // Most names need nothing: one test instead of two replacements.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(FORBIDDEN_IN_XML, "").replace(/[&<>"\t\n\r]/g, (character) => ESCAPES[character]);
}

const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';

// ─── GEXF ───────────────────────────────────────────────────────────────────

export type GexfVersion = "1.2draft" | "1.3";

const GEXF_NAMESPACE: Record<GexfVersion, { namespace: string; version: string; graph: string }> = {
  "1.2draft": {
    namespace: "http://www.gexf.net/1.2draft",
    version: "1.2",
    graph: 'mode="dynamic" defaultedgetype="undirected" timeformat="date"',
  },
  // 1.3 says how times are given: intervals (start, end) rather than timestamps.
  "1.3": {
    namespace: "http://gexf.net/1.3",
    version: "1.3",
    graph: 'mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval"',
  },
};

// Attribute ids are their positions: short, for a million attvalues.
function gexfAttributes<T>(target: "node" | "edge", attributes: readonly Attribute<T>[]): string {
  const declarations = attributes
    .map((attribute, index) => `      <attribute id="${index}" title="${attribute.name}" type="${attribute.type}"/>\n`)
    .join("");
  return `    <attributes class="${target}" mode="static">\n${declarations}    </attributes>\n`;
}

function gexfValues<T>(item: T, attributes: readonly Attribute<T>[]): string {
  let values = "";
  for (let index = 0; index < attributes.length; index += 1) {
    const value = attributes[index].value(item);
    if (value !== null) values += `<attvalue for="${index}" value="${xml(joined(value))}"/>`;
  }
  return values ? `<attvalues>${values}</attvalues>` : "";
}

/**
 * GEXF: undirected, dynamic (edges carry the start and end of their ties, so
 * that Gephi's timeline filters them), typed static attributes. The XSD of
 * both versions wants the <attributes> before <nodes>, <nodes> before <edges>
 * (1.3), and labels as tokens; <attvalues> is the only child of a node or edge.
 */
export function gexfFormat(version: GexfVersion): GraphFormat {
  const { namespace, version: number, graph } = GEXF_NAMESPACE[version];
  let edgeId = 0;
  return {
    contentType: "application/xml; charset=utf-8",
    extension: "gexf",
    writesNodes: true,
    writesEdges: true,
    begin: (meta) =>
      XML_PROLOG +
      `<gexf xmlns="${namespace}" version="${number}">\n` +
      `  <meta lastmodifieddate="${meta.date}">\n    <creator>Maillage</creator>\n` +
      `    <description>${xml(meta.description)}</description>\n  </meta>\n` +
      `  <graph ${graph}>\n` +
      gexfAttributes("node", NODE_ATTRIBUTES) +
      gexfAttributes("edge", EDGE_ATTRIBUTES) +
      "    <nodes>\n",
    node: (node) => `      <node id="${xml(node.id)}" label="${xml(node.label)}">${gexfValues(node, NODE_ATTRIBUTES)}</node>\n`,
    middle: () => "    </nodes>\n    <edges>\n",
    edge: (edge) => {
      // An interval ending before it starts (memberships recorded
      // inconsistently) would be refused by Gephi's timeline: such an edge
      // is written without its dates rather than dropped.
      const dated = !(edge.start && edge.end && edge.start > edge.end);
      const start = dated && edge.start ? ` start="${edge.start}"` : "";
      const end = dated && edge.end ? ` end="${edge.end}"` : "";
      const id = edgeId;
      edgeId += 1;
      return (
        `      <edge id="${id}" source="${xml(edge.source)}" target="${xml(edge.target)}" weight="${edge.weight}"${start}${end}>` +
        `${gexfValues(edge, EDGE_ATTRIBUTES)}</edge>\n`
      );
    },
    end: () => "    </edges>\n  </graph>\n</gexf>\n",
  };
}

// ─── GraphML ────────────────────────────────────────────────────────────────

const GRAPHML_TYPE: Record<AttributeType, string> = { string: "string", integer: "int", boolean: "boolean", double: "double" };

const GRAPHML_NODE_ATTRIBUTES: readonly Attribute<ExportNode>[] = [
  { name: "label", column: "label", type: "string", value: (n) => n.label },
  ...NODE_ATTRIBUTES,
];
// weight as a double, the type weighted algorithms expect (networkx reads
// GEXF weights as floats too); ties is the same count as an integer.
const GRAPHML_EDGE_ATTRIBUTES: readonly Attribute<ExportEdge>[] = [
  { name: "weight", column: "weight", type: "double", value: (e) => e.weight },
  ...EDGE_ATTRIBUTES,
  { name: "start", column: "start", type: "string", value: (e) => e.start },
  { name: "end", column: "end", type: "string", value: (e) => e.end },
];

function graphmlData<T>(item: T, attributes: readonly Attribute<T>[], offset: number): string {
  let data = "";
  for (let index = 0; index < attributes.length; index += 1) {
    const value = attributes[index].value(item);
    if (value !== null) data += `<data key="d${offset + index}">${xml(joined(value))}</data>`;
  }
  return data;
}

/**
 * GraphML with typed keys d0… (attr.name says what each is), undirected.
 * Absent values have no <data>: networkx leaves the attribute out, igraph
 * reads NA (NaN, "" or FALSE by type).
 */
export function graphmlFormat(): GraphFormat {
  const edgeOffset = GRAPHML_NODE_ATTRIBUTES.length;
  const graphKey = edgeOffset + GRAPHML_EDGE_ATTRIBUTES.length;
  const keys = [
    ...GRAPHML_NODE_ATTRIBUTES.map((attribute, index) => ["node", attribute, index] as const),
    ...GRAPHML_EDGE_ATTRIBUTES.map((attribute, index) => ["edge", attribute, edgeOffset + index] as const),
  ]
    .map(([target, attribute, index]) =>
      `  <key id="d${index}" for="${target}" attr.name="${attribute.name}" attr.type="${GRAPHML_TYPE[attribute.type]}"/>\n`)
    .join("");
  return {
    contentType: "application/xml; charset=utf-8",
    extension: "graphml",
    writesNodes: true,
    writesEdges: true,
    begin: (meta) =>
      XML_PROLOG +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      keys +
      `  <key id="d${graphKey}" for="graph" attr.name="description" attr.type="string"/>\n` +
      '  <graph id="cooperation" edgedefault="undirected">\n' +
      `    <data key="d${graphKey}">${xml(meta.description)}</data>\n`,
    node: (node) => `    <node id="${xml(node.id)}">${graphmlData(node, GRAPHML_NODE_ATTRIBUTES, 0)}</node>\n`,
    middle: () => "",
    edge: (edge) =>
      `    <edge source="${xml(edge.source)}" target="${xml(edge.target)}">${graphmlData(edge, GRAPHML_EDGE_ATTRIBUTES, edgeOffset)}</edge>\n`,
    end: () => "  </graph>\n</graphml>\n",
  };
}

// ─── CSV ────────────────────────────────────────────────────────────────────

// Research files (pandas, R): RFC 4180, "," separators, CRLF line ends, no
// BOM (read_csv would keep it in the first column's name), English
// snake_case headers, booleans as true/false, absent values as empty cells.
//
// cooperation-nodes.csv: id, label, kind, family, legal_form, legal_form_certainty, sectors, commune,
//   commune_code, epci, epci_code, departement, region, jobs, cotess_member, maison_member, in_scope,
//   collective_kind
// cooperation-edges.csv: source, target, weight, kinds, provenance, certainty, start, end, role
// (the attributes above; lists joined with "|").
// Text cells go through spreadsheetSafe (core/csv.ts): a would-be formula
// gets a leading apostrophe; numbers and booleans are written as they are.
const CSV_QUOTE = /[",\r\n]/;

export function csvField(value: Value): string {
  if (value === null) return "";
  const text = typeof value === "number" || typeof value === "boolean" ? String(value) : spreadsheetSafe(joined(value));
  return CSV_QUOTE.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (fields: Value[]) => `${fields.map(csvField).join(",")}\r\n`;

export const CSV_NODE_COLUMNS = ["id", "label", ...NODE_ATTRIBUTES.map((attribute) => attribute.column)];
export const CSV_EDGE_COLUMNS = ["source", "target", "weight", "kinds", "provenance", "certainty", "start", "end", "role"];

export function csvNodesFormat(): GraphFormat {
  return {
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    writesNodes: true,
    writesEdges: false,
    begin: () => `${CSV_NODE_COLUMNS.join(",")}\r\n`,
    node: (node) => csvLine([node.id, node.label, ...NODE_ATTRIBUTES.map((attribute) => attribute.value(node))]),
    middle: () => "",
    edge: () => "",
    end: () => "",
  };
}

export function csvEdgesFormat(): GraphFormat {
  return {
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    writesNodes: false,
    writesEdges: true,
    begin: () => `${CSV_EDGE_COLUMNS.join(",")}\r\n`,
    node: () => "",
    middle: () => "",
    edge: (edge) =>
      csvLine([edge.source, edge.target, edge.weight, edge.kinds, edge.provenance, edge.certainty, edge.start, edge.end, edge.role]),
    end: () => "",
  };
}

// ─── JSON (graphology) ──────────────────────────────────────────────────────

function jsonAttributes<T>(item: T, attributes: readonly Attribute<T>[], first: string): string {
  let json = first;
  for (const attribute of attributes) {
    const value = attribute.value(item);
    if (value !== null) json += `,${JSON.stringify(attribute.name)}:${JSON.stringify(value)}`;
  }
  return `{${json}}`;
}

// weight comes first, written directly.
const JSON_EDGE_ATTRIBUTES = GRAPHML_EDGE_ATTRIBUTES.slice(1);

/**
 * graphology's serialization format, what `Graph.from(json)` and
 * `graph.import(json)` read: { attributes, options, nodes: [{ key,
 * attributes }], edges: [{ source, target, attributes, undirected }] }. Edges
 * have no key: graphology makes them up, a pair being an edge's identity in a
 * simple graph. Lists stay arrays here.
 */
export function jsonFormat(): GraphFormat {
  let firstNode = true;
  let firstEdge = true;
  return {
    contentType: "application/json; charset=utf-8",
    extension: "json",
    writesNodes: true,
    writesEdges: true,
    begin: (meta) =>
      `{"attributes":${JSON.stringify(meta.attributes)},` +
      '"options":{"type":"undirected","multi":false,"allowSelfLoops":false},\n"nodes":[\n',
    node: (node) => {
      const separator = firstNode ? "" : ",\n";
      firstNode = false;
      return `${separator}{"key":${JSON.stringify(node.id)},"attributes":${jsonAttributes(node, NODE_ATTRIBUTES, `"label":${JSON.stringify(node.label)}`)}}`;
    },
    middle: () => '\n],\n"edges":[\n',
    edge: (edge) => {
      const separator = firstEdge ? "" : ",\n";
      firstEdge = false;
      const attributes = jsonAttributes(edge, JSON_EDGE_ATTRIBUTES, `"weight":${edge.weight}`);
      return `${separator}{"source":${JSON.stringify(edge.source)},"target":${JSON.stringify(edge.target)},"attributes":${attributes},"undirected":true}`;
    },
    end: () => "\n]}\n",
  };
}
