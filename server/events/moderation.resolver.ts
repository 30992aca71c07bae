import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { Edition, Event } from "./event.type.ts";
import { EventPayload } from "./edition.type.ts";
import { EventModeration } from "./moderation.type.ts";
import { ModerateEventInput } from "./moderation.inputs.ts";
import { moderateEvent, moderationOf, moderationQueue, viewerProposals } from "./moderation.service.ts";
import type { EditionRow, EventRow } from "./event.service.ts";

@Resolver(() => Event)
export class EventModerationResolver {
  @Mutation(() => EventPayload, {
    description:
      "An animator's decision on a proposed event: APPROVED publishes it, CHANGES_REQUESTED makes it a draft again, REJECTED cancels it "
      + "(a message is required for these two). Its organisers are told by e-mail. Stale version: CONFLICT with `currentVersion`. Audited.",
  })
  moderateEvent(@Arg("input", () => ModerateEventInput) input: ModerateEventInput, @Ctx() { prisma, viewer, publicUrl }: Context) {
    return moderateEvent(prisma, viewer, input, publicUrl);
  }

  @Query(() => [Event], {
    description: "The events led by the organisations the viewer edits (drafts, proposals, published, refused), the latest changed first. UNAUTHENTICATED when signed out.",
  })
  viewerProposals(@Ctx() { prisma, viewer }: Context) {
    return viewerProposals(prisma, viewer);
  }

  @FieldResolver(() => EventModeration, {
    nullable: true,
    description: "The last moderation decision and its message, for those who may change the event; null otherwise or before any decision.",
  })
  moderation(@Root() event: EventRow, @Ctx() { loaders, viewer }: Context) {
    return moderationOf(loaders, viewer, event);
  }
}

@Resolver(() => Edition)
export class EditionModerationResolver {
  @FieldResolver(() => [Event], {
    description: "Its proposed events awaiting a decision, the longest waiting first. For its animators (FORBIDDEN otherwise).",
  })
  moderationQueue(@Root() edition: EditionRow, @Ctx() { prisma, viewer }: Context) {
    return moderationQueue(prisma, viewer, edition);
  }
}
