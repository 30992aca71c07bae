// What a collectivité and a network animator ask of the ESS domain, answered
// from the demo data; expectations are computed from the reviewed data files
// and the official list, not from the code under test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { sourceCommunes, sourceEpcis } from "../support/official-source.ts";
import { familyOf } from "../../server/actors/legal-form.ts";
import { organisations } from "../../server/actors/data/organisations.ts";
import { people } from "../../server/actors/data/people.ts";
import { collectives } from "../../server/collectives/data/collectives.ts";
import { cotessList } from "../../server/cotess/data/cotess.ts";
import { maisons } from "../../server/maisons/data/maisons.ts";
import { policies } from "../../server/policies/data/policies.ts";

const CALL = "246200364";
const callCommunes = new Set(sourceEpcis().find((epci) => epci.code === CALL)!.membres.map((member) => member.code));
// Where each seed organisation is, from the official list: its commune, or
// the territory the documents place it in when its commune is unknown.
const communeDepartement = new Map(sourceCommunes().map((c) => [c.code, c.departement]));
const communeRegion = new Map(sourceCommunes().map((c) => [c.code, c.region]));
const epciCommunes = (code: string) => new Set(sourceEpcis().find((epci) => epci.code === code)!.membres.map((member) => member.code));
/** Located in the EPCI: in one of its communes, or placed in the EPCI itself. */
const inEpci = (o: (typeof organisations)[number], code: string) =>
  o.commune ? epciCommunes(code).has(o.commune) : o.location?.kind === "EPCI" && o.location.code === code;
/** Located in the région: a commune of it, or placed in it, one of its départements or one of its EPCI. */
function inRegion(o: (typeof organisations)[number], region: string): boolean {
  if (o.commune) return communeRegion.get(o.commune) === region;
  const place = o.location;
  if (!place) return false;
  if (place.kind === "REGION") return place.code === region;
  if (place.kind === "DEPARTEMENT") return sourceCommunes().some((c) => c.departement === place.code && c.region === region);
  return [...epciCommunes(place.code)].some((commune) => communeRegion.get(commune) === region);
}
const inCall = organisations.filter((o) => inEpci(o, CALL));
const familyOfSeed = (o: (typeof organisations)[number]) => (o.legalForm ? familyOf(o.legalForm) : null);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);

