import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../core/context.ts";
import { PublicProposalInput } from "./proposal.inputs.ts";
import { ProposalConfirmation } from "./proposal.type.ts";
import { confirmProposal, proposeEvent } from "./proposal.service.ts";

@Resolver()
export class PublicProposalResolver {
  @Mutation(() => Boolean, {
    description:
      "Proposes an event to an open edition, without an account: checked, stored, and a confirmation link e-mailed to the contact. "
      + "Always true once the input is valid (whether a link was sent is not said). BAD_USER_INPUT with the field; TOO_MANY_REQUESTS per connection.",
  })
  async proposeEvent(@Arg("input", () => PublicProposalInput) input: PublicProposalInput, @Ctx() { prisma, clientAddress, publicUrl, clock }: Context) {
    await proposeEvent(prisma, input, clientAddress, publicUrl, clock.now());
    return true;
  }

  @Mutation(() => ProposalConfirmation, {
    description:
      "Confirms a public proposal by its e-mailed link (once, within 48 hours): the event is created PROPOSED in the edition's moderation queue, "
      + "with a new structure pending validation if needed, and the animators are told. BAD_USER_INPUT (token) otherwise.",
  })
  confirmProposal(@Arg("token", () => String) token: string, @Ctx() { prisma, publicUrl, clock }: Context) {
    return confirmProposal(prisma, token, publicUrl, clock.now());
  }
}
