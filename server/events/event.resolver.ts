import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { Evidence } from "../sources/source.type.ts";
import { evidenceOf } from "../sources/source.service.ts";
import { sourceFieldResolver } from "../sources/source.resolver.ts";
import { loadExisting } from "../core/loader-factories.ts";
import { PageArgs, toConnection } from "../core/pagination.ts";
import { Territory, TerritoryConnection, TerritoryKind } from "../territories/territory.type.ts";
import { Organisation } from "../actors/organisation.type.ts";
import { Cotess } from "../cotess/cotess.type.ts";
import { Maison } from "../maisons/maison.type.ts";
import { Edition, Event, EventConnection, EventCoOrganiser, EventSession } from "./event.type.ts";
import {
  AbsentFamily, AbsentSector, BlindSpots, Clash, CommuneCoverage, CommuneEventCount, EditionState, ClashConnection, ClashReason, ClashSide, EditionReport, EpciCoverage,
  EventPayload, OpenNextEditionPayload, ReportFigures,
} from "./edition.type.ts";
import { CreateEventInput, EventsArgs, EventsByCommuneArgs, UpdateEventInput } from "./event.inputs.ts";
import { ClashesArgs, CreateEditionInput, EditionEventsArgs, EditionFilter, OpenNextEditionInput } from "./edition.inputs.ts";
import { createEvent, eventClashes, eventsByCommune, findEvent, listEvents, updateEvent, viewerCanEditEvent, type EventRow } from "./event.service.ts";
import {
  absentFamiliesAndSectors, communeCoverage, createEdition, daysWithoutEvents, editionClashes, editionReport, editionState, epciCoverage, findEdition,
  listEditions, networkNameOf, programmeEditions, nextEdition, openNextEdition, previousEdition, territoriesOfEdition, uncoveredCommunes, type EditionRow,
} from "./edition.service.ts";
import { mayManageEdition } from "./event.access.ts";
import { instantToParisLocal, isoDay } from "./paris-time.ts";

@Resolver(() => Edition)
export class EditionResolver {
  @Query(() => Edition, { nullable: true, description: "The edition of the Mois de l'ESS with this id, or null." })
  edition(@Arg("id", () => ID) id: string, @Ctx() { prisma }: Context) {
    return findEdition(prisma, id);
  }

  @Query(() => [Edition], { description: "Editions of the Mois de l'ESS, newest first (one per network and year)." })
  editions(@Arg("filter", () => EditionFilter, { nullable: true }) filter: EditionFilter | undefined, @Ctx() { prisma, viewer, clock }: Context) {
    return listEditions(prisma, filter ?? {}, { viewer, clock });
  }

  @Query(() => [Edition], {
    description: "The editions the public programme opens on for a territory (or everywhere): in progress or upcoming, soonest first; else the ones that ended last.",
  })
  programmeEditions(
    @Arg("territory", () => String, { nullable: true, description: "A territory's code (INSEE, SIREN of an EPCI, département)." }) territory: string | undefined,
    @Arg("territoryKind", () => TerritoryKind, { nullable: true, description: "Level of `territory` (needed for a région)." }) territoryKind: TerritoryKind | undefined,
    @Ctx() { prisma, viewer, clock }: Context,
  ) {
    return programmeEditions(prisma, { territory, territoryKind }, { viewer, clock });
  }

  @Mutation(() => Edition, { description: "Opens a network's edition of a year (its animators). CONFLICT when it exists. Audited." })
  createEdition(@Arg("input", () => CreateEditionInput) input: CreateEditionInput, @Ctx() { prisma, viewer }: Context) {
    return createEdition(prisma, viewer, input);
  }

  @Mutation(() => OpenNextEditionPayload, {
    description: "Opens the next year's edition of `from`'s network (its animators) with its scope, title and days, copying the chosen events as drafts 52 weeks later. CONFLICT when it exists. Audited.",
  })
  openNextEdition(@Arg("input", () => OpenNextEditionInput) input: OpenNextEditionInput, @Ctx() { prisma, viewer }: Context) {
    return openNextEdition(prisma, viewer, input);
  }

  @FieldResolver(() => String, { description: "First day (Europe/Paris), \"2026-11-01\"." })
  startsOn(@Root() edition: EditionRow) {
    return isoDay(edition.startsOn);
  }

  @FieldResolver(() => String, { description: "Last day (Europe/Paris), \"2026-11-30\"." })
  endsOn(@Root() edition: EditionRow) {
    return isoDay(edition.endsOn);
  }

  @FieldResolver(() => Evidence, {
    nullable: true,
    description: "How a past edition is known: reported by a document (STATED), or inferred from one that says less; null for an edition opened in Maillage or demonstration data.",
  })
  evidence(@Root() edition: EditionRow) {
    return edition.sourceId === null ? null : evidenceOf(edition);
  }

