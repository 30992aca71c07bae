import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, Matches, MaxLength, ValidateNested } from "class-validator";
import { GraphQLDateTime, GraphQLJSONObject } from "graphql-scalars";
import { AuditAction } from "../generated/prisma/enums.ts";
import { PageArgs, connectionTypes } from "../core/pagination.ts";

registerEnumType(AuditAction, { name: "AuditAction", description: "What a change did." });

@ObjectType({ description: "One change: who, what, when.", simpleResolvers: true })
export class AuditEntry {
  @Field(() => ID, { description: "Stable identifier, increasing with time." })
  id!: string;

  @Field(() => GraphQLDateTime, { description: "When." })
  at!: Date;

  @Field(() => String, { description: "Who: the account's display name." })
  author!: string;

  @Field(() => ID, { nullable: true, description: "The author's account (to narrow the trail to it); null for a write made without an account." })
  authorId!: string | null;

  @Field(() => AuditAction, { description: "Created, updated or deleted." })
  action!: AuditAction;

  @Field(() => String, { description: "What kind of record (Event, Organisation, CollectiveMembership…)." })
  entityType!: string;

  @Field(() => String, { description: "The record's id." })
  entityId!: string;

  @Field(() => GraphQLJSONObject, { description: "The fields written: { field: { from, to } } for updates, the values for creations." })
  changes!: Record<string, unknown>;
}

export const { Connection: AuditEntryConnection } = connectionTypes(AuditEntry, "AuditEntry");

@InputType({ description: "Whose trail: exactly one scope." })
export class AuditScopeInput {
  @Field(() => ID, { nullable: true, description: "An edition of the Mois de l'ESS (its events)." })
  @IsOptional() @MaxLength(100)
  edition?: string;

  @Field(() => ID, { nullable: true, description: "A COTESS (its membership)." })
  @IsOptional() @MaxLength(100)
  cotess?: string;

  @Field(() => ID, { nullable: true, description: "A Maison de l'ESS (its charter signatures)." })
  @IsOptional() @MaxLength(100)
  maison?: string;

  @Field(() => ID, { nullable: true, description: "An organisation (its record)." })
  @IsOptional() @MaxLength(100)
  organisation?: string;

  @Field(() => ID, { nullable: true, description: "A collective (its record and members)." })
  @IsOptional() @MaxLength(100)
  collective?: string;
}

@InputType({ description: "What to narrow the trail to; every criterion given must hold." })
export class AuditFilterInput {
  @Field(() => AuditAction, { nullable: true, description: "Only this kind of change." })
  @IsOptional()
  action?: AuditAction;

  @Field(() => ID, { nullable: true, description: "Only the changes of this account (AuditEntry.authorId)." })
  @IsOptional() @MaxLength(100)
  author?: string;

  @Field(() => String, { nullable: true, description: "From this day (YYYY-MM-DD, Paris time), included." })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Date attendue sous la forme 2026-11-05." })
  from?: string;

  @Field(() => String, { nullable: true, description: "To this day (YYYY-MM-DD, Paris time), included." })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Date attendue sous la forme 2026-11-05." })
  to?: string;
}

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field(() => AuditScopeInput, { nullable: true, description: "One scope; without it, every scope the viewer may read (everything, for an admin)." })
  @IsOptional() @ValidateNested()
  scope?: AuditScopeInput;

  @Field(() => AuditFilterInput, { nullable: true, description: "What to narrow the trail to." })
  @IsOptional() @ValidateNested()
  filter?: AuditFilterInput;
}

@ObjectType({ description: "An account that wrote entries of the trail.", simpleResolvers: true })
export class AuditAuthor {
  @Field(() => ID, { description: "The account." })
  id!: string;

  @Field(() => String, { description: "Its display name." })
  displayName!: string;
}
