import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../tests/support/server.ts";
import { sourceCommunes, sourceEpcis } from "../../tests/support/official-source.ts";

const CALL = "246200364"; // CA de Lens-Liévin

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("territory(code, kind)", () => {
  it("finds Lens by its INSEE code with its EPCI, département and région", async () => {
    const { data, errors } = await server.graphql(`{
      territory(code: "62498") { code name kind population postalCodes
        epci { code name epciNature } departement { code name } region { code name } } }`);
    expect(errors).toBeUndefined();
    const lens = sourceCommunes().find((commune) => commune.code === "62498")!;
    expect(data.territory).toEqual({
      code: "62498", name: "Lens", kind: "COMMUNE", population: lens.population, postalCodes: ["62300"],
      epci: { code: CALL, name: "CA de Lens - Liévin", epciNature: "COMMUNAUTE_AGGLOMERATION" },
      departement: { code: "62", name: "Pas-de-Calais" },
      region: { code: "32", name: "Hauts-de-France" },
    });
  });

  it("addresses an EPCI by SIREN, a département by 62 and a région by 32 with kind REGION", async () => {
    const { data } = await server.graphql(`{
      epci: territory(code: "${CALL}") { kind name epciNature parents { kind code } }
      departement: territory(code: "62") { kind name region { code } }
      region: territory(code: "32", kind: REGION) { kind name }
      gers: territory(code: "32") { kind name } }`);
    expect(data.epci).toMatchObject({ kind: "EPCI", name: "CA de Lens - Liévin", epciNature: "COMMUNAUTE_AGGLOMERATION" });
    expect(data.epci.parents).toEqual([{ kind: "REGION", code: "32" }, { kind: "DEPARTEMENT", code: "62" }]);
    expect(data.departement).toEqual({ kind: "DEPARTEMENT", name: "Pas-de-Calais", region: { code: "32" } });
    expect(data.region).toEqual({ kind: "REGION", name: "Hauts-de-France" });
    // Without a kind, two digits are a département: 32 is the Gers.
    expect(data.gers).toEqual({ kind: "DEPARTEMENT", name: "Gers" });
  });

  it("knows the 18 régions of France, overseas collectivities being no région", async () => {
    const { data } = await server.graphql(`{ territories(kind: REGION, first: 100) { totalCount edges { node { code } } } }`);
    expect(data.territories.totalCount).toBe(18);
    expect(data.territories.edges.map((edge: { node: { code: string } }) => edge.node.code)).not.toContain("975");
  });

  it("answers null for a well-formed code that no territory has", async () => {
    const { data, errors } = await server.graphql(`{ territory(code: "99999") { name } }`);
    expect(errors).toBeUndefined();
    expect(data.territory).toBeNull();
  });

  it.each([
    ["lens", undefined],
    ["6249", undefined],
    ["62", "COMMUNE"],
    ["62498", "EPCI"],
  ])("refuses the malformed code %s (kind %s) naming the argument", async (code, kind) => {
    const { data, errors } = await server.graphql(`query ($code: String!, $kind: TerritoryKind) { territory(code: $code, kind: $kind) { name } }`, { code, kind });
    expect(data?.territory ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
    expect(errors![0].path).toEqual(["territory"]);
    expect(errors![0].message).toContain(code);
  });

  it("finds an EPCI that spans two départements from both, with the principal one as its département", async () => {
    const communeDepartement = new Map(sourceCommunes().map((commune) => [commune.code, commune.departement]));
    const spanning = sourceEpcis().find((epci) => new Set(epci.membres.map((member) => communeDepartement.get(member.code))).size === 2)!;
    const departements = [...new Set(spanning.membres.map((member) => communeDepartement.get(member.code)!))];
    const { data } = await server.graphql(`query ($code: String!) { territory(code: $code) { departement { code } parents { kind code } } }`, { code: spanning.code });
    const parentDepartements = data.territory.parents.filter((parent: { kind: string }) => parent.kind === "DEPARTEMENT").map((parent: { code: string }) => parent.code);
    expect(parentDepartements.sort()).toEqual(departements.sort());
    expect(departements).toContain(data.territory.departement.code);
    for (const departement of departements) {
      const { data: within } = await server.graphql(`query ($within: String!, $search: String!) { territories(kind: EPCI, within: $within, search: $search) { edges { node { code } } } }`, { within: departement, search: spanning.nom });
      expect(within.territories.edges.map((edge: { node: { code: string } }) => edge.node.code)).toContain(spanning.code);
    }
  });
});

describe("territories(search)", () => {
  const names = async (search: string, kind?: string) => {
    const { data, errors } = await server.graphql(`query ($search: String, $kind: TerritoryKind) { territories(search: $search, kind: $kind, first: 20) { totalCount edges { node { name kind } } } }`, { search, kind });
    expect(errors).toBeUndefined();
    return data.territories.edges.map((edge: { node: { name: string } }) => edge.node.name) as string[];
  };

  it("ignores accents and case", async () => {
    expect(await names("lievin")).toEqual(expect.arrayContaining(["Liévin", "CA de Lens - Liévin"]));
    expect(await names("LIÉVIN")).toEqual(await names("lievin"));
  });

  it("matches the start of any word", async () => {
    expect(await names("Hénin")).toEqual(expect.arrayContaining(["Hénin-Beaumont", "CA d'Hénin-Carvin"]));
    expect(await names("porte du hain", "EPCI")).toEqual(["CA de la Porte du Hainaut"]);
    // Inside a word is not a match: "ievin" is no word start.
    expect(await names("ievin")).toEqual([]);
  });

  it("lists the most populated first", async () => {
    const { data } = await server.graphql(`{ territories(search: "lens") { edges { node { name population } } } }`);
    const populations = data.territories.edges.map((edge: { node: { population: number } }) => edge.node.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(data.territories.edges[0].node.name).toBe("CA de Lens - Liévin");
  });

  it("finds communes by postal code, not by an INSEE code that happens to be the same", async () => {
    const { data, errors } = await server.graphql(`{ territories(kind: COMMUNE, search: "62300", first: 50) { edges { node { code name postalCodes } } } }`);
    expect(errors).toBeUndefined();
    const found = data.territories.edges.map((edge: { node: { code: string; postalCodes: string[] } }) => edge.node);
    const expected = (sourceCommunes() as (ReturnType<typeof sourceCommunes>[number] & { codesPostaux?: string[] })[])
      .filter((commune) => commune.codesPostaux?.includes("62300")).map((commune) => commune.code);
    expect(expected).toContain("62498");
    expect(found.map((commune: { code: string }) => commune.code).sort()).toEqual(expected.sort());
    // 62300 is also the INSEE code of Équihen-Plage (postal code 62224).
    expect(found.map((commune: { name: string }) => commune.name)).not.toContain("Équihen-Plage");
    expect(sourceCommunes().find((commune) => commune.code === "62300")?.nom).toBe("Équihen-Plage");
  });

  it("narrows a postal code by a word of the name", async () => {
    expect(await names("62300 len", "COMMUNE")).toEqual(["Lens"]);
    expect(await names("62300 lievin", "COMMUNE")).toEqual([]);
  });
});

describe("territories(within) and communes", () => {
  const callMembers = () => sourceEpcis().find((epci) => epci.code === CALL)!.membres.map((member) => member.code);

  it("lists exactly the member communes of the CA de Lens-Liévin", async () => {
    const { data } = await server.graphql(`{ territories(kind: COMMUNE, within: "${CALL}", first: 100) { totalCount pageInfo { hasNextPage } edges { node { code epci { code } } } } }`);
    expect(data.territories.totalCount).toBe(callMembers().length);
    expect(data.territories.pageInfo.hasNextPage).toBe(false);
    expect(data.territories.edges.map((edge: { node: { code: string } }) => edge.node.code).sort()).toEqual(callMembers().sort());
    expect(new Set(data.territories.edges.map((edge: { node: { epci: { code: string } } }) => edge.node.epci.code))).toEqual(new Set([CALL]));
  });

  it("counts the communes of the Pas-de-Calais as the official list does", async () => {
    const { data } = await server.graphql(`{ territory(code: "62") { communes(first: 1) { totalCount } } }`);
    expect(data.territory.communes.totalCount).toBe(sourceCommunes().filter((commune) => commune.departement === "62").length);
  });

  it("pages through every commune once, in the order of a single page", async () => {
    const { data: whole } = await server.graphql(`{ territory(code: "${CALL}") { communes(first: 100) { edges { node { code } } } } }`);
    const expected = whole.territory.communes.edges.map((edge: { node: { code: string } }) => edge.node.code);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { data, errors }: { data?: any; errors?: unknown } = await server.graphql(`query ($after: String) { territory(code: "${CALL}") { communes(first: 10, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { code } } } } }`, { after });
      expect(errors).toBeUndefined();
      const connection: any = data.territory.communes;
      expect(connection.totalCount).toBe(callMembers().length);
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...connection.edges.map((edge: { node: { code: string } }) => edge.node.code));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(seen).toHaveLength(callMembers().length);
  });

  it("still counts every commune on a page past the end", async () => {
    const { data: all } = await server.graphql(`{ territory(code: "${CALL}") { communes(first: 100) { pageInfo { endCursor } } } }`);
    const { data } = await server.graphql(`query ($after: String) { territory(code: "${CALL}") { communes(after: $after) { totalCount pageInfo { hasNextPage } edges { cursor } } } }`, { after: all.territory.communes.pageInfo.endCursor });
    expect(data.territory.communes).toEqual({ totalCount: callMembers().length, pageInfo: { hasNextPage: false }, edges: [] });
  });

  it("has no communes below a commune", async () => {
    const { data } = await server.graphql(`{ territory(code: "62498") { communes { totalCount } } }`);
    expect(data.territory.communes).toBeNull();
  });

  it("refuses an unknown or malformed container naming within", async () => {
    for (const within of ["999999999", "nowhere"]) {
      const { errors } = await server.graphql(`query ($within: String) { territories(within: $within) { totalCount } }`, { within });
      expect(errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "within" });
    }
  });
});

