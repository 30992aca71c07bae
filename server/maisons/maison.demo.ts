// Writes the demo Maisons de l'ESS (roles, spaces, phases, charter and its
// signatures) and the sociétaires of the SCIC, upserted by stable id.
import type { DemoData } from "../core/demo.ts";
import { maisons } from "./data/maisons.ts";
import { shareholdings } from "./data/shareholdings.ts";

export const maisonDemo: DemoData = {
  records: { maisons, shareholdings },
  territories: () => maisons.map((m) => ({ kind: "COMMUNE" as const, code: m.commune })),
  async write(tx, territory) {
    for (const seed of maisons) {
      const fields = { name: seed.name, address: seed.address ?? null, communeId: territory({ kind: "COMMUNE", code: seed.commune }), description: seed.description ?? null, recognition: seed.recognition ?? null, sourceId: seed.source };
      await tx.maison.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
      await tx.maisonRole.deleteMany({ where: { maisonId: seed.id } });
      await tx.maisonRole.createMany({
        data: seed.roles.map((r) => ({
          maisonId: seed.id, organisationId: r.organisation, role: r.role, sinceYear: r.sinceYear ?? null, untilYear: r.untilYear ?? null,
          note: r.note ?? null, sourceId: r.source ?? seed.source,
        })),
      });
      await tx.maisonStatement.deleteMany({ where: { maisonId: seed.id } });
      await tx.maisonStatement.createMany({
        data: (seed.statements ?? []).map((statement, position) => ({ maisonId: seed.id, position, text: statement.text, sourceId: statement.source })),
      });
      await tx.maisonSpace.deleteMany({ where: { maisonId: seed.id } });
      await tx.maisonSpace.createMany({ data: seed.spaces.map((s) => ({ id: s.id, maisonId: seed.id, kind: s.kind, name: s.name, description: s.description ?? null, operatorId: s.operator ?? null })) });
      await tx.maisonPhase.deleteMany({ where: { maisonId: seed.id } });
      await tx.maisonPhase.createMany({ data: seed.phases.map((p, position) => ({ id: p.id, maisonId: seed.id, position, label: p.label, period: p.period ?? null, surfaceM2: p.surfaceM2 ?? null, description: p.description ?? null })) });
      await tx.charter.deleteMany({ where: { maisonId: seed.id } });
      if (seed.charter) {
        const charter = seed.charter;
        await tx.charter.create({ data: { id: charter.id, maisonId: seed.id, title: charter.title } });
        await tx.charterValue.createMany({ data: charter.values.map((v, position) => ({ charterId: charter.id, position, title: v.title, description: v.description ?? null })) });
        await tx.charterSignature.createMany({
          data: charter.signatures.map((s) => ({
            charterId: charter.id, organisationId: s.organisation, signedOn: s.signedOn ? new Date(`${s.signedOn}T00:00:00Z`) : null,
            certainty: s.certainty, basis: s.basis ?? null, sourceId: s.source ?? seed.source,
          })),
        });
      }
    }
    // Sociétaires that left the data go with it.
    await tx.shareholding.deleteMany({ where: { id: { notIn: shareholdings.map((seed) => seed.id) }, sourceId: { not: null } } });
    for (const seed of shareholdings) {
      const fields = {
        companyId: seed.company, holderId: seed.holder ?? null, holderLabel: seed.holderLabel ?? null, category: seed.category ?? null,
        sinceYear: seed.sinceYear ?? null, certainty: seed.certainty, basis: seed.basis ?? null, sourceId: seed.source,
      };
      await tx.shareholding.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
    }
    return { maisons: maisons.length, shareholdings: shareholdings.length };
  },
};
