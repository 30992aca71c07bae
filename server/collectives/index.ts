// The collective practices of the cooperation referential (mutualisation,
// partenariat de projets, collectif d'acteurs, regroupement multi-acteurs)
// and their cards.
import type { MaillageModule } from "../core/module.ts";
import {
  CollectiveMembershipResolver, CollectiveResolver, CollectiveSourceResolver, OrganisationCollectivesResolver, ReferentialCardResolver,
  ReferentialCardSourceResolver,
} from "./collective.resolver.ts";
import { createCollectiveLoaders } from "./collective.loaders.ts";
import { collectiveDemo } from "./collective.demo.ts";

export const collectivesModule: MaillageModule = {
  name: "collectives",
  resolvers: [
    CollectiveResolver, CollectiveMembershipResolver, ReferentialCardResolver, OrganisationCollectivesResolver,
    CollectiveSourceResolver, ReferentialCardSourceResolver,
  ],
  loaders: { collectives: createCollectiveLoaders },
  demo: collectiveDemo,
};
