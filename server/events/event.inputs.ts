// Shapes of the event inputs; rules that span fields (end after start, within
// the edition, one lead) are checked by the service inside its transaction.
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import {
  ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from "class-validator";
import { PageArgs } from "../core/pagination.ts";
import { Sector } from "../actors/organisation.type.ts";
import { TerritoryKind } from "../territories/territory.type.ts";
import { Accessibility, Audience, CoOrganiserRole, EventOrder, EventStatus, EventType } from "./event.type.ts";

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const LOCAL_TIME_MESSAGE = "Date et heure attendues sous la forme 2026-11-05T18:00 (heure de Paris).";

@InputType({ description: "A showing, in Europe/Paris wall-clock time." })
export class EventSessionInput {
  @Field(() => String, { description: "Start, \"2026-11-05T18:00\" (Europe/Paris)." })
  @Matches(LOCAL_TIME, { message: LOCAL_TIME_MESSAGE })
  start!: string;

  @Field(() => String, { description: "End, \"2026-11-05T20:00\" (Europe/Paris)." })
  @Matches(LOCAL_TIME, { message: LOCAL_TIME_MESSAGE })
  end!: string;
}

@InputType({ description: "Where: exactly one of a Maison, an organisation's premises, or an address with its commune." })
export class VenueInput {
  @Field(() => ID, { nullable: true, description: "A Maison de l'ESS." })
  @IsOptional() @MaxLength(100)
  maison?: string;

  @Field(() => ID, { nullable: true, description: "An organisation's premises." })
  @IsOptional() @MaxLength(100)
  organisation?: string;

  @Field(() => String, { nullable: true, description: "A street address (with `commune`)." })
  @IsOptional() @Length(3, 300, { message: "L'adresse doit compter entre 3 et 300 caractères." })
  address?: string;

  @Field(() => String, { nullable: true, description: "INSEE code of the address's commune." })
  @IsOptional() @Matches(/^[0-9][0-9AB][0-9]{3}$/, { message: "Code INSEE de commune attendu (5 caractères, ex. 62498)." })
  commune?: string;
}

@InputType({ description: "An organisation and its part in the event." })
export class CoOrganiserInput {
  @Field(() => ID, { description: "The organisation." })
  @MaxLength(100)
  organisation!: string;

  @Field(() => CoOrganiserRole, { description: "Its part; exactly one LEAD per event." })
  role!: CoOrganiserRole;
}

// Fields shared by creation and update (all optional here; creation requires
// some). Decorated so that both inputs inherit them; not used on its own.
@InputType("EventFields", { description: "Fields of an event, as CreateEventInput and UpdateEventInput take them." })
class EventFields {
  @Field(() => String, { nullable: true, description: "Title." })
  @IsOptional() @Length(3, 200, { message: "Le titre doit compter entre 3 et 200 caractères." })
  title?: string;

  @Field(() => EventType, { nullable: true, description: "Kind of event." })
  @IsOptional()
  type?: EventType;

  @Field(() => String, { nullable: true, description: "Description." })
  @IsOptional() @MaxLength(5000, { message: "La description ne peut dépasser 5 000 caractères." })
  description?: string;

  @Field(() => VenueInput, { nullable: true, description: "Where." })
  @IsOptional() @ValidateNested()
  venue?: VenueInput;

  @Field(() => [Audience], { nullable: true, description: "Who it is for." })
  @IsOptional() @ArrayMaxSize(5)
  audiences?: Audience[];

  @Field(() => [Sector], { nullable: true, description: "Themes (sectors of the ESS)." })
  @IsOptional() @ArrayMaxSize(10, { message: "Dix thèmes au plus." })
  themes?: Sector[];

  @Field(() => Int, { nullable: true, description: "Places." })
  @IsOptional() @IsInt() @Min(1, { message: "La jauge doit être d'au moins une place." }) @Max(100_000, { message: "Jauge trop grande." })
  capacity?: number;

  @Field(() => [Accessibility], { nullable: true, description: "Accessibility." })
  @IsOptional() @ArrayMaxSize(4)
  accessibility?: Accessibility[];

  @Field(() => String, { nullable: true, description: "Accessibility, in words." })
  @IsOptional() @MaxLength(500, { message: "500 caractères au plus." })
  accessibilityNote?: string;

  @Field(() => String, { nullable: true, description: "Where to register (http or https address)." })
  @IsOptional() @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "Adresse web attendue, commençant par https://." })
  registrationUrl?: string;

  @Field(() => [EventSessionInput], { nullable: true, description: "Showings (1 to 20), each in Europe/Paris time; replaces the previous ones." })
  @IsOptional() @ArrayMinSize(1, { message: "Ajoutez au moins une date." }) @ArrayMaxSize(20, { message: "Vingt séances au plus." }) @ValidateNested()
  sessions?: EventSessionInput[];

  @Field(() => [CoOrganiserInput], { nullable: true, description: "Co-organisers, exactly one LEAD (1 to 30); replaces the previous ones." })
  @IsOptional() @ArrayMinSize(1, { message: "Ajoutez l'organisateur principal." }) @ArrayMaxSize(30, { message: "Trente co-organisateurs au plus." }) @ValidateNested()
  coOrganisers?: CoOrganiserInput[];

  @Field(() => EventStatus, { nullable: true, description: "Status; CONFIRMED only by the edition's animators." })
  @IsOptional()
  status?: EventStatus;
}

