import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from "class-validator";
import type { Context } from "../core/context.ts";
import { DomainError } from "../core/errors.ts";
import { PageArgs, arrayPage, toConnection } from "../core/pagination.ts";
import { Territory, TerritoryConnection, TerritoryKind } from "../territories/territory.type.ts";
import { Organisation } from "../actors/organisation.type.ts";
import { Cotess } from "../cotess/cotess.type.ts";
import { Maison } from "../maisons/maison.type.ts";
import { animatesNetwork } from "../auth/auth.policy.ts";
import { Edition, Event, EventConnection, EventCoOrganiser, EventSession, EventStatus, EventType, Audience } from "./event.type.ts";
import {
  AbsentFamily, AbsentSector, BlindSpots, Clash, EditionState, ClashConnection, ClashReason, ClashSeverity, ClashSide, EditionReport, EpciCoverage,
  EventPayload, ReportFigures,
} from "./edition.type.ts";
import { CreateEventInput, EventsArgs, UpdateEventInput } from "./event.inputs.ts";
import { createEvent, findEvent, listEvents, updateEvent, type EventRow } from "./event.service.ts";
import { clashesOfEdition, type ClashSeverity as ClashSeverityValue } from "./event.clashes.ts";
import {
  absentFamiliesAndSectors, daysWithoutEvents, epciCoverage, findEdition, listEditions, previousEdition, reportFigures,
  uncoveredCommunes, editionState, type EditionRow,
} from "./edition.service.ts";
import { mayWriteEvent } from "./event.policy.ts";
import { CreateEditionInput, createEdition } from "./edition.write.ts";
import { instantToParisLocal, isoDay, parisDay } from "./paris-time.ts";

@InputType({ description: "Which editions to list." })
class EditionFilter {
  @Field(() => ID, { nullable: true, description: "Editions of this COTESS." })
  @IsOptional() @MaxLength(100)
  cotess?: string;

  @Field(() => ID, { nullable: true, description: "Editions of this Maison de l'ESS." })
  @IsOptional() @MaxLength(100)
  maison?: string;

  @Field(() => ID, { nullable: true, description: "Editions run by this organisation (a CRESS)." })
  @IsOptional() @MaxLength(100)
  organisation?: string;

  @Field(() => Int, { nullable: true, description: "Of this year." })
  @IsOptional() @IsInt() @Min(2000) @Max(2100)
  year?: number;

  @Field(() => String, { nullable: true, description: "Whose scope overlaps this territory (code)." })
  @IsOptional() @MaxLength(20)
  territory?: string;

  @Field(() => TerritoryKind, { nullable: true, description: "Level of `territory`." })
  @IsOptional()
  territoryKind?: TerritoryKind;

  @Field(() => Boolean, { nullable: true, description: "Only the editions of the networks the viewer animates (none for anonymous requests)." })
  @IsOptional()
  animatedByViewer?: boolean;

  @Field(() => Boolean, { nullable: true, description: "Only the editions in progress, upcoming, or ended within the last twelve months." })
  @IsOptional()
  recent?: boolean;
}

@ArgsType()
class EditionEventsArgs extends PageArgs {
  @Field(() => [EventStatus], { nullable: true, description: "Any of these statuses." })
  @IsOptional()
  statuses?: EventStatus[];

  @Field(() => [EventType], { nullable: true, description: "Any of these types." })
  @IsOptional()
  types?: EventType[];

  @Field(() => [Audience], { nullable: true, description: "For any of these audiences." })
  @IsOptional()
  audiences?: Audience[];
}

@ArgsType()
class ClashesArgs extends PageArgs {
  @Field(() => [ClashSeverity], { nullable: true, description: "Only these severities." })
  @IsOptional()
  severities?: ClashSeverityValue[];
}

@Resolver(() => Edition)
export class EditionResolver {
  @Query(() => Edition, { nullable: true, description: "The edition of the Mois de l'ESS with this id, or null." })
  edition(@Arg("id", () => ID) id: string, @Ctx() { prisma }: Context) {
    return findEdition(prisma, id);
  }

  @Query(() => [Edition], { description: "Editions of the Mois de l'ESS, newest first (one per network and year)." })
  editions(@Arg("filter", () => EditionFilter, { nullable: true }) filter: EditionFilter | undefined, @Ctx() { prisma, viewer, clock }: Context) {
    const { animatedByViewer, recent, ...criteria } = filter ?? {};
    return listEditions(prisma, {
      ...criteria,
      ...(animatedByViewer ? { animatedBy: viewer } : {}),
      ...(recent ? { recentOn: parisDay(clock.now()) } : {}),
    });
  }

