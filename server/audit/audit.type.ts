import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, MaxLength, ValidateNested } from "class-validator";
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

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field(() => AuditScopeInput, { description: "The scope." })
  @ValidateNested()
  scope!: AuditScopeInput;
}
