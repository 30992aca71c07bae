// Inputs of the account flows: a role and its scope, invitations, passwords.
import { Field, ID, InputType } from "type-graphql";
import { IsEmail, IsOptional, Length, MaxLength } from "class-validator";
import { RoleKind } from "../generated/prisma/enums.ts";
import { TerritoryKind } from "../territories/territory.type.ts";

@InputType({ description: "A role and its scope: nothing for an admin, one network for an animator, one organisation for an editor, one territory for an agent." })
export class RoleScopeInput {
  @Field(() => RoleKind, { description: "The role." })
  role!: RoleKind;

  @Field(() => ID, { nullable: true, description: "For an animator: the COTESS." })
  cotess?: string | null;

  @Field(() => ID, { nullable: true, description: "For an animator: the Maison de l'ESS." })
  maison?: string | null;

  @Field(() => ID, { nullable: true, description: "For an editor: the organisation; for an animator: the organisation acting as a network (the CRESS)." })
  organisation?: string | null;

  @Field(() => String, { nullable: true, description: "For a collectivité agent: the territory's code." })
  territory?: string | null;

  @Field(() => TerritoryKind, { nullable: true, description: "The territory's level, when its code is ambiguous (a région)." })
  territoryKind?: TerritoryKind | null;
}

@InputType({ description: "Whom to invite, into which role." })
export class InvitationInput {
  @Field(() => String, { description: "The person's e-mail address." })
  @IsEmail({}, { message: "Adresse électronique invalide." })
  @MaxLength(254, { message: "Adresse électronique trop longue." })
  email!: string;

  @Field(() => RoleScopeInput, { description: "The role offered, with its scope." })
  scope!: RoleScopeInput;
}

@InputType({ description: "Accepting an invitation." })
export class AcceptInvitationInput {
  @Field(() => String, { description: "The token of the link (after « # »)." })
  @Length(1, 100, { message: "Lien d'invitation incomplet." })
  token!: string;

  @Field(() => String, { description: "A new password, or the existing account's password when the address has one." })
  @Length(1, 200, { message: "Saisissez un mot de passe (200 caractères au plus)." })
  password!: string;

  @Field(() => String, { nullable: true, description: "Your name, for a new account." })
  @IsOptional()
  @MaxLength(120, { message: "Nom trop long (120 caractères au plus)." })
  displayName?: string | null;
}

@InputType({ description: "Choosing a password through a link sent by e-mail." })
export class ResetPasswordInput {
  @Field(() => String, { description: "The token of the link (after « # »)." })
  @Length(1, 100, { message: "Lien incomplet." })
  token!: string;

  @Field(() => String, { description: "The new password." })
  @Length(1, 200, { message: "Saisissez un mot de passe (200 caractères au plus)." })
  password!: string;
}

@InputType({ description: "Changing one's password." })
export class ChangePasswordInput {
  @Field(() => String, { description: "The current password." })
  @Length(1, 200, { message: "Saisissez votre mot de passe actuel." })
  currentPassword!: string;

  @Field(() => String, { description: "The new password." })
  @Length(1, 200, { message: "Saisissez un nouveau mot de passe (200 caractères au plus)." })
  newPassword!: string;
}

@InputType({ description: "Giving a role to an account." })
export class GrantRoleInput {
  @Field(() => ID, { description: "The account." })
  account!: string;

  @Field(() => RoleScopeInput, { description: "The role and its scope." })
  scope!: RoleScopeInput;
}