  @Mutation(() => Edition, { description: "Opens a network's edition of a year (its animators). CONFLICT when it exists. Audited." })
  createEdition(@Arg("input", () => CreateEditionInput) input: CreateEditionInput, @Ctx() { prisma, viewer }: Context) {
    return createEdition(prisma, viewer, input);
  }

  @FieldResolver(() => String, { description: "First day (Europe/Paris), \"2026-11-01\"." })
  startsOn(@Root() edition: EditionRow) {
    return isoDay(edition.startsOn);
  }

  @FieldResolver(() => String, { description: "Last day (Europe/Paris), \"2026-11-30\"." })
  endsOn(@Root() edition: EditionRow) {
    return isoDay(edition.endsOn);
  }

  @FieldResolver(() => EditionState, { description: "Whether it is upcoming, in progress or ended, today in Paris." })
  state(@Root() edition: EditionRow, @Ctx() { clock }: Context) {
    return editionState(edition, parisDay(clock.now()));
  }

  @FieldResolver(() => Cotess, { nullable: true, description: "The COTESS that runs it." })
  cotess(@Root() edition: EditionRow, @Ctx() { prisma }: Context) {
    return edition.cotessId ? prisma.cotess.findUnique({ where: { id: edition.cotessId } }) : null;
  }

  @FieldResolver(() => Maison, { nullable: true, description: "The Maison de l'ESS that runs it." })
  maison(@Root() edition: EditionRow, @Ctx() { loaders }: Context) {
    return edition.maisonId ? loaders.maisons.byId.load(edition.maisonId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation that runs it as a network (a CRESS)." })
  networkOrganisation(@Root() edition: EditionRow, @Ctx() { loaders }: Context) {
    return edition.networkOrganisationId ? loaders.organisations.byId.load(edition.networkOrganisationId) : null;
  }

  @FieldResolver(() => String, { description: "Name of the network that runs it." })
  async networkName(@Root() edition: EditionRow, @Ctx() { prisma, loaders }: Context) {
    if (edition.cotessId) return (await prisma.cotess.findUnique({ where: { id: edition.cotessId }, select: { name: true } }))?.name ?? "";
    if (edition.maisonId) return (await loaders.maisons.byId.load(edition.maisonId))?.name ?? "";
    return (await loaders.organisations.byId.load(edition.networkOrganisationId!))?.name ?? "";
  }

  @FieldResolver(() => [Territory], { description: "Its territory scope." })
  async territories(@Root() edition: EditionRow, @Ctx() { loaders }: Context) {
    const links = await loaders.events.editionTerritories.load(edition.id);
    const rows = await loaders.territories.byId.loadMany(links.map((link) => link.territoryId));
    return rows.filter((row) => row && !(row instanceof Error));
  }

  @FieldResolver(() => EventConnection, { description: "Its events the viewer may read, in time order." })
  async events(@Root() edition: EditionRow, @Args(() => EditionEventsArgs) args: EditionEventsArgs, @Ctx() { prisma, viewer }: Context) {
    return toConnection(
      await listEvents(prisma, viewer, { edition: edition.id, statuses: args.statuses, types: args.types, audiences: args.audiences }, {
        first: args.first ?? 20, after: args.after,
      }),
    );
  }

  @FieldResolver(() => ClashConnection, {
    description: "Pairs of overlapping sessions of proposed or confirmed events that compete, worst first. For signed-in accounts (UNAUTHENTICATED otherwise).",
  })
  async clashes(@Root() edition: EditionRow, @Args(() => ClashesArgs) args: ClashesArgs, @Ctx() { prisma, viewer }: Context) {
    if (!viewer) throw new DomainError("UNAUTHENTICATED", "Connectez-vous pour voir les conflits de programmation.");
    const all = await clashesOfEdition(prisma, edition.id);
    const wanted = args.severities?.length ? all.filter((clash) => args.severities!.includes(clash.severity)) : all;
    return toConnection(arrayPage(wanted, args.first ?? 20, args.after));
  }

  @FieldResolver(() => BlindSpots, { description: "What the edition leaves out: EPCI, communes, days, families and sectors." })
  blindSpots(@Root() edition: EditionRow, @Ctx() { prisma }: Context): BlindSpots {
    let absent: ReturnType<BlindSpots["absent"]> | undefined;
    return { editionId: edition.id, absent: () => (absent ??= absentFamiliesAndSectors(prisma, edition.id)) };
  }

  @FieldResolver(() => EditionReport, { description: "The bilan: confirmed events by type, co-organisation, organisations, EPCI and population covered, next to the previous edition." })
  async report(@Root() edition: EditionRow, @Ctx() { prisma }: Context): Promise<EditionReport> {
    const previous = await previousEdition(prisma, edition);
    const [current, before] = await Promise.all([reportFigures(prisma, edition.id), previous ? reportFigures(prisma, previous.id) : null]);
    return { current, previous: before, previousEditionId: previous?.id ?? null };
  }

  @FieldResolver(() => Edition, { nullable: true, description: "The same network's previous edition." })
  previousEdition(@Root() edition: EditionRow, @Ctx() { prisma }: Context) {
    return previousEdition(prisma, edition);
  }

  @FieldResolver(() => String, { description: "Path of its iCalendar feed (published events), to subscribe from a calendar application." })
  calendarPath(@Root() edition: EditionRow) {
    return `/calendar/editions/${encodeURIComponent(edition.id)}.ics`;
  }

  @FieldResolver(() => Boolean, { description: "True when the viewer animates its network: manages every event, confirms, accepts clashes." })
  viewerCanManage(@Root() edition: EditionRow, @Ctx() { viewer }: Context) {
    return animatesNetwork(viewer, edition);
  }
}

@Resolver(() => BlindSpots)
export class BlindSpotsResolver {
  @FieldResolver(() => [EpciCoverage], { description: "Every EPCI of the scope with its events: those without any first, most populated first." })
  epci(@Root() spots: BlindSpots, @Ctx() { prisma }: Context) {
    return epciCoverage(prisma, spots.editionId);
  }

  @FieldResolver(() => TerritoryConnection, { description: "Communes of the scope without any event, most populated first." })
  async uncoveredCommunes(@Root() spots: BlindSpots, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { prisma, loaders }: Context) {
    const page = await uncoveredCommunes(prisma, spots.editionId, { first: first ?? 20, after });
    const territories = await loaders.territories.byId.loadMany(page.nodes.map((node) => node.id));
    const cursors = new Map(territories.map((territory, index) => [territory, page.cursorOf(page.nodes[index])]));
    return toConnection({ ...page, nodes: territories, cursorOf: (territory) => cursors.get(territory)! });
  }

  @FieldResolver(() => [String], { description: "Days of the edition (Europe/Paris) without any event, \"2026-11-02\"." })
  async daysWithoutEvents(@Root() spots: BlindSpots, @Ctx() { prisma, loaders }: Context) {
    const edition = await loaders.events.editionById.load(spots.editionId);
    return edition ? daysWithoutEvents(prisma, edition) : [];
  }

  @FieldResolver(() => [AbsentFamily], { description: "ESS families whose organisations located in the scope co-organise no event." })
  async absentFamilies(@Root() spots: BlindSpots) {
    return (await spots.absent()).families.map(({ key, organisations }) => ({ family: key, organisations }));
  }

  @FieldResolver(() => [AbsentSector], { description: "Sectors whose organisations located in the scope co-organise no event." })
  async absentSectors(@Root() spots: BlindSpots) {
    return (await spots.absent()).sectors.map(({ key, organisations }) => ({ sector: key, organisations }));
  }
}

@Resolver(() => EpciCoverage)
export class EpciCoverageResolver {
  @FieldResolver(() => Territory, { description: "The EPCI." })
  territory(@Root() coverage: EpciCoverage, @Ctx() { loaders }: Context) {
    return loaders.territories.byId.load(coverage.territoryId);
  }
}

@Resolver(() => EditionReport)
export class EditionReportResolver {
  @FieldResolver(() => Edition, { nullable: true, description: "The previous edition compared with." })
  previousEdition(@Root() report: EditionReport, @Ctx() { loaders }: Context) {
    return report.previousEditionId ? loaders.events.editionById.load(report.previousEditionId) : null;
  }
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: "The event with this id, if the viewer may read it (published, or within their roles)." })
  event(@Arg("id", () => ID) id: string, @Ctx() { prisma, viewer }: Context) {
    return findEvent(prisma, viewer, id);
  }

