// Territorial ESS policies (axes, priorities, figures) and territory indicators.
import type { MaillageModule } from "../core/module.ts";
import { IndicatorSourceResolver, PolicyResolver, PolicySourceResolver, TerritoryIndicatorResolver } from "./policy.resolver.ts";
import { policyDemo } from "./policy.demo.ts";

export const policiesModule: MaillageModule = {
  name: "policies",
  resolvers: [PolicyResolver, TerritoryIndicatorResolver, PolicySourceResolver, IndicatorSourceResolver],
  demo: policyDemo,
};
