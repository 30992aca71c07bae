import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { MaisonRoleKind, SpaceKind } from "../generated/prisma/enums.ts";
import { connectionTypes } from "../core/pagination.ts";

export { MaisonRoleKind, SpaceKind };

registerEnumType(MaisonRoleKind, {
  name: "MaisonRoleKind",
  description: "Part an organisation plays in a Maison de l'ESS.",
  valuesConfig: {
    PORTEUR_PROJET: { description: "Carried the project (the development association)." },
    PROPRIETAIRE: { description: "Owns the premises (the SCI)." },
    GESTIONNAIRE: { description: "Runs the place (the SCIC)." },
    LOCATAIRE: { description: "Hosted structure, tenant of the premises." },
    ECOSYSTEME: { description: "Takes part without being a sociétaire." },
    RECONNAISSANCE: { description: "Recognised the Maison (the Département, via the CDESS)." },
    FINANCEUR: { description: "Funds the Maison (its building or its running), as a document says." },
  },
});
registerEnumType(SpaceKind, { name: "SpaceKind", description: "Kind of space of a Maison." });

@ObjectType({ description: "A Maison de l'ESS: a place, its legal architecture, charter, hosted structures and spaces.", simpleResolvers: true })
export class Maison {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Address." })
  address!: string | null;

  @Field(() => String, { nullable: true, description: "What it is." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Its recognition (by whom, how)." })
  recognition!: string | null;

  sourceId!: string | null;

  communeId!: number;
}

@ObjectType({ description: "The part an organisation plays in a Maison.", simpleResolvers: true })
export class MaisonRole {
  @Field(() => MaisonRoleKind, { description: "Role." })
  role!: MaisonRoleKind;

  @Field(() => Int, { nullable: true, description: "Since, when known." })
  sinceYear!: number | null;

  @Field(() => Int, { nullable: true, description: "Until, when it ended." })
  untilYear!: number | null;

  @Field(() => String, { nullable: true, description: "Remark." })
  note!: string | null;

  maisonId!: string;
  organisationId!: string;
  sourceId!: string | null;
}

@ObjectType({ description: "A space of a Maison (bar, restaurant, offices…).", simpleResolvers: true })
export class MaisonSpace {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => SpaceKind, { description: "Kind." })
  kind!: SpaceKind;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What happens there." })
  description!: string | null;

  operatorId!: string | null;
}

@ObjectType({ description: "A phase of opening of the premises.", simpleResolvers: true })
export class MaisonPhase {
  @Field(() => String, { description: "What the phase is." })
  label!: string;

  @Field(() => String, { nullable: true, description: "When, as precisely as the source says." })
  period!: string | null;

  @Field(() => Int, { nullable: true, description: "Surface opened, in m²." })
  surfaceM2!: number | null;

  @Field(() => String, { nullable: true, description: "Details." })
  description!: string | null;
}

@ObjectType({ description: "A value of a charter.", simpleResolvers: true })
export class CharterValue {
  @Field(() => Int, { description: "Position in the charter, from 0." })
  position!: number;

  @Field(() => String, { description: "The value." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What it means." })
  description!: string | null;
}

@ObjectType({ description: "An organisation's signature of a charter.", simpleResolvers: true })
export class CharterSignature {
  @Field(() => String, { nullable: true, description: "Date of signature (YYYY-MM-DD), when known." })
  signedOn!: string | null;

  organisationId!: string;
  certainty!: "STATED" | "INFERRED";
  basis!: string | null;
  sourceId!: string | null;
}

@ObjectType({ description: "The charter of a Maison, its values and signatories.", simpleResolvers: true })
export class Charter {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => [CharterValue], { description: "Its values, in order." })
  values!: CharterValue[];

  id!: string;
}

@ObjectType({ description: "A holding in the capital of a company (a SCIC's sociétaires).", simpleResolvers: true })
export class Shareholding {
  @Field(() => String, { nullable: true, description: "Category of associés (collège)." })
  category!: string | null;

  @Field(() => Int, { nullable: true, description: "Since, when known." })
  sinceYear!: number | null;

  @Field(() => String, { nullable: true, description: "The holder as the document describes it when it names no organisation (« 4 Clubs Cigale »); null when holder is given." })
  holderLabel!: string | null;

  id!: string;
  companyId!: string;
  holderId!: string | null;
  certainty!: "STATED" | "INFERRED";
  basis!: string | null;
  sourceId!: string | null;
}

@ObjectType({ description: "What a Maison says of itself, quoted from a document.", simpleResolvers: true })
export class MaisonStatement {
  @Field(() => String, { description: "The document's words." })
  text!: string;

  sourceId!: string | null;
}

export const { Connection: MaisonRoleConnection } = connectionTypes(MaisonRole, "MaisonRole");
export const { Connection: ShareholdingConnection } = connectionTypes(Shareholding, "Shareholding");
export const { Connection: CharterSignatureConnection } = connectionTypes(CharterSignature, "CharterSignature");
