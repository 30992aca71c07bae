// Organisations (legal form → ESS family, SIREN), the people the sources
// name, and the organisations CSV.
import type { MaillageModule } from "../core/module.ts";
import {
  OrganisationResolver, OrganisationSourceResolver, PersonResolver, PersonSourceResolver, TerritoryCollectiviteResolver,
} from "./organisation.resolver.ts";
import { createOrganisationLoaders } from "./organisation.loaders.ts";
import { organisationExportRoutes } from "./organisation.export.ts";
import { organisationDemo } from "./organisation.demo.ts";

export const actorsModule: MaillageModule = {
  name: "actors",
  resolvers: [OrganisationResolver, PersonResolver, OrganisationSourceResolver, PersonSourceResolver, TerritoryCollectiviteResolver],
  loaders: { organisations: createOrganisationLoaders },
  routes: organisationExportRoutes,
  demo: organisationDemo,
};
