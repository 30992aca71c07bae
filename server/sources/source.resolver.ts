import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { findSource, listSources } from "./source.service.ts";
import { Evidence, Source } from "./source.type.ts";

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: "The document with this id, or null." })
  source(@Arg("id", () => ID) id: string, @Ctx() { prisma }: Context) {
    return findSource(prisma, id);
  }

  @Query(() => [Source], { description: "The documents records come from, oldest first." })
  sources(@Ctx() { prisma }: Context) {
    return listSources(prisma);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source, { nullable: true, description: "The document that states it or that it is inferred from; null for a value entered in Maillage." })
  source(@Root() evidence: Evidence, @Ctx() { loaders }: Context) {
    return evidence.sourceId ? loaders.sources.byId.load(evidence.sourceId) : null;
  }
}

/**
 * The `source` field of a type of record, resolved to its document by the
 * request's loader: registered by the module of each type that cites one.
 */
export function sourceFieldResolver<T extends { sourceId: string | null }>(type: new () => T, what = "it comes from") {
  @Resolver(() => type)
  class SourceFieldResolver {
    @FieldResolver(() => Source, { nullable: true, description: `The document ${what}; null when entered in Maillage (its author is in the audit trail).` })
    source(@Root() row: T, @Ctx() { loaders }: Context) {
      return row.sourceId ? loaders.sources.byId.load(row.sourceId) : null;
    }
  }
  return SourceFieldResolver;
}
