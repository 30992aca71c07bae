// Data access for the sources.
import type { PrismaClient } from "../generated/prisma/client.ts";

export const findSource = (prisma: PrismaClient, id: string) => prisma.source.findUnique({ where: { id } });

/** Every source, oldest first (those without a year last). */
export const listSources = (prisma: PrismaClient) => prisma.source.findMany({ orderBy: [{ year: { sort: "asc", nulls: "last" } }, { id: "asc" }] });

export const sourcesByIds = (prisma: PrismaClient, ids: readonly string[]) => prisma.source.findMany({ where: { id: { in: [...ids] } } });

/** How a value is known, from the columns every record with a certainty carries. */
export function evidenceOf(row: { certainty: "STATED" | "INFERRED" | null; basis?: string | null; sourceId?: string | null } | null) {
  if (!row?.certainty) return null;
  return { certainty: row.certainty, basis: row.basis ?? null, sourceId: row.sourceId ?? null };
}