  @Query(() => EventConnection, { description: "Events the viewer may read, in time order: the public programme for anonymous visitors." })
  async events(@Args(() => EventsArgs) { filter, first, after }: EventsArgs, @Ctx() { prisma, viewer }: Context) {
    return toConnection(await listEvents(prisma, viewer, filter, { first: first ?? 20, after }));
  }

  @Mutation(() => EventPayload, {
    description: "Creates an event. Returns the clashes it causes as warnings; a clash at the same venue is refused (CONFLICT) unless an animator accepts it.",
  })
  createEvent(@Arg("input", () => CreateEventInput) input: CreateEventInput, @Ctx() { prisma, viewer }: Context) {
    return createEvent(prisma, viewer, input);
  }

  @Mutation(() => EventPayload, {
    description: "Changes an event (only the given fields). A stale version is refused with CONFLICT and `currentVersion`; nothing is overwritten.",
  })
  updateEvent(@Arg("input", () => UpdateEventInput) input: UpdateEventInput, @Ctx() { prisma, viewer }: Context) {
    return updateEvent(prisma, viewer, input);
  }

  @FieldResolver(() => Edition, { description: "Its edition." })
  edition(@Root() event: EventRow, @Ctx() { loaders }: Context) {
    return loaders.events.editionById.load(event.editionId);
  }

