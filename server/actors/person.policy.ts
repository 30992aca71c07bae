// Who may read a person's e-mail and phone. People appear as co-animators,
// contacts and founders: their names are public, their contacts are not.
// Organisation-level public contacts are always served.
//
//   platform admin, network animators   every person (they coordinate with them)
//   organisation editor                 the people of their organisation
//   collectivité agent                  the people of organisations located in their territory
//   anonymous, others                   nobody
import DataLoader from "dataloader";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { agentTerritoryIds, editedOrganisationIds, isAnimator } from "../auth/auth.policy.ts";
import type { Viewer } from "../auth/viewer.ts";

/** Per request: may this viewer read the contacts of people of organisation X? Batched. */
export function createContactReachLoader(prisma: PrismaClient, viewer: Viewer | null) {
  return new DataLoader<string, boolean>(async (organisationIds) => {
    if (!viewer) return organisationIds.map(() => false);
    if (isAnimator(viewer)) return organisationIds.map(() => true);
    const edited = new Set(editedOrganisationIds(viewer));
    const territories = agentTerritoryIds(viewer);
    const inTerritory = new Set<string>();
    if (territories.length) {
      const rows = await prisma.$queryRaw<{ id: string }[]>`
        SELECT o.id FROM organisation o
         WHERE o.id = ANY(${[...organisationIds]}::text[])
           AND (o.commune_id = ANY(${territories}::int[])
                OR EXISTS (SELECT 1 FROM territory_inclusion i WHERE i.descendant_id = o.commune_id AND i.ancestor_id = ANY(${territories}::int[])))`;
      for (const row of rows) inTerritory.add(row.id);
    }
    return organisationIds.map((id) => edited.has(id) || inTerritory.has(id));
  });
}

export async function maySeePersonalContacts(
  loaders: { organisations: { contactReach: DataLoader<string, boolean> } },
  organisationId: string | null,
): Promise<boolean> {
  return organisationId !== null && loaders.organisations.contactReach.load(organisationId);
}
