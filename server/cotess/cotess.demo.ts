// Writes the demo COTESS with their territories, co-animator seats, members
// and Mois de l'ESS participation, upserted by stable id.
import type { DemoData } from "../core/demo.ts";
import { cotessList } from "./data/cotess.ts";

export const cotessDemo: DemoData = {
  records: { cotessList },
  territories: () => cotessList.flatMap((c) => [...c.territories, ...c.coAnimators.map((seat) => seat.agglomeration)]),
  async write(tx, territory) {
    for (const seed of cotessList) {
      const fields = { name: seed.name, formerNames: seed.formerNames, description: seed.description ?? null, history: seed.history ?? null, sourceId: seed.source };
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
      await tx.moisEssParticipation.createMany({
        data: seed.participations.map((p) => ({
          cotessId: seed.id, year: p.year, tookPart: p.tookPart, note: p.note ?? null, certainty: p.certainty, basis: p.basis ?? null,
          sourceId: p.source ?? seed.source,
        })),
      });
    }
    return { cotess: cotessList.length };
  },
};
