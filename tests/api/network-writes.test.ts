// What animators maintain besides events — organisations, collectives and
// their members, COTESS membership, charter signatures — and who reads
// personal contacts. Each write is checked, audited, and refused without the role.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let animator: string;
let maisonAnimator: string;
let editor: string;
let agent: string;
const suffix = randomUUID().slice(0, 8);
const organisationId = `test-association-${suffix}`;
const collectiveId = `test-collectif-${suffix}`;

beforeAll(async () => {
  server = await startTestServer();
  [animator, maisonAnimator, editor, agent] = await Promise.all([
    server.signIn("animation.cotess@maillage.demo"),
    server.signIn("animation.toitcommun@maillage.demo"),
    server.signIn("editeur.emergences62@maillage.demo"),
    server.signIn("agent.call@maillage.demo"),
  ]);
});

afterAll(async () => {
  await server?.prisma.auditEntry.deleteMany({ where: { OR: [{ organisationId }, { collectiveId }] } });
  await server?.prisma.cotessMembership.deleteMany({ where: { organisationId } });
  await server?.prisma.collective.deleteMany({ where: { id: collectiveId } });
  await server?.prisma.person.deleteMany({ where: { id: { startsWith: `test-person-${suffix}` } } });
  await server?.prisma.organisation.deleteMany({ where: { id: organisationId } });
  await server?.close();
});

const CREATE_ORGANISATION = "mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name family commune { code } } }";
const UPDATE_ORGANISATION = "mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id description } }";

describe("organisations", () => {
  it("lets an animator add an organisation, derived family and commune included, and records it", async () => {
    const result = await server.graphql(
      CREATE_ORGANISATION,
      { input: { id: organisationId, name: "Association de test", legalForm: "ASSOCIATION", sectors: ["CULTURE"], commune: "62498" } },
      { cookie: animator },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.createOrganisation).toEqual({ id: organisationId, name: "Association de test", family: "ASSOCIATION", commune: { code: "62498" } });
    const trail = await server.graphql(
      "query ($id: ID!) { auditTrail(scope: {organisation: $id}) { edges { node { action entityType } } } }",
      { id: organisationId },
      { cookie: animator },
    );
    expect(trail.data.auditTrail.edges.map((edge: any) => edge.node)).toEqual([{ action: "CREATE", entityType: "Organisation" }]);
  });

  it.each([
    ["a SIREN whose check digit is wrong", { siren: "123456788" }, "siren"],
    ["an unknown commune", { commune: "99999" }, "commune"],
    ["a malformed web address", { website: "toit commun" }, "website"],
  ])("refuses %s with BAD_USER_INPUT naming the field", async (_name, change, field) => {
    const result = await server.graphql(UPDATE_ORGANISATION, { input: { id: organisationId, description: "jamais écrit", ...change } }, { cookie: animator });
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    const stored = await server.prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    expect(stored.description).toBeNull();
  });

  it("refuses a new organisation in an unknown commune, in French, on its commune field, and creates nothing", async () => {
    const id = `commune-inconnue-${suffix}`;
    const result = await server.graphql(CREATE_ORGANISATION, { input: { id, name: "Sans commune connue", legalForm: "SCOP", commune: "99999" } }, { cookie: animator });
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "commune" });
    expect(result.errors?.[0].message).toBe("Aucune commune n'a le code INSEE « 99999 ».");
    expect(await server.prisma.organisation.count({ where: { id } })).toBe(0);
  });

  it("lets an organisation's editor change its own record only", async () => {
    const original = await server.prisma.organisation.findUniqueOrThrow({ where: { id: "emergences-62" } });
    const own = await server.graphql(UPDATE_ORGANISATION, { input: { id: "emergences-62", description: "Description revue par son éditeur." } }, { cookie: editor });
    expect(own.errors).toBeUndefined();
    const other = await server.graphql(UPDATE_ORGANISATION, { input: { id: organisationId, description: "Pas la sienne." } }, { cookie: editor });
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const created = await server.graphql(CREATE_ORGANISATION, { input: { id: `x-${suffix}`, name: "Refusée", legalForm: "SCOP" } }, { cookie: editor });
    expect(created.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await server.prisma.organisation.count({ where: { id: `x-${suffix}` } })).toBe(0);
    const demo = await server.prisma.organisation.findUniqueOrThrow({ where: { id: "emergences-62" } });
    expect(demo.description).toBe("Description revue par son éditeur.");
    // The demo record is shared by other tests: put it back.
    await server.prisma.organisation.update({ where: { id: "emergences-62" }, data: { description: original.description } });
    await server.prisma.auditEntry.deleteMany({ where: { organisationId: "emergences-62", entityType: "Organisation" } });
  });

  it("tells each viewer whether they may add organisations and change this one, as the mutations decide", async () => {
    const query = `query ($id: ID!) { viewerCanAddOrganisation organisation(id: $id) { viewerCanEdit } }`;
    const ask = async (id: string, cookie?: string) => (await server.graphql(query, { id }, cookie ? { cookie } : {})).data;
    expect(await ask("emergences-62")).toEqual({ viewerCanAddOrganisation: false, organisation: { viewerCanEdit: false } });
    expect(await ask("emergences-62", animator)).toEqual({ viewerCanAddOrganisation: true, organisation: { viewerCanEdit: true } });
    expect(await ask("emergences-62", editor)).toEqual({ viewerCanAddOrganisation: false, organisation: { viewerCanEdit: true } });
    expect(await ask(organisationId, editor)).toEqual({ viewerCanAddOrganisation: false, organisation: { viewerCanEdit: false } });
    expect(await ask("emergences-62", agent)).toEqual({ viewerCanAddOrganisation: false, organisation: { viewerCanEdit: false } });
  });
});

