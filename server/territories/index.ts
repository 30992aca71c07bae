// The official map: régions, départements, EPCI and communes, their contours
// and neighbours, the CSV of a territory's communes and the maps' outlines.
import { Router } from "express";
import type { MaillageModule } from "../core/module.ts";
import { TerritoryResolver } from "./territory.resolver.ts";
import { createTerritoryLoaders } from "./territory.loaders.ts";
import { territoryExportRoutes } from "./territory.export.ts";
import { territoryMapRoutes } from "./territory.maps.ts";
import { territoryStore } from "./territory.store.ts";

export { loadOfficialTerritories } from "./official-territories.ts";

export const territoriesModule: MaillageModule = {
  name: "territories",
  resolvers: [TerritoryResolver],
  loaders: { territories: createTerritoryLoaders },
  routes: (dependencies) => Router().use(territoryExportRoutes(dependencies), territoryMapRoutes(dependencies)),
  warmUp: async (prisma) => territoryStore(prisma),
};
