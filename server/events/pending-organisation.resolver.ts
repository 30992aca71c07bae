import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { Organisation } from "../actors/organisation.type.ts";
import type { OrganisationRow } from "../actors/organisation.service.ts";
import { Edition } from "./event.type.ts";
import type { EditionRow } from "./edition.service.ts";
import { editionsOpenTo } from "./edition.openings.ts";
import { MergeOrganisationInput } from "./pending-organisation.inputs.ts";
import { mergeOrganisation, pendingOrganisationsOf, validateOrganisation } from "./pending-organisation.service.ts";

@Resolver(() => Organisation)
export class PendingOrganisationResolver {
  @Mutation(() => Organisation, {
    description:
      "Validates a structure awaiting validation (created by a public proposal): it is then listed everywhere. Platform admins and the animators "
      + "of a network covering it or of an edition it proposed to (FORBIDDEN otherwise); CONFLICT (reason NOT_PENDING) when it is not awaiting. Audited.",
  })
  validateOrganisation(@Arg("id", () => ID) id: string, @Ctx() { prisma, viewer }: Context) {
    return validateOrganisation(prisma, viewer, id);
  }

  @Mutation(() => Organisation, {
    description:
      "Merges a structure awaiting validation into the known organisation it duplicates: its events, co-organisations, roles and proposals move "
      + "there and the pending record is removed, in one transaction. Same rights and CONFLICT as validateOrganisation; BAD_USER_INPUT (input.into). "
      + "Returns the known organisation. Audited.",
  })
  mergeOrganisation(@Arg("input", () => MergeOrganisationInput) input: MergeOrganisationInput, @Ctx() { prisma, viewer }: Context) {
    return mergeOrganisation(prisma, viewer, input);
  }

  @FieldResolver(() => [Edition], {
    description: "The editions of the Mois de l'ESS it may propose its events to: not ended, and run by a network covering its territory or that it is a member of.",
  })
  editionsOpenToProposals(@Root() organisation: OrganisationRow, @Ctx() { prisma, clock }: Context) {
    return editionsOpenTo(prisma, organisation.id, clock);
  }
}

@Resolver(() => Edition)
export class EditionPendingOrganisationsResolver {
  @FieldResolver(() => [Organisation], {
    description: "Structures awaiting validation that concern it (in its territory, or co-organising its events), by name. For its animators (FORBIDDEN otherwise).",
  })
  pendingOrganisations(@Root() edition: EditionRow, @Ctx() { prisma, viewer }: Context) {
    return pendingOrganisationsOf(prisma, viewer, edition);
  }
}
