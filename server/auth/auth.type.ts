import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
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
