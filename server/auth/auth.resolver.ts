import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { Territory } from "../territories/territory.type.ts";
import { Organisation } from "../actors/organisation.type.ts";
import { Cotess } from "../cotess/cotess.type.ts";
import { Maison } from "../maisons/maison.type.ts";
import { SignInInput } from "./auth.inputs.ts";
import { accountOfViewer, signIn, signOut } from "./auth.service.ts";
import { Account, Role } from "./auth.type.ts";

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Account, { nullable: true, description: "The signed-in account, or null." })
  viewer(@Ctx() { viewer }: Context) {
    return viewer ? accountOfViewer(viewer) : null;
  }

  @Mutation(() => Account, {
    description: "Signs in: sets an httpOnly session cookie. UNAUTHENTICATED when the credentials are wrong; TOO_MANY_REQUESTS (with retryAfter, seconds) after repeated failures of the account or the address.",
  })
  async signIn(@Arg("input", () => SignInInput) input: SignInInput, @Ctx() { prisma, sessionCookie, clientAddress, userAgent }: Context) {
    const { account, token, expiresAt } = await signIn(prisma, input.email, input.password, clientAddress, userAgent);
    sessionCookie.set(token, expiresAt);
    return account;
  }

  @Mutation(() => Boolean, { description: "Signs out: ends the session and clears its cookie." })
  async signOut(@Ctx() { prisma, viewer, sessionCookie }: Context) {
    await signOut(prisma, viewer);
    sessionCookie.clear();
    return true;
  }
}

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Cotess, { nullable: true, description: "The COTESS an animator animates." })
  cotess(@Root() role: Role, @Ctx() { loaders }: Context) {
    return role.cotessId ? loaders.cotess.byId.load(role.cotessId) : null;
  }

  @FieldResolver(() => Maison, { nullable: true, description: "The Maison de l'ESS an animator animates." })
  maison(@Root() role: Role, @Ctx() { loaders }: Context) {
    return role.maisonId ? loaders.maisons.byId.load(role.maisonId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation an editor maintains, or the network (CRESS) an animator animates." })
  organisation(@Root() role: Role, @Ctx() { loaders }: Context) {
    return role.organisationId ? loaders.organisations.byId.load(role.organisationId) : null;
  }

  @FieldResolver(() => Territory, { nullable: true, description: "The territory of a collectivité agent." })
  territory(@Root() role: Role, @Ctx() { loaders }: Context) {
    return role.territoryId ? loaders.territories.byId.load(role.territoryId) : null;
  }
}
