// Writes the demo organisations and people (data/), upserted by stable id.
import type { DemoData } from "../core/demo.ts";
import { searchText } from "../territories/territory.search.ts";
import { familyOf } from "./legal-form.ts";
import { organisations } from "./data/organisations.ts";
import { people } from "./data/people.ts";

export const organisationDemo: DemoData = {
  records: { organisations, people },
  territories: () => organisations.flatMap((o) => [
    ...(o.commune ? [{ kind: "COMMUNE" as const, code: o.commune }] : []),
    ...(o.location ? [o.location] : []),
    ...(o.governs ? [o.governs] : []),
  ]),
  async write(tx, territory) {
    for (const seed of organisations) {
      const communeId = seed.commune ? territory({ kind: "COMMUNE", code: seed.commune }) : null;
      const fields = {
        name: seed.name, shortName: seed.shortName ?? null,
        legalForm: seed.legalForm ?? null, family: seed.legalForm ? familyOf(seed.legalForm) : null,
        legalFormCertainty: seed.legalForm ? (seed.legalFormCertainty ?? null) : null, legalFormBasis: seed.legalFormBasis ?? null,
        sectors: seed.sectors, siren: seed.siren ?? null, address: seed.address ?? null,
        communeId, locationId: communeId ?? (seed.location ? territory(seed.location) : null), locationBasis: seed.locationBasis ?? null,
        governsId: seed.governs ? territory(seed.governs) : null,
        website: seed.website ?? null, publicEmail: seed.publicEmail ?? null, publicPhone: seed.publicPhone ?? null,
        headcount: seed.headcount ?? null, headcountYear: seed.headcountYear ?? null, description: seed.description ?? null,
        sourceId: seed.source, searchText: searchText([seed.name, seed.shortName].filter(Boolean).join(" ")),
      };
      await tx.organisation.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
    }
    for (const seed of people) {
      const fields = { fullName: seed.fullName, title: seed.title ?? null, organisationId: seed.organisation ?? null, email: seed.email ?? null, phone: seed.phone ?? null, sourceId: seed.source };
      await tx.person.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
    }
    return { organisations: organisations.length, people: people.length };
  },
};
