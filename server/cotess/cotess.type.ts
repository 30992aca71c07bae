import { Field, ID, Int, ObjectType } from "type-graphql";
import { connectionTypes } from "../core/pagination.ts";

@ObjectType({ description: "A comité territorial de l'ESS.", simpleResolvers: true })
export class Cotess {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => [String], { description: "Earlier names (the CLESS became the COTESS)." })
  formerNames!: string[];

  @Field(() => String, { nullable: true, description: "What it is." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Its history." })
  history!: string | null;

  sourceId!: string | null;
}

@ObjectType({ description: "A co-animator seat of a COTESS: two per agglomération.", simpleResolvers: true })
export class CoAnimatorSeat {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  territoryId!: number;
  personId!: string | null;
  organisationId!: string | null;
}

@ObjectType({ description: "An organisation's membership of a COTESS.", simpleResolvers: true })
export class CotessMember {
  @Field(() => Int, { nullable: true, description: "Member since, when known." })
  sinceYear!: number | null;

  organisationId!: string;
}

export const { Connection: CotessMemberConnection } = connectionTypes(CotessMember, "CotessMember");

@ObjectType({ description: "Whether the COTESS carried initiatives of the Mois de l'ESS that year.", simpleResolvers: true })
export class MoisEssParticipation {
  @Field(() => Int, { description: "Year." })
  year!: number;

  @Field(() => Boolean, { description: "True when it took part." })
  tookPart!: boolean;

  @Field(() => String, { nullable: true, description: "Remark." })
  note!: string | null;

  certainty!: "STATED" | "INFERRED";
  basis!: string | null;
  sourceId!: string | null;
}
