// Loads the demo data (server/<module>/data/) after the territories.
//
// One transaction, recorded in demo_load with a hash of the data: the same
// data is never loaded twice, and a crash leaves nothing half-written. Records
// are upserted by their stable ids; the lists that belong to a demo record
// (memberships, roles, coverage…) are rewritten with it.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Logger } from "../core/logger.ts";
import { familyOf } from "../actors/legal-form.ts";
import { searchText } from "../territories/territory.search.ts";
import { organisations } from "../actors/data/organisations.ts";
import { people } from "../actors/data/people.ts";
import { cooperations, shareholdings } from "../actors/data/cooperations.ts";
import { collectives } from "../collectives/data/collectives.ts";
import { cotessList } from "../cotess/data/cotess.ts";
import { maisons } from "../maisons/data/maisons.ts";
import { indicators, policies } from "../policies/data/policies.ts";
import { editions } from "../events/data/editions.ts";
import { DEMO_PASSWORD, demoAccounts } from "../auth/data/accounts.ts";
import { hashPassword } from "../auth/auth.password.ts";
import { parisLocalToInstant } from "../events/paris-time.ts";
import type { AccountSeed, CardSeed, EditionSeed, TerritoryRef } from "./demo.types.ts";

export const demoData = {
  organisations, people, cooperations, shareholdings, collectives, cotessList, maisons, policies, indicators, editions, demoAccounts,
};

export function demoDataHash(): string {
  return createHash("sha256").update(JSON.stringify(demoData)).digest("hex");
}

type Tx = Prisma.TransactionClient;

/** Territory ids by "KIND:code", for every territory the demo data names. */
async function territoryIds(tx: Tx): Promise<(ref: TerritoryRef) => number> {
  const refs: TerritoryRef[] = [
    ...organisations.flatMap((o) => [...(o.commune ? [{ kind: "COMMUNE" as const, code: o.commune }] : []), ...(o.card?.coverage ?? [])]),
    ...collectives.flatMap((c) => c.card?.coverage ?? []),
    ...cotessList.flatMap((c) => [...c.territories, ...c.coAnimators.map((seat) => seat.agglomeration)]),
    ...maisons.map((m) => ({ kind: "COMMUNE" as const, code: m.commune })),
    ...policies.map((p) => p.territory),
    ...indicators.map((i) => i.territory),
    ...editions.flatMap((e) => [
      ...e.territories,
      ...e.events.flatMap((event) => ("commune" in event.venue ? [{ kind: "COMMUNE" as const, code: event.venue.commune }] : [])),
    ]),
    ...demoAccounts.flatMap((a) => a.roles.flatMap((r) => ("territory" in r ? [r.territory] : []))),
  ];
  const rows = await tx.territory.findMany({
    where: { OR: refs.map((ref) => ({ kind: ref.kind, code: ref.code })) },
    select: { id: true, kind: true, code: true },
  });
  const ids = new Map(rows.map((row) => [`${row.kind}:${row.code}`, row.id]));
  return (ref) => {
    const id = ids.get(`${ref.kind}:${ref.code}`);
    if (id === undefined) throw new Error(`Demo data names an unknown territory ${ref.kind} ${ref.code}`);
    return id;
  };
}

async function writeCard(tx: Tx, id: string, card: CardSeed, source: string, territory: (ref: TerritoryRef) => number) {
  const fields = {
    sectorLabel: card.sectorLabel, coverageLabel: card.coverageLabel, origin: card.origin, governance: card.governance,
    stakes: card.stakes, workingTogether: card.workingTogether, contact: card.contact, source,
  };
  await tx.referentialCard.upsert({ where: { id }, create: { id, ...fields }, update: fields });
  await tx.cardCoverage.deleteMany({ where: { cardId: id } });
  await tx.cardCoverage.createMany({ data: card.coverage.map((ref) => ({ cardId: id, territoryId: territory(ref) })), skipDuplicates: true });
}

