import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { RoleKind } from "../generated/prisma/enums.ts";

export { RoleKind };

registerEnumType(RoleKind, {
  name: "RoleKind",
  description: "What an account may do, within the scope of the role.",
  valuesConfig: {
    PLATFORM_ADMIN: { description: "Everything, everywhere." },
    NETWORK_ANIMATOR: { description: "Manages a network's Mois de l'ESS editions, events and members (a COTESS, a Maison de l'ESS, or an organisation acting as a network such as the CRESS)." },
    ORGANISATION_EDITOR: { description: "Maintains one organisation's record and the events it co-organises." },
    COLLECTIVITE_AGENT: { description: "Reads everything on one territory, contacts included." },
  },
});

@ObjectType({ description: "A role of an account, with its scope.", simpleResolvers: true })
export class Role {
  @Field(() => ID, { description: "The grant's identifier (to take the role back)." })
  id!: string;

  @Field(() => RoleKind, { description: "What the role allows." })
  kind!: RoleKind;

  // Scope ids, resolved to records by RoleResolver.
  cotessId!: string | null;
  maisonId!: string | null;
  organisationId!: string | null;
  territoryId!: number | null;
}

@ObjectType({ description: "The signed-in account.", simpleResolvers: true })
export class Account {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "E-mail address, used to sign in." })
  email!: string;

  @Field(() => String, { description: "Name shown in the app and in the audit trail." })
  displayName!: string;

  @Field(() => [Role], { description: "Roles with their scopes." })
  roles!: Role[];
}

@ObjectType({ description: "A signed-in browser of the viewer.", simpleResolvers: true })
export class AccountSession {
  @Field(() => ID, { description: "Stable identifier, to close it (unrelated to its token: useless to open it)." })
  id!: string;

  @Field(() => String, { nullable: true, description: "The browser and system it was opened from (« Firefox sur Windows »), when the browser said." })
  device!: string | null;

  @Field(() => GraphQLDateTime, { description: "When it was opened." })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: "When it was last used (to the hour)." })
  lastSeenAt!: Date;

  @Field(() => Boolean, { description: "Whether it is the session of this request." })
  current!: boolean;
}

@ObjectType({ description: "An account as those who manage its roles see it.", simpleResolvers: true })
export class ManagedAccount {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "E-mail address." })
  email!: string;

  @Field(() => String, { description: "Name shown in the app." })
  displayName!: string;

  @Field(() => Boolean, { description: "False once deactivated: no sign-in, no session." })
  active!: boolean;

  @Field(() => GraphQLDateTime, { description: "When the account was created." })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When one of its sessions was last used; null when none is open." })
  lastSeenAt!: Date | null;

  @Field(() => [Role], { description: "Its roles that the viewer manages (all of them, for an admin)." })
  roles!: Role[];
}

export enum InvitationState {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  REVOKED = "REVOKED",
  EXPIRED = "EXPIRED",
}

registerEnumType(InvitationState, {
  name: "InvitationState",
  description: "Where an invitation stands.",
  valuesConfig: {
    PENDING: { description: "Sent, its link still valid." },
    ACCEPTED: { description: "Accepted: the person holds the role." },
    REVOKED: { description: "Cancelled before it was accepted." },
    EXPIRED: { description: "Not accepted within 7 days: it can be sent again." },
  },
});

@ObjectType({ description: "An invitation to take a role, sent by e-mail.", simpleResolvers: true })
export class Invitation {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "The address invited." })
  email!: string;

  @Field(() => Role, { description: "The role offered, with its scope." })
  role!: Role;

  @Field(() => InvitationState, { description: "Where it stands." })
  state!: InvitationState;

  @Field(() => String, { description: "Who sent it." })
  invitedBy!: string;

  @Field(() => GraphQLDateTime, { description: "When it was first sent." })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: "When its current link was sent." })
  sentAt!: Date;

  @Field(() => GraphQLDateTime, { description: "When its current link expires." })
  expiresAt!: Date;
}

@ObjectType({ description: "What an invitation's link offers, shown before accepting it.", simpleResolvers: true })
export class InvitationPreview {
  @Field(() => String, { description: "The address invited (the account's e-mail)." })
  email!: string;

  @Field(() => RoleKind, { description: "The role offered." })
  role!: RoleKind;

  @Field(() => String, { nullable: true, description: "The name of its scope (a network, an organisation, a territory); null for an admin." })
  scopeName!: string | null;

  @Field(() => String, { description: "Who invites." })
  invitedBy!: string;

  @Field(() => GraphQLDateTime, { description: "When the link expires." })
  expiresAt!: Date;

  @Field(() => Boolean, { description: "Whether the address already has an account (accepting then asks for its password, not a new one)." })
  accountExists!: boolean;
}
