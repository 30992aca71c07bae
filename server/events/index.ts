export { createEventLoaders } from "./event.loaders.ts";
export {
  EditionResolver, EventResolver, EventSessionResolver, EventCoOrganiserResolver, ClashResolver, ClashReasonResolver, BlindSpotsResolver,
  EditionReportResolver, EpciCoverageResolver,
} from "./event.resolver.ts";