describe("batching", () => {
  const epciPage = (first: number) => `{
    territories(kind: EPCI, within: "62", first: ${first}) { edges { node { name departement { name } region { name }
      communes(first: 10) { totalCount edges { node { name population } } } } } } }`;

  it("runs no SQL statement for 2 or 100 EPCI with their communes: the territories are in memory", async () => {
    const small = await server.graphql(epciPage(2));
    const large = await server.graphql(epciPage(100));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.territories.edges.length).toBeGreaterThan(10);
    for (const { node } of large.data.territories.edges) {
      expect(node.communes.edges.length).toBeGreaterThan(0);
      expect(node.departement.name).toBeTruthy();
      expect(node.region.name).toBe("Hauts-de-France");
    }
    // The container of `within`, the page, its parents, the nested pages with
    // their totals: all read from the copy each process keeps (territory.store.ts).
    expect(small.sqlStatements).toBe(0);
    expect(large.sqlStatements).toBe(0);
  });

  it("reads the parents of 100 communes without a statement", async () => {
    const bare = await server.graphql(`{ territories(kind: COMMUNE, within: "62", first: 100) { edges { node { code } } } }`);
    const withParents = await server.graphql(`{ territories(kind: COMMUNE, within: "62", first: 100) { edges { node { code epci { name } departement { name } region { name } parents { name } } } } }`);
    expect(bare.sqlStatements).toBe(0);
    expect(withParents.sqlStatements).toBe(0);
  });
});

describe("pages and cursors", () => {
  it("caps the page size at 100, naming the argument", async () => {
    const { errors } = await server.graphql(`{ territories(first: 101) { totalCount } }`);
    expect(errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(errors![0].message).toMatch(/100/);
  });

  it("caps nested pages too, with the path of the field", async () => {
    const { errors } = await server.graphql(`{ territory(code: "62") { communes(first: 500) { totalCount } } }`);
    expect(errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(errors![0].path).toEqual(["territory", "communes"]);
  });

  it.each(["not-a-cursor", Buffer.from('["x",1]').toString("base64url"), Buffer.from("[1]").toString("base64url")])(
    "refuses the forged cursor %s",
    async (after) => {
      const { errors } = await server.graphql(`query ($after: String) { territories(after: $after) { totalCount } }`, { after });
      expect(errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    },
  );
});