  @FieldResolver(() => EditionState, { description: "Whether it is upcoming, in progress or ended, today in Paris." })
  state(@Root() edition: EditionRow, @Ctx() { clock }: Context) {
    return editionState(edition, clock);
  }

  @FieldResolver(() => Cotess, { nullable: true, description: "The COTESS that runs it." })
  cotess(@Root() edition: EditionRow, @Ctx() { loaders }: Context) {
    return edition.cotessId ? loaders.cotess.byId.load(edition.cotessId) : null;
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
  networkName(@Root() edition: EditionRow, @Ctx() { loaders }: Context) {
    return networkNameOf(loaders, edition);
  }

  @FieldResolver(() => [Territory], { description: "Its territory scope." })
  territories(@Root() edition: EditionRow, @Ctx() { loaders }: Context) {
    return territoriesOfEdition(loaders, edition.id);
  }

  @FieldResolver(() => EventConnection, { description: "Its events the viewer may read, in time order." })
  async events(@Root() edition: EditionRow, @Args(() => EditionEventsArgs) args: EditionEventsArgs, @Ctx() { prisma, viewer, loaders }: Context) {
    return toConnection(
      await listEvents(prisma, viewer, { edition: edition.id, statuses: args.statuses, types: args.types, audiences: args.audiences }, args, loaders),
    );
  }

  @FieldResolver(() => ClashConnection, {
    description: "Pairs of overlapping sessions of proposed or confirmed events that compete, worst first. For signed-in accounts (UNAUTHENTICATED otherwise).",
  })
  async clashes(@Root() edition: EditionRow, @Args(() => ClashesArgs) args: ClashesArgs, @Ctx() { prisma, viewer }: Context) {
    return toConnection(await editionClashes(prisma, viewer, edition.id, args));
  }

  @FieldResolver(() => BlindSpots, { description: "What the edition leaves out: EPCI, communes, days, families and sectors." })
  blindSpots(@Root() edition: EditionRow, @Ctx() { prisma }: Context): BlindSpots {
    let absent: ReturnType<BlindSpots["absent"]> | undefined;
    return { editionId: edition.id, absent: () => (absent ??= absentFamiliesAndSectors(prisma, edition.id)) };
  }

  @FieldResolver(() => EditionReport, { description: "The bilan: confirmed events by type, co-organisation, organisations, EPCI and population covered, next to the previous edition." })
  report(@Root() edition: EditionRow, @Ctx() { prisma }: Context): Promise<EditionReport> {
    return editionReport(prisma, edition);
  }

  @FieldResolver(() => Edition, { nullable: true, description: "The same network's previous edition." })
  previousEdition(@Root() edition: EditionRow, @Ctx() { prisma }: Context) {
    return previousEdition(prisma, edition);
  }

  @FieldResolver(() => Edition, { nullable: true, description: "The same network's edition of the following year, once opened." })
  nextEdition(@Root() edition: EditionRow, @Ctx() { prisma }: Context) {
    return nextEdition(prisma, edition);
  }

  @FieldResolver(() => String, { description: "Path of its printable programme (PDF of the confirmed events, by day); add epci, commune or day to the query string." })
  programmePdfPath(@Root() edition: EditionRow) {
    return `/exports/editions/${encodeURIComponent(edition.id)}/programme.pdf`;
  }

  @FieldResolver(() => String, { description: "Path of its blind spots as GeoJSON: the scope's EPCI and communes with their events per 10 000 inhabitants, for QGIS." })
  blindSpotsGeoJsonPath(@Root() edition: EditionRow) {
    return `/exports/editions/${encodeURIComponent(edition.id)}/blind-spots.geojson`;
  }

  @FieldResolver(() => String, { description: "Path of its iCalendar feed (published events), to subscribe from a calendar application." })
  calendarPath(@Root() edition: EditionRow) {
    return `/calendar/editions/${encodeURIComponent(edition.id)}.ics`;
  }

  @FieldResolver(() => Boolean, { description: "True when the viewer animates its network: manages every event, confirms, accepts clashes." })
  viewerCanManage(@Root() edition: EditionRow, @Ctx() { viewer }: Context) {
    return mayManageEdition(viewer, edition);
  }
}

@Resolver(() => BlindSpots)
export class BlindSpotsResolver {
  @FieldResolver(() => [EpciCoverage], { description: "Every EPCI of the scope with its events: those without any first, most populated first." })
  epci(@Root() spots: BlindSpots, @Ctx() { prisma }: Context) {
    return epciCoverage(prisma, spots.editionId);
  }

