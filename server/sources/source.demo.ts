// Writes the documents of the seed corpus, upserted by stable id, before any
// record that cites them.
import type { DemoData } from "../core/demo.ts";
import { sources } from "./data/sources.ts";

export const sourceDemo: DemoData = {
  records: { sources },
  territories: () => [],
  async write(tx) {
    for (const seed of sources) {
      const fields = {
        title: seed.title, author: seed.author ?? null, publisher: seed.publisher ?? null, dateLabel: seed.dateLabel,
        year: seed.year ?? null, kind: seed.kind, description: seed.description ?? null, url: seed.url ?? null,
      };
      await tx.source.upsert({ where: { id: seed.id }, create: { id: seed.id, ...fields }, update: fields });
    }
    return { sources: sources.length };
  },
};
