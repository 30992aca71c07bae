// The cooperation graph: what a tie is (tie.sql.ts), a scope's graph and its
// analytics (graphology), paths, partners, suggested co-organisers, and the
// downloads for Gephi, networkx and R.
import type { MaillageModule } from "../core/module.ts";
import {
  CooperationGraphResolver, CooperationPathResolver, CooperationResolver, CooperationSourceResolver, GraphEdgeResolver, GraphNodeResolver,
  GraphPartnerResolver, GraphTieResolver, OrganisationTiesResolver, PartnerSuggestionResolver, PathStepResolver,
} from "./graph.resolver.ts";
import { createGraphLoaders } from "./graph.loaders.ts";
import { graphExportRoutes } from "./graph.export.ts";
import { cooperationDemo } from "./graph.demo.ts";

export const graphModule: MaillageModule = {
  name: "graph",
  resolvers: [
    CooperationGraphResolver, GraphNodeResolver, GraphEdgeResolver, PartnerSuggestionResolver, PathStepResolver, CooperationPathResolver,
    GraphPartnerResolver, GraphTieResolver, CooperationResolver, CooperationSourceResolver, OrganisationTiesResolver,
  ],
  loaders: { graph: createGraphLoaders },
  routes: graphExportRoutes,
  demo: cooperationDemo,
};
