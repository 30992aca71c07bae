export {
  CollectiveResolver, CollectiveMembershipResolver, ReferentialCardResolver, OrganisationCollectivesResolver,
} from "./collective.resolver.ts";
export { createCollectiveLoaders } from "./collective.loaders.ts";
