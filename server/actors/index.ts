export { OrganisationResolver, PersonResolver, CooperationResolver } from "./organisation.resolver.ts";
export { createOrganisationLoaders } from "./organisation.loaders.ts";
