// The documents records and figures come from, and how a value is known
// (stated by a document, or inferred for a reason).
import type { MaillageModule } from "../core/module.ts";
import { EvidenceResolver, SourceResolver } from "./source.resolver.ts";
import { createSourceLoaders } from "./source.loaders.ts";
import { sourceDemo } from "./source.demo.ts";

export const sourcesModule: MaillageModule = {
  name: "sources",
  resolvers: [SourceResolver, EvidenceResolver],
  loaders: { sources: createSourceLoaders },
  demo: sourceDemo,
};
