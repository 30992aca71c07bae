import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { CollectiveKind, CollectiveStructure, MembershipRole, Sector } from "../generated/prisma/enums.ts";
import { connectionTypes } from "../core/pagination.ts";

export { CollectiveKind, CollectiveStructure, MembershipRole };

registerEnumType(CollectiveKind, {
  name: "CollectiveKind",
  description: "Kind of collective practice of the Pas-de-Calais cooperation referential.",
  valuesConfig: {
    MUTUALISATION: { description: "Structures of the same activity pooling means, up to a common offer or a single structure." },
    PARTENARIAT_DE_PROJETS: { description: "Public and private partners around a project, for its duration." },
    COLLECTIF_ACTEURS_ESS: { description: "ESS actors meeting regularly around common values, often for the Mois de l'ESS." },
    REGROUPEMENT_MULTI_ACTEURS: { description: "ESS actors, conventional entrepreneurs and collectivités grouped around a common economic goal." },
  },
});
registerEnumType(CollectiveStructure, { name: "CollectiveStructure", description: "Legal structure a collective gave itself." });
registerEnumType(MembershipRole, { name: "MembershipRole", description: "Part an organisation plays in a collective." });

@ObjectType({ description: "A card of the cooperation referential: how a collective practice works.", simpleResolvers: true })
export class ReferentialCard {
  id!: string;

  @Field(() => String, { nullable: true, description: "Secteur d'activités, as printed." })
  sectorLabel!: string | null;

  @Field(() => String, { nullable: true, description: "Couverture territoriale, as printed." })
  coverageLabel!: string | null;

  @Field(() => String, { nullable: true, description: "Origine de la démarche." })
  origin!: string | null;

  @Field(() => String, { nullable: true, description: "Composition, structuration, gouvernance." })
  governance!: string | null;

  @Field(() => String, { nullable: true, description: "Enjeux de la démarche collective." })
  stakes!: string | null;

  @Field(() => String, { nullable: true, description: "Travailler ensemble c'est…" })
  workingTogether!: string | null;

  @Field(() => String, { nullable: true, description: "Public contact." })
  contact!: string | null;

  sourceId!: string | null;
}

@ObjectType({ description: "A collective practice: mutualisation, partnership of projects, collectif d'acteurs ESS or multi-actor grouping.", simpleResolvers: true })
export class Collective {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => CollectiveKind, { description: "Kind of practice." })
  kind!: CollectiveKind;

  @Field(() => [Sector], { description: "Sectors of activity." })
  sectors!: Sector[];

  @Field(() => CollectiveStructure, {
    nullable: true,
    description: "The legal structure it gave itself: AUCUNE when a document says it has none; null when no document says (unknown, not none).",
  })
  structure!: CollectiveStructure | null;

  structureCertainty!: "STATED" | "INFERRED" | null;
  structureBasis!: string | null;

  @Field(() => String, { nullable: true, description: "How often its members meet." })
  meetingRhythm!: string | null;

  @Field(() => Int, { nullable: true, description: "Year it started, when known." })
  startYear!: number | null;

  @Field(() => String, { nullable: true, description: "What it is." })
  description!: string | null;

  sourceId!: string | null;

  cardId!: string | null;
}

export const { Connection: CollectiveConnection } = connectionTypes(Collective, "Collective");

@ObjectType({ description: "An organisation's membership of a collective.", simpleResolvers: true })
export class CollectiveMembership {
  @Field(() => MembershipRole, { description: "Role in the collective." })
  role!: MembershipRole;

  @Field(() => Int, { nullable: true, description: "Member since, when known." })
  sinceYear!: number | null;

  @Field(() => Int, { nullable: true, description: "Member until, when it left." })
  untilYear!: number | null;

  collectiveId!: string;
  organisationId!: string;
  certainty!: "STATED" | "INFERRED";
  basis!: string | null;
  sourceId!: string | null;
}

export const { Connection: CollectiveMembershipConnection } = connectionTypes(CollectiveMembership, "CollectiveMembership");
