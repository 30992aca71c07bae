// The GraphQL schema, assembled from the resolvers of every module.
import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { TerritoryResolver } from "../territories/index.ts";
import { CooperationResolver, OrganisationResolver, PersonResolver } from "../actors/index.ts";
import {
  CollectiveMembershipResolver, CollectiveResolver, OrganisationCollectivesResolver, ReferentialCardResolver,
} from "../collectives/index.ts";
import { CoAnimatorSeatResolver, CotessMemberResolver, CotessResolver } from "../cotess/index.ts";
import {
  CharterResolver, CharterSignatureResolver, MaisonResolver, MaisonRoleResolver, MaisonSpaceResolver, OrganisationCapitalResolver, ShareholdingResolver,
} from "../maisons/index.ts";
import { PolicyResolver, TerritoryIndicatorResolver } from "../policies/index.ts";
import { EssProfileResolver } from "../profile/index.ts";
import { AccountResolver, RoleResolver } from "../auth/index.ts";
import { AuditResolver } from "../audit/index.ts";
import {
  BlindSpotsResolver, ClashReasonResolver, ClashResolver, EditionReportResolver, EditionResolver, EpciCoverageResolver,
  EventCoOrganiserResolver, EventResolver, EventSessionResolver,
} from "../events/index.ts";
import {
  CooperationGraphResolver, CooperationPathResolver, GraphEdgeResolver, GraphNodeResolver, GraphPartnerResolver, OrganisationPartnersResolver,
  PartnerSuggestionResolver, PathStepResolver,
} from "../graph/index.ts";
import { validateArgument } from "./validation.ts";

export const SCHEMA_FILE = new URL("../../schema.graphql", import.meta.url).pathname;

let built: Promise<GraphQLSchema> | undefined;

export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      TerritoryResolver, EssProfileResolver,
      OrganisationResolver, PersonResolver, CooperationResolver,
      CollectiveResolver, CollectiveMembershipResolver, ReferentialCardResolver, OrganisationCollectivesResolver,
      CotessResolver, CoAnimatorSeatResolver, CotessMemberResolver,
      MaisonResolver, MaisonRoleResolver, MaisonSpaceResolver, CharterResolver, CharterSignatureResolver, ShareholdingResolver, OrganisationCapitalResolver,
      PolicyResolver, TerritoryIndicatorResolver,
      AccountResolver, RoleResolver, AuditResolver,
      EditionResolver, BlindSpotsResolver, EpciCoverageResolver, EditionReportResolver,
      EventResolver, EventSessionResolver, EventCoOrganiserResolver, ClashResolver, ClashReasonResolver,
      CooperationGraphResolver, GraphNodeResolver, GraphEdgeResolver, PartnerSuggestionResolver, PathStepResolver, CooperationPathResolver,
      GraphPartnerResolver, OrganisationPartnersResolver,
    ],
    // class-validator rules on inputs; failures become BAD_USER_INPUT.
    validateFn: validateArgument,
  });
  return built;
}
