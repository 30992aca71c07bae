// Maisons de l'ESS: legal architecture (SCI, SCIC and its sociétaires),
// charter and signatures, hosted structures, spaces, phases.
import type { MaillageModule } from "../core/module.ts";
import {
  CharterResolver, CharterSignatureResolver, MaisonResolver, MaisonRoleResolver, MaisonRoleSourceResolver, MaisonSourceResolver, MaisonSpaceResolver,
  MaisonStatementSourceResolver, OrganisationCapitalResolver, ShareholdingResolver,
} from "./maison.resolver.ts";
import { createMaisonLoaders } from "./maison.loaders.ts";
import { maisonDemo } from "./maison.demo.ts";

export const maisonsModule: MaillageModule = {
  name: "maisons",
  resolvers: [
    MaisonResolver, MaisonRoleResolver, MaisonSpaceResolver, CharterResolver, CharterSignatureResolver, ShareholdingResolver, OrganisationCapitalResolver,
    MaisonSourceResolver, MaisonRoleSourceResolver, MaisonStatementSourceResolver,
  ],
  loaders: { maisons: createMaisonLoaders },
  demo: maisonDemo,
};
