import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { connectionTypes } from "../core/pagination.ts";
import { EssFamily, Sector } from "../actors/organisation.type.ts";
import { Audience, Edition, Event, EventType } from "./event.type.ts";
import type { EssFamily as EssFamilyValue, Sector as SectorValue } from "../generated/prisma/enums.ts";
import type { ClashReasonKind as ClashReasonKindValue, ClashSeverity as ClashSeverityValue } from "./event.clashes.ts";

export const ClashSeverity = { HARD: "HARD", HIGH: "HIGH", MEDIUM: "MEDIUM", LOW: "LOW" } as const satisfies Record<ClashSeverityValue, ClashSeverityValue>;
export const ClashReasonKind = {
  SAME_VENUE: "SAME_VENUE", SHARED_CO_ORGANISER: "SHARED_CO_ORGANISER", SAME_EPCI: "SAME_EPCI", NEIGHBOURING_EPCI: "NEIGHBOURING_EPCI",
} as const satisfies Record<ClashReasonKindValue, ClashReasonKindValue>;

/** Where an edition stands on a given Paris day. */
export const EditionState = { UPCOMING: "UPCOMING", IN_PROGRESS: "IN_PROGRESS", ENDED: "ENDED" } as const;
export type EditionState = (typeof EditionState)[keyof typeof EditionState];

registerEnumType(EditionState, {
  name: "EditionState",
  description: "Where an edition stands today (Europe/Paris).",
  valuesConfig: {
    UPCOMING: { description: "Its first day is still ahead." },
    IN_PROGRESS: { description: "Today is one of its days." },
    ENDED: { description: "Its last day is past: time for the bilan." },
  },
});

registerEnumType(ClashSeverity, {
  name: "ClashSeverity",
  description: "How bad a clash is.",
  valuesConfig: {
    HARD: { description: "Same venue at the same time: refused unless an animator confirms it." },
    HIGH: { description: "A shared co-organiser: the same people cannot be in two places." },
    MEDIUM: { description: "Same EPCI with a shared audience or theme: the events compete for the same public." },
    LOW: { description: "Neighbouring EPCI (sharing a border) with a shared audience or theme." },
  },
});
registerEnumType(ClashReasonKind, {
  name: "ClashReasonKind",
  description: "Why two overlapping sessions compete.",
  valuesConfig: {
    SAME_VENUE: { description: "Same venue." },
    SHARED_CO_ORGANISER: { description: "At least one organisation co-organises both." },
    SAME_EPCI: { description: "Same EPCI, with a shared audience or theme." },
    NEIGHBOURING_EPCI: { description: "Neighbouring EPCI (sharing a border), with a shared audience or theme." },
  },
});

@ObjectType({ description: "One reason two sessions clash.", simpleResolvers: true })
export class ClashReason {
  @Field(() => ClashReasonKind, { description: "The reason." })
  kind!: ClashReasonKindValue;

  @Field(() => [Audience], { description: "Audiences both events address (EPCI reasons)." })
  audiences!: Audience[];

  @Field(() => [Sector], { description: "Themes both events share (EPCI reasons)." })
  themes!: Sector[];

  organisationIds!: string[];
  epciIds!: number[];
}

@ObjectType({ description: "One side of a clash: an event's session.", simpleResolvers: true })
export class ClashSide {
  @Field(() => ID, { description: "The session." })
  sessionId!: string;

  @Field(() => GraphQLDateTime, { description: "Its start." })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: "Its end." })
  endsAt!: Date;

  eventId!: string;
}

@ObjectType({ description: "Two overlapping sessions that compete, with why and how badly.", simpleResolvers: true })
export class Clash {
  @Field(() => ClashSeverity, { description: "The worst of its reasons." })
  severity!: ClashSeverityValue;

  @Field(() => [ClashReason], { description: "Every reason, worst first." })
  reasons!: ClashReason[];

  @Field(() => ClashSide, { description: "The earlier session (in a mutation's warnings: the event written)." })
  first!: ClashSide;

  @Field(() => ClashSide, { description: "The other session." })
  second!: ClashSide;
}

export const { Connection: ClashConnection } = connectionTypes(Clash, "Clash");

@ObjectType({ description: "An EPCI of the edition's scope and the planned events in it.", simpleResolvers: true })
export class EpciCoverage {
  @Field(() => Int, { description: "Proposed or confirmed events located in it." })
  events!: number;

  @Field(() => Int, { description: "Its population (INSEE, municipale)." })
  population!: number;

  @Field(() => Int, { description: "Its communes in the scope." })
  communes!: number;

  @Field(() => Int, { description: "Its communes with at least one event." })
  communesWithEvents!: number;

  @Field(() => Float, { nullable: true, description: "Events per 10 000 inhabitants; null for an EPCI without inhabitants." })
  eventsPer10000Inhabitants!: number | null;

  territoryId!: number;
}

