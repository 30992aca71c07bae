// Writes the demo editions of the Mois de l'ESS with their events, sessions
// and co-organisers, upserted by stable id. Demo events that left the data go;
// events written by people stay.
import type { Prisma } from "../generated/prisma/client.ts";
import type { DemoData, TerritoryIdOf } from "../core/demo.ts";
import { parisLocalToInstant } from "./paris-time.ts";
import { editions } from "./data/editions.ts";
import type { EditionSeed } from "./data/seed.types.ts";

type Tx = Prisma.TransactionClient;

export const editionDemo: DemoData = {
  records: { editions },
  territories: () => editions.flatMap((e) => [
    ...e.territories,
    ...e.events.flatMap((event) => ("commune" in event.venue ? [{ kind: "COMMUNE" as const, code: event.venue.commune }] : [])),
  ]),
  async write(tx, territory) {
    await writeEditions(tx, editions, territory);
    return { editions: editions.length, events: editions.reduce((sum, edition) => sum + edition.events.length, 0) };
  },
};

async function writeEditions(tx: Tx, seeds: EditionSeed[], territory: TerritoryIdOf) {
  for (const seed of seeds) {
    const fields = {
      year: seed.year, title: seed.title, description: seed.description ?? null, isDemo: seed.isDemo,
      sourceId: seed.source ?? null, certainty: seed.certainty ?? "STATED", basis: seed.basis ?? null,
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
        // A demo proposal has waited since a fortnight before its edition: not new to any digest.
        proposedAt: event.status === "PROPOSED" ? new Date(new Date(`${seed.startsOn}T00:00:00Z`).getTime() - 14 * 24 * 3600 * 1000) : null,
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
