import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { IndicatorKind } from "../generated/prisma/enums.ts";

export { IndicatorKind };
registerEnumType(IndicatorKind, { name: "IndicatorKind", description: "What a territory indicator measures." });

@ObjectType({ description: "An axis of a territorial ESS policy.", simpleResolvers: true })
export class PolicyAxis {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What it covers." })
  description!: string | null;
}

@ObjectType({ description: "A key figure quoted by a policy.", simpleResolvers: true })
export class PolicyFigure {
  @Field(() => String, { description: "What the figure is." })
  label!: string;

  @Field(() => Float, { nullable: true, description: "Value." })
  value!: number | null;

  @Field(() => String, { nullable: true, description: "Unit." })
  unit!: string | null;

  @Field(() => Int, { nullable: true, description: "The year the figure is about." })
  year!: number | null;
}

@ObjectType({ description: "An ESS plan or policy of a collectivité.", simpleResolvers: true })
export class TerritorialPolicy {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => Int, { nullable: true, description: "Year it was adopted, when known." })
  adoptedYear!: number | null;

  @Field(() => String, { nullable: true, description: "Summary." })
  summary!: string | null;

  @Field(() => [String], { description: "Priorities, as the source lists them." })
  priorities!: string[];

  @Field(() => [PolicyAxis], { description: "Axes." })
  axes!: PolicyAxis[];

  @Field(() => [PolicyFigure], { description: "Key figures." })
  figures!: PolicyFigure[];

  sourceId!: string | null;

  territoryId!: number;
  collectiviteId!: string | null;
}

@ObjectType({ description: "A figure about a territory, with its source and year.", simpleResolvers: true })
export class TerritoryIndicator {
  @Field(() => IndicatorKind, { description: "What it measures." })
  kind!: IndicatorKind;

  @Field(() => String, { description: "What exactly, as the source words it." })
  label!: string;

  @Field(() => Float, { description: "Value." })
  value!: number;

  @Field(() => String, { description: "Unit (emplois, %, habitants/km²…)." })
  unit!: string;

  @Field(() => Int, { nullable: true, description: "Year of the figure." })
  year!: number | null;

  @Field(() => String, { nullable: true, description: "Who produced it (INSEE, observatoire de la CRESS…)." })
  producer!: string | null;

  sourceId!: string | null;

  territoryId!: number;
}
