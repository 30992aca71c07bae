// What the territories module gives the rest of the server.
export { TerritoryResolver } from "./territory.resolver.ts";
export { createTerritoryLoaders, type TerritoryLoaders } from "./territory.loaders.ts";
export { loadOfficialTerritories } from "./official-territories.ts";
