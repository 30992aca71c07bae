// Writes the demo stated cooperations, upserted by stable id. Written after
// the collectives: a cooperation may belong to one.
import type { DemoData } from "../core/demo.ts";
import { cooperations } from "./data/cooperations.ts";

export const cooperationDemo: DemoData = {
  records: { cooperations },
  territories: () => [],
  async write(tx) {
    for (const seed of cooperations) {
      // Pairs are stored in a canonical order so that A–B and B–A are one tie.
      const [a, b] = [...seed.organisations].sort();
      const fields = { kind: seed.kind, organisationAId: a, organisationBId: b, collectiveId: seed.collective ?? null, statement: seed.statement ?? null, sinceYear: seed.sinceYear ?? null, untilYear: seed.untilYear ?? null, certainty: seed.certainty ?? "STATED", sourceId: seed.source };
      await tx.cooperation.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
    }
    return { cooperations: cooperations.length };
  },
};