@ObjectType({ description: "The events of some criteria in one commune.", simpleResolvers: true })
export class CommuneEventCount {
  @Field(() => Int, { description: "Events located in the commune." })
  events!: number;

  communeId!: number;
}

@ObjectType({ description: "A commune of the edition's scope and the planned events in it.", simpleResolvers: true })
export class CommuneCoverage {
  @Field(() => Int, { description: "Proposed or confirmed events located in it." })
  events!: number;

  @Field(() => Int, { description: "Its population (INSEE, municipale)." })
  population!: number;

  @Field(() => Float, { nullable: true, description: "Events per 10 000 inhabitants; null for a commune without inhabitants." })
  eventsPer10000Inhabitants!: number | null;

  territoryId!: number;
}

@ObjectType({ description: "An ESS family none of whose local organisations takes part.", simpleResolvers: true })
export class AbsentFamily {
  @Field(() => EssFamily, { description: "The family." })
  family!: EssFamily;

  @Field(() => Int, { description: "Its organisations located in the scope." })
  organisations!: number;
}

@ObjectType({ description: "A sector none of whose local organisations takes part.", simpleResolvers: true })
export class AbsentSector {
  @Field(() => Sector, { description: "The sector." })
  sector!: Sector;

  @Field(() => Int, { description: "Its organisations located in the scope." })
  organisations!: number;
}

@ObjectType({ description: "What the edition leaves out: counted on proposed and confirmed events.", simpleResolvers: true })
export class BlindSpots {
  editionId!: string;
  /** Families and sectors are counted together, once per request. */
  absent!: () => Promise<{ families: { key: EssFamilyValue; organisations: number }[]; sectors: { key: SectorValue; organisations: number }[] }>;
}

@ObjectType({ description: "Events of one type.", simpleResolvers: true })
export class EventTypeCount {
  @Field(() => EventType, { description: "The type." })
  type!: EventType;

  @Field(() => Int, { description: "Confirmed events of this type." })
  events!: number;
}

@ObjectType({ description: "The figures of an edition's bilan (confirmed events).", simpleResolvers: true })
export class ReportFigures {
  @Field(() => Int, { description: "Confirmed events." })
  events!: number;

  @Field(() => Int, { description: "Their sessions." })
  sessions!: number;

  @Field(() => [EventTypeCount], { description: "Confirmed events by type, most frequent first." })
  byType!: EventTypeCount[];

  @Field(() => Int, { description: "Confirmed events with two co-organisers or more." })
  coOrganisedEvents!: number;

  @Field(() => Int, { description: "Organisations co-organising at least one confirmed event." })
  organisationsInvolved!: number;

  @Field(() => Int, { description: "EPCI with at least one confirmed event." })
  epciCovered!: number;

  @Field(() => Int, { description: "Population of those EPCI." })
  populationCovered!: number;

  @Field(() => Int, { description: "Communes with at least one confirmed event." })
  communesCovered!: number;

  @Field(() => Int, { description: "Cancelled events." })
  cancelledEvents!: number;
}

@ObjectType({ description: "The edition's bilan, next to the previous edition's.", simpleResolvers: true })
export class EditionReport {
  @Field(() => ReportFigures, { description: "This edition." })
  current!: ReportFigures;

  @Field(() => ReportFigures, { nullable: true, description: "The same network's previous edition, when there is one." })
  previous!: ReportFigures | null;

  previousEditionId!: string | null;
}

@ObjectType({ description: "The event written, and the clashes it causes (warnings).", simpleResolvers: true })
export class EventPayload {
  @Field(() => Event, { description: "The event as saved." })
  event!: Event;

  @Field(() => [Clash], { description: "Clashes with other proposed or confirmed events, worst first. Empty when there is none." })
  clashes!: Clash[];
}

@ObjectType({ description: "An event copied into the next edition, as a draft.", simpleResolvers: true })
export class CopiedEvent {
  @Field(() => Event, { description: "The draft of the new edition." })
  event!: Event;

  @Field(() => ID, { description: "The event of the previous edition it was copied from." })
  fromEventId!: string;
}

@ObjectType({ description: "A chosen event that was not copied, and why.", simpleResolvers: true })
export class RefusedEventCopy {
  @Field(() => ID, { description: "The event of the previous edition." })
  eventId!: string;

  @Field(() => String, { description: "Its title." })
  title!: string;

  @Field(() => String, { description: "Why, in French (a date that leaves the new edition's days, a venue no longer known…)." })
  reason!: string;
}

@ObjectType({ description: "The edition opened, the events copied into it and those that could not be.", simpleResolvers: true })
export class OpenNextEditionPayload {
  @Field(() => Edition, { description: "The new edition." })
  edition!: Edition;

  @Field(() => [CopiedEvent], { description: "The chosen events copied as drafts, in the order given." })
  copiedEvents!: CopiedEvent[];

  @Field(() => [RefusedEventCopy], { description: "The chosen events not copied, with the reason." })
  refusedEvents!: RefusedEventCopy[];
}