describe("collectives, COTESS and charters", () => {
  it("lets an animator create a collective and manage its members", async () => {
    const saved = await server.graphql(
      "mutation ($input: CollectiveInput!) { saveCollective(input: $input) { id kind } }",
      { input: { id: collectiveId, name: "Collectif de test", kind: "COLLECTIF_ACTEURS_ESS" } },
      { cookie: animator },
    );
    expect(saved.errors).toBeUndefined();
    const added = await server.graphql(
      "mutation ($input: CollectiveMembershipInput!) { addCollectiveMember(input: $input) { role organisation { id } } }",
      { input: { collective: collectiveId, organisation: organisationId, role: "ANIMATEUR", sinceYear: 2024 } },
      { cookie: animator },
    );
    expect(added.data.addCollectiveMember).toEqual({ role: "ANIMATEUR", organisation: { id: organisationId } });
    const members = await server.graphql(`{ collective(id: "${collectiveId}") { members { totalCount } } }`);
    expect(members.data.collective.members.totalCount).toBe(1);

    const unknown = await server.graphql(
      "mutation ($input: CollectiveMembershipInput!) { addCollectiveMember(input: $input) { role } }",
      { input: { collective: collectiveId, organisation: "inconnue", role: "MEMBRE" } },
      { cookie: animator },
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "organisation" });
    const agentTry = await server.graphql(
      "mutation ($input: CollectiveMembershipInput!) { removeCollectiveMember(input: $input) }",
      { input: { collective: collectiveId, organisation: organisationId, role: "ANIMATEUR" } },
      { cookie: agent },
    );
    expect(agentTry.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const removed = await server.graphql(
      "mutation ($input: CollectiveMembershipInput!) { removeCollectiveMember(input: $input) }",
      { input: { collective: collectiveId, organisation: organisationId, role: "ANIMATEUR" } },
      { cookie: animator },
    );
    expect(removed.data.removeCollectiveMember).toBe(true);
  });

  it("lets only the COTESS's animators manage its members", async () => {
    const mutation = "mutation ($input: CotessMembershipInput!) { addCotessMember(input: $input) { sinceYear organisation { id } } }";
    const input = { cotess: "cotess-bassin-minier", organisation: organisationId, sinceYear: 2026 };
    const refused = await server.graphql(mutation, { input }, { cookie: maisonAnimator });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const added = await server.graphql(mutation, { input }, { cookie: animator });
    expect(added.data.addCotessMember).toEqual({ sinceYear: 2026, organisation: { id: organisationId } });
    const trail = await server.graphql(
      "{ auditTrail(scope: {cotess: \"cotess-bassin-minier\"}) { edges { node { entityType entityId author } } } }", {}, { cookie: animator },
    );
    expect(trail.data.auditTrail.edges[0].node).toMatchObject({ entityType: "CotessMembership", entityId: `cotess-bassin-minier/${organisationId}` });
  });

  it("lets only the Maison's animators record charter signatures", async () => {
    const mutation = "mutation ($input: CharterSignatureInput!) { signCharter(input: $input) { signedOn organisation { id } } }";
    const input = { maison: "le-toit-commun", organisation: organisationId, signedOn: "2026-11-20" };
    expect((await server.graphql(mutation, { input }, { cookie: animator })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const signed = await server.graphql(mutation, { input }, { cookie: maisonAnimator });
    expect(signed.data.signCharter).toEqual({ signedOn: "2026-11-20", organisation: { id: organisationId } });
    const removed = await server.graphql(
      "mutation ($input: CharterSignatureInput!) { removeCharterSignature(input: $input) }", { input }, { cookie: maisonAnimator },
    );
    expect(removed.data.removeCharterSignature).toBe(true);
  });
});

describe("personal contacts", () => {
  it("serves e-mails to the agents of the territory and to editors of the organisation, never to anonymous visitors", async () => {
    // One person in Lens (CA de Lens-Liévin), one in Roubaix (MEL).
    await server.prisma.person.createMany({
      data: [
        { id: `test-person-${suffix}-lens`, fullName: "Personne de Lens", organisationId: "le-toit-commun-scic", email: "lens@example.org" },
        { id: `test-person-${suffix}-roubaix`, fullName: "Personne de Roubaix", organisationId: "ville-de-roubaix", email: "roubaix@example.org" },
      ],
    });
    const query = `{ lens: organisation(id: "le-toit-commun-scic") { people(first: 50) { edges { node { id email } } } }
                     roubaix: organisation(id: "ville-de-roubaix") { people(first: 50) { edges { node { id email } } } } }`;
    const emails = async (cookie?: string) => {
      const result = await server.graphql(query, {}, { cookie });
      return [...result.data.lens.people.edges, ...result.data.roubaix.people.edges]
        .filter((edge: any) => edge.node.id.startsWith(`test-person-${suffix}`))
        .map((edge: any) => edge.node.email);
    };
    expect(await emails()).toEqual([null, null]);
    expect(await emails(agent)).toEqual(["lens@example.org", null]);
    expect(await emails(editor)).toEqual([null, null]);
    expect(await emails(animator)).toEqual(["lens@example.org", "roubaix@example.org"]);
  });
});
