import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { EssFamily, LegalForm, Sector, CooperationKind } from "../generated/prisma/enums.ts";
import { connectionTypes } from "../core/pagination.ts";

export { EssFamily, LegalForm, Sector, CooperationKind };

registerEnumType(LegalForm, { name: "LegalForm", description: "Legal form of an organisation." });
registerEnumType(EssFamily, { name: "EssFamily", description: "Family of the ESS (loi du 31 juillet 2014), derived from the legal form." });
registerEnumType(Sector, { name: "Sector", description: "Sector of activity." });
registerEnumType(CooperationKind, { name: "CooperationKind", description: "How two organisations are tied." });

@ObjectType({ description: "An ESS actor or one of its partners.", simpleResolvers: true })
export class Organisation {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Short name or acronym." })
  shortName!: string | null;

  @Field(() => LegalForm, { nullable: true, description: "Legal form; null when no document gives it and nothing allows inferring it (see legalFormEvidence)." })
  legalForm!: LegalForm | null;

  @Field(() => EssFamily, { nullable: true, description: "ESS family, derived from the legal form; null when the legal form is unknown." })
  family!: EssFamily | null;

  @Field(() => [Sector], { description: "Sectors of activity." })
  sectors!: Sector[];

  @Field(() => String, { nullable: true, description: "SIREN (9 digits, Luhn-checked), when known." })
  siren!: string | null;

  @Field(() => String, { nullable: true, description: "Postal address." })
  address!: string | null;

  @Field(() => String, { nullable: true, description: "Website." })
  website!: string | null;

  @Field(() => String, { nullable: true, description: "Public e-mail of the organisation." })
  publicEmail!: string | null;

  @Field(() => String, { nullable: true, description: "Public phone of the organisation." })
  publicPhone!: string | null;

  @Field(() => Int, { nullable: true, description: "Jobs (salariés), when known." })
  headcount!: number | null;

  @Field(() => Int, { nullable: true, description: "Year the jobs were counted." })
  headcountYear!: number | null;

  @Field(() => String, { nullable: true, description: "What it does." })
  description!: string | null;

  @Field(() => Boolean, {
    description: "True for a structure created by a public proposal that no animator has validated yet: named on its events, listed nowhere.",
  })
  pendingValidation!: boolean;

  @Field(() => String, { nullable: true, description: "Why it is located where it is, when no document gives its address (a quote or a reason)." })
  locationBasis!: string | null;

  sourceId!: string | null;
  legalFormCertainty!: "STATED" | "INFERRED" | null;
  legalFormBasis!: string | null;
  communeId!: number | null;
  locationId!: number | null;
  governsId!: number | null;
  cardId!: string | null;
}

export const { Connection: OrganisationConnection } = connectionTypes(Organisation, "Organisation");

@ObjectType({ description: "A person, as a co-animator, contact or founder.", simpleResolvers: true })
export class Person {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "Full name." })
  fullName!: string;

  @Field(() => String, { nullable: true, description: "Role, as the source words it." })
  title!: string | null;

  organisationId!: string | null;
  email!: string | null;
  phone!: string | null;
  sourceId!: string | null;
}

export const { Connection: PersonConnection } = connectionTypes(Person, "Person");