describe("organisations", () => {
  it("lists the organisations located in the CA de Lens-Liévin", async () => {
    const { data, errors } = await server.graphql(`{ organisations(filter: { territory: "${CALL}" }, first: 100) { totalCount edges { node { id epci { code } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.organisations.totalCount).toBe(inCall.length);
    expect(ids(data.organisations).sort()).toEqual(inCall.map((o) => o.id).sort());
    expect(inCall.length).toBeGreaterThan(3);
  });

  it("filters by family and legal form", async () => {
    const { data } = await server.graphql(`{ organisations(filter: { families: [COOPERATIVE] }, first: 100) { totalCount edges { node { family } } } }`);
    expect(data.organisations.totalCount).toBe(organisations.filter((o) => familyOfSeed(o) === "COOPERATIVE").length);
    const { data: scic } = await server.graphql(`{ organisations(filter: { legalForms: [SCIC] }) { totalCount } }`);
    expect(scic.organisations.totalCount).toBe(organisations.filter((o) => o.legalForm === "SCIC").length);
  });

  it("finds an organisation by words of its name or its acronym, without accents", async () => {
    const search = async (text: string) => {
      const { data } = await server.graphql(`query ($search: String) { organisations(filter: { search: $search }, first: 50) { edges { node { id name shortName } } } }`, { search: text });
      return data.organisations.edges.map((edge: { node: { id: string; name: string; shortName: string | null } }) => edge.node);
    };
    const toitCommun = await search("toit commun");
    expect(toitCommun.length).toBeGreaterThan(0);
    expect(toitCommun.every((o: { name: string }) => /toit commun/i.test(o.name.normalize("NFD").replace(/\p{Diacritic}/gu, "")))).toBe(true);
    const apes = organisations.find((o) => o.shortName === "APES")!;
    expect((await search("apes")).map((o: { id: string }) => o.id)).toContain(apes.id);
    const cliss = organisations.find((o) => /^cliss/i.test(o.name))!;
    expect((await search("cliss")).map((o: { id: string }) => o.id)).toEqual([cliss.id]);
  });

  it("pages through all organisations once in alphabetical order", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const { data }: { data?: any } = await server.graphql(`query ($after: String) { organisations(first: 25, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
      seen.push(...ids(data.organisations));
      if (!data.organisations.pageInfo.hasNextPage) break;
      after = data.organisations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(organisations.length);
    expect(new Set(seen).size).toBe(organisations.length);
  });

  it("lists the organisations of a région when the filter says it is one", async () => {
    const expected = organisations.filter((o) => inRegion(o, "32")).length;
    const { data } = await server.graphql(`{ region: organisations(filter: { territory: "32", territoryKind: REGION }) { totalCount }
      gers: organisations(filter: { territory: "32" }) { totalCount } }`);
    expect(data.region.totalCount).toBe(expected);
    expect(data.gers.totalCount).toBe(0);
    const csv = await fetch(`${server.url}/exports/organisations.csv?territory=32&territoryKind=REGION`);
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(expected + 1);
  });

  it("refuses an unknown territory in the filter, naming it", async () => {
    const { errors } = await server.graphql(`{ organisations(filter: { territory: "999999999" }) { totalCount } }`);
    expect(errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "territory" });
  });

  it("never serves a person's e-mail or phone to an anonymous request", async () => {
    const withContacts = people.filter((person) => person.email || person.phone);
    const { data } = await server.graphql(`{ organisations(first: 100) { edges { node { people { edges { node { id fullName email phone } } } } } } }`);
    const served = data.organisations.edges.flatMap((edge: { node: { people: { edges: { node: { id: string; email: string | null; phone: string | null } }[] } } }) =>
      edge.node.people.edges.map((personEdge) => personEdge.node));
    expect(served.length).toBeGreaterThan(0);
    for (const person of served) {
      expect(person.email).toBeNull();
      expect(person.phone).toBeNull();
    }
    void withContacts;
  });
});

describe("cooperations", () => {
  it("derives a tie between two members of the same collective, with the collective as provenance", async () => {
    const collective = collectives.find((c) => new Set(c.members.map((m) => m.organisation)).size >= 2)!;
    const [a, b] = [...new Set(collective.members.map((m) => m.organisation))];
    const { data } = await server.graphql(`query ($id: ID!) { organisation(id: $id) { cooperations(first: 100) { edges { node { kind provenance partner { id } collective { id } } } } } }`, { id: a });
    expect(data.organisation.cooperations.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({ kind: collective.kind, provenance: "SHARED_COLLECTIVE", partner: { id: b }, collective: { id: collective.id } });
  });
});

describe("collectives", () => {
  it("lists the collectives an organisation belongs to, with the card of the referential", async () => {
    const collective = collectives.find((c) => c.card && c.members.length > 0)!;
    const member = collective.members[0].organisation;
    const { data } = await server.graphql(`query ($member: ID) { collectives(filter: { memberOf: $member }) { edges { node { id kind card { origin stakes coverage { code } } } } } }`, { member });
    const found = data.collectives.edges.find((edge: { node: { id: string } }) => edge.node.id === collective.id).node;
    expect(found.kind).toBe(collective.kind);
    expect(found.card.origin ?? null).toBe(collective.card!.origin ?? null);
    expect(found.card.coverage.map((t: { code: string }) => t.code).sort()).toEqual(collective.card!.coverage.map((t) => t.code).sort());
  });

  it("loads the member pages of many collectives in as many statements as for one", async () => {
    const query = (ids: string[]) => `{ ${ids.map((id, index) => `c${index}: collective(id: "${id}") { members(first: 2) { totalCount edges { node { role } } } }`).join(" ")} }`;
    const one = await server.graphql(query([collectives[0].id]));
    const many = await server.graphql(query(collectives.slice(0, 10).map((c) => c.id)));
    expect(many.errors).toBeUndefined();
    for (const [index, collective] of collectives.slice(0, 10).entries()) {
      expect(many.data[`c${index}`].members.totalCount).toBe(new Set(collective.members.map((m) => `${m.organisation}|${m.role}`)).size);
    }
    // One lookup per collective (by id), then one statement for all their member pages.
    expect(many.sqlStatements - one.sqlStatements).toBe(0);
  });

  it("walks every member of the largest collective once, two by two", async () => {
    const largest = [...collectives].sort((a, b) => b.members.length - a.members.length)[0];
    const members: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const { data }: { data?: any } = await server.graphql(`query ($after: String) { collective(id: "${largest.id}") { members(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { role organisation { id } } } } } }`, { after });
      members.push(...data.collective.members.edges.map((edge: any) => `${edge.node.organisation.id}|${edge.node.role}`));
      if (!data.collective.members.pageInfo.hasNextPage) break;
      after = data.collective.members.pageInfo.endCursor;
    }
    expect(members.sort()).toEqual([...new Set(largest.members.map((m) => `${m.organisation}|${m.role}`))].sort());
  });

  it("filters by kind", async () => {
    const { data } = await server.graphql(`{ collectives(filter: { kinds: [MUTUALISATION] }, first: 100) { totalCount } }`);
    expect(data.collectives.totalCount).toBe(collectives.filter((c) => c.kind === "MUTUALISATION").length);
  });
});

describe("COTESS, Maisons and policies", () => {
  it("finds the bassin minier COTESS from Lens, with its Mois de l'ESS every year but 2020", async () => {
    const seed = cotessList[0];
    const { data } = await server.graphql(`{ cotessList(territory: "62498") { id name formerNames territories { code } moisEssParticipations { year tookPart } coAnimators { agglomeration { code } } } }`);
    const cotess = data.cotessList.find((c: { id: string }) => c.id === seed.id);
    expect(cotess.territories.map((t: { code: string }) => t.code).sort()).toEqual(["246200299", CALL]);
    expect(cotess.formerNames).toEqual(seed.formerNames);
    expect(cotess.moisEssParticipations.find((p: { year: number }) => p.year === 2020).tookPart).toBe(false);
    expect(cotess.moisEssParticipations.filter((p: { tookPart: boolean }) => !p.tookPart).map((p: { year: number }) => p.year)).toEqual([2020]);
    // Two co-animators per agglomération.
    expect(cotess.coAnimators).toHaveLength(4);
  });

  it("shows Le Toit Commun with its charter, its SCI and SCIC and their sociétaires", async () => {
    const seed = maisons.find((m) => m.commune === "62498")!;
    const { data } = await server.graphql(`query ($id: ID!) { maison(id: $id) { name commune { name } charter { values { title } signatures { totalCount edges { node { organisation { id } } } } }
      roles { totalCount edges { node { role organisation { id legalForm shareholders { edges { node { holder { id } } } } } } } } spaces { kind operator { id } } } }`, { id: seed.id });
    expect(data.maison.commune.name).toBe("Lens");
    expect(data.maison.charter.values.map((v: { title: string }) => v.title)).toEqual(seed.charter!.values.map((v) => v.title));
    expect(data.maison.charter.signatures.totalCount).toBe(seed.charter!.signatures.length);
    expect(data.maison.roles.totalCount).toBe(seed.roles.length);
    const roles = data.maison.roles.edges.map((edge: { node: unknown }) => edge.node);
    const byRole = (role: string) => roles.filter((r: { role: string }) => r.role === role);
    expect(byRole("PROPRIETAIRE")[0].organisation.legalForm).toBe("SCI");
    const scic = byRole("GESTIONNAIRE")[0].organisation;
    expect(scic.legalForm).toBe("SCIC");
    expect(scic.shareholders.edges.length).toBeGreaterThan(0);
    expect(byRole("LOCATAIRE").length).toBeGreaterThan(0);
    expect(data.maison.spaces.find((s: { kind: string }) => s.kind === "RESTAURANT").operator).not.toBeNull();
  });

  it("gives Roubaix its own policy and the MEL's", async () => {
    const { data } = await server.graphql(`{ policies(territory: "59512") { id territory { code } } }`);
    // Roubaix's, the MEL's, and those of the territories containing it (the Nord, the région).
    const containing = new Set(["59512", "200093201", "59", "32"]);
    const expected = policies.filter((p) => containing.has(p.territory.code)).map((p) => p.id).sort();
    expect(data.policies.map((p: { id: string }) => p.id).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(2);
  });
});

describe("ESS profile of a territory", () => {
  it("counts the organisations of the CA de Lens-Liévin by family and their jobs", async () => {
    const { data, errors } = await server.graphql(`{ territory(code: "${CALL}") { essProfile { organisations jobs byFamily { family organisations jobs } maisons { id } cotess { id } } } }`);
    expect(errors).toBeUndefined();
    const profile = data.territory.essProfile;
    expect(profile.organisations).toBe(inCall.length);
    // Jobs of the ESS organisations only: a collectivité's own staff are no ESS jobs.
    const ess = (o: (typeof organisations)[number]) => familyOfSeed(o) !== null && familyOfSeed(o) !== "HORS_ESS";
    expect(profile.jobs).toBe(inCall.filter(ess).reduce((sum, o) => sum + (o.headcount ?? 0), 0));
    const expected = new Map<string, number>();
    for (const o of inCall) expected.set(String(familyOfSeed(o)), (expected.get(String(familyOfSeed(o))) ?? 0) + 1);
    expect(Object.fromEntries(profile.byFamily.map((row: { family: string | null; organisations: number }) => [String(row.family), row.organisations]))).toEqual(Object.fromEntries(expected));
    expect(profile.maisons.map((m: { id: string }) => m.id)).toContain(maisons.find((m) => m.commune === "62498")!.id);
    expect(profile.cotess.map((c: { id: string }) => c.id)).toEqual([cotessList[0].id]);
  });

  it("counts the CA de Lens-Liévin's organisations by commune, for its map, leaving out those placed in it without a commune", async () => {
    const { data, errors } = await server.graphql(`{ territory(code: "${CALL}") { essProfile { organisations byCommune { organisations commune { code kind } } } } }`);
    expect(errors).toBeUndefined();
    const expected = new Map<string, number>();
    for (const o of inCall) if (o.commune) expected.set(o.commune, (expected.get(o.commune) ?? 0) + 1);
    const byCommune = data.territory.essProfile.byCommune;
    expect(Object.fromEntries(byCommune.map((row: { commune: { code: string }; organisations: number }) => [row.commune.code, row.organisations]))).toEqual(Object.fromEntries(expected));
    expect(new Set(byCommune.map((row: { commune: { kind: string } }) => row.commune.kind))).toEqual(new Set(["COMMUNE"]));
    const counts = byCommune.map((row: { organisations: number }) => row.organisations);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("answers the MEL with its own plan, Roubaix's inside it, and the Maison de l'Économie Solidaire", async () => {
    const MEL = "200093201";
    const melCommunes = new Set(sourceEpcis().find((epci) => epci.code === MEL)!.membres.map((member) => member.code));
    const { data } = await server.graphql(`{ territory(code: "${MEL}") { essProfile { organisations policies { id } maisons { id } } } }`);
    const profile = data.territory.essProfile;
    expect(profile.organisations).toBe(organisations.filter((o) => inEpci(o, MEL)).length);
    // Its own, those inside it, those of the territories containing it (the Nord, the région).
    expect(profile.policies.map((p: { id: string }) => p.id).sort()).toEqual(
      policies.filter((p) => p.territory.code === MEL || (p.territory.kind === "COMMUNE" && melCommunes.has(p.territory.code))
        || (p.territory.kind === "DEPARTEMENT" && p.territory.code === "59") || (p.territory.kind === "REGION" && p.territory.code === "32"))
        .map((p) => p.id).sort(),
    );
    expect(profile.maisons.map((m: { id: string }) => m.id)).toEqual(maisons.filter((m) => melCommunes.has(m.commune)).map((m) => m.id));
    expect(profile.maisons).toHaveLength(1);
  });

  it("costs the same SQL statements for a page of 5 or 100 organisations with their commune, EPCI and collectives, next to the profile", async () => {
    const query = (first: number) => `{ territory(code: "62") { essProfile { organisations byFamily { family organisations } bySector { sector organisations } collectivesByKind { kind collectives } } }
      organisations(filter: { territory: "62" }, first: ${first}) { edges { node { name commune { name } epci { name } collectives(first: 10) { edges { node { role collective { name } } } } } } } }`;
    const small = await server.graphql(query(5));
    const large = await server.graphql(query(100));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.organisations.edges.length).toBeGreaterThan(small.data.organisations.edges.length);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    expect(large.sqlStatements).toBeLessThanOrEqual(14);
  });
});

describe("CSV export", () => {
  it("downloads the organisations of a territory as a spreadsheet LibreOffice opens as is", async () => {
    const response = await fetch(`${server.url}/exports/organisations.csv?territory=${CALL}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split("\r\n");
    expect(lines[0].split(";").slice(0, 7)).toEqual([
      "Identifiant", "Nom", "Sigle", "Forme juridique", "Certitude de la forme juridique", "Fondement de la forme juridique", "Famille de l'ESS",
    ]);
    expect(lines).toHaveLength(inCall.length + 1);
    expect(lines.slice(1).map((line) => line.split(";")[0].replace(/"/g, "")).sort()).toEqual(inCall.map((o) => o.id).sort());
  });

  it("refuses an unknown territory or family with a French message", async () => {
    const unknown = await fetch(`${server.url}/exports/organisations.csv?territory=999999999`);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "territory" } });
    const family = await fetch(`${server.url}/exports/organisations.csv?families=BANQUE`);
    expect(family.status).toBe(400);
    expect((await family.json()).errors[0].message).toMatch(/inconnue/);
  });
});
