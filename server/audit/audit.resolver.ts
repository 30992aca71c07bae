import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../core/context.ts";
import { toConnection } from "../core/pagination.ts";
import { auditAuthors, auditTrail } from "./audit.service.ts";
import { AuditAuthor, AuditEntry, AuditEntryConnection, AuditTrailArgs } from "./audit.type.ts";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: "Who changed what and when, newest first: in one scope (its animators and admins; FORBIDDEN otherwise), or in every scope the viewer may read.",
  })
  async auditTrail(@Args(() => AuditTrailArgs) { scope, filter, first, after }: AuditTrailArgs, @Ctx() { prisma, viewer }: Context) {
    const trail = await auditTrail(
      prisma,
      viewer,
      scope ? { editionId: scope.edition, cotessId: scope.cotess, maisonId: scope.maison, organisationId: scope.organisation, collectiveId: scope.collective } : null,
      filter ?? {},
      { first, after },
    );
    return toConnection(trail);
  }

  @Query(() => [AuditAuthor], { description: "The accounts that wrote entries the viewer may read, by name." })
  auditAuthors(@Ctx() { prisma, viewer }: Context) {
    return auditAuthors(prisma, viewer);
  }
}