  @FieldResolver(() => Territory, { description: "The commune it takes place in." })
  commune(@Root() event: EventRow, @Ctx() { loaders }: Context) {
    return loaders.territories.byId.load(event.communeId);
  }

  @FieldResolver(() => Maison, { nullable: true, description: "The venue, when it is a Maison de l'ESS." })
  venueMaison(@Root() event: EventRow, @Ctx() { loaders }: Context) {
    return event.venueMaisonId ? loaders.maisons.byId.load(event.venueMaisonId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The venue, when it is an organisation's premises." })
  venueOrganisation(@Root() event: EventRow, @Ctx() { loaders }: Context) {
    return event.venueOrganisationId ? loaders.organisations.byId.load(event.venueOrganisationId) : null;
  }

  @FieldResolver(() => [EventSession], { description: "Its sessions, in order (1 to 20)." })
  sessions(@Root() event: EventRow, @Ctx() { loaders }: Context) {
    return loaders.events.sessions.load(event.id);
  }

  @FieldResolver(() => [EventCoOrganiser], { description: "Its co-organisers, the lead first (1 to 30)." })
  coOrganisers(@Root() event: EventRow, @Ctx() { loaders }: Context) {
    return loaders.events.coOrganisers.load(event.id);
  }

  @FieldResolver(() => [Clash], { description: "Its clashes with other proposed or confirmed events, worst first; empty for anonymous requests." })
  async clashes(@Root() event: EventRow, @Ctx() { viewer, loaders }: Context) {
    // A draft is shown what it would cause; a cancelled event causes nothing.
    if (!viewer || event.status === "CANCELLED") return [];
    return loaders.events.clashes.load(event);
  }

  @FieldResolver(() => Boolean, { description: "True when the viewer may change it." })
  async viewerCanEdit(@Root() event: EventRow, @Ctx() { viewer, loaders }: Context) {
    if (!viewer) return false;
    const [edition, coOrganisers] = await Promise.all([loaders.events.editionById.load(event.editionId), loaders.events.coOrganisers.load(event.id)]);
    return !!edition && mayWriteEvent(viewer, edition, coOrganisers.map((item) => item.organisationId));
  }

  @FieldResolver(() => String, { description: "Path of its page in the web app." })
  pagePath(@Root() event: EventRow) {
    return `/evenements/${encodeURIComponent(event.id)}`;
  }
}

@Resolver(() => EventSession)
export class EventSessionResolver {
  @FieldResolver(() => String, { description: "Start on the Paris wall clock, \"2026-11-05T18:00\"." })
  localStart(@Root() session: EventSession) {
    return instantToParisLocal(session.startsAt);
  }

  @FieldResolver(() => String, { description: "End on the Paris wall clock, \"2026-11-05T20:00\"." })
  localEnd(@Root() session: EventSession) {
    return instantToParisLocal(session.endsAt);
  }
}

@Resolver(() => EventCoOrganiser)
export class EventCoOrganiserResolver {
  @FieldResolver(() => Organisation, { description: "The organisation." })
  organisation(@Root() item: EventCoOrganiser, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(item.organisationId);
  }
}

@Resolver(() => ClashSide)
export class ClashResolver {
  @FieldResolver(() => Event, { description: "The event." })
  event(@Root() side: ClashSide, @Ctx() { loaders }: Context) {
    return loaders.events.eventById.load(side.eventId);
  }

  @FieldResolver(() => String, { description: "Start on the Paris wall clock." })
  localStart(@Root() side: ClashSide) {
    return instantToParisLocal(side.startsAt);
  }
}

@Resolver(() => ClashReason)
export class ClashReasonResolver {
  @FieldResolver(() => [Organisation], { description: "Organisations co-organising both events (SHARED_CO_ORGANISER)." })
  async organisations(@Root() reason: ClashReason, @Ctx() { loaders }: Context) {
    return (await loaders.organisations.byId.loadMany(reason.organisationIds)).filter((row) => row && !(row instanceof Error));
  }

  @FieldResolver(() => [Territory], { description: "The EPCI involved (SAME_EPCI: one; NEIGHBOURING_EPCI: both)." })
  async epci(@Root() reason: ClashReason, @Ctx() { loaders }: Context) {
    return (await loaders.territories.byId.loadMany(reason.epciIds)).filter((row) => row && !(row instanceof Error));
  }
}

export { ReportFigures };