export async function loadDemoData(prisma: PrismaClient, log: Logger, options: { force?: boolean } = {}) {
  const hash = demoDataHash();
  return prisma.$transaction(async (tx) => {
    // Serialises concurrent starts on one database.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707371)`;
    const done = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM demo_load WHERE data_hash = ${hash}`;
    if (done[0].n > 0 && !options.force) return { skipped: true };
    const territory = await territoryIds(tx);

    for (const seed of organisations) {
      const cardId = seed.card ? `card-${seed.id}` : null;
      if (seed.card) await writeCard(tx, cardId!, seed.card, seed.source, territory);
      const fields = {
        name: seed.name, shortName: seed.shortName ?? null, legalForm: seed.legalForm, family: familyOf(seed.legalForm),
        sectors: seed.sectors, siren: seed.siren ?? null, address: seed.address ?? null,
        communeId: seed.commune ? territory({ kind: "COMMUNE", code: seed.commune }) : null,
        website: seed.website ?? null, publicEmail: seed.publicEmail ?? null, publicPhone: seed.publicPhone ?? null,
        headcount: seed.headcount ?? null, headcountYear: seed.headcountYear ?? null, description: seed.description ?? null,
        source: seed.source, searchText: searchText([seed.name, seed.shortName].filter(Boolean).join(" ")), cardId,
      };
      await tx.organisation.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
    }

    for (const seed of people) {
      const fields = { fullName: seed.fullName, title: seed.title ?? null, organisationId: seed.organisation ?? null, email: seed.email ?? null, phone: seed.phone ?? null, source: seed.source };
      await tx.person.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
    }

    for (const seed of collectives) {
      const cardId = seed.card ? `card-${seed.id}` : null;
      if (seed.card) await writeCard(tx, cardId!, seed.card, seed.source, territory);
      const fields = {
        name: seed.name, kind: seed.kind, sectors: seed.sectors, structure: seed.structure ?? "AUCUNE",
        meetingRhythm: seed.meetingRhythm ?? null, startYear: seed.startYear ?? null, description: seed.description ?? null,
        cardId, source: seed.source, searchText: searchText(seed.name),
      };
      await tx.collective.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
      await tx.collectiveMembership.deleteMany({ where: { collectiveId: seed.id } });
      await tx.collectiveMembership.createMany({
        data: seed.members.map((member) => ({ collectiveId: seed.id, organisationId: member.organisation, role: member.role, sinceYear: member.sinceYear ?? null, untilYear: member.untilYear ?? null })),
        skipDuplicates: true,
      });
    }

    for (const seed of cooperations) {
      // Pairs are stored in a canonical order so that A–B and B–A are one tie.
      const [a, b] = [...seed.organisations].sort();
      const fields = { kind: seed.kind, organisationAId: a, organisationBId: b, collectiveId: seed.collective ?? null, statement: seed.statement ?? null, sinceYear: seed.sinceYear ?? null, untilYear: seed.untilYear ?? null, source: seed.source };
      await tx.cooperation.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
    }

    for (const seed of shareholdings) {
      const fields = { category: seed.category ?? null, sinceYear: seed.sinceYear ?? null };
      await tx.shareholding.upsert({
        where: { companyId_holderId: { companyId: seed.company, holderId: seed.holder } },
        create: { companyId: seed.company, holderId: seed.holder, ...fields },
        update: fields,
      });
    }

    for (const seed of cotessList) {
      const fields = { name: seed.name, formerNames: seed.formerNames, description: seed.description ?? null, history: seed.history ?? null, source: seed.source };
      await tx.cotess.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
      await tx.cotessTerritory.deleteMany({ where: { cotessId: seed.id } });
      await tx.cotessTerritory.createMany({ data: seed.territories.map((ref) => ({ cotessId: seed.id, territoryId: territory(ref) })) });
      await tx.cotessCoAnimator.deleteMany({ where: { cotessId: seed.id } });
      await tx.cotessCoAnimator.createMany({
        data: seed.coAnimators.map((seat) => ({ id: seat.id, cotessId: seed.id, territoryId: territory(seat.agglomeration), personId: seat.person ?? null, organisationId: seat.organisation ?? null })),
      });
      await tx.cotessMembership.deleteMany({ where: { cotessId: seed.id } });
      await tx.cotessMembership.createMany({ data: seed.members.map((member) => ({ cotessId: seed.id, organisationId: member.organisation, sinceYear: member.sinceYear ?? null })) });
      await tx.moisEssParticipation.deleteMany({ where: { cotessId: seed.id } });
      await tx.moisEssParticipation.createMany({ data: seed.participations.map((p) => ({ cotessId: seed.id, year: p.year, tookPart: p.tookPart, note: p.note ?? null })) });
    }

    for (const seed of maisons) {
      const fields = { name: seed.name, address: seed.address ?? null, communeId: territory({ kind: "COMMUNE", code: seed.commune }), description: seed.description ?? null, recognition: seed.recognition ?? null, source: seed.source };
      await tx.maison.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
      await tx.maisonRole.deleteMany({ where: { maisonId: seed.id } });
      await tx.maisonRole.createMany({ data: seed.roles.map((r) => ({ maisonId: seed.id, organisationId: r.organisation, role: r.role, sinceYear: r.sinceYear ?? null, untilYear: r.untilYear ?? null, note: r.note ?? null })) });
      await tx.maisonSpace.deleteMany({ where: { maisonId: seed.id } });
      await tx.maisonSpace.createMany({ data: seed.spaces.map((s) => ({ id: s.id, maisonId: seed.id, kind: s.kind, name: s.name, description: s.description ?? null, operatorId: s.operator ?? null })) });
      await tx.maisonPhase.deleteMany({ where: { maisonId: seed.id } });
      await tx.maisonPhase.createMany({ data: seed.phases.map((p, position) => ({ id: p.id, maisonId: seed.id, position, label: p.label, period: p.period ?? null, surfaceM2: p.surfaceM2 ?? null, description: p.description ?? null })) });
      await tx.charter.deleteMany({ where: { maisonId: seed.id } });
      if (seed.charter) {
        const charter = seed.charter;
        await tx.charter.create({ data: { id: charter.id, maisonId: seed.id, title: charter.title } });
        await tx.charterValue.createMany({ data: charter.values.map((v, position) => ({ charterId: charter.id, position, title: v.title, description: v.description ?? null })) });
        await tx.charterSignature.createMany({ data: charter.signatures.map((s) => ({ charterId: charter.id, organisationId: s.organisation, signedOn: s.signedOn ? new Date(`${s.signedOn}T00:00:00Z`) : null })) });
      }
    }

    for (const seed of policies) {
      const fields = { name: seed.name, territoryId: territory(seed.territory), collectiviteId: seed.collectivite ?? null, adoptedYear: seed.adoptedYear ?? null, summary: seed.summary ?? null, priorities: seed.priorities, source: seed.source };
      await tx.territorialPolicy.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
      await tx.policyAxis.deleteMany({ where: { policyId: seed.id } });
      await tx.policyAxis.createMany({ data: seed.axes.map((a, position) => ({ policyId: seed.id, position, title: a.title, description: a.description ?? null })) });
      await tx.policyFigure.deleteMany({ where: { policyId: seed.id } });
      await tx.policyFigure.createMany({ data: seed.figures.map((f, position) => ({ policyId: seed.id, position, label: f.label, value: f.value ?? null, unit: f.unit ?? null })) });
    }

    for (const seed of indicators) {
      const fields = { territoryId: territory(seed.territory), kind: seed.kind, label: seed.label, value: seed.value, unit: seed.unit, year: seed.year ?? null, producer: seed.producer ?? null, source: seed.source };
      await tx.territoryIndicator.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
    }

    await writeEditions(tx, editions, territory);
    await writeAccounts(tx, demoAccounts, territory);

    await tx.$executeRaw`INSERT INTO demo_load (data_hash) VALUES (${hash})`;
    log.info({ organisations: organisations.length, collectives: collectives.length, maisons: maisons.length }, "demo data loaded");
    return { skipped: false };
  }, { timeout: 120_000, maxWait: 30_000 });
}

async function writeEditions(tx: Tx, seeds: EditionSeed[], territory: (ref: TerritoryRef) => number) {
  for (const seed of seeds) {
    const fields = {
      year: seed.year, title: seed.title, description: seed.description ?? null, source: seed.source, isDemo: seed.isDemo,
      cotessId: "cotess" in seed.network ? seed.network.cotess : null,
      maisonId: "maison" in seed.network ? seed.network.maison : null,
      networkOrganisationId: "organisation" in seed.network ? seed.network.organisation : null,
      startsOn: new Date(`${seed.startsOn}T00:00:00Z`), endsOn: new Date(`${seed.endsOn}T00:00:00Z`),
    };
    await tx.edition.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
    await tx.editionTerritory.deleteMany({ where: { editionId: seed.id } });
    await tx.editionTerritory.createMany({ data: seed.territories.map((ref) => ({ editionId: seed.id, territoryId: territory(ref) })) });
    // Demo events that left the data go; events written by people stay.
    await tx.event.deleteMany({ where: { editionId: seed.id, isDemo: true, id: { notIn: seed.events.map((event) => event.id) } } });

    const venueCommunes = new Map(
      (await tx.organisation.findMany({ where: { id: { in: seed.events.flatMap((e) => ("organisation" in e.venue ? [e.venue.organisation] : [])) } }, select: { id: true, communeId: true } }))
        .map((row) => [`organisation:${row.id}`, row.communeId]),
    );
    for (const maison of await tx.maison.findMany({ select: { id: true, communeId: true } })) venueCommunes.set(`maison:${maison.id}`, maison.communeId);

    for (const event of seed.events) {
      const venue = event.venue;
      const communeId = "maison" in venue ? venueCommunes.get(`maison:${venue.maison}`)
        : "organisation" in venue ? venueCommunes.get(`organisation:${venue.organisation}`)
        : territory({ kind: "COMMUNE", code: venue.commune });
      if (!communeId) throw new Error(`Demo event ${event.id} has a venue without a commune`);
      const eventFields = {
        editionId: seed.id, title: event.title, type: event.type, description: event.description ?? null, status: event.status,
        venueMaisonId: "maison" in venue ? venue.maison : null,
        venueOrganisationId: "organisation" in venue ? venue.organisation : null,
        venueAddress: "address" in venue ? venue.address : null,
        communeId, audiences: event.audiences, themes: event.themes, capacity: event.capacity ?? null,
        accessibility: event.accessibility ?? [], registrationUrl: event.registrationUrl ?? null, isDemo: true,
        // A demo event cancelled is one cancelled after its publication.
        publishedAt: event.status === "CONFIRMED" || event.status === "CANCELLED" ? new Date(`${seed.startsOn}T00:00:00Z`) : null,
      };
      await tx.event.upsert({
        where: { id: event.id },
        create: { id: event.id, ...eventFields },
        // Calendar applications apply the change only if the version grows.
        update: { ...eventFields, version: { increment: 1 } },
      });
      await tx.eventSession.deleteMany({ where: { eventId: event.id } });
      await tx.eventSession.createMany({
        data: event.sessions.map((session, position) => ({
          // Stable ids: they are the calendar UIDs subscribers already have.
          id: `${event.id}-${position + 1}`, eventId: event.id, editionId: seed.id, position,
          startsAt: parisLocalToInstant(session.start)!, endsAt: parisLocalToInstant(session.end)!,
        })),
      });
      await tx.eventCoOrganiser.deleteMany({ where: { eventId: event.id } });
      await tx.eventCoOrganiser.createMany({ data: event.coOrganisers.map((c) => ({ eventId: event.id, organisationId: c.organisation, role: c.role })) });
    }
  }
  await tx.$executeRaw`ANALYZE event, event_session, event_co_organiser`;
}

/** Demo accounts: created once with the demo password; their roles follow the data. */
async function writeAccounts(tx: Tx, seeds: AccountSeed[], territory: (ref: TerritoryRef) => number) {
  let passwordHash: string | undefined;
  for (const seed of seeds) {
    const existing = await tx.account.findUnique({ where: { email: seed.email }, select: { id: true } });
    const account = existing ?? (await tx.account.create({
      data: { email: seed.email, displayName: seed.displayName, passwordHash: (passwordHash ??= await hashPassword(DEMO_PASSWORD)), isDemo: true },
      select: { id: true },
    }));
    await tx.account.update({ where: { id: account.id }, data: { displayName: seed.displayName } });
    await tx.roleGrant.deleteMany({ where: { accountId: account.id } });
    await tx.roleGrant.createMany({
      data: seed.roles.map((grant) => ({
        accountId: account.id, role: grant.role,
        cotessId: "cotess" in grant ? grant.cotess ?? null : null,
        maisonId: "maison" in grant ? grant.maison ?? null : null,
        organisationId: "organisation" in grant ? grant.organisation ?? null : null,
        territoryId: "territory" in grant ? territory(grant.territory) : null,
      })),
    });
  }
}
