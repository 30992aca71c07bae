export {
  CharterResolver, MaisonResolver, MaisonRoleResolver, MaisonSpaceResolver, CharterSignatureResolver, ShareholdingResolver, OrganisationCapitalResolver,
} from "./maison.resolver.ts";
export { createMaisonLoaders } from "./maison.loaders.ts";
