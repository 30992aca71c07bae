import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { Accessibility, Audience, CoOrganiserRole, EventStatus, EventType } from "../generated/prisma/enums.ts";
import { connectionTypes } from "../core/pagination.ts";
import { Sector } from "../actors/organisation.type.ts";

export { Accessibility, Audience, CoOrganiserRole, EventStatus, EventType };

registerEnumType(EventType, { name: "EventType", description: "Kind of event of the Mois de l'ESS." });
registerEnumType(EventStatus, {
  name: "EventStatus",
  description: "Where an event stands: DRAFT → PROPOSED → CONFIRMED, or CANCELLED.",
  valuesConfig: {
    DRAFT: { description: "Being written; seen by its organisers and the network's animators only." },
    PROPOSED: { description: "Submitted to the animators; counts for clashes and blind spots." },
    CONFIRMED: { description: "Published in the programme and the calendar feeds (confirmed by an animator)." },
    CANCELLED: { description: "Cancelled; stays in calendar feeds as cancelled once it was published." },
  },
});
registerEnumType(Audience, { name: "Audience", description: "Who an event is for." });
registerEnumType(Accessibility, {
  name: "Accessibility",
  description: "Accessibility of an event.",
  valuesConfig: {
    FAUTEUIL: { description: "Accessible in a wheelchair." },
    BOUCLE_MAGNETIQUE: { description: "Hearing loop." },
    LSF: { description: "French sign language interpretation." },
    FALC: { description: "Easy-to-read material (facile à lire et à comprendre)." },
  },
});
export enum EventOrder {
  DATE = "DATE",
  NEWEST = "NEWEST",
}
registerEnumType(EventOrder, {
  name: "EventOrder",
  description: "Order of a list of events.",
  valuesConfig: {
    DATE: { description: "By first session, the earliest first: an edition's programme, read as an agenda." },
    NEWEST: { description: "By first session, the latest first: every edition together, the most recent on top." },
  },
});
registerEnumType(CoOrganiserRole, {
  name: "CoOrganiserRole",
  description: "Part an organisation plays in an event.",
  valuesConfig: {
    LEAD: { description: "Lead organiser (exactly one per event)." },
    PARTNER: { description: "Co-organising partner." },
    VENUE_HOST: { description: "Hosts the event in its premises." },
    FUNDER: { description: "Funds the event." },
  },
});

@ObjectType({ description: "One network's Mois de l'ESS for a year.", simpleResolvers: true })
export class Edition {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => Int, { description: "Year." })
  year!: number;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What the edition is about." })
  description!: string | null;

  @Field(() => Boolean, { description: "True when its events are demonstration data." })
  isDemo!: boolean;

  sourceId!: string | null;
  certainty!: "STATED" | "INFERRED";
  basis!: string | null;

  startsOn!: Date;
  endsOn!: Date;
  cotessId!: string | null;
  maisonId!: string | null;
  networkOrganisationId!: string | null;
}

@ObjectType({ description: "One showing of an event, scheduled on its own.", simpleResolvers: true })
export class EventSession {
  @Field(() => ID, { description: "Stable identifier (also the calendar UID)." })
  id!: string;

  @Field(() => GraphQLDateTime, { description: "Start (instant)." })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: "End (instant)." })
  endsAt!: Date;

  eventId!: string;
}

@ObjectType({ description: "An organisation co-organising an event, with its part.", simpleResolvers: true })
export class EventCoOrganiser {
  @Field(() => CoOrganiserRole, { description: "Its part." })
  role!: CoOrganiserRole;

  eventId!: string;
  organisationId!: string;
}

@ObjectType({ description: "An event of the Mois de l'ESS.", simpleResolvers: true })
export class Event {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => EventType, { description: "Kind of event." })
  type!: EventType;

  @Field(() => String, { nullable: true, description: "Description." })
  description!: string | null;

  @Field(() => EventStatus, { description: "Status." })
  status!: EventStatus;

  @Field(() => [Audience], { description: "Who it is for." })
  audiences!: Audience[];

  @Field(() => [Sector], { description: "Themes, as sectors of the ESS." })
  themes!: Sector[];

  @Field(() => Int, { nullable: true, description: "Places." })
  capacity!: number | null;

  @Field(() => [Accessibility], { description: "Accessibility." })
  accessibility!: Accessibility[];

  @Field(() => String, { nullable: true, description: "Accessibility, in words." })
  accessibilityNote!: string | null;

  @Field(() => String, { nullable: true, description: "Where to register." })
  registrationUrl!: string | null;

  @Field(() => String, { nullable: true, description: "Street address, when the venue is an address rather than a Maison or an organisation's premises." })
  venueAddress!: string | null;

  @Field(() => Int, { description: "Version, incremented by every change: pass it back to updateEvent." })
  version!: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was first confirmed (published)." })
  publishedAt!: Date | null;

  @Field(() => Boolean, { description: "True for demonstration data." })
  isDemo!: boolean;

  @Field(() => GraphQLDateTime, { description: "Last change." })
  updatedAt!: Date;

  editionId!: string;
  venueMaisonId!: string | null;
  venueOrganisationId!: string | null;
  communeId!: number;
}

export const { Connection: EventConnection } = connectionTypes(Event, "Event");
