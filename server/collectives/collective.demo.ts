// Writes the demo collectives with their members, and the cards of the
// cooperation referential (those of collectives and those of structures
// d'appui), upserted by stable id; a collective's members are rewritten with it.
import type { Prisma } from "../generated/prisma/client.ts";
import type { DemoData, TerritoryIdOf } from "../core/demo.ts";
import { searchText } from "../territories/territory.search.ts";
import { collectives } from "./data/collectives.ts";
import { organisationCards } from "./data/organisation-cards.ts";
import type { CardSeed } from "./data/seed.types.ts";

async function writeCard(tx: Prisma.TransactionClient, id: string, card: CardSeed, source: string, territory: TerritoryIdOf) {
  const fields = {
    sectorLabel: card.sectorLabel, coverageLabel: card.coverageLabel, origin: card.origin, governance: card.governance,
    stakes: card.stakes, workingTogether: card.workingTogether, contact: card.contact, sourceId: source,
  };
  await tx.referentialCard.upsert({ where: { id }, create: { id, ...fields }, update: fields });
  await tx.cardCoverage.deleteMany({ where: { cardId: id } });
  await tx.cardCoverage.createMany({ data: card.coverage.map((ref) => ({ cardId: id, territoryId: territory(ref) })), skipDuplicates: true });
}

export const collectiveDemo: DemoData = {
  records: { collectives, organisationCards },
  territories: () => [...collectives.flatMap((c) => c.card?.coverage ?? []), ...organisationCards.flatMap((o) => o.card.coverage)],
  async write(tx, territory) {
    for (const seed of collectives) {
      const cardId = seed.card ? `card-${seed.id}` : null;
      if (seed.card) await writeCard(tx, cardId!, seed.card, seed.source, territory);
      const fields = {
        name: seed.name, kind: seed.kind, sectors: seed.sectors,
        // Left out when no document says it: unknown, not "none".
        structure: seed.structure ?? null, structureCertainty: seed.structure ? (seed.structureCertainty ?? null) : null,
        structureBasis: seed.structureBasis ?? null,
        meetingRhythm: seed.meetingRhythm ?? null, startYear: seed.startYear ?? null, description: seed.description ?? null,
        cardId, sourceId: seed.source, searchText: searchText(seed.name),
      };
      await tx.collective.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
      await tx.collectiveMembership.deleteMany({ where: { collectiveId: seed.id } });
      await tx.collectiveMembership.createMany({
        data: seed.members.map((member) => ({
          collectiveId: seed.id, organisationId: member.organisation, role: member.role, sinceYear: member.sinceYear ?? null,
          untilYear: member.untilYear ?? null, certainty: member.certainty ?? "STATED", basis: member.basis ?? null, sourceId: seed.source,
        })),
        skipDuplicates: true,
      });
    }
    for (const seed of organisationCards) {
      const cardId = `card-${seed.organisation}`;
      await writeCard(tx, cardId, seed.card, seed.source, territory);
      await tx.organisation.update({ where: { id: seed.organisation }, data: { cardId } });
    }
    return { collectives: collectives.length };
  },
};
