// The XML formats never carry a character XML 1.0 forbids, whatever the
// names hold: C0 controls but tab, LF and CR, unpaired surrogates (which a
// JavaScript string may hold, PostgreSQL never), U+FFFE and U+FFFF. Written
// through the formats' own functions and read back by xmllint (against the
// official GEXF schemas) and networkx.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { gexfFormat, graphmlFormat, type ExportEdge, type ExportNode, type GraphFormat } from "./graph.export.formats.ts";

const SCHEMAS = fileURLToPath(new URL("../../tests/formats/gexf/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "maillage-xml-formats-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The surrogates are unpaired: a low one, then a high one.
const FORBIDDEN = "\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uDFFF\uD800";
const LABEL = `Café${FORBIDDEN} « L'Étoile » 🌱 & <Co>\tfin`;
const CLEAN = "Café « L'Étoile » 🌱 & <Co>\tfin";

const node = (id: string, label: string): ExportNode => ({
  id, label, kind: "organisation", family: "ASSOCIATION", legalForm: "ASSOCIATION", legalFormCertainty: "STATED", sectors: ["CULTURE"],
  commune: `Lens${FORBIDDEN}`, communeCode: "62498", epci: null, epciCode: null, departement: "62", region: "32",
  jobs: 3, cotessMember: false, maisonMember: false, inScope: true, collectiveKind: null,
});
const edge: ExportEdge = {
  source: `a${FORBIDDEN}`, target: "b", weight: 2, kinds: ["MUTUALISATION"], provenance: [`STATEMENT:x${FORBIDDEN}`], certainty: "INFERRED",
  start: "2020-01-01", end: null, role: null,
};

function write(format: GraphFormat, name: string): string {
  const text = format.begin({ description: `Essai${FORBIDDEN}`, date: "2026-11-16", attributes: {} }) +
    format.node(node(`a${FORBIDDEN}`, LABEL)) + format.node(node("b", "Ordinaire")) + format.middle() + format.edge(edge) + format.end();
  const file = join(dir, name);
  writeFileSync(file, text, "utf8");
  return file;
}

const READ = `
import json, sys
import networkx as nx
path, kind = sys.argv[1:3]
g = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)
print(json.dumps({"nodes": {n: d for n, d in g.nodes(data=True)}, "edges": [[u, v] for u, v in g.edges()]}))
`;

function networkx(file: string, kind: "gexf" | "graphml") {
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", READ, file, kind], { encoding: "utf8" })) as {
    nodes: Record<string, Record<string, unknown>>;
    edges: [string, string][];
  };
}

describe("characters XML forbids are dropped from every name", () => {
  it.each(["1.2draft", "1.3"] as const)("GEXF %s: valid against the official XSD, read back with the names cleaned", (version) => {
    const file = write(gexfFormat(version), `graph-${version}.gexf`);
    execFileSync("xmllint", ["--noout", "--schema", join(SCHEMAS, version, "gexf.xsd"), file], { stdio: ["ignore", "pipe", "pipe"] });
    // networkx reads GEXF 1.2draft; 1.3 is read back by xmllint.
    if (version === "1.2draft") {
      const graph = networkx(file, "gexf");
      expect(graph.nodes.a.label).toBe(CLEAN);
      expect(graph.nodes.a.commune).toBe("Lens");
      expect(graph.edges).toEqual([["a", "b"]]);
    } else {
      const label = execFileSync("xmllint", ["--xpath", "string(//*[local-name()='node'][@id='a']/@label)", file], { encoding: "utf8" });
      expect(label.replace(/\n$/, "")).toBe(CLEAN);
    }
  });

  it("GraphML: well-formed for xmllint, read by networkx", () => {
    const file = write(graphmlFormat(), "graph.graphml");
    execFileSync("xmllint", ["--noout", file], { stdio: ["ignore", "pipe", "pipe"] });
    const graph = networkx(file, "graphml");
    expect(graph.nodes.a.label).toBe(CLEAN);
    expect(graph.edges).toEqual([["a", "b"]]);
  });
});
