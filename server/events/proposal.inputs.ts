// Shape of a public proposal (someone without an account proposing an event):
// what the public form sends. Rules across fields and against the data (edition
// open, session inside it, commune known, one organisation) are the service's.
import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Length, Matches, MaxLength, ValidateNested } from "class-validator";
import { EventType } from "./event.type.ts";
import { EventSessionInput } from "./event.inputs.ts";

const COMMUNE = /^[0-9][0-9AB][0-9]{3}$/;
const COMMUNE_MESSAGE = "Code INSEE de commune attendu (5 caractères, ex. 62498).";

@InputType({ description: "Where a proposed event takes place: an address in a commune." })
export class ProposalVenueInput {
  @Field(() => String, { description: "Street address." })
  @Length(3, 300, { message: "L'adresse doit compter entre 3 et 300 caractères." })
  address!: string;

  @Field(() => String, { description: "INSEE code of the address's commune." })
  @Matches(COMMUNE, { message: COMMUNE_MESSAGE })
  commune!: string;
}

@InputType({ description: "A structure not yet in Maillage: created pending validation by the animators." })
export class ProposalOrganisationInput {
  @Field(() => String, { description: "Its name." })
  @Length(2, 200, { message: "Le nom de la structure doit compter entre 2 et 200 caractères." })
  name!: string;

  @Field(() => String, { description: "INSEE code of its commune." })
  @Matches(COMMUNE, { message: COMMUNE_MESSAGE })
  commune!: string;
}

@InputType({ description: "Who proposes: the address the confirmation link goes to." })
export class ProposalContactInput {
  @Field(() => String, { description: "Name of the contact person." })
  @Length(2, 120, { message: "Indiquez votre nom (2 à 120 caractères)." })
  name!: string;

  @Field(() => String, { description: "E-mail address; the proposal waits for its confirmation." })
  @IsEmail({}, { message: "Adresse e-mail invalide." }) @MaxLength(254, { message: "Adresse e-mail trop longue." })
  email!: string;
}

@InputType({ description: "An event proposed from the public programme, without an account." })
export class PublicProposalInput {
  @Field(() => ID, { description: "The edition, open to proposals." })
  @MaxLength(100)
  edition!: string;

  @Field(() => String, { description: "Title." })
  @Length(3, 200, { message: "Le titre doit compter entre 3 et 200 caractères." })
  title!: string;

  @Field(() => EventType, { description: "Kind of event." })
  type!: EventType;

  @Field(() => String, { nullable: true, description: "Description." })
  @IsOptional() @MaxLength(5000, { message: "La description ne peut dépasser 5 000 caractères." })
  description?: string | null;

  // A list of one, so that the field paths are those of createEvent (sessions.0.start).
  @Field(() => [EventSessionInput], { description: "The one showing, in Europe/Paris time." })
  @ArrayMinSize(1, { message: "Indiquez la date." }) @ArrayMaxSize(1, { message: "Une proposition porte sur une seule date." }) @ValidateNested()
  sessions!: EventSessionInput[];

  @Field(() => ProposalVenueInput, { description: "Where." })
  @ValidateNested()
  venue!: ProposalVenueInput;

  @Field(() => ID, { nullable: true, description: "The organising structure, when it is in Maillage (else `newOrganisation`)." })
  @IsOptional() @MaxLength(100)
  organisation?: string | null;

  @Field(() => ProposalOrganisationInput, { nullable: true, description: "The organising structure, when it is not yet in Maillage." })
  @IsOptional() @ValidateNested()
  newOrganisation?: ProposalOrganisationInput | null;

  @Field(() => ProposalContactInput, { description: "Who proposes." })
  @ValidateNested()
  contact!: ProposalContactInput;
}
