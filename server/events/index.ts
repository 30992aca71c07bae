// Editions and events of the Mois de l'ESS: writes with their rules,
// moderation, public proposals and the structures they create awaiting
// validation, clashes, blind spots, the bilan, the iCalendar feeds, the
// printable programme and bilan downloads, the animators' proposal digest and
// the co-organisers' notices.
import type { MaillageModule } from "../core/module.ts";
import {
  BlindSpotsResolver, ClashReasonResolver, CommuneCoverageResolver, CommuneEventCountResolver, ClashResolver, EditionReportResolver, EditionResolver, EpciCoverageResolver, EventCoOrganiserResolver,
  EditionSourceResolver, EventResolver, EventSessionResolver,
} from "./event.resolver.ts";
import { EditionModerationResolver, EventModerationResolver } from "./moderation.resolver.ts";
import { PublicProposalResolver } from "./proposal.resolver.ts";
import { EditionPendingOrganisationsResolver, PendingOrganisationResolver } from "./pending-organisation.resolver.ts";
import { createEventLoaders } from "./event.loaders.ts";
import { calendarRoutes } from "./event.calendar.ts";
import { blindSpotsExportRoutes } from "./blind-spots.export.ts";
import { programmeExportRoutes } from "./programme.export.ts";
import { Router } from "express";
import { editionDemo } from "./edition.demo.ts";
import { eventCron, eventTasks, purgeEvents } from "./events.jobs.ts";

export const eventsModule: MaillageModule = {
  name: "events",
  resolvers: [
    EditionResolver, BlindSpotsResolver, EpciCoverageResolver, CommuneCoverageResolver, CommuneEventCountResolver, EditionReportResolver,
    EventResolver, EventSessionResolver, EventCoOrganiserResolver, ClashResolver, ClashReasonResolver, EditionSourceResolver,
    EventModerationResolver, EditionModerationResolver, PublicProposalResolver,
    PendingOrganisationResolver, EditionPendingOrganisationsResolver,
  ],
  loaders: { events: createEventLoaders },
  routes: (dependencies) => Router().use(calendarRoutes(dependencies), programmeExportRoutes(dependencies), blindSpotsExportRoutes(dependencies)),
  demo: editionDemo,
  tasks: eventTasks,
  cron: eventCron,
  purge: purgeEvents,
};
