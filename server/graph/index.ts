export {
  CooperationGraphResolver, GraphNodeResolver, GraphEdgeResolver, PartnerSuggestionResolver, PathStepResolver, CooperationPathResolver,
  GraphPartnerResolver, OrganisationPartnersResolver,
} from "./graph.resolver.ts";
