import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../core/context.ts";
import { toConnection } from "../core/pagination.ts";
import { auditTrail } from "./audit.service.ts";
import { AuditEntry, AuditEntryConnection, AuditTrailArgs } from "./audit.type.ts";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: "Who changed what and when in a scope, newest first. For the scope's animators (and admins); FORBIDDEN otherwise.",
  })
  async auditTrail(@Args(() => AuditTrailArgs) { scope, first, after }: AuditTrailArgs, @Ctx() { prisma, viewer }: Context) {
    const trail = await auditTrail(
      prisma,
      viewer,
      { editionId: scope.edition, cotessId: scope.cotess, maisonId: scope.maison, organisationId: scope.organisation, collectiveId: scope.collective },
      { first, after },
    );
    return toConnection(trail);
  }
}
