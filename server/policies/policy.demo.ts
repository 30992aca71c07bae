// Writes the demo territorial ESS policies and territory indicators, upserted by stable id.
import type { DemoData } from "../core/demo.ts";
import { indicators, policies } from "./data/policies.ts";

export const policyDemo: DemoData = {
  records: { policies, indicators },
  territories: () => [...policies.map((p) => p.territory), ...indicators.map((i) => i.territory)],
  async write(tx, territory) {
    for (const seed of policies) {
      const fields = { name: seed.name, territoryId: territory(seed.territory), collectiviteId: seed.collectivite ?? null, adoptedYear: seed.adoptedYear ?? null, summary: seed.summary ?? null, priorities: seed.priorities, sourceId: seed.source };
      await tx.territorialPolicy.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
      await tx.policyAxis.deleteMany({ where: { policyId: seed.id } });
      await tx.policyAxis.createMany({ data: seed.axes.map((a, position) => ({ policyId: seed.id, position, title: a.title, description: a.description ?? null })) });
      await tx.policyFigure.deleteMany({ where: { policyId: seed.id } });
      await tx.policyFigure.createMany({ data: seed.figures.map((f, position) => ({ policyId: seed.id, position, label: f.label, value: f.value ?? null, unit: f.unit ?? null, year: f.year ?? null })) });
    }
    for (const seed of indicators) {
      const fields = { territoryId: territory(seed.territory), kind: seed.kind, label: seed.label, value: seed.value, unit: seed.unit, year: seed.year ?? null, producer: seed.producer ?? null, sourceId: seed.source };
      await tx.territoryIndicator.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
    }
    return { policies: policies.length, indicators: indicators.length };
  },
};
