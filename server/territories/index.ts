// The official map: régions, départements, EPCI and communes.
import type { MaillageModule } from "../core/module.ts";
import { TerritoryResolver } from "./territory.resolver.ts";
import { createTerritoryLoaders } from "./territory.loaders.ts";

export { loadOfficialTerritories } from "./official-territories.ts";

export const territoriesModule: MaillageModule = {
  name: "territories",
  resolvers: [TerritoryResolver],
  loaders: (prisma) => ({ territories: createTerritoryLoaders(prisma) }),
};
