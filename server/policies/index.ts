export { PolicyResolver, TerritoryIndicatorResolver } from "./policy.resolver.ts";
