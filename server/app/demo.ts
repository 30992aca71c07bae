// Loads the demo data of every module (server/<module>/data/) after the
// official territories, in the order of the modules.
//
// One transaction, recorded in demo_load with a hash of the data: the same
// data is never loaded twice, and a crash leaves nothing half-written. Records
// are upserted by their stable ids; the lists that belong to a demo record
// (memberships, roles, coverage…) are rewritten with it.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../core/logger.ts";
import type { TerritoryIdOf, TerritoryRef } from "../core/demo.ts";
import { modules } from "./modules.ts";

const parts = () => modules.flatMap((module) => (module.demo ? [{ name: module.name, demo: module.demo }] : []));

export function demoDataHash(): string {
  return createHash("sha256").update(JSON.stringify(parts().map(({ name, demo }) => [name, demo.records]))).digest("hex");
}

export async function loadDemoData(prisma: PrismaClient, log: Logger, options: { force?: boolean } = {}) {
  const hash = demoDataHash();
  return prisma.$transaction(async (tx) => {
    // Serialises concurrent starts on one database.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707371)`;
    const done = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM demo_load WHERE data_hash = ${hash}`;
    if (done[0].n > 0 && !options.force) return { skipped: true };

    // Every territory the data names, in one query.
    const refs: TerritoryRef[] = parts().flatMap(({ demo }) => demo.territories());
    const rows = refs.length
      ? await tx.territory.findMany({ where: { OR: refs.map((ref) => ({ kind: ref.kind, code: ref.code })) }, select: { id: true, kind: true, code: true } })
      : [];
    const ids = new Map(rows.map((row) => [`${row.kind}:${row.code}`, row.id]));
    const territory: TerritoryIdOf = (ref) => {
      const id = ids.get(`${ref.kind}:${ref.code}`);
      if (id === undefined) throw new Error(`Demo data names an unknown territory ${ref.kind} ${ref.code}`);
      return id;
    };

    const counts: Record<string, number> = {};
    for (const { demo } of parts()) Object.assign(counts, await demo.write(tx, territory));
    await tx.$executeRaw`INSERT INTO demo_load (data_hash) VALUES (${hash})`;
    log.info(counts, "demo data loaded");
    return { skipped: false };
  }, { timeout: 120_000, maxWait: 30_000 });
}