@InputType({ description: "A new event." })
export class CreateEventInput extends EventFields {
  @Field(() => ID, { description: "The edition it belongs to." })
  @MaxLength(100)
  edition!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "An animator's confirmation that a clash at the same venue is intended." })
  acceptHardClashes?: boolean;
}

@InputType({ description: "Changes to an event: only the given fields change." })
export class UpdateEventInput extends EventFields {
  @Field(() => ID, { description: "The event." })
  @MaxLength(100)
  id!: string;

  @Field(() => Int, { description: "The version read before editing; a stale one is refused with CONFLICT." })
  @IsInt()
  version!: number;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "An animator's confirmation that a clash at the same venue is intended." })
  acceptHardClashes?: boolean;
}

@InputType({ description: "Which events to list; every given criterion must hold." })
export class EventFilter {
  @Field(() => ID, { nullable: true, description: "Events of this edition." })
  @IsOptional() @MaxLength(100)
  edition?: string;

  @Field(() => [ID], { nullable: true, description: "Events of any of these editions (see Query.programmeEditions)." })
  @IsOptional() @ArrayMaxSize(20, { message: "Vingt éditions au plus." }) @MaxLength(100, { each: true })
  editions?: string[];

  @Field(() => String, {
    nullable: true,
    description: "Words that must each start a word of the title, the description or an organiser's name (accents and case ignored).",
  })
  @IsOptional() @MaxLength(200, { message: "La recherche ne peut dépasser 200 caractères." })
  search?: string;

  @Field(() => String, { nullable: true, description: "Events in a commune with this postal code, \"62300\"." })
  @IsOptional() @Matches(/^\d{5}$/, { message: "Code postal attendu sur 5 chiffres (ex. 62300)." })
  postalCode?: string;

  @Field(() => [Accessibility], { nullable: true, description: "Events offering all of these." })
  @IsOptional() @ArrayMaxSize(4)
  accessibility?: Accessibility[];

  @Field(() => String, { nullable: true, description: "Events located in this territory (code)." })
  @IsOptional() @MaxLength(20, { message: "Ce code est trop long pour être un code de territoire." })
  territory?: string;

  @Field(() => TerritoryKind, { nullable: true, description: "Level of `territory` (needed for a région)." })
  @IsOptional()
  territoryKind?: TerritoryKind;

  @Field(() => [EventType], { nullable: true, description: "Any of these kinds." })
  @IsOptional()
  types?: EventType[];

  @Field(() => [Audience], { nullable: true, description: "For any of these audiences." })
  @IsOptional()
  audiences?: Audience[];

  @Field(() => [EventStatus], { nullable: true, description: "Any of these statuses (anonymous visitors see confirmed and cancelled published events only)." })
  @IsOptional()
  statuses?: EventStatus[];

  @Field(() => ID, { nullable: true, description: "Events this organisation co-organises." })
  @IsOptional() @MaxLength(100)
  organisation?: string;

  @Field(() => Boolean, { nullable: true, description: "True: only published events (confirmed, or cancelled after publication), whoever asks." })
  @IsOptional()
  published?: boolean;

  @Field(() => String, { nullable: true, description: "Events with a session on or after this day (Europe/Paris), \"2026-11-01\"." })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Date attendue sous la forme 2026-11-01." })
  from?: string;

  @Field(() => String, { nullable: true, description: "Events with a session on or before this day (Europe/Paris)." })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Date attendue sous la forme 2026-11-30." })
  to?: string;
}

@ArgsType()
export class EventsByCommuneArgs {
  @Field(() => EventFilter, { nullable: true, description: "Criteria, as for events." })
  @IsOptional() @ValidateNested()
  filter?: EventFilter;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true, description: "Criteria." })
  @IsOptional() @ValidateNested()
  filter?: EventFilter;

  @Field(() => EventOrder, { nullable: true, defaultValue: "DATE", description: "In what order (by date unless told)." })
  @IsOptional()
  order?: EventOrder;
}
