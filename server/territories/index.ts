// The official map: régions, départements, EPCI and communes, and the CSV of a territory's communes.
import type { MaillageModule } from "../core/module.ts";
import { TerritoryResolver } from "./territory.resolver.ts";
import { createTerritoryLoaders } from "./territory.loaders.ts";
import { territoryExportRoutes } from "./territory.export.ts";
import { territoryStore } from "./territory.store.ts";

export { loadOfficialTerritories } from "./official-territories.ts";

export const territoriesModule: MaillageModule = {
  name: "territories",
  resolvers: [TerritoryResolver],
  loaders: { territories: createTerritoryLoaders },
  routes: territoryExportRoutes,
  warmUp: async (prisma) => territoryStore(prisma),
};
