import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { connectionTypes } from "../core/pagination.ts";
import { CooperationKind } from "../actors/organisation.type.ts";

/** Where a tie on an organisation's page comes from. */
export enum TieProvenance {
  STATED = "STATED",
  SHARED_COLLECTIVE = "SHARED_COLLECTIVE",
}
registerEnumType(TieProvenance, {
  name: "TieProvenance",
  description: "Where a cooperation comes from.",
  valuesConfig: {
    STATED: { description: "Stated by a source (a partnership, a hosting, a sociétariat)." },
    SHARED_COLLECTIVE: { description: "Both organisations are members of the same collective." },
  },
});

@ObjectType({ description: "A tie between an organisation and a partner.", simpleResolvers: true })
export class Cooperation {
  @Field(() => CooperationKind, { description: "Kind of tie." })
  kind!: CooperationKind;

  @Field(() => TieProvenance, { description: "Stated, or derived from a shared collective." })
  provenance!: TieProvenance;

  @Field(() => String, { nullable: true, description: "What the source says of the tie." })
  statement!: string | null;

  @Field(() => Int, { nullable: true, description: "First year of the tie, when known." })
  sinceYear!: number | null;

  @Field(() => Int, { nullable: true, description: "Last year of the tie, when it ended." })
  untilYear!: number | null;

  sourceId!: string | null;
  certainty!: "STATED" | "INFERRED";
  organisationId!: string;
  partnerId!: string;
  collectiveId!: string | null;
}

export const { Connection: CooperationConnection } = connectionTypes(Cooperation, "Cooperation");