  @FieldResolver(() => [CommuneCoverage], { description: "Every commune of the scope with its events, most populated first (the blind spots' map)." })
  communes(@Root() spots: BlindSpots, @Ctx() { prisma }: Context) {
    return communeCoverage(prisma, spots.editionId);
  }

  @FieldResolver(() => TerritoryConnection, { description: "Communes of the scope without any event, most populated first." })
  async uncoveredCommunes(@Root() spots: BlindSpots, @Args(() => PageArgs) page: PageArgs, @Ctx() { prisma, loaders }: Context) {
    return toConnection(await uncoveredCommunes(prisma, loaders, spots.editionId, page));
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

@Resolver(() => CommuneEventCount)
export class CommuneEventCountResolver {
  @FieldResolver(() => Territory, { description: "The commune." })
  commune(@Root() count: CommuneEventCount, @Ctx() { loaders }: Context) {
    return loaders.territories.byId.load(count.communeId);
  }
}

@Resolver(() => CommuneCoverage)
export class CommuneCoverageResolver {
  @FieldResolver(() => Territory, { description: "The commune." })
  territory(@Root() coverage: CommuneCoverage, @Ctx() { loaders }: Context) {
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
  async events(@Args(() => EventsArgs) { filter, first, after, order }: EventsArgs, @Ctx() { prisma, viewer, loaders }: Context) {
    return toConnection(await listEvents(prisma, viewer, filter, { first, after, order }, loaders));
  }

  @Query(() => [CommuneEventCount], { description: "The events of the criteria the viewer may read, counted by commune, most first: the programme's map. Events without a commune are not counted." })
  eventsByCommune(@Args(() => EventsByCommuneArgs) { filter }: EventsByCommuneArgs, @Ctx() { prisma, viewer }: Context) {
    return eventsByCommune(prisma, viewer, filter);
  }

  @Mutation(() => EventPayload, {
    description: "Creates an event (its edition's animators; its lead's editors in an edition open to it, see Organisation.editionsOpenToProposals). Returns the clashes it causes as warnings; a clash at the same venue is refused (CONFLICT) unless an animator accepts it.",
  })
  createEvent(@Arg("input", () => CreateEventInput) input: CreateEventInput, @Ctx() { prisma, viewer, clock }: Context) {
    return createEvent(prisma, viewer, input, clock);
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

  @FieldResolver(() => Boolean, {
    description: "True when its commune lies outside its edition's territory (a venue mistyped, or an event across the border): a warning, not a refusal.",
  })
  outsideEditionTerritory(@Root() event: EventRow, @Ctx() { loaders }: Context) {
    return loaders.events.outsideEdition.load(event.id);
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

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: "Its lead organiser: named even while it is a structure awaiting validation (see Organisation.pendingValidation), which has no page yet.",
  })
  async lead(@Root() event: EventRow, @Ctx() { loaders }: Context) {
    const lead = (await loaders.events.coOrganisers.load(event.id)).find((item) => item.role === "LEAD");
    return lead ? loaders.organisations.byId.load(lead.organisationId) : null;
  }

  @FieldResolver(() => [Clash], { description: "Its clashes with other proposed or confirmed events, worst first; empty for anonymous requests." })
  clashes(@Root() event: EventRow, @Ctx() { viewer, loaders }: Context) {
    return eventClashes(loaders, viewer, event);
  }

  @FieldResolver(() => Boolean, { description: "True when the viewer may change it." })
  viewerCanEdit(@Root() event: EventRow, @Ctx() { viewer, loaders }: Context) {
    return viewerCanEditEvent(loaders, viewer, event);
  }

  @FieldResolver(() => Boolean, { description: "True once its last session has ended (now, in Paris): the programme marks it « passé »." })
  async past(@Root() event: EventRow, @Ctx() { loaders, clock }: Context) {
    const sessions = await loaders.events.sessions.load(event.id);
    return sessions.length > 0 && sessions.every((session) => session.endsAt <= clock.now());
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
  @FieldResolver(() => Event, {
    nullable: true,
    description: "The event; null when the viewer may not read it (another network's draft or proposal): the clash is still counted.",
  })
  event(@Root() side: ClashSide, @Ctx() { loaders }: Context) {
    return loaders.events.visibleEventById.load(side.eventId);
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
    return loadExisting(loaders.organisations.byId, reason.organisationIds);
  }

  @FieldResolver(() => [Territory], { description: "The EPCI involved (SAME_EPCI: one; NEIGHBOURING_EPCI: both)." })
  async epci(@Root() reason: ClashReason, @Ctx() { loaders }: Context) {
    return loadExisting(loaders.territories.byId, reason.epciIds);
  }
}

export { ReportFigures };

export const EditionSourceResolver = sourceFieldResolver(Edition, "reports it");
